"""Read-only DuckDB over the Pantau tables: SQL for researchers, `search` for journalists.

`connect()` makes an in-memory DuckDB with one view per table over the committed Parquet files
(pyarrow datasets: DuckDB opens no file itself), then closes every door to the file system
(`enable_external_access=false`, no allowed path, configuration locked) and refuses any statement
that is not a read (pipeline.sql_guard, which looks inside EXPLAIN ANALYZE). Each statement runs
under a validated time limit (the connection is interrupted) and a memory limit
(`[query] memory_limit`, PANTAU_QUERY__MEMORY_LIMIT).
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow.compute as pc
import pyarrow.dataset as ds

from pipeline import config
from pipeline.errors import InputError
from pipeline.schema import with_metadata
from pipeline.sql_guard import check_memory_limit, check_read_only, check_timeout
from pipeline.store import TableStore
from pipeline.store.layout import partition_of
from pipeline.store.scan import read_file_meta

DEFAULT_TIMEOUT = 30.0
DEFAULT_MEMORY = "2GB"
QUERY_TABLES = ("articles", "mentions", "entities", "engagements", "crawl_runs", "pages")
SEARCH_TYPES = ("OFFICIAL", "PERSON", "ORG", "PLACE", "DATE")

NAMED_SQL = r"""
SELECT coalesce(list(entity_id), []::VARCHAR[]) AS ids FROM entities
WHERE name ILIKE $pattern ESCAPE '\' OR acronym ILIKE $pattern ESCAPE '\'
"""
# filter and rank on the mentions scan alone: with a small LIMIT DuckDB fetches the wide columns
# (sentence) for the top rows only; articles are looked up afterwards in their own partitions
HITS_SQL = r"""
SELECT type, text, normalized, role, sentence, published_date AS date, portal, province, month,
       article_id, entity_id, start
FROM mentions
WHERE (text ILIKE $pattern ESCAPE '\' OR normalized ILIKE $pattern ESCAPE '\'
       OR list_contains($named, entity_id))
  AND ($type IS NULL OR type = $type)
  AND ($province IS NULL OR province ILIKE $province)
  AND ($since IS NULL OR published_date >= $since)
  AND ($until IS NULL OR published_date <= $until)
