"""The web UI: Parquet -> SQLite build, canned queries, Datasette settings, `pantau ui`."""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from nlp.lexicons.events import EVENT_TYPES, LABELS_ID
from pantau.ui import UI_TABLES, analysis, canned, read_frame, sqlite_build, synthetic
from pantau.ui.metadata import DATABASE, build_metadata
from pantau.ui.server import bind_socket, make_datasette
from pantau.ui.sqlite_build import refresh
from pantau.ui.tables import partition_values, read_arrow, table_files
from pipeline.core.errors import InputError, SchemaVersionError
from pipeline.core.parquet_io import to_table, write_atomic
from pipeline.core.tables import SPECS
from tests.pantau.testdata import wait_for_url


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("ui") / "data"
    synthetic.write_synthetic_tables(data_dir)
    db_path, _, _ = refresh(data_dir)
    return db_path


def _names(ids: list[str]) -> set[str]:
    return {synthetic.ENTITIES[i][1] for i in ids}


def _expected_officials(org_acronym: str) -> set[str]:
    org = next(i for i, e in synthetic.ENTITIES.items() if e[3] == org_acronym)
    return {name for e in synthetic.EVENTS if org in e[3] for name in _names(e[2])}


def _expected_organisations(official_part: str) -> set[str]:
    return {
        name
        for e in synthetic.EVENTS
        if any(official_part in synthetic.ENTITIES[o][1] for o in e[2])
        for name in _names(e[3])
    }


def _run_canned(
    db_path: Path, query: canned.CannedQuery, params: dict[str, str]
) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(query.sql, params).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("portal=a/month=2024-05/part-0.parquet", {"portal": "a", "month": "2024-05"}),
        ("part-0.parquet", {}),
        ("nested/portal=b/f.parquet", {"portal": "b"}),
    ],
)
def test_partition_values_come_from_hive_folders(tmp_path: Path, path: str, expected: dict) -> None:
    assert partition_values(tmp_path / path, tmp_path) == expected


def test_read_arrow_takes_columns_kept_only_in_folder_names(tmp_path: Path) -> None:
    rows = [{"article_id": "a1", "url": "https://x.example/1", "title": "Judul"}]
    path = tmp_path / "articles/portal=kab%20x/month=2024-02/p.parquet"
    path.parent.mkdir(parents=True)
    pq.write_table(to_table(rows, "articles").drop_columns(["portal", "month"]), path)
    table = read_arrow("articles", tmp_path)
    assert table.column("portal").to_pylist() == ["kab x"]
    assert table.column("month").to_pylist() == ["2024-02"]


def test_read_arrow_reads_only_the_files_the_store_manifest_names(tmp_path: Path) -> None:
    store = pytest.importorskip("pipeline.store").TableStore(tmp_path)
    article = {"article_id": "a1", "url": "https://x.example/1", "portal": "kab-x", "title": "Baru"}
    store.upsert_articles([{**article, "published_at": synthetic.EVENTS[0][1]}])
    committed = table_files(tmp_path / "tables", "articles")
    stale = committed[0].with_name("stale-copy.parquet")
    stale.write_bytes(committed[0].read_bytes())  # as an older commit may leave until collected
    assert read_arrow("articles", tmp_path / "tables").column("title").to_pylist() == ["Baru"]


def test_read_arrow_of_absent_table_is_empty_with_schema(tmp_path: Path) -> None:
    table = read_arrow("engagements", tmp_path)
    assert table.num_rows == 0
    assert "organisation_ids" in table.column_names


