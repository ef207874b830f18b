"""The one spider: every discovery source of the portal walked together, then article pages.

Sources are combined, not alternatives: sitemaps, feeds, the WordPress REST API and listing
pagination (the homepage, registry listing paths, the category and date-archive listings they
link to) are all walked in one run. The known URLs (stored with status 200) decide what is new:
known articles are never requested again, and a walk ends where a whole page holds only
articles the last complete crawl had already stored (crawlers.walks). A first crawl (no
complete one yet) is a backfill back to the horizon (`since`). Discovery pages are always
re-fetched (dont_filter) and bounded by a page limit per walk and a listing budget per run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.http import Response

from crawlers import discovery
from crawlers.discovery import Entry
from crawlers.items import page_row
from crawlers.middlewares import drop_key
from crawlers.patterns import NOT_ARTICLE
from crawlers.portals import Portal
from crawlers.runid import default_run_id
from crawlers.safety import is_loopback_host
from crawlers.spiders.args import flag, horizon_from, resolve_portal
from crawlers.spiders.drops import DropCounting
from crawlers.spiders.listings import ListingSources
from crawlers.spiders.sources import FeedSources
from crawlers.state import known_urls_with_time, last_complete_run
from crawlers.walks import Judge, Walk, oldest, run_stop
from pipeline.core.article import canonical_url
from pipeline.core.errors import Reason
from pipeline.core.settings_model import CrawlSettings

HTML_TYPES = ("text/html", "application/xhtml+xml")
ERROR_STATUSES = list(range(400, 600))
DEFAULTS = CrawlSettings()  # crawl defaults are written once, in pipeline/core/settings_model.py
DISCOVERY_PRIORITY = 10  # walks run ahead of article downloads: their stop rules need no article


class PortalSpider(FeedSources, ListingSources, DropCounting, scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        portal: Portal | str | None = None,
        portal_json: str | None = None,
        url: str | None = None,
        run_id: str | None = None,
        max_pages: int | str = 0,
        allow_private: bool | str = False,
        since: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.portal = resolve_portal(portal, portal_json, url)
        self.run_id = run_id or default_run_id()
        self.max_pages = int(max_pages or 0)
        self.allow_private = flag(allow_private)
        self.since = since
        explicit_host = (urlsplit(url).hostname or "") if url else ""
        local = bool(explicit_host) and is_loopback_host(explicit_host)
        self.allowed_private_hosts = frozenset({explicit_host}) if local else frozenset()
        self.allowed_domains = list(self.portal.domains())
        self.discovered: set[str] = set()  # canonical URLs of articles requested this run
        self.walks: list[Walk] = []
        self.walked: set[str] = set()  # listing starts (session parameters stripped)
        self.stored = 0
        self.seen_sitemaps: set[str] = set()  # requested this run: a recursive index ends here
        self.known: dict[str, datetime] = {}
        self.last_complete: tuple[datetime, datetime] | None = None
        self.margin_days = 2.0
        self.judge = Judge(
            known=lambda _: False,
            settled=lambda _: False,
            horizon=None,
            max_pages=DEFAULTS.max_listing_pages,
            budget=DEFAULTS.listing_budget,
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        data_dir = Path(settings.get("PANTAU_DATA_DIR"))
        spider.known = known_urls_with_time(data_dir, spider.portal.name)
        spider.last_complete = last_complete_run(data_dir, spider.portal.name)
        spider.margin_days = settings.getfloat("PANTAU_CUTOFF_MARGIN_DAYS", 2.0)
        spider.judge = Judge(
            known=spider.known.__contains__,
            settled=spider._settled,
            horizon=horizon_from(
                spider.since or settings.get("PANTAU_SINCE"),
                settings.getint("PANTAU_BACKFILL_DAYS", 0),
            ),
            max_pages=settings.getint("PANTAU_MAX_LISTING_PAGES", DEFAULTS.max_listing_pages),
            budget=settings.getint("PANTAU_LISTING_BUDGET", DEFAULTS.listing_budget),
        )
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    # ---- run state ------------------------------------------------------------------------

    @property
    def backfill(self) -> bool:
        """No complete crawl yet: walk every source back to the horizon."""
        return self.last_complete is None

    @property
    def cutoff(self) -> datetime | None:
        """The last complete crawl's start minus the safety margin (narrows sitemap indexes only)."""
        if self.last_complete is None:
            return None
        return self.last_complete[0] - timedelta(days=self.margin_days)

    def _settled(self, key: str) -> bool:
        """Stored by the last complete crawl or earlier (so that crawl saw everything listed after it)."""
        fetched = self.known.get(key)
        return bool(fetched and self.last_complete and fetched <= self.last_complete[1])

    @property
    def discovery_log(self) -> list[dict[str, Any]]:
        return [w.as_dict() for w in self.walks]

    def coverage(self, finish_reason: str) -> dict[str, Any]:
        """What the run covered, for its crawl_runs row."""
        reached = oldest(self.walks)
        return {
            "mode": "backfill" if self.backfill else "incremental",
            "horizon": self.judge.horizon.isoformat() if self.judge.horizon else None,
            "sources": sorted({w.source for w in self.walks if w.pages}),
            "oldest_reached": reached.isoformat() if reached else None,
            "stop_reason": run_stop(self.walks, finish_reason),
            "listing_pages": self.judge.spent,
        }

    def walk(self, source: str, start: str) -> Walk:
        walk = Walk(source, start)
        self.walks.append(walk)
        return walk

    def walk_of(self, response: Response) -> Walk:
        index: int = response.meta["walk"]
        return self.walks[index]

    # ---- requests -------------------------------------------------------------------------

    async def start(self) -> Any:
        for source in self.portal.discovery:
            if source == "listing" or (source == "feed" and not self.portal.feed_urls):
                continue  # the homepage serves both: see _start_home
            for request in getattr(self, f"_start_{source.replace('-', '_')}")():
                yield request
        for request in self._start_home():
            yield request

    def _root(self, path: str) -> str:
        return urljoin(str(self.portal.base_url), "/" + path.lstrip("/"))

    def _discover(self, walk: Walk, url: str, callback: Any, **meta: Any) -> Request | None:
        """A discovery request of `walk`, or None when its page limit or the run's budget is spent."""
        if not self.judge.admit(walk):
            self.crawler.stats.inc_value(f"pantau/walks_stopped/{walk.stop}")
            return None
        # error statuses reach the callback (counted there); redirects are still followed, which
        # handle_httpstatus_all would prevent (an http -> https sitemap move is common)
        meta.update(
            handle_httpstatus_list=ERROR_STATUSES, source=walk.source, walk=self.walks.index(walk)
        )
        return Request(
            url,
            callback=callback,
            errback=self.walk_error,
            dont_filter=True,
            meta=meta,
            priority=DISCOVERY_PRIORITY,
        )

    def _page_ok(self, response: Response, walk: Walk) -> bool:
        """A 200 page; otherwise the walk ends: missing (absent first page), end (absent later
        page: many CMSes answer 404 past the last page) or error (a server error)."""
        if response.status == 200:
            return True
        server = response.status >= 500
        self.crawler.stats.inc_value(
            "pantau/discovery_errors" if server else "pantau/discovery_misses"
        )
        walk.stop = "error" if server else ("missing" if walk.pages == 1 else "end")
        return False

    def walk_error(self, failure: Any) -> None:
        request = getattr(failure, "request", None)
        if request is not None and "walk" in request.meta:
            self.walks[request.meta["walk"]].stop = "error"
        self.discovery_error(failure)

    def _start_feed(self) -> Iterator[Request]:
        for url in self.portal.feed_urls:
            yield from self._start_feed_walk(urljoin(self.portal.base_url, url))

    # ---- articles -----------------------------------------------------------------------

    def _on_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        ok = any(host == d or host.endswith("." + d) for d in self.portal.domains())
        if not ok:
            self.crawler.stats.inc_value(drop_key(Reason.OFFSITE))
        return ok

    def _articles(self, entries: Iterable[Entry], via: str, *, strict: bool) -> Iterator[Request]:
        """Requests for article entries not stored yet. `strict`: the generic URL heuristic applies."""
        stats = self.crawler.stats
        pattern = self.portal.article_pattern
        for entry in entries:
            url = entry.url
            if (pattern or strict) and not discovery.looks_like_article(url, pattern):
                continue
            if not pattern and NOT_ARTICLE.search(urlsplit(url).path):
                continue
            key = canonical_url(url)
            if key in self.discovered or not self._on_site(url):
                continue
            self.discovered.add(key)
            yield Request(
                url,
                callback=self.parse_article,
                errback=self.article_error,
                meta={"via": via, "article_url": url},
            )
        stats.set_value("pantau/articles_known", len(self.judge.listed & self.known.keys()))

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        stats = self.crawler.stats
        if self.max_pages and self.stored >= self.max_pages:
            return  # already closing: responses still in flight are left for the next run
        content_type = (
            (response.headers.get("Content-Type") or b"")
            .decode("latin-1")
            .split(";")[0]
            .strip()
            .lower()
        )
        if content_type and content_type not in HTML_TYPES:
            stats.inc_value(drop_key(Reason.NOT_HTML))
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
