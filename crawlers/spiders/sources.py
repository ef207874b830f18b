"""The feed-like discovery sources of PortalSpider: sitemaps, feeds and the WordPress REST API.

Each is a walk (crawlers.walks) whose pages are judged by the known URLs; dates only skip what
is older than the horizon, and sitemap-index children whose lastmod is older than the last
complete crawl minus a safety margin (a child sitemap changes whenever an entry is added to it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urljoin, urlsplit

from scrapy import Request
from scrapy.http import Response

from crawlers import discovery
from crawlers.patterns import DEFAULT_FEED_PATHS, DEFAULT_SITEMAP_PATHS, WP_POSTS_PATH
from crawlers.robots import ROBOTS_META
from crawlers.walks import Walk

WP_PER_PAGE = 100


class FeedSources:
    """Mixin of PortalSpider, which provides the walk bookkeeping declared here for the type checker."""

    portal: Any
    crawler: Any
    judge: Any
    seen_sitemaps: set[str]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        @property
        def cutoff(self) -> datetime | None: ...

        def walk(self, source: str, start: str) -> Walk: ...

        def walk_of(self, response: Response) -> Walk: ...

        def _root(self, path: str) -> str: ...

        def _discover(self, walk: Walk, url: str, callback: Any, **meta: Any) -> Request | None: ...

        def _page_ok(self, response: Response, walk: Walk) -> bool: ...

        def _on_site(self, url: str) -> bool: ...

        def _articles(self, entries: Any, via: str, *, strict: bool) -> Iterator[Request]: ...

    # ---- sitemaps ----------------------------------------------------------------------

    def _start_sitemap(self) -> Iterator[Request]:
        # robots.txt is read for its Sitemap lines even where it disallows everything else
        # (answered from the rules' download by crawlers.robots: one robots.txt request per crawl)
        walk = self.walk("sitemap", self._root("robots.txt"))
        request = self._discover(
            walk, walk.start, self.parse_robots, dont_obey_robotstxt=True, **{ROBOTS_META: True}
        )
        if request is not None:
            yield request

    def parse_robots(self, response: Response) -> Iterator[Request]:
        walk = self.walk_of(response)
        found = (
            discovery.robots_sitemaps(response.body, response.url) if response.status == 200 else []
        )
        found += [urljoin(self.portal.base_url, u) for u in self.portal.sitemap_urls]
        walk.stop = "missing"  # until a sitemap answers
        for url in dict.fromkeys(found or [self._root(p) for p in DEFAULT_SITEMAP_PATHS]):
            yield from self._sitemap_request(walk, url)

    def _sitemap_request(self, walk: Walk, url: str) -> Iterator[Request]:
        """A sitemap not requested yet this run (discovery requests bypass the duplicate filter)."""
        if url in self.seen_sitemaps:
            self.crawler.stats.inc_value("pantau/sitemaps_repeated")
            return
        self.seen_sitemaps.add(url)
        request = self._discover(walk, url, self.parse_sitemap)
        if request is not None:
            yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        walk = self.walk_of(response)
        if response.status != 200:
            if response.status >= 500:
                self._page_ok(response, walk)  # counted, and the walk is marked short
            return  # an absent sitemap leaves the walk 'missing' unless another one answered
        limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE") or 50_000_000
        kind, entries = discovery.parse_sitemap(response.body, response.url, limit)
        if walk.stop in (None, "missing"):
            walk.stop = "end"
        if kind == "sitemapindex":
            for entry in entries:
                if self._on_site(entry.url) and not self._unchanged_child(entry):
                    yield from self._sitemap_request(walk, entry.url)
            return
        stop = walk.stop
        wanted = self.judge.page(walk, entries, has_next=False)
        walk.stop = stop  # a sitemap tree ends when its documents do, whatever one of them holds
        yield from self._articles(wanted, "sitemap", strict=False)

    def _unchanged_child(self, entry: discovery.Entry) -> bool:
        """A child sitemap not modified since the last complete crawl (minus the margin), or
        older than the horizon: its entries were all seen then."""
        stale = bool(
            self.cutoff and entry.lastmod and entry.lastmod < self.cutoff
        ) or self.judge.old(entry)
        if stale:
            self.crawler.stats.inc_value("pantau/sitemaps_skipped_by_lastmod")
        return stale

    # ---- feeds -------------------------------------------------------------------------

    def feeds_from_home(self, response: Response) -> Iterator[Request]:
        """Feeds the homepage advertises (or the usual paths when it names none)."""
        feeds = discovery.feed_links(response.body, response.url) if response.status == 200 else []
        for url in feeds or [self._root(p) for p in DEFAULT_FEED_PATHS]:
            if self._on_site(url):
                yield from self._start_feed_walk(url, advertised=bool(feeds))

    def _start_feed_walk(self, url: str, *, advertised: bool = True) -> Iterator[Request]:
        walk = self.walk("feed", url)
        request = self._discover(walk, url, self.parse_feed, guessed=not advertised)
        if request is not None:
            yield request

    def parse_feed(self, response: Response) -> Iterator[Request]:
        walk = self.walk_of(response)
        if not self._page_ok(response, walk):
            return
        entries = discovery.parse_feed(response.body, response.url)
        next_url = self._feed_next(walk, response.url) if entries else None
        wanted = self.judge.page(walk, entries, has_next=next_url is not None)
        yield from self._articles(wanted, "feed", strict=False)
        if walk.stop is None and next_url:
            request = self._discover(walk, next_url, self.parse_feed)
            if request is not None:
                yield request

    def _feed_next(self, walk: Walk, url: str) -> str | None:
        """WordPress feeds page with `?paged=N`; other feeds are one page."""
        path = urlsplit(walk.start).path.rstrip("/")
        if not path.endswith("/feed"):
            return None
        return walk.start.split("?", 1)[0] + f"?paged={walk.pages + 1}"

    # ---- WordPress REST ------------------------------------------------------------------

    def _start_wp_json(self) -> Iterator[Request]:
        walk = self.walk("wp-json", self._wp_url(1))
        request = self._discover(walk, walk.start, self.parse_wp_posts, page=1)
        if request is not None:
            yield request

    def _wp_url(self, page: int) -> str:
        # newest *modified* first: a post published today but dated last year (a back-dated or
        # re-posted article) comes first, where publish-date order would bury it
        query: dict[str, Any] = {
            "per_page": WP_PER_PAGE,
            "page": page,
            "orderby": "modified",
            "order": "desc",
            "_fields": "link,date_gmt,modified_gmt",
        }
        if self.judge.horizon:
            query["after"] = self.judge.horizon.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        return self._root(WP_POSTS_PATH) + "?" + urlencode(query)

    def parse_wp_posts(self, response: Response) -> Iterator[Request]:
        walk = self.walk_of(response)
        if not self._page_ok(response, walk):
            return
        entries = discovery.parse_wp_posts(response.body, response.url)
        page = response.meta["page"]
        total = int(response.headers.get("X-WP-TotalPages", b"1") or 1)
        wanted = self.judge.page(walk, entries, has_next=page < total)
        yield from self._articles(wanted, "wp-json", strict=False)
        if walk.stop is None:
            request = self._discover(
                walk, self._wp_url(page + 1), self.parse_wp_posts, page=page + 1
            )
            if request is not None:
                yield request
