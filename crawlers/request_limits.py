"""Downloader middlewares that bound what a crawl requests and when: the discovery budget and
the wait before each retry."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from pipeline.core.settings_model import CrawlSettings

log = logging.getLogger(__name__)


class DiscoveryBudgetMiddleware:
    """Bound the discovery pages (sitemaps, feeds, listings, REST pages) of one crawl.

    `--max-pages N` counted only stored articles, so a calendar trap (every listing page linking
    new listing URLs) ran until the crawl's hard timeout holding the data folder's lock. Discovery
    requests (meta `source`, robots.txt aside) beyond the budget are dropped. The budget is the
    portal's listing budget (PANTAU_LISTING_BUDGET, `crawl.listing_budget`: the one setting users
    tune), and with max_pages also at most PANTAU_DISCOVERY_PER_PAGE x N (at least
    PANTAU_MIN_DISCOVERY_PAGES). Article requests are never counted here.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.per_page = settings.getint("PANTAU_DISCOVERY_PER_PAGE", 2)
        self.minimum = settings.getint("PANTAU_MIN_DISCOVERY_PAGES", 10)
        self.cap = settings.getint("PANTAU_LISTING_BUDGET", CrawlSettings().listing_budget)
        self.used = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DiscoveryBudgetMiddleware:
        return cls(crawler)

    def budget(self) -> int:
        max_pages = int(getattr(self.crawler.spider, "max_pages", 0) or 0)
        if not max_pages:
            return self.cap
        return min(self.cap, max(self.minimum, self.per_page * max_pages))

    def process_request(self, request: Request) -> None:
        meta = request.meta
        if (
            "source" not in meta
            or meta.get("pantau_robots")
            or meta.get("redirect_urls")
            or meta.get("retry_times")
        ):
            return None  # not discovery, or a request already counted once
        self.used += 1
        if self.used <= self.budget():
            return None
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("pantau/discovery_budget_dropped")
        if self.used == self.budget() + 1:
            log.warning(
                "discovery budget of %d pages spent: further listing pages are not fetched",
                self.budget(),
            )
        raise IgnoreRequest("discovery budget spent")


def backoff_delay(attempt: int, base: float, cap: float, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1-based): base * 2**(attempt-1), at least the
    server's Retry-After, never more than `cap`."""
    if attempt <= 0:
        return 0.0
    delay: float = max(base * 2 ** (attempt - 1), retry_after or 0.0)
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
        return cls(
            settings.getfloat("PANTAU_RETRY_BACKOFF", 2.0),
            settings.getfloat("PANTAU_RETRY_BACKOFF_MAX", 60.0),
        )

    async def process_request(self, request: Request) -> None:
        attempt = int(request.meta.get("retry_times", 0))
        delay = backoff_delay(attempt, self.base, self.cap, request.meta.get("retry_after"))
        if delay <= 0:
            return None
        from twisted.internet import reactor  # imported late: Scrapy installs its reactor first

        await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status in (429, 503):
            request.meta["retry_after"] = retry_after_seconds(response.headers.get("Retry-After"))
        return response
