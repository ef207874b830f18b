"""Read-only DuckDB over the Pantau tables: SQL for researchers, `search` for journalists.

`connect()` makes an in-memory DuckDB with one view per table over the committed Parquet files
(pyarrow datasets: DuckDB opens no file itself), then closes every door to the file system
(`enable_external_access=false`, no allowed path, configuration locked) and refuses any statement
that is not a read (pipeline.store.sql_guard, which looks inside EXPLAIN ANALYZE). Each statement runs
under a validated time limit (the connection is interrupted) and a memory limit
(`[query] memory_limit`, PANTAU_QUERY__MEMORY_LIMIT).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow.compute as pc
import pyarrow.dataset as ds

from pipeline.core import config
from pipeline.core.errors import InputError
from pipeline.core.schema import with_metadata
from pipeline.core.tables import STORED
from pipeline.store import TableStore
from pipeline.store import query_connections as connections
from pipeline.store.layout import partition_of
from pipeline.store.read import committed_files
from pipeline.store.scan import read_file_meta
from pipeline.store.sql_guard import check_memory_limit, check_read_only, check_timeout

DEFAULT_TIMEOUT = 30.0
DEFAULT_MEMORY = "2GB"
QUERY_TABLES = (*STORED, "pages")
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
HIT_COLUMNS = [
    "type",
    "name",
    "text",
    "role",
    "sentence",
    "date",
    "portal",
    "province",
    "url",
    "title",
    "article_id",
    "entity_id",
]


class ReadOnlyDB:
    """A locked, read-only DuckDB session over one data folder's tables: user SQL on the strict
    connection (no file reachable), searches on the native one (pipeline/store/query_connections.py)."""

    def __init__(
        self,
        data_dir: Path | str | None = None,
        *,
        timeout: float | None = None,
        memory_limit: str | None = None,
    ) -> None:
        configured = config.settings().query
        self.timeout = check_timeout(timeout if timeout is not None else float(configured.timeout))
        self.memory_limit = check_memory_limit(memory_limit or configured.memory_limit)
        self.store = TableStore(data_dir)
        _require_data_folder(self.store.data_dir)
        manifest = self.store.manifest()
        self.article_files = {
            part: self.store.root / "articles" / part / name
            for part, name in manifest.partitions("articles").items()
        }
        # one manifest for every view, so a commit during the session cannot mix two states
        self.tables = {
            table: committed_files(self.store.root, table)
            if table == "pages"
            else manifest.files(self.store.root, table)
            for table in QUERY_TABLES
        }
        for table, paths in self.tables.items():
            for path in paths:  # each file checked: readable, a readable version, this table's
                read_file_meta(path, table)
        self.con = connections.strict(self.tables, self.memory_limit)
        self._native: duckdb.DuckDBPyConnection | None = None

    def _search_con(self) -> duckdb.DuckDBPyConnection:
        if self._native is None:
            self._native = connections.native(self.tables, self.memory_limit)
        return self._native

    def sql(self, query: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one read-only statement (SELECT / WITH / EXPLAIN) and return its rows."""
        check_read_only(query)
        return connections.run(self.con, query, params, self.timeout)

    def search(
        self,
        term: str,
        type: str | None = None,
        province: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        limit: int = 50,
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
        files = sorted(
            {
                f
                for part in {partition_of("articles", r) for r in hits.to_dict("records")}
                if (f := self.article_files.get(part))
            }
        )
        articles = pd.DataFrame(columns=["article_id", "url", "title"])
        if files:
            found = ds.dataset(
                [str(f) for f in files], schema=with_metadata("articles"), format="parquet"
            )
            articles = found.to_table(
                columns=["article_id", "url", "title"], filter=pc.field("article_id").isin(ids)
            ).to_pandas()
        entity_ids = sorted(set(hits["entity_id"].dropna()))
        names = self._run(
            "SELECT entity_id, name AS entity_name FROM entities WHERE list_contains($ids, entity_id)",
            {"ids": entity_ids or [""]},
        )
        out = hits.merge(articles, on="article_id", how="left").merge(
            names, on="entity_id", how="left"
        )
        out["name"] = out["entity_name"].fillna(out["normalized"]).fillna(out["text"])
        return out[HIT_COLUMNS]

    def _run(self, query: str, params: dict[str, Any] | None) -> pd.DataFrame:
        """Pantau's own search statements (never user SQL): on the native connection."""
        return connections.run(self._search_con(), query, params, self.timeout)

    def close(self) -> None:
        self.con.close()
        if self._native is not None:
            self._native.close()

    def __enter__(self) -> ReadOnlyDB:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def connect(
    data_dir: Path | str | None = None,
    *,
    timeout: float | None = None,
    memory_limit: str | None = None,
) -> ReadOnlyDB:
    return ReadOnlyDB(data_dir, timeout=timeout, memory_limit=memory_limit)


def _require_data_folder(data_dir: Path) -> None:
    """A missing data folder is a mistake to report, not an empty world (0 rows, no warning)."""
    if data_dir.exists() and not data_dir.is_dir():
        raise InputError(
            f"data folder {data_dir} is a file, not a folder (check --data-dir / PANTAU_DATA_DIR)"
        )
    if not data_dir.is_dir():
        raise InputError(
            f"no data folder at {data_dir}: run `pantau demo` or `pantau process` first, "
            "or point --data-dir / PANTAU_DATA_DIR at one"
        )


def sql(
    query: str, data_dir: Path | str | None = None, *, timeout: float | None = None
) -> pd.DataFrame:
    with connect(data_dir, timeout=timeout) as db:
        return db.sql(query)


def search(
    term: str,
    type: str | None = None,
    province: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    limit: int = 50,
    data_dir: Path | str | None = None,
) -> pd.DataFrame:
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
