"""The subprocess runner: verdict from the stats JSON, failures recorded, a killed crawl resumes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawlers.crawl_outcome import collect_stats
from crawlers.run import merged_components
from crawlers.runner import _wait, crawl_command, grace_seconds, run_crawl
from crawlers.state import pages_dir
from tests.crawlers import sites
from tests.crawlers.conftest import fixture_portal, stored_rows
from tests.crawlers.fixture_server import Reply, serve


def test_a_crawl_that_cannot_start_gives_a_failed_stats_file_with_the_reason(
    data_dir: Path,
) -> None:
    stats = run_crawl("no-such-portal", data_dir=data_dir, run_id="r1")
    assert stats["status"] == "failed"
    assert "unknown portal 'no-such-portal'" in stats["finish_reason"]
    on_disk = json.loads((data_dir / "raw" / "runs" / "r1" / "no-such-portal.json").read_text())
    assert on_disk["status"] == "failed"


def test_stats_left_by_an_earlier_launch_are_not_taken_for_this_one(data_dir: Path) -> None:
    path = data_dir / "raw" / "runs" / "r1" / "old.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"finished_at": "2020-01-01T00:00:00+00:00", "status": "ok"}))
    stats = collect_stats(data_dir, "r1", "old", datetime.now(UTC), returncode=-9)
    assert stats["status"] == "failed" and "code -9" in stats["finish_reason"]


def test_crawl_command_carries_portal_json_and_options(tmp_path: Path) -> None:
    portal = fixture_portal("http://127.0.0.1:1/")
    cmd = crawl_command(
        portal, data_dir=tmp_path, run_id="r9", max_pages=3, allow_private=True, python="py"
    )
    assert cmd[:3] == ["py", "-m", "crawlers.run"]
    assert json.loads(cmd[cmd.index("--portal-json") + 1])["name"] == "fixture"
    assert cmd[cmd.index("--max-pages") + 1] == "3" and "--allow-private" in cmd


@pytest.mark.slow
def test_a_killed_crawl_keeps_what_it_stored_is_partial_and_the_next_run_fetches_only_the_rest(
    data_dir: Path,
) -> None:
    site_def = sites.sitemap_only_site(n=12)
    release, served = threading.Event(), []

    def hold_after_four(good: Reply) -> Reply:
        # the first run can never finish by itself, however slow the test's polling is on a loaded
        # machine: pages after the fourth wait until the kill has happened
        served.append(1)
        if len(served) > 4:
            release.wait(30)
        return good

    for path in site_def.articles:
        site_def.routes[path] = lambda good=site_def.routes[path]: hold_after_four(good)  # type: ignore[misc]
    with serve(site_def) as site:
        portal = fixture_portal(
            site.base_url, politeness={"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "PANTAU_FLUSH_ITEMS": 2}
        )
        cmd = crawl_command(
            portal, data_dir=data_dir, run_id="r1", allow_private=True, python=sys.executable
        )
        launched = datetime.now(UTC)
        process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while (
            not list(pages_dir(data_dir, "fixture").glob("r1-*.parquet"))
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        process.kill()  # SIGKILL: no chance to flush or write stats
        process.wait()
        release.set()
        kept = {r["url"] for r in stored_rows(data_dir, "fixture")}
        killed = collect_stats(data_dir, "r1", "fixture", launched, process.returncode)
        site.log.clear()
        stats = run_crawl(portal, data_dir=data_dir, run_id="r2", allow_private=True)
    assert 2 <= len(kept) < 12
    assert killed["status"] == "partial" and killed["new_articles"] == len(kept)
    fetched_again = [p for p in site.log if site.base_url.rstrip("/") + p in kept]
    assert fetched_again == []
    urls = [r["url"] for r in stored_rows(data_dir, "fixture")]
    assert len(urls) == len(set(urls)) == 12
    assert stats["new_articles"] == 12 - len(kept) and stats["status"] == "ok"


def test_a_crawl_ignoring_sigterm_is_killed_after_the_grace_period() -> None:
    stubborn = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ok', flush=True); time.sleep(60)"
    process = subprocess.Popen([sys.executable, "-c", stubborn], stdout=subprocess.PIPE)
    assert (
        process.stdout is not None and process.stdout.readline() == b"ok\n"
    )  # the handler is in place
    started = time.monotonic()
    assert _wait(process, timeout=0.2, grace=0.3) is True
    assert time.monotonic() - started < 2.0 and process.returncode == -9


@pytest.mark.parametrize(
    ("argument", "env", "expected"),
    [(1.5, "9", 1.5), (None, "2", 2.0), (None, "x", 30.0), (None, None, 30.0)],
)
def test_grace_period_comes_from_the_argument_then_the_environment(
    monkeypatch: pytest.MonkeyPatch, argument: float | None, env: str | None, expected: float
) -> None:
    if env is None:
        monkeypatch.delenv("PANTAU_CRAWL_GRACE", raising=False)
    else:
        monkeypatch.setenv("PANTAU_CRAWL_GRACE", env)
    assert grace_seconds(argument) == expected


def test_component_overrides_amend_the_project_tables_instead_of_replacing_them() -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    merged = merged_components(
        settings,
        {"DOWNLOADER_MIDDLEWARES": {"crawlers.middlewares.SafetyMiddleware": None}, "X": 1},
    )
    table = merged["DOWNLOADER_MIDDLEWARES"]
    assert table["crawlers.middlewares.SafetyMiddleware"] is None and merged["X"] == 1
    assert table["crawlers.middlewares.RefusedAddressMiddleware"] == 595


@pytest.mark.slow
def test_a_timed_out_crawl_returns_within_timeout_plus_grace_keeping_what_it_stored(
    data_dir: Path,
) -> None:
    site_def = sites.sitemap_only_site(n=8)
    release, served = threading.Event(), []

    def first_three_then_hang(good: Reply) -> Reply:
        served.append(1)
        if len(served) > 3:
            release.wait(30)  # a download that never finishes (within the test)
        return good

    for path in site_def.articles:
        site_def.routes[path] = lambda good=site_def.routes[path]: first_three_then_hang(good)  # type: ignore[misc]
    timeout, grace = 8.0, 1.0  # the timeout leaves room for a slow start on a loaded machine
    try:
        with serve(site_def) as site:
            # pages held in the pipeline's buffer: only the flush at SIGTERM stores them
            politeness = {
                "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
                "PANTAU_FLUSH_ITEMS": 100,
                "PANTAU_FLUSH_SECONDS": 100,
            }
            portal = fixture_portal(site.base_url, politeness=politeness)
            started = time.monotonic()
            stats = run_crawl(
                portal,
                data_dir=data_dir,
                run_id="r1",
                allow_private=True,
                timeout=timeout,
                grace=grace,
            )
            elapsed = time.monotonic() - started
    finally:
        release.set()
    assert elapsed < timeout + grace + 1.5
    # the hung download keeps Scrapy's graceful close waiting: SIGKILL ends it, its stats were written at SIGTERM
    assert stats["status"] == "partial"
    assert stats["finish_reason"] == "timeout (shutdown; killed after the grace period)"
    assert stats["new_articles"] == len(stored_rows(data_dir, "fixture")) == 3
    assert (
        json.loads((data_dir / "raw" / "runs" / "r1" / "fixture.json").read_text())["status"]
        == "partial"
    )


def test_run_ids_started_in_the_same_second_differ() -> None:
    from datetime import UTC, datetime

    from crawlers.runid import default_run_id

    now = datetime(2026, 1, 1, tzinfo=UTC)
    ids = {default_run_id(now) for _ in range(50)}
    assert len(ids) == 50
    assert all(i.startswith("20260101T000000Z-") for i in ids)
