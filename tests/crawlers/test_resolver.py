"""The crawl's DNS resolver refuses non-public addresses where the connection is decided.

In-process, on Twisted's MemoryReactor: nothing here opens a socket, so refusing 10.x or ::1
is proved without sending a packet there (`reactor.tcpClients` lists every connection attempt).
"""

from __future__ import annotations

from collections.abc import Iterator
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
from crawlers.resolver import SafeHostnameResolver, forget, was_refused
from pipeline.errors import Reason


class ScriptedResolver:
    """An upstream resolver answering from a table (a name may answer differently each time)."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers

    def resolveHostName(self, receiver: Any, name: str, portNumber: int = 0, *args: Any, **kwargs: Any) -> Any:  # noqa: N802, N803
        receiver.resolutionBegan(object())
        for ip in self.answers[name].pop(0):
            receiver.addressResolved((IPv6Address if ":" in ip else IPv4Address)("TCP", ip, portNumber))
        receiver.resolutionComplete()
        return object()


@pytest.fixture(autouse=True)
def clean_records() -> Iterator[None]:
    dnscache.clear()
    forget()
    yield
    dnscache.clear()
    forget()


def installed(reactor: MemoryReactorClock, allowed: frozenset[str] = frozenset()) -> SafeHostnameResolver:
    resolver = SafeHostnameResolver(reactor, cache_size=100, policy=lambda host: host in allowed)
    resolver.install_on_reactor()
    return resolver


def connect(reactor: MemoryReactorClock, host: str, port: int = 80) -> list[Any]:
    """Outcome of a connection attempt: [failure] or [] while connecting (then see tcpClients)."""
    outcome: list[Any] = []
    HostnameEndpoint(reactor, host, port).connect(Factory.forProtocol(Protocol)).addErrback(outcome.append)
    reactor.advance(1)
    return outcome


@pytest.mark.parametrize("host", ["10.0.0.1", "::1", "0.0.0.0", "169.254.169.254", "::ffff:127.0.0.1", "224.0.0.251"])
def test_literal_non_public_addresses_are_refused_without_any_connection_attempt(host: str) -> None:
    reactor = MemoryReactorClock()
    installed(reactor)
    outcome = connect(reactor, host)
    assert reactor.tcpClients == []
    assert len(outcome) == 1 and outcome[0].check(DNSLookupError)
    assert was_refused(host)


def test_a_public_looking_name_resolving_to_loopback_is_refused_unless_the_crawl_allows_it() -> None:
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
def test_only_public_resolved_addresses_reach_the_connection(answer: list[str], connected_to: list[str]) -> None:
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


def test_a_refused_lookup_becomes_a_private_address_drop_and_other_dns_failures_pass_through() -> None:
    from scrapy import Request

    crawler: Any = FakeCrawler()
    middleware = RefusedAddressMiddleware(crawler)
    reactor = MemoryReactorClock()
    installed(reactor)
    connect(reactor, "berita.example.id")
    with pytest.raises(UnsafeRequest, match="non-public"):
        middleware.process_exception(Request("http://berita.example.id/a"), CannotResolveHostError("no results"))
    assert middleware.process_exception(Request("http://hilang.example.id/a"), DNSLookupError("no results")) is None
    assert crawler.stats.values == {drop_key(Reason.PRIVATE_ADDRESS): 1}
