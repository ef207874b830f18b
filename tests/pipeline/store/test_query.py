"""Read-only DuckDB: views over the tables, search filters, refusals and the time limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.errors import InputError
from pipeline.store import TableStore, api
from pipeline.store.query import ReadOnlyDB, connect
from pipeline.store.synthetic import example_world, write_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("world")
    write_world(TableStore(folder), example_world())
    return folder


@pytest.fixture
def db(world: Path) -> ReadOnlyDB:
    with connect(world, timeout=5) as session:
        yield session


SEARCHES = {
    "spelling variants via the entity name": (("jaelani",), {}, 2),
    "acronym finds the long form's mentions": (("FWPS",), {}, 2),
    "long form finds the acronym mention": (("Ikatan Pemuda",), {}, 2),
    "type filter": (("dede",), {"type": "OFFICIAL"}, 3),
    "type filter excludes": (("sukamaju",), {"type": "PLACE"}, 1),
    "province filter": (("dede",), {"province": "jawa tengah"}, 1),
    "since filter": (("dede",), {"since": "2024-05-01"}, 2),
    "until filter": (("dede",), {"until": "2024-05-01"}, 1),
    "like wildcards are literal": (("%",), {}, 0),
}


@pytest.mark.parametrize(("args", "filters", "hits"), SEARCHES.values(), ids=SEARCHES.keys())
def test_search_filters(db: ReadOnlyDB, args: tuple, filters: dict, hits: int) -> None:
    found = db.search(*args, **filters)
    assert len(found) == hits
    assert {"sentence", "date", "portal", "url"} <= set(found.columns)


def test_search_hits_carry_sentence_date_portal_and_url(db: ReadOnlyDB) -> None:
    hit = db.search("Supriatna").iloc[0]
    assert hit["sentence"].startswith("Wali Kota Lembah Dede Supriatna")
    assert (str(hit["date"])[:10], hit["portal"]) == ("2024-07-20", "lembahkota")
    assert hit["url"].startswith("https://lembahkota.")


@pytest.mark.parametrize(
    ("term", "filters", "message"),
    [
        ("", {}, "empty search term"),
        ("x", {"type": "EVENT"}, "not one of"),
        ("x", {"since": "kemarin"}, "not a date"),
    ],
)
def test_bad_search_arguments_are_named(
    db: ReadOnlyDB, term: str, filters: dict, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        db.search(term, **filters)


@pytest.mark.parametrize(
    "statement",
    [
        "COPY mentions TO '/tmp/pantau-leak.csv'",
        "ATTACH '/tmp/pantau-other.db' AS other",
        "SELECT * FROM read_csv('/etc/hosts')",
        "SELECT * FROM read_parquet('/etc/hosts')",
        "INSTALL httpfs",
        "CREATE TABLE copy AS SELECT * FROM articles",
        "DROP VIEW articles",
        "SET enable_external_access = true",
        "SELECT 1; SELECT 2",
    ],
)
def test_sql_is_read_only_and_has_no_file_access(db: ReadOnlyDB, statement: str) -> None:
    with pytest.raises(InputError, match="refused|exactly one"):
        db.sql(statement)
    assert not Path("/tmp/pantau-leak.csv").exists()
    assert len(db.sql("SELECT * FROM articles")) == 4


def test_sql_sees_every_table(db: ReadOnlyDB) -> None:
    counts = (
        db.sql(
            "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM mentions) m, "
            "(SELECT count(*) FROM entities) e, (SELECT count(*) FROM engagements) g, "
            "(SELECT count(*) FROM crawl_runs) c, (SELECT count(*) FROM pages) p"
        )
        .iloc[0]
        .tolist()
    )
    assert counts == [4, 14, 10, 4, 0, 0]


def test_slow_query_is_stopped_at_the_time_limit(world: Path) -> None:
    with connect(world, timeout=0.3) as db, pytest.raises(InputError, match="time limit"):
        db.sql(
            "SELECT count(*) FROM range(100000000) a, range(100000) b WHERE a.range * b.range = 7"
        )


def test_empty_data_folder_has_empty_tables(data_dir: Path) -> None:
    data_dir.mkdir()
    with connect(data_dir) as db:
        assert db.search("apa saja").empty
        assert db.sql("SELECT * FROM engagements").columns[0] == "engagement_id"


def test_api_engagements_name_who_met_whom(world: Path) -> None:
    got = api.engagements("jaelani", data_dir=world)
    assert [list(x) for x in got["organisations"]] == [
        ["Ikatan Pemuda Lembah"],
        ["Forum Warga Peduli Sungai"],
    ]
    assert list(
        api.engagements(event_type="coordination", data_dir=world)["officials"].iloc[0]
    ) == ["Asep Permana"]
    assert len(api.entities("org", data_dir=world)) == 4
