"""Atomic, versioned Parquet files: the only way Pantau writes or reads a table file."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.core.schema import check_version, with_metadata

COMPRESSION = "zstd"


def to_table(rows: list[dict], table_name: str) -> pa.Table:
    """Rows (dicts) to a table of `table_name`'s schema; missing columns become nulls."""
    schema = with_metadata(table_name)
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    return pa.table(columns, schema=schema)


def write_atomic(table: pa.Table, path: Path, table_name: str) -> Path:
    """Write `table` to `path` through a temporary file and a rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = table.cast(with_metadata(table_name))
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression=COMPRESSION)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def read_file(path: Path) -> pa.Table:
    """Read one Pantau Parquet file, refusing an unreadable schema version."""
    meta = pq.read_metadata(path).metadata
    check_version(meta, str(path))
    return pq.read_table(path)


def parquet_files(root: Path) -> list[Path]:
    """Every committed Parquet file below `root` (temporary files excluded), in a stable order."""
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*.parquet") if not p.name.startswith("."))


def parquet_bytes(table: pa.Table, table_name: str) -> bytes:
    """Serialise `table` as a versioned zstd Parquet file in memory.

    The bytes depend only on the rows, so equal tables give equal bytes (content-addressed files).
    """
    table = table.cast(with_metadata(table_name))
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression=COMPRESSION)
    return sink.getvalue().to_pybytes()


def write_bytes_atomic(data: bytes, path: Path) -> Path:
    """Write ready Parquet bytes to `path` through a temporary file, fsync and rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
