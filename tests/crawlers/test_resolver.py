"""The crawl's DNS resolver refuses non-public addresses where the connection is decided, gives
up on a lookup after DNS_TIMEOUT, and lets the crawl reach a proxy the user configured.

In-process, on Twisted's MemoryReactor: nothing here opens a socket, so refusing 10.x or ::1
is proved without sending a packet there (`reactor.tcpClients` lists every connection attempt),
and its clock drives the DNS deadline. One crawl subprocess checks the deadline end to end.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import CannotResolveHostError
from scrapy.resolver import dnscache
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.endpoints import HostnameEndpoint
from twisted.internet.error import DNSLookupError
from twisted.internet.protocol import Factory, Protocol
from twisted.internet.testing import MemoryReactorClock

from crawlers.middlewares import RefusedAddressMiddleware, UnsafeRequest, drop_key
from crawlers.resolver import SafeHostnameResolver, allow_proxy, forget, was_refused
from crawlers.runner import run_crawl
from crawlers.safety import lookup_timed_out
from pipeline.core.errors import Reason
from tests.crawlers import sites
from tests.crawlers.conftest import fixture_portal
from tests.crawlers.fixture_server import Reply, Site, serve


class ScriptedResolver:
    """An upstream resolver answering from a table (a name may answer differently each time)."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers

    def resolveHostName(
        self, receiver: Any, name: str, portNumber: int = 0, *args: Any, **kwargs: Any
    ) -> Any:  # noqa: N802, N803
        receiver.resolutionBegan(object())
        for ip in self.answers[name].pop(0):
            receiver.addressResolved(
                (IPv6Address if ":" in ip else IPv4Address)("TCP", ip, portNumber)
            )
        receiver.resolutionComplete()
        return object()


@pytest.fixture(autouse=True)
def clean_records() -> Iterator[None]:
    dnscache.clear()
    forget()
    yield
    dnscache.clear()
    forget()


class SlowResolver:
    """An upstream resolver answering `delay` seconds after being asked (None: never), on the
    reactor's clock, as the reactor's getaddrinfo thread would."""

    def __init__(
        self, reactor: MemoryReactorClock, answers: dict[str, str], delay: float | None
    ) -> None:
        self.reactor, self.answers, self.delay = reactor, answers, delay
        self.asked: list[str] = []

    def resolveHostName(
        self, receiver: Any, name: str, portNumber: int = 0, *args: Any, **kwargs: Any
    ) -> Any:  # noqa: N802, N803
        self.asked.append(name)
        receiver.resolutionBegan(object())
        if self.delay is not None:
            self.reactor.callLater(self.delay, self._answer, receiver, name, portNumber)
        return object()

    def _answer(self, receiver: Any, name: str, port: int) -> None:
        receiver.addressResolved(IPv4Address("TCP", self.answers[name], port))
        receiver.resolutionComplete()


class RecordingReceiver:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def resolutionBegan(self, resolution: Any) -> None:  # noqa: N802
        self.calls.append("began")

    def addressResolved(self, address: Any) -> None:  # noqa: N802
        self.calls.append(address.host)

    def resolutionComplete(self) -> None:  # noqa: N802
        self.calls.append("complete")


def installed(
    reactor: MemoryReactorClock, allowed: frozenset[str] = frozenset(), timeout: float = 20.0
) -> SafeHostnameResolver:
    resolver = SafeHostnameResolver(
        reactor, cache_size=100, policy=lambda host: host in allowed, timeout=timeout
    )
    resolver.install_on_reactor()
    return resolver


def connect(reactor: MemoryReactorClock, host: str, port: int = 80) -> list[Any]:
    """Outcome of a connection attempt: [failure] or [] while connecting (then see tcpClients)."""
    outcome: list[Any] = []
    HostnameEndpoint(reactor, host, port).connect(Factory.forProtocol(Protocol)).addErrback(
        outcome.append
    )
    reactor.advance(1)
    return outcome


@pytest.mark.parametrize(
    "host", ["10.0.0.1", "::1", "0.0.0.0", "169.254.169.254", "::ffff:127.0.0.1", "224.0.0.251"]
)
def test_literal_non_public_addresses_are_refused_without_any_connection_attempt(host: str) -> None:
    reactor = MemoryReactorClock()
    installed(reactor)
    outcome = connect(reactor, host)
    assert reactor.tcpClients == []
    assert len(outcome) == 1 and outcome[0].check(DNSLookupError)
    assert was_refused(host)


def test_a_public_looking_name_resolving_to_loopback_is_refused_unless_the_crawl_allows_it() -> (
    None
):
    reactor = MemoryReactorClock()  # its stock resolver answers 127.0.0.1 for every name
    installed(reactor, allowed=frozenset({"portal.example.id"}))
    refused = connect(reactor, "berita.example.id")
    assert reactor.tcpClients == [] and refused[0].check(DNSLookupError)
    assert was_refused("berita.example.id")
    assert connect(reactor, "portal.example.id") == []
    assert [client[:2] for client in reactor.tcpClients] == [("127.0.0.1", 80)]
    assert not was_refused("portal.example.id")


