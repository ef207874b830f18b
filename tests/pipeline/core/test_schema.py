from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.core.errors import SchemaVersionError
from pipeline.core.parquet_io import read_file, to_table, write_atomic
from pipeline.core.schema import META_VERSION, SCHEMA_VERSION, TABLES


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_table_round_trips_with_its_version(tmp_path: Path, name: str) -> None:
    path = write_atomic(to_table([{}], name), tmp_path / f"{name}.parquet", name)
    table = read_file(path)
    assert table.schema.metadata[META_VERSION] == str(SCHEMA_VERSION).encode()
    assert table.num_rows == 1


def test_future_schema_version_is_refused_with_the_file_named(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    table = to_table([{}], "articles")
    pq.write_table(table.replace_schema_metadata({META_VERSION: b"99"}), path)
    with pytest.raises(SchemaVersionError, match="schema version 99"):
        read_file(path)


def test_foreign_parquet_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    pq.write_table(pa.table({"a": [1]}), path)
    with pytest.raises(SchemaVersionError, match="not a Pantau table"):
        read_file(path)
