"""The real crawler against traps (slow: `make hostile`): a calendar of endless listing pages, a
robots.txt that answers 503, a page behind credentials, and Ctrl-C in the middle of a crawl."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.faults.slow_site import SlowSite, serve_slow
from tests.hostile.articles import make_article
from tests.hostile.crawling import REPO, crawl_env, portal_json, run_crawl, stored_pages
from tests.http_server import running_server

pytest.importorskip("crawlers.run")
pytestmark = pytest.mark.hostile_slow


def _trap_handler(hits: Counter[str], robots: tuple[int, bytes]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            hits[self.path] += 1
            if self.path == "/robots.txt":
                status, body, ctype = robots[0], robots[1], "text/plain"
            elif self.path.startswith("/kalender"):
                day = int(self.path.split("=")[-1]) if "=" in self.path else 1
                links = "".join(
                    f'<a rel="next" href="/kalender?d={day * 2 + k}">lanjut</a>' for k in (0, 1)
                )
                status, body, ctype = (
                    200,
                    f"<html><body>{links}</body></html>".encode(),
                    "text/html",
                )
            elif self.path.startswith("/berita/"):
                status, body, ctype = 200, make_article(7).html.encode(), "text/html; charset=utf-8"
            else:
                status, body, ctype = 404, b"tidak ada", "text/html"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def trap_site(
    robots: tuple[int, bytes] = (200, b"User-agent: *\nAllow: /\n"),
) -> Iterator[tuple[str, Counter[str]]]:
    hits: Counter[str] = Counter()
    with running_server(_trap_handler(hits, robots)) as base:
        yield base, hits


def _listing_portal(base: str) -> str:
    record = json.loads(portal_json("trap-site", base))
    record.update(
        discovery=["listing"], listing_paths=["/kalender?d=1"], article_pattern=r"/berita/"
    )
    return json.dumps(record)


def test_a_calendar_trap_ends_at_the_discovery_budget(tmp_path: Path) -> None:
    with trap_site() as (base, hits):
        started = time.monotonic()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawlers.run",
                "--portal-json",
                _listing_portal(base),
                "--data-dir",
                str(tmp_path),
                "--run-id",
                "trap",
                "--allow-private",
                "--max-pages",
                "3",
                "--log-level",
                "WARNING",
            ],
            cwd=REPO,
            env=crawl_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=120,
        )
        seconds = time.monotonic() - started
    listing = sum(n for path, n in hits.items() if path.startswith("/kalender"))
    assert listing <= 10, (listing, proc.stderr[-1000:])
    assert seconds < 60
    stats = json.loads((tmp_path / "raw" / "runs" / "trap" / "trap-site.json").read_text())
    assert stats["stats"].get("pantau/discovery_budget_dropped", 0) > 0 or listing < 10


def test_robots_answering_503_stores_nothing(tmp_path: Path) -> None:
    with trap_site(robots=(503, b"Service Unavailable")) as (base, hits):
        stats = run_crawl(_listing_portal(base), tmp_path, "r503")
    assert stored_pages(tmp_path) == []
    assert not any(path.startswith(("/kalender", "/berita")) for path in hits)
    assert stats["stats"].get("pantau/robots_unreachable", 0) >= 1


def test_ctrl_c_stops_a_crawl_promptly_and_records_the_run(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    site = SlowSite(articles=60, delay=0.5)
    with serve_slow(site):
        env = {
            **crawl_env(data_dir),
            "PANTAU_CRAWL__DOWNLOAD_DELAY": "0",
            "PANTAU_CRAWL__AUTOTHROTTLE": "false",
        }
        proc = subprocess.Popen(
            [sys.executable, "-m", "pantau.cli", "crawl", "--url", site.base_url],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while sum(n for p, n in site.hits.items() if p.startswith("/berita")) < 2:
            assert time.monotonic() < deadline and proc.poll() is None, (
                proc.stderr.read() if proc.stderr else ""
            )
            time.sleep(0.1)
        os.kill(proc.pid, signal.SIGINT)
        stopped = time.monotonic()
        out, err = proc.communicate(timeout=60)
        seconds = time.monotonic() - stopped
    assert proc.returncode == 130, err[-2000:]
    assert seconds < 30, seconds
    assert "Traceback" not in err
    from pipeline.store import TableStore

    runs = TableStore(data_dir).read("crawl_runs")
    assert len(runs) == 1 and runs["status"].iloc[0] == "partial"
