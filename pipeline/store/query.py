"""Read-only DuckDB over the Pantau tables: SQL for researchers, `search` for journalists.

`connect()` makes an in-memory DuckDB with one view per table over the committed Parquet files,
then closes every door to the file system (`enable_external_access=false`, only the table files
in `allowed_paths`, configuration locked) and refuses any statement that is not a query. Each
statement runs under a time limit (interrupted after `timeout` seconds).
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd

from pipeline.core.errors import InputError
from pipeline.core.schema import with_metadata
from pipeline.store import TableStore
from pipeline.store.layout import partition_of
from pipeline.store.scan import conformed_select, read_file_meta

DEFAULT_TIMEOUT = 30.0
QUERY_TABLES = ("articles", "mentions", "entities", "engagements", "crawl_runs", "pages")
SEARCH_TYPES = ("OFFICIAL", "PERSON", "ORG", "PLACE", "DATE")
READ_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}

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
    """A locked, read-only DuckDB session over one data folder's tables."""

    def __init__(self, data_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.store = TableStore(data_dir)
        self.timeout = timeout
        self.con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False})
        allowed = self._create_views()
        self.con.execute("SET TimeZone = 'Asia/Jakarta'")
        self.con.execute("SET parquet_metadata_cache = true")  # files are immutable: safe to cache
        self.con.execute("SET allowed_paths = $paths", {"paths": allowed})
        self.con.execute("SET enable_external_access = false")
        self.con.execute("SET lock_configuration = true")

    def _create_views(self) -> list[str]:
        manifest = self.store.manifest()
        self.article_files = {part: str(self.store.root / "articles" / part / name)
                              for part, name in manifest.partitions("articles").items()}
        allowed: list[str] = []
        for table in QUERY_TABLES:
            paths = self.store.files("pages") if table == "pages" else manifest.files(self.store.root, table)
            files = [str(f) for f in paths]
            if files:
                # each file's version checked; files of an older version read as the current schema
                select = conformed_select(_sql_list(files), with_metadata(table),
                                          [read_file_meta(f) for f in paths])
                self.con.execute(f"CREATE VIEW {table} AS {select}")
                allowed.extend(files)
            else:  # an empty table still has its columns, so queries bind
                empty = with_metadata(table).empty_table()
                self.con.register("_empty", empty)
                self.con.execute(f"CREATE TABLE {table} AS SELECT * FROM _empty")
                self.con.unregister("_empty")
        return allowed

    def sql(self, query: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one read-only statement (SELECT / WITH / EXPLAIN) and return its rows."""
        _check_read_only(query)
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
            articles = self._run(
                "SELECT article_id, url, title FROM read_parquet($files) WHERE list_contains($ids, article_id)",
                {"files": files, "ids": ids},
            )
        entity_ids = sorted(set(hits["entity_id"].dropna()))
        names = self._run(
            "SELECT entity_id, name AS entity_name FROM entities WHERE list_contains($ids, entity_id)",
            {"ids": entity_ids or [""]},
        )
        out = hits.merge(articles, on="article_id", how="left").merge(names, on="entity_id", how="left")
        out["name"] = out["entity_name"].fillna(out["normalized"]).fillna(out["text"])
        return out[HIT_COLUMNS]

    def _run(self, query: str, params: dict[str, Any] | None) -> pd.DataFrame:
        timer = threading.Timer(self.timeout, self.con.interrupt)
        timer.start()
        try:
            return self.con.sql(query, params=params or {}).to_arrow_table().to_pandas()
        except duckdb.InterruptException as exc:
            raise InputError(f"query stopped after the {self.timeout:g} s time limit") from exc
        except duckdb.PermissionException as exc:
            raise InputError(f"query refused: no file access from SQL ({_first_line(exc)})") from exc
        except duckdb.Error as exc:
            raise InputError(f"query failed: {_first_line(exc)}") from exc
        finally:
            timer.cancel()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> ReadOnlyDB:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def connect(data_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> ReadOnlyDB:
    return ReadOnlyDB(data_dir, timeout=timeout)


def sql(query: str, data_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> pd.DataFrame:
    with connect(data_dir, timeout=timeout) as db:
        return db.sql(query)


def search(term: str, type: str | None = None, province: str | None = None,
           since: date | str | None = None, until: date | str | None = None, limit: int = 50,
           data_dir: Path | str | None = None) -> pd.DataFrame:
    with connect(data_dir) as db:
        return db.search(term, type=type, province=province, since=since, until=until, limit=limit)


def _check_read_only(query: str) -> None:
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise InputError(f"query does not parse: {_first_line(exc)}") from exc
    if len(statements) != 1:
        raise InputError(f"query: give exactly one SQL statement (got {len(statements)})")
    kind = statements[0].type
    if kind not in READ_STATEMENTS:
        raise InputError(f"query refused: only SELECT / WITH / EXPLAIN are allowed, not {kind.name}")


def _sql_list(paths: list[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


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
