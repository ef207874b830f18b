"""The DNS resolver of every crawl: the address check happens where the connected IP is decided.

`SafetyMiddleware` refuses non-public hosts early with a clear message, but it resolves the name
itself; Twisted then resolves again to connect, and a name can answer differently the second time
(DNS rebinding). This resolver (Scrapy's `TWISTED_DNS_RESOLVER`) filters the addresses Twisted
connects to: a non-public address (private, loopback, link-local, multicast, reserved,
unspecified; IPv4, IPv6 and IPv4-mapped IPv6) never reaches the connection attempt unless the
running spider allows it (`allow_private`, or the host of an explicit --url on loopback).

A host left with no address fails in Twisted with DNSLookupError; its name is remembered in
`refused_hosts` so `RefusedAddressMiddleware` turns that error into a PRIVATE_ADDRESS drop
(not a retried network error). One crawl runs per process, so a process-wide record is enough.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from scrapy.resolver import CachingHostnameResolver
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IAddress, IHostResolution, IResolutionReceiver
from zope.interface import implementer

from crawlers.safety import is_public_address

log = logging.getLogger(__name__)

refused_hosts: set[str] = set()  # names this process refused to connect to (lower case)

HostPolicy = Callable[[str], bool]  # host name -> may it resolve to a non-public address?


def spider_policy(process: Any) -> HostPolicy:
    """Private addresses allowed for a host when a running spider allows them (read at lookup time:
    the resolver is built before any spider exists)."""

    def allowed(host: str) -> bool:
        for crawler in getattr(process, "crawlers", ()):
            spider = getattr(crawler, "spider", None)
            if getattr(spider, "allow_private", False):
                return True
            if host in getattr(spider, "allowed_private_hosts", frozenset()):
                return True
        return False

    return allowed


@implementer(IResolutionReceiver)
class _FilteringReceiver:
    """Passes public addresses on to Twisted's receiver and holds back the others."""

    # zope interfaces are not types mypy understands: receivers and resolutions are Any here
    def __init__(self, receiver: Any, host: str, allow_private: bool) -> None:
        self.receiver = receiver
        self.host = host
        self.allow_private = allow_private
        self.passed = 0
        self.blocked: list[str] = []

    def resolutionBegan(self, resolution: Any) -> None:  # noqa: N802 (Twisted's names)
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: Any) -> None:  # noqa: N802
        ip = str(getattr(address, "host", ""))
        if self.allow_private or (ip and is_public_address(ip)):
            self.passed += 1
            self.receiver.addressResolved(address)
        else:
            self.blocked.append(ip)

    def resolutionComplete(self) -> None:  # noqa: N802
        if self.blocked:
            log.warning("%s resolved to non-public %s: not connecting there", self.host, ", ".join(self.blocked))
            if not self.passed:
                refused_hosts.add(self.host)
        self.receiver.resolutionComplete()


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str) -> None:
        self.name = name

    def cancel(self) -> None:
        return None


class SafeHostnameResolver(CachingHostnameResolver):
    """Scrapy's caching IPv4 + IPv6 resolver, refusing non-public addresses (cache hits included)."""

    def __init__(self, reactor: Any, cache_size: int, policy: HostPolicy | None = None) -> None:
        super().__init__(reactor, cache_size)
        self.policy: HostPolicy = policy or (lambda host: False)

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> SafeHostnameResolver:
        # Scrapy passes the CrawlerProcess here, not a Crawler: its crawlers are read at lookup time
        resolver = super().from_crawler(crawler, reactor)
        resolver.policy = spider_policy(crawler)
        return resolver

    def resolveHostName(  # noqa: N802 (IHostnameResolver's name)
        self,
        resolutionReceiver: Any,  # noqa: N803
        hostName: str,  # noqa: N803
        portNumber: int = 0,  # noqa: N803
        addressTypes: Sequence[type[IAddress]] | None = None,  # noqa: N803
        transportSemantics: str = "TCP",  # noqa: N803
    ) -> Any:
        host = hostName.strip("[]").lower()
        receiver = _FilteringReceiver(resolutionReceiver, host, self.policy(host))
        if _is_ip_literal(host):
            # an IP literal needs no lookup: answer (or refuse) it here, before anything else runs
            return _answer_literal(receiver, host, portNumber)
        receiver_any: Any = receiver
        super().resolveHostName(receiver_any, hostName, portNumber, addressTypes, transportSemantics)
        return _Resolution(hostName)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _answer_literal(receiver: _FilteringReceiver, host: str, port: int) -> Any:
    resolution = _Resolution(host)
    receiver.resolutionBegan(resolution)
    address = IPv6Address("TCP", host, port) if ":" in host else IPv4Address("TCP", host, port)
    receiver.addressResolved(address)
    receiver.resolutionComplete()
    return resolution


def was_refused(host: str) -> bool:
    return host.strip("[]").lower() in refused_hosts


def forget(hosts: Iterable[str] | None = None) -> None:
    """Clear the refusal record (tests; a long-lived process between crawls)."""
    if hosts is None:
        refused_hosts.clear()
    else:
        refused_hosts.difference_update(h.lower() for h in hosts)
