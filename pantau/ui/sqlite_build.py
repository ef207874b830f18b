"""Build the SQLite file the web UI serves, from the Parquet tables.

Datasette reads SQLite; the pipeline writes Parquet. On every `pantau ui` start the tables'
fingerprint (file names, sizes, mtimes) is compared with the last build and the file is rebuilt
when anything changed. The build goes to a temporary file renamed into place, so a served file
is never half-written. Values are made readable for people: timestamps as local wall-clock text
(published_at in WIB, the crawl times in UTC), lists as JSON arrays (Datasette facets them),
and engagements gain the names of their officials, government bodies and organisations, and
the Indonesian label of their event type (`event_label`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from nlp.lexicons.events import LABELS_ID
from pantau.ui.tables import UI_TABLES, read_arrow, table_fingerprint
from pipeline.core import schema
from pipeline.core.tables import SPECS

DB_NAME = "pantau.db"
STAMP_NAME = "pantau.build.json"
BUILD_FORMAT = 1  # bump when the SQLite layout changes, so old builds are replaced

# the SQLite extras of each UI table, from its record (pipeline.core.tables)
UI_SPECS = {name: ui for name in UI_TABLES if (ui := SPECS[name].ui)}
PRIMARY_KEYS = {name: SPECS[name].key[0] for name in UI_SPECS if len(SPECS[name].key) == 1}
FOREIGN_KEYS = {name: dict(ui.references) for name, ui in UI_SPECS.items() if ui.references}
FTS_TABLES = {name: ui.full_text for name, ui in UI_SPECS.items() if ui.full_text}
INDEXES = {name: list(ui.indexes) for name, ui in UI_SPECS.items()}
# extra columns the UI adds to a table (name -> SQLite type)
DERIVED_COLUMNS = {
    "engagements": {
        "officials": "TEXT",
        "organisations": "TEXT",
        "government_bodies": "TEXT",
        "event_label": "TEXT",
    }
}
BATCH_ROWS = 20_000


def ui_dir(data_dir: Path) -> Path:
    return data_dir / "ui"


def _sqlite_type(dtype: pa.DataType) -> str:
    if pa.types.is_integer(dtype) or pa.types.is_boolean(dtype):
        return "INTEGER"
    if pa.types.is_floating(dtype):
        return "REAL"
    return "TEXT"


def _column_values(column: pa.Array | pa.ChunkedArray) -> list[Any]:
    """One Arrow column as Python values SQLite stores and people read."""
    dtype = column.type
    if pa.types.is_timestamp(dtype):
        whole_seconds = column.cast(pa.timestamp("s", tz=dtype.tz), safe=False)
        stamps: list[Any] = pc.strftime(whole_seconds, "%Y-%m-%d %H:%M:%S").to_pylist()
        return stamps
    if pa.types.is_date(dtype):
        days: list[Any] = pc.strftime(column, "%Y-%m-%d").to_pylist()
        return days
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype):
        return [
            None if v is None else json.dumps(v, ensure_ascii=False) for v in column.to_pylist()
        ]
    if pa.types.is_boolean(dtype):
        return [None if v is None else int(v) for v in column.to_pylist()]
    values: list[Any] = column.to_pylist()
    return values


def _names_by_id(entities: pa.Table) -> dict[str, str]:
    ids = entities.column("entity_id").to_pylist()
    names = entities.column("name").to_pylist()
    return {i: n for i, n in zip(ids, names, strict=True) if i and n}


def _named(ids_column: pa.Array | pa.ChunkedArray, names: dict[str, str]) -> list[str | None]:
    """JSON arrays of entity names for a column of entity-id lists (unknown ids kept as ids)."""
    out: list[str | None] = []
    for ids in ids_column.to_pylist():
        out.append(
            None if ids is None else json.dumps([names.get(i, i) for i in ids], ensure_ascii=False)
        )
    return out


def _column_or_nulls(batch: pa.RecordBatch, name: str) -> pa.Array:
    """A column of the batch, or nulls when the table was read as a schema without it."""
    if name in batch.schema.names:
        return batch.column(name)
    return pa.nulls(batch.num_rows, pa.list_(pa.string()))


def _create_table(conn: sqlite3.Connection, name: str, table: pa.Table) -> list[str]:
    pk = PRIMARY_KEYS.get(name)
    defs = [
        f'"{f.name}" {_sqlite_type(f.type)}' + (" PRIMARY KEY" if f.name == pk else "")
        for f in table.schema
    ]
    defs += [f'"{col}" {kind}' for col, kind in DERIVED_COLUMNS.get(name, {}).items()]
    defs += [
        f'FOREIGN KEY ("{col}") REFERENCES "{other}"("{PRIMARY_KEYS[other]}")'
        for col, other in FOREIGN_KEYS.get(name, {}).items()
    ]
    conn.execute(f'CREATE TABLE "{name}" ({", ".join(defs)})')
    return [f.name for f in table.schema] + list(DERIVED_COLUMNS.get(name, {}))


def _rows(columns: Iterable[list[Any]]) -> Iterator[tuple[Any, ...]]:
    return zip(*columns, strict=True)


def _load_table(conn: sqlite3.Connection, name: str, table: pa.Table, names: dict[str, str]) -> int:
    column_names = _create_table(conn, name, table)
    # duplicates of a primary key (a re-written partition read twice) keep the last copy
    verb = "INSERT OR REPLACE" if name in PRIMARY_KEYS else "INSERT"
    marks = ", ".join("?" for _ in column_names)
    for batch in table.to_batches(max_chunksize=BATCH_ROWS):  # bounded memory on big tables
        columns = [_column_values(batch.column(f.name)) for f in table.schema]
        if name == "engagements":
            columns += [
                _named(batch.column("official_ids"), names),
                _named(batch.column("organisation_ids"), names),
                _named(_column_or_nulls(batch, "government_body_ids"), names),
                [LABELS_ID.get(t or "", t) for t in batch.column("event_type").to_pylist()],
            ]
        conn.executemany(f'{verb} INTO "{name}" VALUES ({marks})', _rows(columns))
    for column in INDEXES.get(name, []):
        conn.execute(f'CREATE INDEX "idx_{name}_{column}" ON "{name}"("{column}")')
    rows: int = table.num_rows
    return rows


def _add_full_text(conn: sqlite3.Connection) -> None:
    for name, columns in FTS_TABLES.items():
        cols = ", ".join(columns)
        conn.execute(
            f"CREATE VIRTUAL TABLE {name}_fts USING fts5({cols}, "
            f"content='{name}', content_rowid='rowid')"
        )
        conn.execute(f"INSERT INTO {name}_fts(rowid, {cols}) SELECT rowid, {cols} FROM {name}")


def build_sqlite(tables_root: Path, target: Path) -> dict[str, int]:
    """Write every UI table below `tables_root` into the SQLite file `target`; row counts back."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tables = {name: read_arrow(name, tables_root) for name in UI_TABLES}
    names = _names_by_id(tables["entities"])
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    counts: dict[str, int] = {}
    try:
        conn = sqlite3.connect(tmp)
        try:
            with conn:
                for name, table in tables.items():
                    counts[name] = _load_table(conn, name, table, names)
                _add_full_text(conn)
            conn.execute("VACUUM")
        finally:
            conn.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def refresh(data_dir: Path, *, force: bool = False) -> tuple[Path, dict[str, int], bool]:
    """Rebuild `<data_dir>/ui/pantau.db` when the tables changed since the last build.

    Returns the database path, the row counts and whether a rebuild happened.
    """
    tables_root = data_dir / "tables"
    target = ui_dir(data_dir) / DB_NAME
    stamp_path = ui_dir(data_dir) / STAMP_NAME
    fingerprint = [list(entry) for entry in table_fingerprint(tables_root)]
    if not force and target.exists() and stamp_path.exists():
        try:
            stamp = json.loads(stamp_path.read_text())
        except (OSError, ValueError):
            stamp = {}
        # a new schema version adds columns even to unchanged table files: rebuild then too
        if (stamp.get("format"), stamp.get("schema_version"), stamp.get("fingerprint")) == (
            BUILD_FORMAT,
            schema.SCHEMA_VERSION,
            fingerprint,
        ):
            return target, stamp.get("counts", {}), False
    counts = build_sqlite(tables_root, target)
    stamp = {
        "format": BUILD_FORMAT,
        "schema_version": schema.SCHEMA_VERSION,
        "fingerprint": fingerprint,
        "counts": counts,
    }
    stamp_path.write_text(json.dumps(stamp))
    return target, counts, True