@pytest.mark.parametrize(
    ("answer", "connected_to"),
    [
        (["103.10.20.30"], ["103.10.20.30"]),
        (["10.9.8.7"], []),
        (["fd00::5"], []),  # unique local IPv6
        (["fe80::1"], []),
        (["::ffff:192.168.1.10"], []),  # IPv4-mapped IPv6
        (["240.0.0.9"], []),  # reserved
        (["103.10.20.30", "127.0.0.1"], ["103.10.20.30"]),  # the private answer is held back
    ],
)
def test_only_public_resolved_addresses_reach_the_connection(
    answer: list[str], connected_to: list[str]
) -> None:
    reactor = MemoryReactorClock()
    reactor.nameResolver = ScriptedResolver({"kabupaten.example.id": [answer]})  # type: ignore[assignment]
    installed(reactor)
    connect(reactor, "kabupaten.example.id")
    assert [client[0] for client in reactor.tcpClients] == connected_to
    assert was_refused("kabupaten.example.id") is (not connected_to)


def test_a_name_rebinding_to_a_private_address_between_lookups_is_refused_on_the_second() -> None:
    reactor = MemoryReactorClock()
    reactor.nameResolver = ScriptedResolver({"rebind.example.id": [["103.10.20.30"], ["10.0.0.5"]]})  # type: ignore[assignment]
    installed(reactor)
    connect(reactor, "rebind.example.id")
    dnscache.clear()  # the record expired: the next connection resolves again
    connect(reactor, "rebind.example.id")
    assert [client[0] for client in reactor.tcpClients] == ["103.10.20.30"]
    assert was_refused("rebind.example.id")


class FakeStats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str) -> None:
        self.values[key] = self.values.get(key, 0) + 1


class FakeCrawler:
    def __init__(self) -> None:
        self.stats = FakeStats()


def test_a_refused_lookup_becomes_a_private_address_drop_and_other_dns_failures_pass_through() -> (
    None
):
    from scrapy import Request

    crawler: Any = FakeCrawler()
    middleware = RefusedAddressMiddleware(crawler)
    reactor = MemoryReactorClock()
    installed(reactor)
    connect(reactor, "berita.example.id")
    with pytest.raises(UnsafeRequest, match="non-public"):
        middleware.process_exception(
            Request("http://berita.example.id/a"), CannotResolveHostError("no results")
        )
    assert (
        middleware.process_exception(
            Request("http://hilang.example.id/a"), DNSLookupError("no results")
        )
        is None
    )
    assert crawler.stats.values == {drop_key(Reason.PRIVATE_ADDRESS): 1}


def test_a_lookup_that_never_answers_fails_at_the_dns_deadline_as_a_timeout_not_a_refusal() -> None:
    reactor = MemoryReactorClock()
    reactor.nameResolver = SlowResolver(reactor, {}, delay=None)  # type: ignore[assignment]
    installed(reactor, timeout=5)
    outcome = connect(reactor, "lambat.example.id")  # 1 s later: still waiting
    assert outcome == [] and not lookup_timed_out("lambat.example.id")
    reactor.advance(4)
    assert len(outcome) == 1 and outcome[0].check(DNSLookupError)
    assert reactor.tcpClients == []
    assert lookup_timed_out("lambat.example.id") and not was_refused("lambat.example.id")


def test_a_late_answer_completes_nothing_twice_and_fills_the_cache_for_the_next_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    reactor = MemoryReactorClock()
    upstream = SlowResolver(reactor, {"lambat.example.id": "103.10.20.30"}, delay=30)
    reactor.nameResolver = upstream  # type: ignore[assignment]
    resolver = installed(reactor, timeout=5)
    receiver = RecordingReceiver()
    resolver.resolveHostName(receiver, "lambat.example.id", 80)
    reactor.advance(5)
    assert receiver.calls == ["began", "complete"]
    reactor.advance(25)  # the answer arrives: a second completion would raise here (AlreadyCalled)
    assert receiver.calls == ["began", "complete"]
    assert not [r for r in caplog.records if r.levelname == "ERROR" or r.exc_info]
    connect(reactor, "lambat.example.id")  # answered from the cache: no second upstream lookup
    assert upstream.asked == ["lambat.example.id"]
    assert [client[:2] for client in reactor.tcpClients] == [("103.10.20.30", 80)]
    assert not lookup_timed_out("lambat.example.id")


