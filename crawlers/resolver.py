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

Two more duties:

- A deadline on every lookup (Scrapy's DNS_TIMEOUT): the reactor's getaddrinfo thread has none,
  so a portal whose DNS never answers would otherwise hold each request until DOWNLOAD_TIMEOUT
  and be reported as a slow download. After the deadline the resolution completes with the
  addresses received so far (usually none: Twisted then fails the request with DNSLookupError,
  reported as a timeout by `DnsTimeoutMiddleware`); a late answer is not passed on, only cached.
- Proxies: with `http_proxy` / `https_proxy` or `meta["proxy"]`, Twisted connects to the proxy, so
  the name resolved here is the proxy's. A proxy the user configured may be on a private address
  (a corporate proxy on 10.x): `ProxySafetyMiddleware` registers its host in `proxy_hosts` before
  the request is sent, and checks the target itself, since this resolver never sees it.
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

from crawlers.safety import DEFAULT_DNS_TIMEOUT, is_public_address, lookup_timeouts

log = logging.getLogger(__name__)

refused_hosts: set[str] = set()  # names this process refused to connect to (lower case)
proxy_hosts: set[str] = set()  # proxies the crawl was configured with: may be private (lower case)

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
            log.warning(
                "%s resolved to non-public %s: not connecting there",
                self.host,
                ", ".join(self.blocked),
            )
            if not self.passed:
                refused_hosts.add(self.host)
        self.receiver.resolutionComplete()


@implementer(IResolutionReceiver)
class _DeadlineReceiver:
    """Completes the resolution when the upstream lookup has not answered by the deadline, and
    swallows whatever that lookup delivers afterwards (Twisted's receiver must complete once)."""

    def __init__(self, receiver: Any, host: str, reactor: Any, timeout: float) -> None:
        self.receiver = receiver
        self.host = host
        self.timeout = timeout
        self.began = False
        self.done = False
        self.timer = reactor.callLater(timeout, self._expire) if timeout > 0 else None

    def resolutionBegan(self, resolution: Any) -> None:  # noqa: N802
        if not self.done:
            self.began = True
            self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: Any) -> None:  # noqa: N802
        if not self.done:
            self.receiver.addressResolved(address)

    def resolutionComplete(self) -> None:  # noqa: N802
        if self.done:
            log.debug("late DNS answer for %s ignored (cached for the next lookup)", self.host)
            return
        self.done = True
        if self.timer is not None and self.timer.active():
            self.timer.cancel()
        lookup_timeouts.discard(self.host)
        self.receiver.resolutionComplete()

    def _expire(self) -> None:
        if self.done:
            return
        self.done = True
        lookup_timeouts.add(self.host)
        log.warning("DNS lookup of %s gave no answer within %g s", self.host, self.timeout)
        if not self.began:
            self.receiver.resolutionBegan(_Resolution(self.host))
        self.receiver.resolutionComplete()


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str) -> None:
        self.name = name

    def cancel(self) -> None:
        return None


class SafeHostnameResolver(CachingHostnameResolver):
    """Scrapy's caching IPv4 + IPv6 resolver, refusing non-public addresses (cache hits included)
    and giving up on a lookup after `timeout` seconds (0: wait as long as the lookup takes)."""

    def __init__(
        self,
        reactor: Any,
        cache_size: int,
        policy: HostPolicy | None = None,
        timeout: float = DEFAULT_DNS_TIMEOUT,
    ) -> None:
        super().__init__(reactor, cache_size)
        self.policy: HostPolicy = policy or (lambda host: False)
        self.timeout = timeout

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> SafeHostnameResolver:
        # Scrapy passes the CrawlerProcess here, not a Crawler: its crawlers are read at lookup time
        resolver = super().from_crawler(crawler, reactor)
        resolver.policy = spider_policy(crawler)
        resolver.timeout = crawler.settings.getfloat("DNS_TIMEOUT", DEFAULT_DNS_TIMEOUT)
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
        # by name, not address: a configured proxy is trusted, a name rebinding onto its address is not
        allowed = host in proxy_hosts or self.policy(host)
        receiver = _FilteringReceiver(resolutionReceiver, host, allowed)
        if _is_ip_literal(host):
            # an IP literal needs no lookup: answer (or refuse) it here, before anything else runs
            return _answer_literal(receiver, host, portNumber)
        # inside Scrapy's caching receiver, so a late answer still fills the cache for the next request
        deadline: Any = _DeadlineReceiver(receiver, host, self.reactor, self.timeout)
        super().resolveHostName(deadline, hostName, portNumber, addressTypes, transportSemantics)
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


def allow_proxy(host: str) -> None:
    """Let the crawl connect to `host` whatever it resolves to: a proxy the user configured."""
    proxy_hosts.add(host.strip("[]").lower())


def forget(hosts: Iterable[str] | None = None) -> None:
    """Clear the refusal, timeout and proxy records (tests; a long-lived process between crawls)."""
    if hosts is None:
        refused_hosts.clear()
        lookup_timeouts.clear()
        proxy_hosts.clear()
    else:
        names = {h.lower() for h in hosts}
        refused_hosts.difference_update(names)
        lookup_timeouts.difference_update(names)
        proxy_hosts.difference_update(names)
