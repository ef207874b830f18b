"""Retry backoff arithmetic, failure classification, DNS timeouts and proxied requests."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.settings import Settings
from twisted.python.failure import Failure

from crawlers.classify import reason_for_failure, reason_for_refusal
from crawlers.middlewares import (
    DnsTimeoutError,
    DnsTimeoutMiddleware,
    ProxySafetyMiddleware,
    UncheckedTarget,
    UnsafeRequest,
    drop_key,
)
from crawlers.request_limits import backoff_delay, retry_after_seconds
from crawlers.resolver import forget, proxy_hosts
from crawlers.runner import run_crawl
from crawlers.safety import _resolve, lookup_timeouts
from pipeline.core.errors import Reason
from tests.crawlers import sites
from tests.crawlers.conftest import FAST, fixture_portal
from tests.crawlers.fixture_server import serve
from tests.http_server import running_server


@pytest.mark.parametrize(
    ("attempt", "retry_after", "expected"),
    [
        (0, None, 0.0),
        (1, None, 2.0),
        (2, None, 4.0),
        (3, None, 8.0),
        (1, 30.0, 30.0),
        (6, None, 60.0),
        (1, 999.0, 60.0),
    ],
)
def test_backoff_doubles_honours_retry_after_and_is_capped(
    attempt: int, retry_after: float | None, expected: float
) -> None:
    assert backoff_delay(attempt, base=2.0, cap=60.0, retry_after=retry_after) == expected


@pytest.mark.parametrize(
    ("header", "seconds"),
    [(b"120", 120.0), (b"Wed, 21 Oct 2026 07:28:00 GMT", None), (None, None), (b"-5", 0.0)],
)
def test_retry_after_header_is_read_in_seconds(header: bytes | None, seconds: float | None) -> None:
    assert retry_after_seconds(header) == seconds


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            DownloadCancelledError(
                "Cancelling download: expected response size larger than download max size"
            ),
            Reason.TOO_LARGE,
        ),
        (DownloadTimeoutError("took longer than 30 seconds"), Reason.TIMEOUT),
        (ConnectionError("refused"), Reason.HTTP_ERROR),
    ],
)
def test_download_failures_map_to_drop_reasons(error: Exception, reason: Reason) -> None:
    assert reason_for_failure(Failure(error)) is reason


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("max redirections reached", Reason.REDIRECT_LOOP),
        (
            "Ignored response <200 http://x/a> because its body (9 B compressed, 99 B decompressed so far) "
            "exceeded DOWNLOAD_MAXSIZE (50 B) during decompression.",
            Reason.TOO_LARGE,
        ),
        ("Forbidden by robots.txt", None),  # counted by the robots middleware
        ("Filtered offsite request to 'x.invalid'", None),  # counted by the offsite middleware
    ],
)
def test_refusals_nobody_counted_get_a_drop_reason(message: str, reason: Reason | None) -> None:
    assert reason_for_refusal(Failure(IgnoreRequest(message))) is reason


# --- DNS timeouts and proxied requests (crawlers.middlewares, crawlers.resolver, crawlers.safety) ---


@pytest.fixture
def fresh_lookups() -> Iterator[None]:
    _resolve.cache_clear()
    forget()
    yield
    _resolve.cache_clear()
    forget()


class FakeStats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str) -> None:
        self.values[key] = self.values.get(key, 0) + 1


class FakeCrawler:
    def __init__(self, dns_timeout: float = 20.0, **spider: Any) -> None:
        self.settings = Settings({"DNS_TIMEOUT": dns_timeout})
        self.stats = FakeStats()
        self.spider = SimpleNamespace(
            **{
                "allow_private": False,
                "allowed_private_hosts": frozenset(),
                "portal": None,
                **spider,
            }
        )


def test_a_lookup_failure_after_a_dns_timeout_is_reported_as_a_timeout_once_retries_are_over(
    fresh_lookups: None,
) -> None:
    crawler: Any = FakeCrawler(dns_timeout=5)
    middleware = DnsTimeoutMiddleware(crawler)
    lookup_timeouts.add("lambat.example.id")
    with pytest.raises(
        DnsTimeoutError, match="lambat.example.id gave no answer within 5 s"
    ) as raised:
        middleware.process_exception(
            Request("http://lambat.example.id/a"), CannotResolveHostError("no results")
        )
    assert reason_for_failure(Failure(raised.value)) is Reason.TIMEOUT
    assert (
        middleware.process_exception(
            Request("http://hilang.example.id/a"), CannotResolveHostError("no results")
        )
        is None
    )
    assert (
        middleware.process_exception(
            Request("http://lambat.example.id/a"), ConnectionError("reset")
        )
        is None
    )
    assert crawler.stats.values == {"pantau/dns_timeouts": 1}


def proxied(url: str, proxy: str = "http://10.20.0.8:3128") -> Request:
    return Request(url, meta={"proxy": proxy})


def test_a_proxied_request_to_a_public_target_goes_on_and_its_private_proxy_is_allowed(
    fresh_lookups: None,
) -> None:
    crawler: Any = FakeCrawler()
    middleware = ProxySafetyMiddleware(crawler)
    assert (
        middleware.process_request(proxied("http://103.10.20.30/berita", proxy="10.20.0.8:3128"))
        is None
    )
    assert proxy_hosts == {"10.20.0.8"} and crawler.stats.values == {}
    assert (
        middleware.process_request(Request("http://10.0.0.5/a")) is None
    )  # unproxied: SafetyMiddleware's job
    assert proxy_hosts == {"10.20.0.8"}


def test_a_proxied_request_to_a_private_target_is_refused_unless_the_crawl_allows_it(
    fresh_lookups: None,
) -> None:
    crawler: Any = FakeCrawler()
    with pytest.raises(UnsafeRequest, match="non-public"):
        ProxySafetyMiddleware(crawler).process_request(proxied("http://10.0.0.5/a"))
    assert crawler.stats.values == {drop_key(Reason.PRIVATE_ADDRESS): 1}
    assert (
        ProxySafetyMiddleware(FakeCrawler(allow_private=True)).process_request(
            proxied("http://10.0.0.5/a")
        )
        is None
    )


def test_a_proxied_target_that_does_not_resolve_here_is_not_sent_unchecked(
    fresh_lookups: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def nxdomain(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", nxdomain)
    crawler: Any = FakeCrawler()
    with pytest.raises(UncheckedTarget, match="hanya-di-proxy.example.id does not resolve"):
        ProxySafetyMiddleware(crawler).process_request(
            proxied("http://hanya-di-proxy.example.id/a")
        )
    assert crawler.stats.values == {drop_key(Reason.HTTP_ERROR): 1}
    # an explicitly allowed host is the user's call, as without a proxy
    allowed: Any = FakeCrawler(allowed_private_hosts=frozenset({"hanya-di-proxy.example.id"}))
    assert (
        ProxySafetyMiddleware(allowed).process_request(
            proxied("http://hanya-di-proxy.example.id/a")
        )
        is None
    )


def test_a_proxied_target_whose_dns_hangs_is_refused_as_a_timeout_after_dns_timeout(
    fresh_lookups: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: release.wait(10) and [])
    crawler: Any = FakeCrawler(dns_timeout=0.2)
    started = time.monotonic()
    try:
        with pytest.raises(UncheckedTarget, match="gave no answer within 0.2 s"):
            ProxySafetyMiddleware(crawler).process_request(proxied("http://lambat.example.id/a"))
    finally:
        release.set()
    assert time.monotonic() - started < 1.5
    assert crawler.stats.values == {drop_key(Reason.TIMEOUT): 1}


# --- a real crawl through a tiny forward proxy on 127.0.0.1 ---


def forward_proxy(log: list[str]) -> type[BaseHTTPRequestHandler]:
    """An HTTP proxy for absolute-URI GETs: it resolves and fetches the target itself, as real ones do."""

    class Proxy(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            log.append(self.path)
            target = urlsplit(self.path)
            if not target.hostname:
                self.send_error(400, "absolute URI expected")
                return
            upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=10)
            try:
                upstream.request("GET", self.path.split(target.netloc, 1)[1] or "/")
                answer = upstream.getresponse()
                body = answer.read()
            except OSError:
                self.send_error(502)
                return
            finally:
                upstream.close()
            self.send_response(answer.status)
            for name in ("Content-Type", "Location"):
                if answer.getheader(name):
                    self.send_header(name, answer.getheader(name) or "")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Proxy


def proxy_env(proxy_url: str) -> dict[str, str]:
    # empty values are ignored by urllib.getproxies(): a developer's own no_proxy cannot bypass the proxy
    names = ("http_proxy", "https_proxy", "no_proxy", "all_proxy")
    env = {name: "" for name in names} | {name.upper(): "" for name in names}
    return env | {"http_proxy": proxy_url.rstrip("/")}


@pytest.mark.slow
def test_a_crawl_through_a_proxy_on_a_private_address_fetches_everything_through_it(
    data_dir: Path,
) -> None:
    # the target is named explicitly (--url on loopback: allowed); the proxy is another name, 127.0.0.1
    proxy_log: list[str] = []
    with (
        serve(sites.sitemap_only_site(n=4)) as site,
        running_server(forward_proxy(proxy_log)) as proxy_url,
    ):
        target = site.base_url = site.base_url.replace(
            "127.0.0.1", "localhost"
        )  # {BASE} in its pages too
        stats = run_crawl(
            url=target, data_dir=data_dir, run_id="r1", settings=FAST, env=proxy_env(proxy_url)
        )
    assert stats["status"] == "ok" and stats["new_articles"] == 4
    assert proxy_log and all(uri.startswith(target.rstrip("/")) for uri in proxy_log)
    assert sorted(uri.removeprefix(target.rstrip("/")) for uri in proxy_log) == sorted(site.log)
    assert "private_address" not in stats["drops"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("base_url", "drops"),
    [
        ("http://localhost:{port}/", {"private_address"}),
        # NXDOMAIN at once where DNS answers (RFC 6761); where it does not, the 2 s deadline
        ("http://portal-tak-dikenal.invalid/", {"http_error", "timeout"}),
    ],
    ids=["private-target", "unresolvable-target"],
)
@pytest.mark.parametrize(
    "overrides",
    [{}, {"DOWNLOADER_MIDDLEWARES": {"crawlers.middlewares.SafetyMiddleware": None}}],
    ids=["both-checks", "proxy-check-alone"],
)
def test_a_target_the_crawl_may_not_reach_is_never_handed_to_the_proxy(
    data_dir: Path, base_url: str, drops: set[str], overrides: dict[str, Any]
) -> None:
    proxy_log: list[str] = []
    with (
        serve(sites.sitemap_only_site(n=3)) as site,
        running_server(forward_proxy(proxy_log)) as proxy_url,
    ):
        port = site.base_url.rstrip("/").rsplit(":", 1)[1]
        portal = fixture_portal(
            base_url.format(port=port), politeness={"DNS_TIMEOUT": 2, **overrides}
        )
        stats = run_crawl(portal, data_dir=data_dir, run_id="r1", env=proxy_env(proxy_url))
    assert proxy_log == [] and site.log == []
    assert set(stats["drops"]) & drops
    assert stats["status"] == "failed" and stats["new_articles"] == 0
