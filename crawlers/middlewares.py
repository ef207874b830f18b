"""Downloader middlewares: address safety (proxied requests and DNS timeouts included) and offsite
redirects. Retry backoff and the discovery budget: crawlers.request_limits."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.utils.url import add_http_if_no_scheme
from twisted.internet import error as twisted_error
from twisted.internet.error import DNSLookupError

from crawlers.resolver import allow_proxy, was_refused
from crawlers.safety import (
    DEFAULT_DNS_TIMEOUT,
    check_host,
    lookup_timed_out,
    private_allowed,
    resolve,
)
from pipeline.core.errors import Reason, UnsafeURLError

log = logging.getLogger(__name__)


# how a lookup that yielded no address reaches the middlewares (Scrapy wraps Twisted's error)
LOOKUP_FAILURES = (CannotResolveHostError, DNSLookupError)


def drop_key(reason: Reason) -> str:
    return f"pantau/drops/{reason.value}"


class UnsafeRequest(IgnoreRequest):
    """A request refused because its host resolves to a non-public address."""


class SafetyMiddleware:
    """Refuse requests to private / loopback / link-local addresses (checked on resolved IPs).

    Runs for every request, robots.txt and redirect targets included. The spider decides what is
    allowed: `allow_private` (the --allow-private flag) or `allowed_private_hosts` (the host of a
    URL named explicitly with --url). Resolution is cached per host, so its blocking cost (at most
    DNS_TIMEOUT) is paid once per host per crawl.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.dns_timeout = crawler.settings.getfloat("DNS_TIMEOUT", DEFAULT_DNS_TIMEOUT)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SafetyMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider: Any = self.crawler.spider
        host = urlsplit(request.url).hostname or ""
        redirected_from = request.meta.get("redirect_urls")
        if redirected_from and not on_site(host, _domains(spider)):
            # Scrapy's offsite filter lets dont_filter requests (discovery pages) follow any redirect
            self._count(Reason.OFFSITE)
            raise IgnoreRequest(f"redirected offsite to {host!r}")
        allowed: frozenset[str] = getattr(spider, "allowed_private_hosts", frozenset())
        if redirected_from and host in allowed and _port(request.url) != _port(redirected_from[0]):
            # a loopback host is allowed for the service the user named (its port), not for every
            # service on that machine: a redirect to another port is another site
            self._count(Reason.OFFSITE)
            raise IgnoreRequest(f"redirected to another port of {host!r}: {_port(request.url)}")
        self._check_address(request, host)

    def _check_address(self, request: Request, host: str) -> None:
        spider: Any = self.crawler.spider
        try:
            check_host(
                host,
                allow_private=getattr(spider, "allow_private", False),
                allowed_hosts=getattr(spider, "allowed_private_hosts", frozenset()),
                timeout=self.dns_timeout,
            )
        except UnsafeURLError as exc:
            self._count(Reason.PRIVATE_ADDRESS)
            log.warning("refused %s: %s", request.url, exc)
            raise UnsafeRequest(str(exc)) from exc

    def _count(self, reason: Reason) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(drop_key(reason))


class UncheckedTarget(IgnoreRequest):
    """A proxied request whose target host we could not resolve, so could not check."""


class ProxySafetyMiddleware(SafetyMiddleware):
    """The last middleware before the download: requests that go through a proxy.

    Twisted then connects to the proxy, and the crawl's resolver (crawlers.resolver) sees the
    proxy's name, not the target's. So: the proxy's host is registered as allowed (the user
    configured it, even on a private address), and the target is checked here against what we
    resolve, refusing it when it does not resolve at all: sent on, the proxy would resolve it
    unchecked. Runs after HttpProxyMiddleware (750), which sets `meta["proxy"]` from the
    environment. The proxy still resolves the target itself; see docs/reliability.md.
    """

    def process_request(self, request: Request) -> None:
        proxy = request.meta.get("proxy")
        if not proxy:
            return None
        proxy_host = urlsplit(add_http_if_no_scheme(str(proxy))).hostname
        if proxy_host:
            allow_proxy(proxy_host)
        host = urlsplit(request.url).hostname or ""
        self._check_address(request, host)  # cached: SafetyMiddleware already paid for the lookup
        spider: Any = self.crawler.spider
        allowed = private_allowed(
            host,
            allow_private=getattr(spider, "allow_private", False),
            allowed_hosts=getattr(spider, "allowed_private_hosts", frozenset()),
        )
        if not allowed and not resolve(host.lower(), self.dns_timeout):
            # not retried: the lookup result is cached for the crawl, a retry would see the same
            timed_out = lookup_timed_out(host)
            self._count(Reason.TIMEOUT if timed_out else Reason.HTTP_ERROR)
            why = (
                f"gave no answer within {self.dns_timeout:g} s" if timed_out else "does not resolve"
            )
            log.warning(
                "refused %s: %s %s here; not sent to the proxy unchecked", request.url, host, why
            )
            raise UncheckedTarget(
                f"{host} {why}: its address cannot be checked before the proxy fetches it"
            )
        return None


class DnsTimeoutError(twisted_error.TimeoutError):
    """DNS lookup timed out"""


class DnsTimeoutMiddleware:
    """Report a lookup failure caused by DNS_TIMEOUT (crawlers.resolver) as a timeout.

    Placed before RetryMiddleware towards the engine (its process_exception runs after Retry's),
    so the lookup is retried as any network error and only the final failure is relabelled; the
    spider then counts it as `timeout`, not as an HTTP error.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.timeout = crawler.settings.getfloat("DNS_TIMEOUT", DEFAULT_DNS_TIMEOUT)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DnsTimeoutMiddleware:
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> None:
        host = urlsplit(request.url).hostname or ""
        if isinstance(exception, LOOKUP_FAILURES) and lookup_timed_out(host):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("pantau/dns_timeouts")
            # twisted's error __init__ has no annotations (inherited, so untyped_calls_exclude misses it)
            message = f"{host} gave no answer within {self.timeout:g} s"
            raise DnsTimeoutError(message) from exception  # type: ignore[no-untyped-call]
        return None


def _port(url: str) -> int | None:
    parts = urlsplit(url)
    try:
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return None


def _domains(spider: Any) -> tuple[str, ...]:
    portal = getattr(spider, "portal", None)
    return tuple(portal.domains()) if portal is not None else ()


def on_site(host: str, domains: tuple[str, ...]) -> bool:
    """Whether `host` is one of `domains` or a subdomain of one (no domains: anything goes)."""
    host = host.lower()
    return not domains or any(host == d or host.endswith("." + d) for d in domains)


class RefusedAddressMiddleware:
    """Turn the connection failure of a host the resolver refused (crawlers.resolver) into a
    PRIVATE_ADDRESS drop.

    Placed after RetryMiddleware towards the downloader (its process_exception runs first), so a
    refused address is neither retried nor reported as a network error.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RefusedAddressMiddleware:
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> None:
        host = urlsplit(request.url).hostname or ""
        if isinstance(exception, LOOKUP_FAILURES) and was_refused(host):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(drop_key(Reason.PRIVATE_ADDRESS))
            log.warning("refused %s: %s resolves to a non-public address", request.url, host)
            raise UnsafeRequest(
                f"{host} resolves to a non-public address; pass --allow-private for a local crawl"
            )
        return None
