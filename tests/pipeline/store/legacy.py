"""Write tables as Pantau schema version 1 did, to test what this version makes of them.

Version 1 differs from the current schema only by `articles.credit` (added in version 2): inside
`written_as_v1()` the current code writes files and manifests stamped 1 without that column.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.core import schema
from pipeline.store import manifest as mf

ADDED_IN_V2 = {"articles": ["credit"], "engagements": ["government_body_ids"]}


@contextmanager
def written_as_v1() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "SCHEMA_VERSION", 1)
        patch.setattr(mf, "SCHEMA_VERSION", 1)  # bound by name at import
        for table, columns in ADDED_IN_V2.items():
            old = schema.TABLES[table]
            for column in columns:
                old = old.remove(old.get_field_index(column))
            patch.setitem(schema.TABLES, table, old)
        yield


def file_version(path: Path) -> int:
    return int(pq.read_metadata(path).metadata[schema.META_VERSION])


def file_columns(path: Path) -> list[str]:
    return pq.read_schema(path).names


def set_file_version(path: Path, version: int) -> None:
    """Rewrite `path` as if a Pantau of `version` had written it."""
    table = pq.read_table(path)
    meta = {**table.schema.metadata, schema.META_VERSION: str(version).encode()}
    pq.write_table(table.replace_schema_metadata(meta), path)