ORDER BY date DESC NULLS LAST, article_id, start, type
LIMIT {limit}
"""
HIT_COLUMNS = ["type", "name", "text", "role", "sentence", "date", "portal", "province", "url", "title",
               "article_id", "entity_id"]


class ReadOnlyDB:
    """A locked, read-only DuckDB session over one data folder's tables.

    The tables are pyarrow datasets registered with an in-memory DuckDB, so DuckDB itself needs
    no file access at all: `enable_external_access` is off with no allowed path, and a statement
    that got past the statement check (pipeline.sql_guard) still cannot read or write a file.
    """

    def __init__(self, data_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
                 memory_limit: str | None = None) -> None:
        self.timeout = check_timeout(timeout)
        limit = check_memory_limit(memory_limit or _setting("memory_limit", DEFAULT_MEMORY))
        self.store = TableStore(data_dir)
        _require_data_folder(self.store.data_dir)
        self.con = duckdb.connect(":memory:", config={
            "autoinstall_known_extensions": False, "autoload_known_extensions": False,
            "memory_limit": limit,
        })
        try:
            self.con.execute("SET TimeZone = 'Asia/Jakarta'")
            self._create_views()
            self.con.execute("SET enable_external_access = false")
            self.con.execute("SET lock_configuration = true")
        except BaseException:
            self.con.close()
            raise

    def _create_views(self) -> None:
        manifest = self.store.manifest()
        self.article_files = {part: self.store.root / "articles" / part / name
                              for part, name in manifest.partitions("articles").items()}
        for table in QUERY_TABLES:
            paths = self.store.files("pages") if table == "pages" else manifest.files(self.store.root, table)
            for path in paths:  # each file checked: readable, a readable version, this table's
                read_file_meta(path, table)
            # missing columns of an older file's version read as null (the dataset's schema rules)
            dataset = ds.dataset([str(p) for p in paths], schema=with_metadata(table), format="parquet")
            self.con.register(f"_{table}_files", dataset)
            self.con.execute(f"CREATE VIEW {table} AS SELECT * FROM _{table}_files")

    def sql(self, query: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one read-only statement (SELECT / WITH / EXPLAIN) and return its rows."""
        check_read_only(query)
        return self._run(query, params)

    def search(
        self, term: str, type: str | None = None, province: str | None = None,
        since: date | str | None = None, until: date | str | None = None, limit: int = 50,
    ) -> pd.DataFrame:
        """Mentions whose text, normalized form or entity name contains `term` (case-insensitive)."""
        if not term or not term.strip():
            raise InputError("search: empty search term")
        if type is not None and type.upper() not in SEARCH_TYPES:
            raise InputError(f"search: --type {type!r} is not one of {', '.join(SEARCH_TYPES)}")
        params = {
            "pattern": f"%{escape_like(term.strip())}%",
            "type": type.upper() if type else None,
            "province": province,
            "since": as_date(since, "since"),
            "until": as_date(until, "until"),
        }
        if int(limit) < 1:
            raise InputError(f"search: --limit must be at least 1 (got {limit})")
        named = self._run(NAMED_SQL, {"pattern": params["pattern"]})["ids"].iloc[0]
        hits = self._run(HITS_SQL.format(limit=int(limit)), {**params, "named": list(named)})
        return self._describe(hits)

    def _describe(self, hits: pd.DataFrame) -> pd.DataFrame:
        """Add each hit's article URL and title and its entity's canonical name."""
        ids = sorted(set(hits["article_id"].dropna()))
        files = sorted({f for part in {partition_of("articles", r) for r in hits.to_dict("records")}
                        if (f := self.article_files.get(part))})
        articles = pd.DataFrame(columns=["article_id", "url", "title"])
        if files:
            found = ds.dataset([str(f) for f in files], schema=with_metadata("articles"), format="parquet")
            articles = found.to_table(columns=["article_id", "url", "title"],
                                      filter=pc.field("article_id").isin(ids)).to_pandas()
        entity_ids = sorted(set(hits["entity_id"].dropna()))
        names = self._run(
            "SELECT entity_id, name AS entity_name FROM entities WHERE list_contains($ids, entity_id)",
            {"ids": entity_ids or [""]},
        )
        out = hits.merge(articles, on="article_id", how="left").merge(names, on="entity_id", how="left")
        out["name"] = out["entity_name"].fillna(out["normalized"]).fillna(out["text"])
        return out[HIT_COLUMNS]

    def _run(self, query: str, params: dict[str, Any] | None) -> pd.DataFrame:
        watchdog = _Watchdog(self.con, self.timeout)
        try:
            with watchdog:
                got = self.con.sql(query, params=params or {}).to_arrow_table()
            if watchdog.fired:  # an interrupt can cut a result short without raising: never trust it
                raise duckdb.InterruptException("interrupted")
            return got.to_pandas()
        except duckdb.InterruptException as exc:
            raise InputError(f"query stopped after the {self.timeout:g} s time limit (--timeout)") from exc
        except duckdb.OutOfMemoryException as exc:
            raise InputError(f"query stopped at the memory limit ({_first_line(exc)}); "
                             "set PANTAU_QUERY__MEMORY_LIMIT to raise it") from exc
        except duckdb.PermissionException as exc:
            raise InputError(f"query refused: no file access from SQL ({_first_line(exc)})") from exc
        except duckdb.Error as exc:
            raise InputError(f"query failed: {_first_line(exc)}") from exc

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> ReadOnlyDB:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class _Watchdog:
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

    def __enter__(self) -> _Watchdog:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()


def connect(data_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
            memory_limit: str | None = None) -> ReadOnlyDB:
    return ReadOnlyDB(data_dir, timeout=timeout, memory_limit=memory_limit)


def _setting(key: str, default: str) -> str:
    value = config.settings().get("query", {}).get(key, default)
    return str(value)


def _require_data_folder(data_dir: Path) -> None:
    """A missing data folder is a mistake to report, not an empty world (0 rows, no warning)."""
    if data_dir.exists() and not data_dir.is_dir():
        raise InputError(f"data folder {data_dir} is a file, not a folder (check --data-dir / PANTAU_DATA_DIR)")
    if not data_dir.is_dir():
        raise InputError(f"no data folder at {data_dir}: run `pantau demo` or `pantau process` first, "
                         "or point --data-dir / PANTAU_DATA_DIR at one")


def sql(query: str, data_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> pd.DataFrame:
    with connect(data_dir, timeout=timeout) as db:
        return db.sql(query)


def search(term: str, type: str | None = None, province: str | None = None,
           since: date | str | None = None, until: date | str | None = None, limit: int = 50,
           data_dir: Path | str | None = None) -> pd.DataFrame:
    with connect(data_dir) as db:
        return db.search(term, type=type, province=province, since=since, until=until, limit=limit)


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def as_date(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"search: --{name} {value!r} is not a date (YYYY-MM-DD)") from exc


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
