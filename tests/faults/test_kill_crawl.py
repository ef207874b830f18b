"""kill -9 in the middle of a crawl, then crawl again: 0 pages lost, 0 stored twice."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.faults.slow_site import SlowSite, serve_slow
from tests.hostile.crawling import (
    REPO,
    crawl_command,
    crawl_env,
    portal_json,
    run_crawl,
    stored_pages,
)

pytest.importorskip("crawlers.run")
pytestmark = pytest.mark.slow

PORTAL = "slow-site"


def _wait_for_first_batch(data_dir: Path, proc: subprocess.Popen, limit: float = 45) -> None:
    folder = data_dir / "raw" / "pages" / f"portal={PORTAL}"
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if folder.exists() and any(folder.glob("*.parquet")):
            return
        if proc.poll() is not None:
            pytest.fail(
                f"the crawl ended before it was killed: {proc.stderr.read() if proc.stderr else ''}"
            )
        time.sleep(0.05)
    pytest.fail("no page batch was written in time")


def test_crawl_killed_with_sigkill_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    site = SlowSite(
        articles=30, delay=0.3
    )  # slow enough that a loaded machine still kills mid-crawl
    with serve_slow(site):
        portal = portal_json(
            PORTAL, site.base_url, PANTAU_FLUSH_ITEMS=4, CONCURRENT_REQUESTS_PER_DOMAIN=1
        )
        proc = subprocess.Popen(
            crawl_command(portal, data_dir, "killed"),
            cwd=REPO,
            env=crawl_env(data_dir),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _wait_for_first_batch(data_dir, proc)
            time.sleep(0.3)  # into the next batch: some pages fetched but not flushed
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=10)
            if proc.stderr:
                proc.stderr.close()
        before = {row["url"] for row in stored_pages(data_dir)}
        assert 0 < len(before) < site.articles, "the kill must land mid-crawl"

        stats = run_crawl(portal, data_dir, "resumed", timeout=80)

    assert stats["finish_reason"] == "finished"
    for path in (data_dir / "raw" / "pages").rglob("*.parquet"):
        if not path.name.startswith("."):
            pq.read_table(path)  # every committed file is whole
    urls = [row["url"] for row in stored_pages(data_dir)]
    assert sorted(set(urls)) == sorted(site.urls()), "pages lost"
    assert len(urls) == len(set(urls)), "pages stored twice"
    refetched = [u for u in before if site.hits[u.replace(site.base_url.rstrip("/"), "")] > 1]
    assert refetched == [], "pages stored before the kill were downloaded again"
