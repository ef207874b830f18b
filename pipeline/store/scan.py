"""Fast column scans across many partition files (DuckDB, our own connection, trusted paths)."""

from __future__ import annotations

import atexit
import os
from collections.abc import Collection
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.core.parquet_io import file_metadata


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


def read_columns(
    files: list[Path], columns: list[str], schema: pa.Schema, *, union_by_name: bool = False
) -> pa.Table:
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


def with_added_columns(
    files: list[Path], names: list[set[str]], wanted: list[str], schema: pa.Schema
) -> pa.Table:
    """Files written before a column was added to the schema: that column reads as null."""
    present = [c for c in wanted if any(c in n for n in names)]
    got = read_columns(files, present, schema, union_by_name=True) if present else None
    size = got.num_rows if got is not None else sum(pq_rows(f) for f in files)
    arrays = [
        got[c] if got is not None and c in present else pa.nulls(size, schema.field(c).type)
        for c in wanted
    ]
    return pa.table(arrays, schema=pa.schema([schema.field(c) for c in wanted]))


def pq_rows(path: Path) -> int:
    return int(pq.read_metadata(path).num_rows)


def read_file_meta(path: Path, table: str | None = None) -> set[str]:
    """Check the file (readable, schema version, `pantau.table`); returns its column names."""
    meta = file_metadata(path, table)
    return set(
        meta.schema.to_arrow_schema().names
    )  # top-level names (a list column has leaf names)


def conformed_select(
    files_sql: str, schema: pa.Schema, names: list[set[str]], exclude: Collection[str] = ()
) -> str:
    """SQL reading the Parquet files `files_sql` (a DuckDB list literal or parameter) with the
    columns of `schema`, whatever version wrote each file; `names` are each file's columns.

    A plain multi-file read takes its columns from the first file: a column added since an
    older file was written would vanish (older file first) or fail the read (newer file first).
    """
    wanted = [f for f in schema if f.name not in exclude]
    if all(f.name in n for f in wanted for n in names):
        # every file has every column: the plain read, as fast as before any column was added
        skip = f" EXCLUDE ({', '.join(exclude)})" if exclude else ""
        return f"SELECT *{skip} FROM read_parquet({files_sql})"
    types = _duckdb_types(schema)
    cols = [
        f'"{f.name}"'
        if any(f.name in n for n in names)
        else f'CAST(NULL AS {types[f.name]}) AS "{f.name}"'
        for f in wanted
    ]
    return f"SELECT {', '.join(cols)} FROM read_parquet({files_sql}, union_by_name=true)"


def _duckdb_types(schema: pa.Schema) -> dict[str, str]:
    """DuckDB's SQL type of each column of `schema` (what a missing column is cast to)."""
    con = _connect()
    try:
        relation = con.from_arrow(schema.empty_table())
        return {
            name: str(kind) for name, kind in zip(relation.columns, relation.types, strict=True)
        }
    finally:
        con.close()
