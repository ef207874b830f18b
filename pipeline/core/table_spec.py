"""What a table record declares: its columns, key, layout, UI texts and indexes.

The records themselves, one per table, are `SPECS` in pipeline.core.tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

UTC_TS = pa.timestamp("us", tz="UTC")
WIB_TS = pa.timestamp("us", tz="Asia/Jakarta")
STR_LIST = pa.list_(pa.string())


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str = ""  # one line for the contract table and the UI's column description
    since: int = 1  # the schema version that added it (readers give older files nulls there)


@dataclass(frozen=True)
class UiSpec:
    """How the web UI shows the table (Indonesian · English texts, Datasette facets)."""

    title_id: str
    title_en: str
    description_id: str
    description_en: str
    facets: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # sort_desc, label_column
    indexes: tuple[str, ...] = ()  # SQLite indexes of the UI's copy
    # the UI copy's links: column -> the table whose one-column key it holds (a FOREIGN KEY there;
    # a table with a one-column key gets it as PRIMARY KEY)
    references: dict[str, str] = field(default_factory=dict)
    full_text: tuple[str, ...] = ()  # columns searched as words (an FTS5 table `<name>_fts`)


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the columns that identify a row
    partition_by: tuple[str, ...] = ()  # hive folders below tables/<name>/
    sort_by: tuple[str, ...] = ()  # total order inside each file: equal rows give equal bytes
    location: str = (
        "tables"  # "tables" (committed through the manifest) or "raw" (append-only pages)
    )
    derived_from: tuple[str, ...] = ()  # a derived table is rebuilt by the store from these
    ui: UiSpec | None = None  # None: kept out of the web UI
    history: tuple[tuple[int, str], ...] = ((1, "first release"),)

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([(c.name, c.type) for c in self.columns])

    @property
    def stored(self) -> bool:
        return self.location == "tables"