def test_an_upstream_that_never_even_begins_still_gets_a_well_formed_resolution() -> None:
    class Silent:
        def resolveHostName(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
            return object()

    reactor = MemoryReactorClock()
    reactor.nameResolver = Silent()  # type: ignore[assignment]
    resolver = installed(reactor, timeout=2)
    receiver = RecordingReceiver()
    resolver.resolveHostName(receiver, "sunyi.example.id")
    reactor.advance(2)
    assert receiver.calls == ["began", "complete"]


def test_an_answer_in_time_connects_and_cancels_the_deadline() -> None:
    reactor = MemoryReactorClock()
    reactor.nameResolver = SlowResolver(reactor, {"cepat.example.id": "103.10.20.31"}, delay=0.5)  # type: ignore[assignment]
    installed(reactor, timeout=5)
    assert connect(reactor, "cepat.example.id") == []
    assert [client[0] for client in reactor.tcpClients] == ["103.10.20.31"]
    pending = [call.func for call in reactor.getDelayedCalls()]
    assert pending and not [
        f for f in pending if getattr(f, "__name__", "") == "_expire"
    ]  # deadline cancelled
    assert not lookup_timed_out("cepat.example.id")


def test_a_configured_proxy_may_be_private_but_only_under_its_own_name() -> None:
    reactor = MemoryReactorClock()
    reactor.nameResolver = ScriptedResolver(  # type: ignore[assignment]
        {"proxy.kantor.local": [["10.20.0.8"]], "berita.example.id": [["10.20.0.8"]]}
    )
    installed(reactor)
    allow_proxy("proxy.kantor.local")
    allow_proxy("10.20.0.9")
    assert connect(reactor, "proxy.kantor.local", 3128) == []
    assert connect(reactor, "10.20.0.9", 8080) == []
    refused = connect(reactor, "berita.example.id")  # same address, another name: a rebinding
    assert [client[:2] for client in reactor.tcpClients] == [
        ("10.20.0.8", 3128),
        ("10.20.0.9", 8080),
    ]
    assert refused[0].check(DNSLookupError) and was_refused("berita.example.id")


class _NeverForSlowHosts:
    """Upstream of HangingResolver: 'cepat.test' is 127.0.0.1, any other name never answers."""

    def resolveHostName(
        self, receiver: Any, name: str, portNumber: int = 0, *args: Any, **kwargs: Any
    ) -> Any:  # noqa: N802, N803
        receiver.resolutionBegan(object())
        if name == "cepat.test":
            receiver.addressResolved(IPv4Address("TCP", "127.0.0.1", portNumber))
            receiver.resolutionComplete()
        return object()


class HangingResolver(SafeHostnameResolver):
    """TWISTED_DNS_RESOLVER of the crawl below (loaded by dotted path in the subprocess)."""

    def __init__(self, reactor: Any, cache_size: int, *args: Any, **kwargs: Any) -> None:
        super().__init__(reactor, cache_size, *args, **kwargs)
        self.original_resolver = _NeverForSlowHosts()  # type: ignore[assignment]


@pytest.mark.slow
def test_a_crawl_whose_article_host_never_answers_dns_drops_them_as_timeouts_after_dns_timeout(
    data_dir: Path,
) -> None:
    # the site answers on cepat.test; its sitemap lists articles on lambat.test, whose DNS hangs
    paths = [f"/read/{i}/{sites.slug(i)}" for i in range(3)]
    site_def = Site(
        {"/robots.txt": Reply(content_type="text/plain", body=b"User-agent: *\nDisallow:\n")}
    )
    with serve(site_def) as site:
        port = site.base_url.rstrip("/").rsplit(":", 1)[1]
        urls = "".join(f"<url><loc>http://lambat.test:{port}{p}</loc></url>" for p in paths)
        site.routes["/sitemap.xml"] = Reply(
            content_type=sites.XML,
            body=f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
        )
        portal = fixture_portal(
            f"http://cepat.test:{port}/",
            discovery=("sitemap",),
            allowed_domains=("lambat.test",),
            politeness={
                "TWISTED_DNS_RESOLVER": "tests.crawlers.test_resolver.HangingResolver",
                "DNS_TIMEOUT": 1,
                "RETRY_TIMES": 1,
                "DOWNLOAD_TIMEOUT": 60,  # so a timeout seen here can only be the DNS deadline
            },
        )
        started = time.monotonic()
        stats = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True, timeout=120)
        elapsed = time.monotonic() - started
    log = (data_dir / "raw" / "runs" / "r1" / "fixture.log").read_text()
    assert stats["drops"] == {"timeout": 3}
    # lambat.test's robots.txt is the fourth request: retried once, then a timeout like the articles
    assert stats["stats"]["pantau/dns_timeouts"] == 4 and stats["stats"]["retry/count"] == 4
    assert "lambat.test gave no answer within 1 s" in log
    assert "AlreadyCalled" not in log and "Unhandled error" not in log
    assert site.log == ["/robots.txt", "/sitemap.xml"]
    assert elapsed < 40, elapsed  # without the deadline: 2 x DOWNLOAD_TIMEOUT = 120 s
    print(f"crawl with a hanging DNS: {elapsed:.1f} s")
