"""`pantau query` cannot write, read a foreign file or run unbounded, whatever the SQL's prefix.

Every attack runs against a committed fictional world; after it every file of the data folder
must be byte-identical and no file may have appeared anywhere under the test's folder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.core.errors import InputError
from pipeline.store import TableStore
from pipeline.store import query_connections as connections
from pipeline.store.query import connect
from pipeline.store.sql_guard import check_memory_limit, check_read_only, check_timeout
from pipeline.store.synthetic import example_world, write_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qworld")
    write_world(TableStore(folder), example_world())
    return folder


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def untouched(world: Path) -> Iterator[Path]:
    before = _snapshot(world.parent)
    yield world
    assert _snapshot(world.parent) == before, "a query changed or created a file"


def _part(world: Path) -> str:
    return str(next((world / "tables" / "articles").rglob("*.parquet")))


WRITES = [
    "COPY (SELECT 1) TO '{part}'",
    "EXPLAIN ANALYZE COPY (SELECT * REPLACE ('FORGED' AS title) FROM articles) TO '{part}' "
    "(FORMAT parquet, USE_TMP_FILE false)",
    "EXPLAIN ANALYZE COPY articles TO '{part}' (FORMAT parquet)",
    "explain analyze copy (select 1) to '{part}'",
    "EXPLAIN /* hidden */ ANALYZE /* again */ COPY (SELECT 1) TO '{part}'",
    "-- leading comment\nEXPLAIN ANALYZE COPY (SELECT 1) TO '{part}'",
    "EXPLAIN (ANALYZE) COPY (SELECT 1) TO '{part}'",
    "EXPLAIN (FORMAT json) COPY (SELECT 1) TO '{part}'",
    "EXPLAIN ANALYZE EXPLAIN ANALYZE COPY (SELECT 1) TO '{part}'",
    "EXPLAIN ANALYZE (COPY (SELECT 1) TO '{part}')",
    "SELECT 1; COPY (SELECT 1) TO '{part}'",
    "COPY (SELECT 1) TO '{part}'; SELECT 1",
    "SELECT 1;\n-- x\nCOPY (SELECT 1) TO '{part}'",
    "EXPORT DATABASE '{dir}/exported'",
    "EXPLAIN ANALYZE EXPORT DATABASE '{dir}/exported'",
    "ATTACH '{dir}/evil.duckdb' AS evil",
    "EXPLAIN ANALYZE ATTACH '{dir}/evil.duckdb'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "FORCE INSTALL fts",
    "SET enable_external_access = true",
    "SET allowed_paths = ['/']",
    "RESET enable_external_access",
    "SET memory_limit = '100TB'",
    "PRAGMA enable_profiling",
    "PRAGMA memory_limit = '100TB'",
    "CREATE TABLE forged AS SELECT * FROM articles",
    "CREATE OR REPLACE VIEW articles AS SELECT 1 AS forged",
    "CREATE MACRO m() AS 1",
    "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')",
    "DROP VIEW articles",
    "INSERT INTO articles SELECT * FROM articles",
    "UPDATE articles SET title = 'FORGED'",
    "DELETE FROM articles",
    "ALTER VIEW articles RENAME TO old",
    "CALL pragma_version()",
    "CHECKPOINT",
    "VACUUM",
    "DETACH memory",
    "USE system",
    "BEGIN TRANSACTION",
    "WITH a AS (SELECT 1) INSERT INTO articles SELECT * FROM articles",
    "EXPLAIN ANALYZE INSERT INTO articles SELECT * FROM articles",
    "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1",
    "PREPARE p AS SELECT 1",
    "COPY articles FROM '{part}'",
    "IMPORT DATABASE '{dir}'",
    "",
    "   ",
    "-- only a comment",
    "SELEC 1",
]

READS_OUTSIDE = [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM read_blob('{part}')",
    "SELECT * FROM read_parquet('{part}')",
    "SELECT * FROM '{part}'",
    "SELECT * FROM glob('{dir}/**')",
    "SELECT * FROM parquet_metadata('{part}')",
    "SELECT * FROM read_json_auto('/etc/passwd')",
    "EXPLAIN ANALYZE SELECT * FROM read_csv('/etc/passwd')",
    "WITH x AS (SELECT * FROM read_text('/etc/passwd')) SELECT * FROM x",
    "SELECT * FROM sniff_csv('/etc/passwd')",
    "SELECT * FROM read_parquet('http://127.0.0.1:9/x.parquet')",
]


@pytest.mark.parametrize("template", WRITES)
def test_query_refuses_every_statement_that_could_write(untouched: Path, template: str) -> None:
    sql = template.format(part=_part(untouched), dir=untouched.parent)
    with connect(untouched) as db, pytest.raises(InputError):
        db.sql(sql)


FILE_WRITES = [w for w in WRITES if "{part}" in w or "{dir}" in w]


@pytest.mark.parametrize("template", FILE_WRITES)
def test_the_connection_itself_refuses_file_writes_the_statement_check_would_miss(
    untouched: Path, template: str
) -> None:
    """Second door: run without the statement check, a write to a file is still refused."""
    sql = template.format(part=_part(untouched), dir=untouched.parent)
    with connect(untouched) as db, pytest.raises(InputError):
        connections.run(db.con, sql, None, 10)  # the connection user SQL runs on


@pytest.mark.parametrize("template", READS_OUTSIDE)
def test_query_reads_no_file_outside_the_tables(untouched: Path, template: str) -> None:
    sql = template.format(part=_part(untouched), dir=untouched.parent)
    with connect(untouched) as db, pytest.raises(InputError, match="refused|failed|no file access"):
        db.sql(sql)


READS = [
    "SELECT count(*) FROM articles",
    "/* c */ SELECT 1",
    "(SELECT 1)",
    "((SELECT title FROM articles))",
    "WITH a AS (SELECT 1 AS x) SELECT * FROM a",
    "FROM articles LIMIT 1",
    "VALUES (1), (2)",
    "DESCRIBE articles",
    "SUMMARIZE SELECT word_count FROM articles",
    "EXPLAIN SELECT * FROM articles",
    "EXPLAIN ANALYZE SELECT count(*) FROM mentions",
    "explain (format json) select 1",
    "SELECT 1 UNION ALL SELECT 2",
    "SELECT 'COPY x TO y' AS text_that_looks_like_a_write",
    "SELECT 1; ",
    "SELECT * FROM pages LIMIT 1",
]


@pytest.mark.parametrize("sql", READS)
def test_query_still_answers_every_kind_of_read(untouched: Path, sql: str) -> None:
    with connect(untouched) as db:
        assert db.sql(sql) is not None


@pytest.mark.parametrize(
    "value", [0, -1, -0.5, float("nan"), float("inf"), float("-inf"), 1e9, "abc"]
)
def test_timeout_that_would_never_stop_is_refused(world: Path, value: object) -> None:
    with pytest.raises(InputError, match="timeout"):
        connect(world, timeout=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0.001, 0.3, 1, 86400])
def test_finite_positive_timeouts_are_accepted(value: float) -> None:
    assert check_timeout(value) == value


@pytest.mark.parametrize("timeout", [0.001, 0.05, 0.3])
def test_endless_query_is_interrupted_at_a_small_time_limit(world: Path, timeout: float) -> None:
    with connect(world, timeout=timeout) as db, pytest.raises(InputError, match="time limit"):
        db.sql("SELECT count(*) FROM range(100000000000) a WHERE hash(a.range) = 7")


@pytest.mark.parametrize("value", ["2GB", "512MiB", " 1 GB ", "100MB"])
def test_memory_limit_sizes_are_accepted(value: str) -> None:
    assert check_memory_limit(value) == value.strip()


@pytest.mark.parametrize("value", ["", "lots", "2GB'; SET x=1; --", "-1GB", "1 PB"])
def test_memory_limit_that_is_not_a_size_is_refused(value: str) -> None:
    with pytest.raises(InputError, match="memory limit"):
        check_memory_limit(value)


def test_memory_limit_stops_a_query_that_needs_more(world: Path) -> None:
    with connect(world, memory_limit="64MB") as db, pytest.raises(InputError, match="memory"):
        db.sql("SELECT list(range) FROM range(50000000)")


def test_check_read_only_looks_inside_explain_analyze() -> None:
    check_read_only("EXPLAIN ANALYZE SELECT 1")
    with pytest.raises(InputError, match="COPY"):
        check_read_only("EXPLAIN ANALYZE COPY (SELECT 1) TO 'x.csv'")


@pytest.mark.parametrize("kind", ["file", "missing"])
def test_query_on_a_missing_or_wrong_data_folder_names_it(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "data"
    if kind == "file":
        target.write_text("not a folder")
    with pytest.raises(InputError, match=str(target)):
        connect(target)


def test_searches_never_run_user_sql() -> None:
    """The native (fast, file-backed) connection serves only Pantau's fixed search statements."""
    import inspect

    from pipeline.store import query

    source = inspect.getsource(query.ReadOnlyDB.sql)
    assert "self.con" in source and "_search_con" not in source and "_run(" not in source
