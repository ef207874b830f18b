"""Atomic, versioned Parquet files: the only way Pantau writes or reads a table file."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.core.errors import DamagedFileError
from pipeline.core.schema import META_TABLE, check_version, with_metadata

COMPRESSION = "zstd"


def to_table(rows: list[dict[str, Any]], table_name: str) -> pa.Table:
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


RECOVERY = "run `pantau verify` to list damaged files, then `pantau repair` (it quarantines them, deletes nothing)"


def file_metadata(path: Path, table: str | None = None) -> pq.FileMetaData:
    """The footer of a Pantau Parquet file, its schema version and `pantau.table` checked.

    A missing, truncated or foreign file raises DamagedFileError naming it and the recovery
    step, instead of a pyarrow traceback that names no file."""
    try:
        meta = pq.read_metadata(path)
    except FileNotFoundError as exc:
        raise DamagedFileError(
            f"{path}: file named by the table manifest is missing; {RECOVERY}"
        ) from exc
    except (OSError, pa.ArrowException) as exc:
        raise DamagedFileError(
            f"{path}: unreadable Parquet file ({_short(exc)}); {RECOVERY}"
        ) from exc
    check_version(meta.metadata, str(path))
    if table is not None:
        found = (meta.metadata or {}).get(META_TABLE, b"").decode("utf-8", "replace")
        if found != table:
            raise DamagedFileError(
                f"{path}: holds table {found or '(none)'!r}, expected {table!r}; {RECOVERY}"
            )
    return meta


def read_file(path: Path, table: str | None = None) -> pa.Table:
    """Read one Pantau Parquet file, refusing an unreadable schema version or a damaged file."""
    file_metadata(path, table)
    try:
        return pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        raise DamagedFileError(
            f"{path}: unreadable Parquet data ({_short(exc)}); {RECOVERY}"
        ) from exc


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


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
    data: bytes = sink.getvalue().to_pybytes()
    return data


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
