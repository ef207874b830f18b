"""A crawl's stats become a crawl_runs row; a crawl that got nothing raises so Prefect retries it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

STATS = {
    "portal": "kota",
    "run_id": "r1",
    "started_at": "2026-11-01T02:00:00+00:00",
    "finished_at": "2026-11-01T02:05:00+00:00",
    "pages": 30,
    "articles": 12,
    "new_articles": 4,
    "errors": 1,
    "status": "ok",
    "finish_reason": "finished",
    "drops": {"http_error": 1},
    "discovery": [{"source": "sitemap", "listed": 12}],
    "stats": {"item_scraped_count": 4},
}


def test_stats_become_a_crawl_runs_row():
    from flows.crawl import crawl_run_row

    row = crawl_run_row(STATS)
    assert row["started_at"] == datetime(2026, 11, 1, 2, tzinfo=UTC)
    assert (row["pages"], row["articles"], row["new_articles"], row["errors"]) == (30, 12, 4, 1)
    extra = json.loads(row["stats"])
    assert extra["drops"] == {"http_error": 1}
    assert extra["discovery"][0]["listed"] == 12


def test_coverage_becomes_columns_and_a_run_without_it_gets_nulls():
    from flows.crawl import crawl_run_row

    coverage = {
        "mode": "incremental",
        "horizon": "2025-01-01T00:00:00+00:00",
        "sources": ["feed", "listing"],
        "oldest_reached": "2026-10-30T00:00:00+00:00",
        "stop_reason": "known",
    }
    row = crawl_run_row({**STATS, "coverage": coverage})
    assert (row["mode"], row["sources"], row["stop_reason"]) == (
        "incremental",
        ["feed", "listing"],
        "known",
    )
    assert row["oldest_reached"] == datetime(2026, 10, 30, tzinfo=UTC)
    bare = crawl_run_row(STATS)
    assert [bare[k] for k in ("mode", "horizon", "sources", "oldest_reached", "stop_reason")] == [
        None
    ] * 5


def test_crawl_runs_written_before_the_coverage_columns_read_them_as_null(
    tmp_path: Path, monkeypatch
):
    from flows.crawl import crawl_run_row
    from pipeline.core import schema
    from pipeline.store import TableStore

    added = ("mode", "horizon", "sources", "oldest_reached", "stop_reason")
    old = schema.TABLES["crawl_runs"]
    with monkeypatch.context() as patch:
        patch.setitem(schema.TABLES, "crawl_runs", pa_schema_without(old, added))
        row = {k: v for k, v in crawl_run_row(STATS).items() if k not in added}
        TableStore(tmp_path).append_crawl_runs([row])
    newer = {**crawl_run_row({**STATS, "run_id": "r2", "coverage": {"stop_reason": "budget"}})}
    TableStore(tmp_path).append_crawl_runs([newer])
    table = TableStore(tmp_path).read("crawl_runs").sort_values("run_id")
    assert (
        table["stop_reason"].isna().tolist() == [True, False]
        and table["stop_reason"].iloc[1] == "budget"
    )
    assert table["mode"].isna().all()


def pa_schema_without(schema, names):
    for name in names:
        schema = schema.remove(schema.get_field_index(name))
    return schema


@pytest.mark.parametrize(("status", "raises"), [("failed", True), ("empty", False), ("ok", False)])
def test_only_a_failed_crawl_raises_for_a_retry(monkeypatch, tmp_path: Path, status, raises):
    import crawlers.runner
    from flows.crawl import CrawlFailed, crawl_portal
    from flows.targets import CrawlTarget

    monkeypatch.setattr(crawlers.runner, "run_crawl", lambda *a, **k: {**STATS, "status": status})
    call = lambda: crawl_portal.fn(CrawlTarget("kota"), str(tmp_path), "r1", 0, False, 10.0)  # noqa: E731
    if raises:
        with pytest.raises(CrawlFailed) as caught:
            call()
        assert caught.value.stats["status"] == "failed"
    else:
        assert call()["status"] == status


def test_many_registry_portals_share_crawl_processes_and_each_gets_a_row(
    monkeypatch, tmp_path: Path
):
    import crawlers.runner
    from flows.crawl import crawl_targets
    from flows.targets import CrawlTarget
    from pipeline.core.config import settings
    from pipeline.store import TableStore

    calls = []

    def fake_run_many(portals, **kwargs):
        calls.append([p.name for p in portals])
        return [{**STATS, "portal": p.name, "coverage": {"stop_reason": "known"}} for p in portals]

    monkeypatch.setattr(crawlers.runner, "run_many", fake_run_many)
    config = settings()
    config = replace(config, flows=replace(config.flows, shared_crawl_from=2))
    targets = [
        CrawlTarget(n, record={"name": n, "base_url": f"https://{n}.example.id/"})
        for n in ("satu", "dua")
    ]
    _, results = crawl_targets(tmp_path, targets, max_pages=0, allow_private=False, config=config)
    assert calls == [["satu", "dua"]] and [r["portal"] for r in results] == ["satu", "dua"]
    rows = TableStore(tmp_path).read("crawl_runs")
    assert sorted(rows["portal"]) == ["dua", "satu"] and set(rows["stop_reason"]) == {"known"}
