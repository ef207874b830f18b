"""Crawler rules against hostile sites, component by component (fast): robots.txt per RFC 9309,
redirects to another port of an allowed loopback host, the discovery budget, credentials in
logs, and a prompt stop on Ctrl-C / SIGTERM."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.robotstxt import ProtegoRobotParser

from crawlers import runner
from crawlers.crawl_outcome import INTERRUPTED
from crawlers.middlewares import SafetyMiddleware
from crawlers.redaction import RedactCredentials, redact_credentials
from crawlers.request_limits import DiscoveryBudgetMiddleware
from crawlers.robots import DISALLOW_ALL, ROBOTS_LIMIT, rules_body

UA = "PantauBot"


def _allowed(status: int, body: bytes, path: str = "/berita/1") -> bool:
    parser = ProtegoRobotParser(rules_body(status, body), None)
    return parser.allowed(f"https://x.go.id{path}", UA)


@pytest.mark.parametrize("status", [500, 502, 503, 504, 599])
def test_robots_answering_5xx_disallows_everything(status: int) -> None:
    assert rules_body(status, b"User-agent: *\nAllow: /\n") == DISALLOW_ALL
    assert not _allowed(status, b"")


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
def test_robots_answering_4xx_allows_everything(status: int) -> None:
    assert _allowed(status, b"User-agent: *\nDisallow: /\n")


@pytest.mark.parametrize("status", [301, 302, 308])
def test_robots_redirect_left_unfollowed_is_unreachable(status: int) -> None:
    assert not _allowed(status, b"")


def test_only_the_first_500_kib_of_robots_are_read() -> None:
    filler = b"# " + b"x" * 1000 + b"\n"
    body = b"User-agent: *\nDisallow: /rahasia\n" + filler * 600 + b"User-agent: *\nDisallow: /\n"
    cut = rules_body(200, body)
    assert len(cut) <= ROBOTS_LIMIT and cut.endswith(b"\n")
    assert _allowed(200, body, "/berita/1") and not _allowed(200, body, "/rahasia/a")


def test_robots_within_the_limit_are_read_whole() -> None:
    body = b"User-agent: *\nDisallow: /admin\n"
    assert rules_body(200, body) == body


def _crawler(spider: Any, **settings: Any) -> Any:
    stats: dict[str, int] = {}
    values = {"DNS_TIMEOUT": 1.0, **settings}
    return SimpleNamespace(
        spider=spider,
        stats=SimpleNamespace(
            inc_value=lambda key, n=1: stats.__setitem__(key, stats.get(key, 0) + n), values=stats
        ),
        settings=SimpleNamespace(
            getfloat=lambda k, d=None: float(values.get(k, d)),
            getint=lambda k, d=None: int(values.get(k, d)),
        ),
    )


def _spider(**attrs: Any) -> Any:
    portal = SimpleNamespace(domains=lambda: ("127.0.0.1",))
    fields = {
        "allow_private": False,
        "allowed_private_hosts": frozenset({"127.0.0.1"}),
        "max_pages": 0,
        **attrs,
    }
    return SimpleNamespace(portal=portal, **fields)


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:9999/admin",
        "http://127.0.0.1/x",
        "https://127.0.0.1/x",
        "http://127.0.0.1:8081/berita",
    ],
)
def test_redirect_to_another_port_of_an_allowed_loopback_host_is_refused(target: str) -> None:
    middleware = SafetyMiddleware(_crawler(_spider()))
    request = Request(target, meta={"redirect_urls": ["http://127.0.0.1:8080/berita/1"]})
    with pytest.raises(IgnoreRequest, match="another port"):
        middleware.process_request(request)


@pytest.mark.parametrize("source", ["http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b?x=1"])
def test_redirect_on_the_same_port_is_followed(source: str) -> None:
    middleware = SafetyMiddleware(_crawler(_spider()))
    middleware.process_request(
        Request("http://127.0.0.1:8080/berita/2", meta={"redirect_urls": [source]})
    )


@pytest.mark.parametrize(
    "max_pages,budget", [(0, 500), (1, 10), (3, 10), (20, 40), (100, 200), (1000, 500)]
)
def test_discovery_budget_follows_max_pages_within_the_listing_budget(
    max_pages: int, budget: int
) -> None:
    middleware = DiscoveryBudgetMiddleware(_crawler(_spider(max_pages=max_pages)))
    assert middleware.budget() == budget


def test_the_listing_budget_setting_bounds_discovery_without_max_pages() -> None:
    crawler = _crawler(_spider(max_pages=0), PANTAU_LISTING_BUDGET=40)
    assert DiscoveryBudgetMiddleware(crawler).budget() == 40


def test_listing_pages_past_the_budget_are_dropped_but_articles_never() -> None:
    crawler = _crawler(_spider(max_pages=3))
    middleware = DiscoveryBudgetMiddleware(crawler)
    for n in range(10):
        middleware.process_request(
            Request(f"http://127.0.0.1:8080/kalender/{n}", meta={"source": "listing"})
        )
    with pytest.raises(IgnoreRequest, match="budget"):
        middleware.process_request(
            Request("http://127.0.0.1:8080/kalender/11", meta={"source": "listing"})
        )
    middleware.process_request(Request("http://127.0.0.1:8080/berita/1", meta={"article_url": "x"}))
    middleware.process_request(
        Request(
            "http://127.0.0.1:8080/robots.txt", meta={"source": "sitemap", "pantau_robots": True}
        )
    )
    assert crawler.stats.values["pantau/discovery_budget_dropped"] == 1


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Crawled (200) <GET http://user:pass@example.go.id/a>",
            "Crawled (200) <GET http://***@example.go.id/a>",
        ),
        ("https://admin:s3cr3t%40x@10.0.0.1:8080/", "https://***@10.0.0.1:8080/"),
        ("redis://:token@cache:6379/0", "redis://***@cache:6379/0"),
        ("ftp://only-user@host/x", "ftp://***@host/x"),
        ("mail budi@example.go.id is not a URL", "mail budi@example.go.id is not a URL"),
        ("https://example.go.id/@profil", "https://example.go.id/@profil"),
        ("no url here", "no url here"),
    ],
)
def test_credentials_in_urls_are_redacted(text: str, expected: str) -> None:
    assert redact_credentials(text) == expected


def test_log_records_are_redacted_before_any_handler_writes_them() -> None:
    record = logging.LogRecord(
        "scrapy",
        logging.INFO,
        __file__,
        1,
        "Crawled <GET %s>",
        ("http://user:pass@x.go.id/",),
        None,
    )
    RedactCredentials().filter(record)
    assert record.getMessage() == "Crawled <GET http://***@x.go.id/>"


@pytest.fixture
def clean_shutdown() -> Iterator[None]:
    runner._shutdown.clear()
    yield
    runner._shutdown.clear()


def test_a_shutdown_request_stops_a_running_crawl_promptly(clean_shutdown: None) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True
    )
    with runner._children_lock:
        runner._children.add(child)
    started = time.monotonic()
    try:
        import threading

        threading.Timer(0.3, runner.request_shutdown).start()
        timed_out = runner._wait(child, timeout=None)
    finally:
        with runner._children_lock:
            runner._children.discard(child)
    assert not timed_out and child.returncode is not None
    assert time.monotonic() - started < 5


def test_after_a_shutdown_no_new_crawl_starts_and_the_run_is_recorded(
    clean_shutdown: None, tmp_path
) -> None:
    runner.request_shutdown()
    started = time.monotonic()
    stats = runner.run_crawl(url="http://127.0.0.1:9/", data_dir=tmp_path, run_id="r1")
    assert time.monotonic() - started < 2
    assert stats["status"] == "partial" and INTERRUPTED in stats["finish_reason"]
    assert (tmp_path / "raw" / "runs" / "r1").is_dir()


def test_signals_are_handled_only_inside_the_block(clean_shutdown: None) -> None:
    import signal

    before = signal.getsignal(signal.SIGTERM)
    with runner.stop_on_signals():
        signal.raise_signal(signal.SIGTERM)
        assert runner.shutdown_requested()
    assert signal.getsignal(signal.SIGTERM) == before