def test_read_arrow_refuses_unknown_table(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown table 'nope'"):
        read_arrow("nope", tmp_path)


def test_read_arrow_refuses_file_without_pantau_version(tmp_path: Path) -> None:
    path = tmp_path / "entities" / "foreign.parquet"
    path.parent.mkdir(parents=True)
    pq.write_table(pa.table({"entity_id": ["e1"]}), path)
    with pytest.raises(SchemaVersionError, match="foreign.parquet"):
        read_arrow("entities", tmp_path)


def test_refresh_rebuilds_only_when_tables_change(tmp_path: Path) -> None:
    synthetic.write_synthetic_tables(tmp_path)
    _, counts, rebuilt = refresh(tmp_path)
    assert rebuilt and counts["articles"] == len(synthetic.EVENTS)
    assert refresh(tmp_path)[2] is False
    extra = [{"run_id": "r9", "portal": "baru", "status": "ok"}]
    write_atomic(
        to_table(extra, "crawl_runs"), tmp_path / "tables/crawl_runs/part-9.parquet", "crawl_runs"
    )
    _, counts, rebuilt = refresh(tmp_path)
    assert rebuilt and counts["crawl_runs"] == len(synthetic._crawl_runs()) + 1


def test_sqlite_times_are_wall_clock_wib_and_lists_are_json(synthetic_db: Path) -> None:
    conn = sqlite3.connect(synthetic_db)
    first = synthetic.EVENTS[0]
    published, officials = conn.execute(
        "select a.published_at, g.officials from articles a join engagements g using (article_id) "
        "where g.date = ?",
        (first[1].date().isoformat(),),
    ).fetchone()
    conn.close()
    assert published == first[1].strftime("%Y-%m-%d %H:%M:%S")
    assert set(json.loads(officials)) == _names(first[2])


@pytest.mark.parametrize("acronym", ["FWPL", "INP", "KPM"])
def test_officials_who_met_organisation_lists_every_official(
    synthetic_db: Path, acronym: str
) -> None:
    rows = _run_canned(
        synthetic_db, canned.OFFICIALS_WHO_MET_ORGANISATION, {"organisation": acronym}
    )
    assert {r["official"] for r in rows} == _expected_officials(acronym)


@pytest.mark.parametrize("official", ["Dewi", "Siti Rahmawati", "Andi"])
def test_organisations_met_by_official_lists_every_organisation(
    synthetic_db: Path, official: str
) -> None:
    rows = _run_canned(synthetic_db, canned.ORGANISATIONS_MET_BY_OFFICIAL, {"official": official})
    assert {r["organisation"] for r in rows} == _expected_organisations(official)


def test_engagements_by_province_month_counts_every_engagement(synthetic_db: Path) -> None:
    rows = _run_canned(synthetic_db, canned.ENGAGEMENTS_BY_PROVINCE_MONTH, {})
    expected: dict[tuple[str, str], int] = {}
    for event in synthetic.EVENTS:
        key = (synthetic.PORTALS[event[0]][0], f"{event[1]:%Y-%m}")
        expected[key] = expected.get(key, 0) + 1
    assert {(r["province"], r["month"]): r["engagements"] for r in rows} == expected


def test_articles_mentioning_shows_sentence_and_link(synthetic_db: Path) -> None:
    rows = _run_canned(synthetic_db, canned.ARTICLES_MENTIONING, {"name": "Ikatan Nelayan"})
    inp_events = [e for e in synthetic.EVENTS if "org-inp" in e[3]]
    assert len(rows) == len(inp_events)
    for row in rows:
        assert "Ikatan Nelayan Pesisir" in row["sentence"]
        assert row["url"].startswith("https://")


@pytest.mark.parametrize("query", canned.CANNED_QUERIES, ids=lambda q: q.name)
def test_canned_queries_are_bilingual_and_declare_their_params(query: canned.CannedQuery) -> None:
    assert query.title_id != query.title_en and query.description_id != query.description_en
    assert set(re.findall(r":(\w+)", query.sql)) == set(query.params)


def test_metadata_facets_cover_type_province_portal_and_date() -> None:
    tables = build_metadata()["databases"][DATABASE]["tables"]
    facets = [f for spec in tables.values() for f in spec["facets"]]
    plain = {f for f in facets if isinstance(f, str)}
    assert {"type", "province", "portal"} <= plain
    assert any(isinstance(f, dict) and "date" in f for f in facets)
    assert set(build_metadata()["databases"][DATABASE]["queries"]) == {
        q.name for q in canned.CANNED_QUERIES
    }


@pytest.mark.parametrize("name", UI_TABLES)
def test_every_facet_and_index_is_a_column_of_the_ui_table(name: str) -> None:
    ui = SPECS[name].ui
    assert ui is not None
    columns = set(SPECS[name].schema.names) | set(sqlite_build.DERIVED_COLUMNS.get(name, {}))
    named = [f if isinstance(f, str) else next(iter(f.values())) for f in ui.facets]
    assert set(named) | set(ui.indexes) <= columns


async def _get(ds, path: str):  # type: ignore[no-untyped-def]
    await ds.invoke_startup()
    return await ds.client.get(path)


def test_datasette_serves_facets_and_canned_query_json(synthetic_db: Path) -> None:
    ds = make_datasette(synthetic_db)
    response = asyncio.run(_get(ds, f"/{DATABASE}/mentions.json?_size=0"))
    assert response.status_code == 200
    assert {"type", "province", "portal"} <= set(response.json()["facet_results"])
    query = canned.OFFICIALS_WHO_MET_ORGANISATION
    response = asyncio.run(_get(ds, f"/{DATABASE}/{query.name}.json?organisation=INP&_shape=array"))
    assert {r["official"] for r in response.json()} == _expected_officials("INP")


@pytest.mark.parametrize("statement", ["delete from articles", "update entities set name = 'x'"])
def test_datasette_refuses_writes(synthetic_db: Path, statement: str) -> None:
    ds = make_datasette(synthetic_db)
    response = asyncio.run(_get(ds, f"/{DATABASE}.json?sql={statement.replace(' ', '+')}"))
    assert response.status_code >= 400
    conn = sqlite3.connect(synthetic_db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == len(synthetic.EVENTS)
    conn.close()


def test_bind_socket_names_a_busy_port() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match=f"--port {port}: already in use"):
            bind_socket(port)


def test_pantau_ui_command_serves_on_loopback(synthetic_db: Path) -> None:
    env = {**os.environ, "PANTAU_DATA_DIR": str(synthetic_db.parents[1])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pantau.cli", "ui", "--port", "0", "--no-open"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    try:
        url = wait_for_url(proc)
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(
            f"{url}/{canned.PORTAL_FRESHNESS.name}.json?_shape=array", timeout=10
        ) as r:
            body = r.read().decode()
        assert all(portal in body for portal in synthetic.PORTALS)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def frames(synthetic_db: Path) -> dict[str, pd.DataFrame]:
    return {name: read_frame(name, synthetic_db.parents[1]) for name in UI_TABLES}


def test_monthly_counts_sum_to_rows_per_province(frames: dict[str, pd.DataFrame]) -> None:
    counts = analysis.monthly_counts(frames["engagements"], by="province")
    provinces = [synthetic.PORTALS[e[0]][0] for e in synthetic.EVENTS]
    assert counts.sum().to_dict() == {p: provinces.count(p) for p in set(provinces)}


@pytest.mark.parametrize(("column", "position"), [("official_ids", 2), ("organisation_ids", 3)])
def test_top_participants_counts_engagements_per_name(
    frames: dict[str, pd.DataFrame], column: str, position: int
) -> None:
    top = analysis.top_participants(frames["engagements"], frames["entities"], column, n=50)
    expected: dict[str, int] = {}
    for event in synthetic.EVENTS:
        for name in _names(event[position]):
            expected[name] = expected.get(name, 0) + 1
    assert top.to_dict() == expected


def test_engagement_graph_links_each_official_to_each_organisation_met(
    frames: dict[str, pd.DataFrame],
) -> None:
    graph = analysis.engagement_graph(frames["engagements"], frames["entities"])
    sides = [(e, [*e[2], *synthetic.BODIES.get(n, [])]) for n, e in enumerate(synthetic.EVENTS)]
    pairs = {(o, g) for e, government in sides for o in _names(government) for g in _names(e[3])}
    assert {tuple(sorted(edge)) for edge in graph.edges} == {tuple(sorted(p)) for p in pairs}
    assert graph.nodes["Badan Kesbangpol Sukamaju"]["kind"] == "government_body"


def test_event_counts_label_every_type_in_indonesian(frames: dict[str, pd.DataFrame]) -> None:
    counts = analysis.event_counts(frames["engagements"])
    assert list(counts.index) == [LABELS_ID[t] for t in EVENT_TYPES]
    assert counts.sum() == len(synthetic.EVENTS) and counts[LABELS_ID["meeting"]] > 0


def test_portal_health_flags_the_failed_crawl_and_silence(frames: dict[str, pd.DataFrame]) -> None:
    health = analysis.portal_health(frames["articles"], frames["crawl_runs"])
    failed = {r["portal"] for r in synthetic._crawl_runs() if r["status"] == "failed"}
    assert set(health.index[health["last_status"] == "failed"]) == failed
    as_of = max(r["finished_at"] for r in synthetic._crawl_runs())
    for portal, silent in health["days_silent"].items():
        newest = max(e[1] for e in synthetic.EVENTS if e[0] == portal)
        assert silent == (as_of - newest).days


def test_ui_on_an_empty_data_folder_serves_empty_tables(tmp_path: Path) -> None:
    db_path, counts, _ = refresh(tmp_path)
    assert counts == dict.fromkeys(UI_TABLES, 0)
    response = asyncio.run(
        _get(make_datasette(db_path), f"/{DATABASE}/engagements_by_province_month.json")
    )
    assert response.status_code == 200 and response.json()["rows"] == []


def test_datasette_stops_a_runaway_query_at_the_time_limit(synthetic_db: Path) -> None:
    ds = make_datasette(synthetic_db)
    limit_s = ds.setting("sql_time_limit_ms") / 1000
    assert limit_s <= 5
    endless = (
        "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    )
    started = time.monotonic()
    response = asyncio.run(_get(ds, f"/{DATABASE}.json?sql={urllib.parse.quote(endless)}"))
    assert response.status_code >= 400
    assert time.monotonic() - started < limit_s + 5


def test_engagements_by_event_type_counts_each_type_with_its_indonesian_label(
    synthetic_db: Path,
) -> None:
    rows = _run_canned(synthetic_db, canned.ENGAGEMENTS_BY_EVENT_TYPE, {})
    expected: dict[str, int] = {}
    for event in synthetic.EVENTS:
        kind = synthetic.EVENT_TYPE[event[5]]
        expected[kind] = expected.get(kind, 0) + 1
    assert {r["event_type"]: r["engagements"] for r in rows} == expected
    assert {r["event_type"]: r["event"] for r in rows} == {k: LABELS_ID[k] for k in expected}


def test_government_bodies_with_organisation_lists_the_bodies_that_met_it(
    synthetic_db: Path,
) -> None:
    rows = _run_canned(
        synthetic_db, canned.GOVERNMENT_BODIES_WITH_ORGANISATION, {"organisation": "FWPL"}
    )
    fwpl_with_body = [
        n for n, e in enumerate(synthetic.EVENTS) if "org-fwpl" in e[3] and synthetic.BODIES.get(n)
    ]
    assert [(r["government_body"], r["engagements"]) for r in rows] == [
        ("Badan Kesbangpol Sukamaju", len(fwpl_with_body))
    ]
    assert (
        _run_canned(
            synthetic_db, canned.GOVERNMENT_BODIES_WITH_ORGANISATION, {"organisation": "INP"}
        )
        == []
    )
