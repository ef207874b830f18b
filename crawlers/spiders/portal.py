"""The one spider: discovery sources in the portal's priority order, then article pages.

A source is tried only when the ones before it listed nothing (checked when the spider goes
idle): a sitemap whose entries are all older than the last complete crawl still counts as
working. Known articles (stored with status 200) are never requested again; sitemap, feed, REST
and listing pages are always re-fetched (dont_filter).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.http import Response

from crawlers import discovery
from crawlers.items import page_row
from crawlers.middlewares import drop_key
from crawlers.patterns import DEFAULT_FEED_PATHS, DEFAULT_SITEMAP_PATHS, WP_POSTS_PATH
from crawlers.portals import Portal
from crawlers.robots import ROBOTS_META
from crawlers.runid import default_run_id
from crawlers.safety import is_loopback_host
from crawlers.spiders.args import flag, resolve_portal
from crawlers.spiders.drops import DropCounting
from crawlers.state import known_urls_with_time, last_complete_run
from pipeline.core.article import canonical_url
from pipeline.core.errors import Reason

HTML_TYPES = ("text/html", "application/xhtml+xml")
ERROR_STATUSES = list(range(400, 600))


class PortalSpider(DropCounting, scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        portal: Portal | str | None = None,
        portal_json: str | None = None,
        url: str | None = None,
        run_id: str | None = None,
        max_pages: int | str = 0,
        allow_private: bool | str = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.portal = resolve_portal(portal, portal_json, url)
        self.run_id = run_id or default_run_id()
        self.max_pages = int(max_pages or 0)
        self.allow_private = flag(allow_private)
        explicit_host = (urlsplit(url).hostname or "") if url else ""
        local = bool(explicit_host) and is_loopback_host(explicit_host)
        self.allowed_private_hosts = frozenset({explicit_host}) if local else frozenset()
        self.allowed_domains = list(self.portal.domains())
        self.discovered: set[str] = set()  # canonical URLs of articles found this run
        self.discovery_log: list[dict[str, Any]] = []
        self.stage = -1
        self.stored = 0
        self.seen_listings: set[str] = set()
        self.seen_sitemaps: set[str] = set()  # requested this run: a recursive index ends here
        self.known: dict[str, datetime] = {}
        self.last_complete: tuple[datetime, datetime] | None = None
        self.max_listing_pages = 50
        self.margin_days = 2.0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        data_dir = Path(crawler.settings.get("PANTAU_DATA_DIR"))
        spider.known = known_urls_with_time(data_dir, spider.portal.name)
        spider.last_complete = last_complete_run(data_dir, spider.portal.name)
        spider.max_listing_pages = crawler.settings.getint("PANTAU_MAX_LISTING_PAGES", 50)
        spider.margin_days = crawler.settings.getfloat("PANTAU_CUTOFF_MARGIN_DAYS", 2.0)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    # ---- stages -------------------------------------------------------------------------

    @property
    def cutoff(self) -> datetime | None:
        if self.last_complete is None:
            return None
        return self.last_complete[0] - timedelta(days=self.margin_days)

    async def start(self) -> Any:
        for request in self.next_stage():
            yield request

    def next_stage(self) -> list[Request]:
        """Requests of the next discovery source with any (empty list when none is left)."""
        while self.stage + 1 < len(self.portal.discovery):
            self.stage += 1
            source = self.portal.discovery[self.stage]
            self.discovery_log.append({"source": source, "requests": 0, "listed": 0, "found": 0})
            requests = list(getattr(self, f"_start_{source.replace('-', '_')}")())
            if requests:
                return requests
        return []

    def on_idle(self, spider: scrapy.Spider) -> None:
        if not self.discovery_log or self.discovery_log[-1]["listed"]:
            return
        requests = self.next_stage()
        if not requests:
            return
        assert self.crawler.engine is not None
        for request in requests:
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def _root(self, path: str) -> str:
        return urljoin(self.portal.base_url, "/" + path.lstrip("/"))

    def _discover(self, url: str, callback: Any, **meta: Any) -> Request:
        self.discovery_log[-1]["requests"] += 1
        # error statuses reach the callback (counted there); redirects are still followed, which
        # handle_httpstatus_all would prevent (an http -> https sitemap move is common)
        meta.update(handle_httpstatus_list=ERROR_STATUSES, source=self.discovery_log[-1]["source"])
        return Request(url, callback=callback, errback=self.discovery_error, dont_filter=True, meta=meta)

    def _start_sitemap(self) -> Iterator[Request]:
        # robots.txt is read for its Sitemap lines even where it disallows everything else
        # (answered from the rules' download by crawlers.robots: one robots.txt request per crawl)
        yield self._discover(self._root("robots.txt"), self.parse_robots, dont_obey_robotstxt=True, **{ROBOTS_META: True})

    def _start_feed(self) -> Iterator[Request]:
        if self.portal.feed_urls:
            for url in self.portal.feed_urls:
                yield self._discover(urljoin(self.portal.base_url, url), self.parse_feed)
        else:
            yield self._discover(self.portal.base_url, self.parse_home_feeds)

    def _start_wp_json(self) -> Iterator[Request]:
        yield self._discover(self._wp_url(1), self.parse_wp_posts, page=1)

    def _start_listing(self) -> Iterator[Request]:
        paths = self.portal.listing_paths or ("",)
        for path in paths:
            url = self._root(path) if path.startswith("/") else urljoin(self.portal.base_url, path)
            self.seen_listings.add(url)
            yield self._discover(url, self.parse_listing, depth=1)

    # ---- discovery callbacks ------------------------------------------------------------

    def _ok(self, response: Response) -> bool:
        if response.status == 200:
            return True
        assert self.crawler.stats is not None
        key = "pantau/discovery_errors" if response.status >= 500 else "pantau/discovery_misses"
        self.crawler.stats.inc_value(key)
        return False

    def parse_robots(self, response: Response) -> Iterator[Request]:
        found = discovery.robots_sitemaps(response.body, response.url) if self._ok(response) else []
        found += [urljoin(self.portal.base_url, u) for u in self.portal.sitemap_urls]
        for url in dict.fromkeys(found or [self._root(p) for p in DEFAULT_SITEMAP_PATHS]):
            yield from self._sitemap_request(url)

    def _sitemap_request(self, url: str) -> Iterator[Request]:
        """A sitemap not requested yet this run (discovery requests bypass the duplicate filter)."""
        if url in self.seen_sitemaps:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("pantau/sitemaps_repeated")
            return
        self.seen_sitemaps.add(url)
        yield self._discover(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if not self._ok(response):
            return
        limit = self.settings.getint("DOWNLOAD_MAXSIZE") or 50_000_000
        kind, entries = discovery.parse_sitemap(response.body, response.url, limit)
        fresh = list(self._fresh(entries))
        if kind == "sitemapindex":
            for entry in fresh:
                if self._on_site(entry.url):
                    yield from self._sitemap_request(entry.url)
        else:
            yield from self._articles((e.url for e in fresh), "sitemap", strict=False)

    def _fresh(self, entries: Iterable[discovery.Entry]) -> Iterator[discovery.Entry]:
        """Entries changed since the last complete crawl (all of them on a first crawl)."""
        cutoff = self.cutoff
        assert self.crawler.stats is not None
        for entry in entries:
            if cutoff and entry.lastmod and entry.lastmod < cutoff:
                self.crawler.stats.inc_value("pantau/skipped_by_lastmod")
                self.discovery_log[-1]["listed"] += 1
                continue
            yield entry

    def parse_home_feeds(self, response: Response) -> Iterator[Request]:
        feeds = discovery.feed_links(response.body, response.url) if self._ok(response) else []
        for url in feeds or [self._root(p) for p in DEFAULT_FEED_PATHS]:
            if self._on_site(url):
                yield self._discover(url, self.parse_feed)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        if self._ok(response):
            entries = self._fresh(discovery.parse_feed(response.body, response.url))
            yield from self._articles((e.url for e in entries), "feed", strict=False)

    def _wp_url(self, page: int) -> str:
        query: dict[str, Any] = {"per_page": 100, "page": page, "_fields": "link,date_gmt,modified_gmt"}
        if self.cutoff:
            query["after"] = self.cutoff.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        return self._root(WP_POSTS_PATH) + "?" + urlencode(query)

    def parse_wp_posts(self, response: Response) -> Iterator[Request]:
        if not self._ok(response):
            return
        entries = discovery.parse_wp_posts(response.body, response.url)
        yield from self._articles((e.url for e in entries), "wp-json", strict=False)
        page = response.meta["page"]
        total = int(response.headers.get("X-WP-TotalPages", b"1") or 1)
        if entries and page < min(total, self.max_listing_pages):
            yield self._discover(self._wp_url(page + 1), self.parse_wp_posts, page=page + 1)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        if not self._ok(response):
            return
        articles, pages = discovery.listing_links(response.body, response.url, self.portal.article_pattern)
        yield from self._articles(articles, "listing", strict=True)
        depth = response.meta["depth"]
        if depth >= self.max_listing_pages:
            return
        if depth > 1 and articles and all(self._old(u) for u in articles):
            return  # a deeper page of only old articles: the last complete crawl saw what follows
        for url in pages:
            if url not in self.seen_listings and self._on_site(url):
                self.seen_listings.add(url)
                yield self._discover(url, self.parse_listing, depth=depth + 1)

    def _old(self, url: str) -> bool:
        """Stored by the last complete crawl or earlier (so that crawl saw everything listed after it)."""
        fetched = self.known.get(canonical_url(url))
        return bool(fetched and self.last_complete and fetched <= self.last_complete[1])

    # ---- articles -----------------------------------------------------------------------

    def _on_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        ok = any(host == d or host.endswith("." + d) for d in self.portal.domains())
        if not ok:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(drop_key(Reason.OFFSITE))
        return ok

    def _articles(self, urls: Iterable[str], via: str, *, strict: bool) -> Iterator[Request]:
        """Requests for article URLs not stored yet. `strict`: the generic URL heuristic applies."""
        assert self.crawler.stats is not None
        pattern = self.portal.article_pattern
        for url in urls:
            if (pattern or strict) and not discovery.looks_like_article(url, pattern):
                continue
            if not pattern and discovery.NOT_ARTICLE.search(urlsplit(url).path):
                continue
            key = canonical_url(url)
            if key in self.discovered or not self._on_site(url):
                continue
            self.discovery_log[-1]["listed"] += 1
            self.discovered.add(key)
            self.discovery_log[-1]["found"] += 1
            if key in self.known:
                self.crawler.stats.inc_value("pantau/articles_known")
                continue
            yield Request(url, callback=self.parse_article, errback=self.article_error, meta={"via": via, "article_url": url})

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        assert self.crawler.stats is not None
        if self.max_pages and self.stored >= self.max_pages:
            return  # already closing: responses still in flight are left for the next run
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").split(";")[0].strip().lower()
        if content_type and content_type not in HTML_TYPES:
            self.crawler.stats.inc_value(drop_key(Reason.NOT_HTML))
            return
        yield page_row(
            response,
            url=response.meta["article_url"],
            portal=self.portal.name,
            province=self.portal.province,
            run_id=self.run_id,
            via=response.meta["via"],
        )
        self.stored += 1
        if self.max_pages and self.stored >= self.max_pages:
            raise CloseSpider("max_pages")
