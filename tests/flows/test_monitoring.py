"""Portal health: zero articles, error rate, silence, coverage, and which failures block the report."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from flows.monitoring import articles_seen, error_rate, health_table, run_problems

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def run(portal="kota", *, started=NOW - timedelta(hours=2), status="ok", pages=20, articles=10, errors=0,
        listed=None, run_id="r1"):
    discovery = [{"source": "sitemap", "listed": listed, "found": articles}] if listed is not None else []
    return {"run_id": run_id, "portal": portal, "started_at": started, "finished_at": started + timedelta(minutes=5),
            "pages": pages, "articles": articles, "new_articles": articles, "errors": errors, "status": status,
            "finish_reason": "finished", "stats": json.dumps({"discovery": discovery})}


def article(portal="kota", *, days_ago=1, title="Judul", words=120, dated=True):
    stamp = NOW - timedelta(days=days_ago)
    return {"portal": portal, "title": title, "published_at": stamp if dated else None, "fetched_at": NOW,
            "word_count": words, "dup_of": None}


def health(runs, articles, statuses=None, **kw):
    return health_table(pd.DataFrame(runs), pd.DataFrame(articles, columns=["portal", "title", "published_at",
                                                                            "fetched_at", "word_count", "dup_of"]),
                        statuses or {}, now=NOW, max_error_rate=0.2, silent_days=14, **kw)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (run(), []),
        (run(articles=0), ["zero articles found"]),
        (run(articles=0, listed=12), []),  # incremental run: articles listed, none new
        (run(errors=10, pages=20), ["error rate 50% > 20%"]),
        (run(status="failed", pages=0, articles=0, errors=1),
         ["crawl failed (finished)", "zero articles found", "error rate 100% > 20%"]),
    ],
)
def test_run_problems(row, expected):
    assert run_problems(row, 0.2) == expected


@pytest.mark.parametrize(("pages", "errors", "rate"), [(0, 0, 0.0), (0, 3, 1.0), (10, 1, 0.1), (2, 5, 1.0)])
def test_error_rate_is_errors_per_response_capped(pages, errors, rate):
    assert error_rate(pages, errors) == rate


def test_articles_seen_counts_listed_entries_from_stats_json():
    assert articles_seen(run(articles=0, listed=7)) == 7
    assert articles_seen({"articles": 3, "stats": "not json"}) == 3


def test_healthy_portal_has_counts_and_coverage():
    arts = [article(days_ago=d) for d in (1, 3, 10, 40)] + [article(days_ago=2, title="", words=5, dated=False)]
    (h,) = health([run()], arts, {"kota": "stable"})
    assert (h.health, h.problems, h.blocking) == ("ok", [], False)
    assert (h.articles_7d, h.articles_30d, h.articles_total) == (3, 4, 5)  # the undated one counts by fetch time
    assert (h.title_coverage, h.date_coverage, h.body_coverage) == (0.8, 0.8, 0.8)
    assert h.last_success == NOW - timedelta(hours=2) + timedelta(minutes=5)


def test_silent_portal_is_flagged():
    (h,) = health([run()], [article(days_ago=30)], {"kota": "stable"})
    assert h.problems == ["silent: newest article 2026-10-21 is older than 14 days"]
    assert h.blocking


def test_only_the_latest_run_counts_and_last_success_is_kept():
    runs = [run(run_id="r1", started=NOW - timedelta(days=2)),
            run(run_id="r2", articles=0, pages=3, errors=3, status="empty")]
    (h,) = health(runs, [article()], {"kota": "unverified"})
    assert h.last_run == "r2"
    assert "zero articles found" in h.problems
    assert h.last_success == NOW - timedelta(days=2) + timedelta(minutes=5)
    assert not h.blocking  # an unverified portal is reported but does not fail the report


def test_every_portal_of_runs_or_articles_gets_a_row():
    got = health([run("a")], [article("b")], {"a": "stable", "b": "stable"})
    assert [h.portal for h in got] == ["a", "b"]
    assert got[1].last_success is None


def test_a_named_portal_never_crawled_is_flagged():
    (h,) = health([run("a")], [], portals=["z"])
    assert h.problems == ["never crawled"]
