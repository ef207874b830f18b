"""The two DuckDB connections behind pipeline.store.query, and running a statement under a time limit.

`strict`: where user SQL runs. The tables are pyarrow datasets registered with an in-memory
DuckDB, so DuckDB opens no file itself: `enable_external_access` is off with no allowed path and
the configuration is locked. A statement that got past pipeline.store.sql_guard still reaches no file
(COPY, EXPORT, ATTACH, read_csv: all refused by DuckDB).

`native`: where only Pantau's own fixed, parametrised search statements run (never user SQL).
Views read the Parquet files directly (read_parquet: ~5x faster for a search than the datasets,
which DuckDB scans through Python), so the table files are its allowed paths; with no user
statement on it, nothing can ask it to write one.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.dataset as ds

from pipeline.core.errors import InputError
from pipeline.core.schema import with_metadata
from pipeline.store.scan import conformed_select, read_file_meta

Tables = dict[str, list[Path]]  # table -> its committed files


def _open(memory_limit: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(
        ":memory:",
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "memory_limit": memory_limit,
        },
    )
    con.execute("SET TimeZone = 'Asia/Jakarta'")
    return con


def _lock(con: duckdb.DuckDBPyConnection, allowed: list[str]) -> None:
    if allowed:
        con.execute("SET allowed_paths = $paths", {"paths": allowed})
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def strict(tables: Tables, memory_limit: str) -> duckdb.DuckDBPyConnection:
    con = _open(memory_limit)
    try:
        for table, paths in tables.items():
            # missing columns of an older file's version read as null (the dataset's schema rules)
            dataset = ds.dataset(
                [str(p) for p in paths], schema=with_metadata(table), format="parquet"
            )
            con.register(f"_{table}_files", dataset)
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM _{table}_files")
        _lock(con, [])
    except BaseException:
        con.close()
        raise
    return con


def native(tables: Tables, memory_limit: str) -> duckdb.DuckDBPyConnection:
    con = _open(memory_limit)
    allowed: list[str] = []
    try:
        for table, paths in tables.items():
            files = [str(p) for p in paths]
            if files:
                select = conformed_select(
                    _sql_list(files),
                    with_metadata(table),
                    [read_file_meta(p, table) for p in paths],
                )
                con.execute(f"CREATE VIEW {table} AS {select}")
                allowed.extend(files)
            else:  # an empty table still has its columns, so queries bind
                con.register("_empty", with_metadata(table).empty_table())
                con.execute(f"CREATE TABLE {table} AS SELECT * FROM _empty")
                con.unregister("_empty")
        con.execute(
            "SET parquet_metadata_cache = true"
        )  # committed files never change: safe to cache
        _lock(con, allowed)
    except BaseException:
        con.close()
        raise
    return con


def _sql_list(paths: list[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


class Watchdog:
    """Interrupts the connection at the deadline, and again every 50 ms until the statement ends:
    one interrupt that lands while DuckDB is still binding is lost, so one is not enough."""

    def __init__(self, con: duckdb.DuckDBPyConnection, seconds: float) -> None:
        self.con, self.seconds = con, seconds
        self.done = threading.Event()
        self.fired = False
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        if self.done.wait(self.seconds):
            return
        self.fired = True
        while not self.done.is_set():
            self.con.interrupt()
            self.done.wait(0.05)

    def __enter__(self) -> Watchdog:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()


def run(
    con: duckdb.DuckDBPyConnection, query: str, params: dict[str, Any] | None, timeout: float
) -> pd.DataFrame:
    """Rows of one statement, stopped at `timeout` seconds; DuckDB's errors as InputError."""
    watchdog = Watchdog(con, timeout)
    try:
        with watchdog:
            got = con.sql(query, params=params or {}).to_arrow_table()
        if watchdog.fired:  # an interrupt can cut a result short without raising: never trust it
            raise duckdb.InterruptException("interrupted")
        return got.to_pandas()
    except duckdb.InterruptException as exc:
        raise InputError(f"query stopped after the {timeout:g} s time limit (--timeout)") from exc
    except duckdb.OutOfMemoryException as exc:
        raise InputError(
            f"query stopped at the memory limit ({first_line(exc)}); "
            "set PANTAU_QUERY__MEMORY_LIMIT to raise it"
        ) from exc
    except duckdb.PermissionException as exc:
        raise InputError(f"query refused: no file access from SQL ({first_line(exc)})") from exc
    except duckdb.Error as exc:
        raise InputError(f"query failed: {first_line(exc)}") from exc


def first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
