"""Downloader middlewares: address safety, offsite redirects and retry backoff."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.error import DNSLookupError
from twisted.internet.task import deferLater

from crawlers.resolver import was_refused
from crawlers.safety import check_host
from pipeline.errors import Reason, UnsafeURLError

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
    URL named explicitly with --url). Resolution is cached per host, so its blocking cost is paid
    once per host per crawl.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SafetyMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider: Any = self.crawler.spider
        host = urlsplit(request.url).hostname or ""
        if request.meta.get("redirect_urls") and not on_site(host, _domains(spider)):
            # Scrapy's offsite filter lets dont_filter requests (discovery pages) follow any redirect
            self._count(Reason.OFFSITE)
            raise IgnoreRequest(f"redirected offsite to {host!r}")
        try:
            check_host(
                host,
                allow_private=getattr(spider, "allow_private", False),
                allowed_hosts=getattr(spider, "allowed_private_hosts", frozenset()),
            )
        except UnsafeURLError as exc:
            self._count(Reason.PRIVATE_ADDRESS)
            log.warning("refused %s: %s", request.url, exc)
            raise UnsafeRequest(str(exc)) from exc

    def _count(self, reason: Reason) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(drop_key(reason))


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
            raise UnsafeRequest(f"{host} resolves to a non-public address; pass --allow-private for a local crawl")
        return None


def backoff_delay(attempt: int, base: float, cap: float, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1-based): base * 2**(attempt-1), at least the
    server's Retry-After, never more than `cap`."""
    if attempt <= 0:
        return 0.0
    delay = max(base * 2 ** (attempt - 1), retry_after or 0.0)
    return min(cap, delay)


def retry_after_seconds(value: bytes | None) -> float | None:
    """A Retry-After header in seconds (the HTTP-date form is ignored: exponential backoff applies)."""
    try:
        return max(0.0, float(value.decode("latin-1"))) if value else None
    except ValueError:
        return None


class BackoffMiddleware:
    """Wait before each retry (exponential, honouring Retry-After on 429/503, capped).

    Scrapy's RetryMiddleware re-schedules at once; this delays the retried request before it
    reaches the downloader, without holding the per-domain slot. Its process_response runs before
    RetryMiddleware's, so the Retry-After it notes travels in the meta of the retried copy.
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffMiddleware:
        settings = crawler.settings
        return cls(settings.getfloat("PANTAU_RETRY_BACKOFF", 2.0), settings.getfloat("PANTAU_RETRY_BACKOFF_MAX", 60.0))

    async def process_request(self, request: Request) -> None:
        attempt = int(request.meta.get("retry_times", 0))
        delay = backoff_delay(attempt, self.base, self.cap, request.meta.get("retry_after"))
        if delay <= 0:
            return None
        from twisted.internet import reactor  # imported late: Scrapy installs its reactor first

        await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))  # type: ignore[arg-type]
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status in (429, 503):
            request.meta["retry_after"] = retry_after_seconds(response.headers.get("Retry-After"))
        return response
