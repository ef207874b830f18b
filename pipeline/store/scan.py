"""Fast column scans across many partition files (DuckDB, our own connection, trusted paths)."""

from __future__ import annotations

import atexit
import os
from collections.abc import Collection
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa


@cache
def _database(pid: int) -> duckdb.DuckDBPyConnection:
    # opening DuckDB costs ~25 ms: one in-memory database per process (not shared across a fork)
    return duckdb.connect(config={"autoinstall_known_extensions": False})


@atexit.register
def _close_database() -> None:
    """Close the shared database before interpreter teardown (else DuckDB's bindings warn of leaks)."""
    if _database.cache_info().currsize:
        _database(os.getpid()).close()
        _database.cache_clear()


def _connect() -> duckdb.DuckDBPyConnection:
    return _database(os.getpid()).cursor()


def files_holding(files: list[Path], column: str, values: Collection[str]) -> set[Path]:
    """The files among `files` that hold a row whose `column` is one of `values`."""
    if not files or not values:
        return set()
    con = _connect()
    try:
        wanted = pa.table({"v": pa.array(sorted(values), pa.string())})
        con.register("wanted", wanted)
        rows = con.execute(
            f"SELECT DISTINCT filename FROM read_parquet($files, filename=true) "
            f"WHERE {column} IN (SELECT v FROM wanted)",
            {"files": [str(f) for f in files]},
        ).fetchall()
    finally:
        con.close()
    return {Path(name) for (name,) in rows}


def read_columns(files: list[Path], columns: list[str], schema: pa.Schema, *, union_by_name: bool = False) -> pa.Table:
    """Selected columns of every file, concatenated (empty table of `schema` when no files);
    `union_by_name` when some files lack a column (null there)."""
    if not files:
        return schema.empty_table().select(columns)
    con = _connect()
    try:
        cols = ", ".join(f'"{c}"' for c in columns)
        result: pa.Table = con.sql(
            f"SELECT {cols} FROM read_parquet($files, union_by_name={str(union_by_name).lower()})",
            params={"files": [str(f) for f in files]},
        ).to_arrow_table()
    finally:
        con.close()
    return result.cast(pa.schema([schema.field(c) for c in columns]))
