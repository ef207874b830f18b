"""Portal health: zero articles, error rate, silence, coverage, and which failures block the report."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from pantau.monitoring import articles_seen, error_rate, health_table, is_local_url, run_problems

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def run(
    portal="kota",
    *,
    started=NOW - timedelta(hours=2),
    status="ok",
    pages=20,
    articles=10,
    errors=0,
    listed=None,
    run_id="r1",
):
    discovery = (
        [{"source": "sitemap", "listed": listed, "found": articles}] if listed is not None else []
    )
    return {
        "run_id": run_id,
        "portal": portal,
        "started_at": started,
        "finished_at": started + timedelta(minutes=5),
        "pages": pages,
        "articles": articles,
        "new_articles": articles,
        "errors": errors,
        "status": status,
        "finish_reason": "finished",
        "stats": json.dumps({"discovery": discovery}),
    }


def article(portal="kota", *, days_ago=1, title="Judul", words=120, dated=True):
    stamp = NOW - timedelta(days=days_ago)
    return {
        "portal": portal,
        "title": title,
        "published_at": stamp if dated else None,
        "fetched_at": NOW,
        "word_count": words,
        "dup_of": None,
    }


def health(runs, articles, statuses=None, **kw):
    return health_table(
        pd.DataFrame(runs),
        pd.DataFrame(
            articles,
            columns=["portal", "title", "published_at", "fetched_at", "word_count", "dup_of"],
        ),
        statuses or {},
        now=NOW,
        max_error_rate=0.2,
        silent_days=14,
        **kw,
    )


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (run(), []),
        (run(articles=0), ["zero articles found"]),
        (run(articles=0, listed=12), []),  # incremental run: articles listed, none new
        (run(errors=10, pages=20), ["error rate 50% > 20%"]),
        (
            run(status="failed", pages=0, articles=0, errors=1),
            ["crawl failed (finished)", "zero articles found", "error rate 100% > 20%"],
        ),
    ],
)
def test_run_problems(row, expected):
    assert run_problems(row, 0.2) == expected


@pytest.mark.parametrize(
    ("stop_reason", "flagged"),
    [
        ("known", False),
        ("horizon", False),
        ("end", False),
        (None, False),
        (float("nan"), False),
        ("budget", True),
        ("page_limit", True),
        ("error", True),
        ("timeout (finished)", True),
    ],
)
def test_a_run_that_stopped_before_known_articles_or_the_horizon_is_flagged(stop_reason, flagged):
    problems = run_problems({**run(), "stop_reason": stop_reason}, 0.2)
    short = [
        p for p in problems if p.startswith("stopped before reaching known articles or the horizon")
    ]
    assert bool(short) == flagged
    assert run_problems({**run(), "coverage": {"stop_reason": stop_reason}}, 0.2) == problems


@pytest.mark.parametrize(
    ("pages", "errors", "rate"), [(0, 0, 0.0), (0, 3, 1.0), (10, 1, 0.1), (2, 5, 1.0)]
)
def test_error_rate_is_errors_per_response_capped(pages, errors, rate):
    assert error_rate(pages, errors) == rate


def test_articles_seen_counts_listed_entries_from_stats_json():
    assert articles_seen(run(articles=0, listed=7)) == 7
    assert articles_seen({"articles": 3, "stats": "not json"}) == 3


def test_healthy_portal_has_counts_and_coverage():
    arts = [article(days_ago=d) for d in (1, 3, 10, 40)] + [
        article(days_ago=2, title="", words=5, dated=False)
    ]
    (h,) = health([run()], arts, {"kota": "stable"})
    assert (h.health, h.problems, h.blocking) == ("ok", [], False)
    assert (h.articles_7d, h.articles_30d, h.articles_total) == (
        3,
        4,
        5,
    )  # the undated one counts by fetch time
    assert (h.title_coverage, h.date_coverage, h.body_coverage) == (0.8, 0.8, 0.8)
    assert h.last_success == NOW - timedelta(hours=2) + timedelta(minutes=5)


def test_silent_portal_is_flagged():
    (h,) = health([run()], [article(days_ago=30)], {"kota": "stable"})
    assert h.problems == ["silent: newest article 2026-10-21 is older than 14 days"]
    assert h.blocking


def test_only_the_latest_run_counts_and_last_success_is_kept():
    runs = [
        run(run_id="r1", started=NOW - timedelta(days=2)),
        run(run_id="r2", articles=0, pages=3, errors=3, status="empty"),
    ]
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


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8123/", True),
        ("http://localhost:9000", True),
        ("http://[::1]:80/", True),
        ("http://demo.localhost/", True),
        ("https://bantenprov.go.id", False),
        ("http://10.0.0.5/", False),
        (None, False),
        ("not a url", False),
    ],
)
def test_is_local_url_recognises_loopback_base_urls(url, local):
    assert is_local_url(url) is local


def test_stale_local_test_site_is_reported_but_does_not_block_or_alert():
    (h,) = health(
        [run("demo")], [article("demo", days_ago=700)], {"demo": "stable"}, local={"demo"}
    )
    assert h.problems and h.problems[0].startswith("silent: newest article")
    assert (h.local, h.blocking, h.alerting) == (True, False, False)
    assert h.as_dict()["local"] is True


def test_a_local_test_site_that_breaks_still_blocks():
    (h,) = health(
        [run("demo", articles=0)],
        [article("demo", days_ago=700)],
        {"demo": "stable"},
        local={"demo"},
    )
    assert h.counted_problems == ["zero articles found"]
    assert (h.blocking, h.alerting) == (True, True)


def test_stale_stable_production_portal_still_blocks_beside_a_local_one():
    got = health(
        [run("demo"), run("kota")],
        [article("demo", days_ago=700), article("kota", days_ago=700)],
        {"demo": "stable", "kota": "stable"},
        local={"demo"},
    )
    assert [(h.portal, h.blocking) for h in got] == [("demo", False), ("kota", True)]


def stale_store(data_dir, portals: dict[str, str]) -> None:
    """One article from 2024 per portal (name -> base URL), recorded as ad-hoc stable portals."""
    from pipeline.store import TableStore
    from pipeline.store.synthetic import corpus

    rows = [row for row, _ in corpus(len(portals), portals=len(portals))]
    for row, name in zip(rows, portals, strict=True):
        row.update(portal=name, published_at=datetime(2024, 3, 1, tzinfo=UTC))
    TableStore(data_dir).upsert_articles(rows)
    records = {
        name: {"name": name, "base_url": url, "status": "stable"} for name, url in portals.items()
    }
    (data_dir / "state").mkdir(exist_ok=True)
    (data_dir / "state" / "portals_seen.json").write_text(json.dumps(records), encoding="utf-8")


def test_health_from_store_treats_an_adhoc_loopback_record_as_local(data_dir):
    from pantau.monitoring import health_from_store
    from pipeline.core.config import settings

    stale_store(
        data_dir, {"demo-kota": "http://127.0.0.1:8001/", "remote-kota": "https://kota.example"}
    )
    got = {
        h.portal: (h.local, h.blocking) for h in health_from_store(data_dir, settings(), now=NOW)
    }
    assert got == {"demo-kota": (True, False), "remote-kota": (False, True)}


def report(monkeypatch, *args: str, stuck: list[dict] | None = None):
    """`pantau report` in-process; the Prefect server is faked (reachable only when `stuck` is given)."""
    from typer.testing import CliRunner

    import pantau.runs
    from pantau.cli import app

    monkeypatch.setattr(
        pantau.runs,
        "reachable_server",
        lambda: "http://127.0.0.1:1/api" if stuck is not None else None,
    )
    monkeypatch.setattr(pantau.runs, "problem_run_records", lambda: stuck or [])
    return CliRunner().invoke(app, ["report", *args])


def test_report_after_the_demo_shows_staleness_and_exits_0(data_dir, monkeypatch):
    stale_store(data_dir, {"demo-news": "http://127.0.0.1:8002/"})
    result = report(monkeypatch)
    assert result.exit_code == 0, result.output
    assert "silent: newest article 2024-03-01" in result.output
    assert "local test site: its silence is not counted" in result.output
    assert "flow runs not checked" in result.output


def test_report_exits_1_for_a_stale_stable_production_portal(data_dir, monkeypatch):
    stale_store(data_dir, {"demo-news": "http://127.0.0.1:8002/", "kota": "https://kota.example"})
    result = report(monkeypatch)
    assert result.exit_code == 1
    assert "failing stable portal(s): kota" in result.output


def test_report_exits_1_and_names_a_late_flow_run(data_dir, monkeypatch):
    stale_store(data_dir, {"demo-news": "http://127.0.0.1:8002/"})
    late = {
        "flow": "pantau-run",
        "run": "sleepy-gecko",
        "state": "Late",
        "state_type": "SCHEDULED",
        "id": "x",
        "expected_start_time": datetime.now(UTC) - timedelta(hours=1),
    }
    result = report(monkeypatch, "--json", stuck=[late])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert [r["run"] for r in document["flow_runs"]] == ["sleepy-gecko"]
    assert [p["local"] for p in document["portals"]] == [True]


def test_report_help_explains_the_exit_codes(monkeypatch):
    result = report(monkeypatch, "--help")
    text = " ".join(result.output.split())
    assert "Exit codes: 0" in text and "1 = a stable portal fails or a flow run is Late" in text
