"""The listing discovery source of PortalSpider: the homepage, registry listing paths and the
section and date-archive listings they link to, paged by link, template or "load more" JSON.

Each listing is a walk (crawlers.walks) judged by the known URLs, as the feed-like sources are
(crawlers.spiders.sources).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from scrapy import Request
from scrapy.http import Response

from crawlers import paging
from crawlers.listing import read_json_listing, read_listing
from crawlers.walks import Walk


class ListingSources:
    """Mixin of PortalSpider, which provides the walk bookkeeping declared here for the type checker."""

    portal: Any
    judge: Any
    walked: set[str]
    feeds_from_home: Any  # crawlers.spiders.sources.FeedSources

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        @property
        def backfill(self) -> bool: ...

        def walk(self, source: str, start: str) -> Walk: ...

        def walk_of(self, response: Response) -> Walk: ...

        def _discover(self, walk: Walk, url: str, callback: Any, **meta: Any) -> Request | None: ...

        def _page_ok(self, response: Response, walk: Walk) -> bool: ...

        def _on_site(self, url: str) -> bool: ...

        def _articles(self, entries: Any, via: str, *, strict: bool) -> Iterator[Request]: ...

    def _start_home(self) -> Iterator[Request]:
        """The homepage: page 1 of the main listing and the page advertising the feeds."""
        listing = "listing" in self.portal.discovery
        feeds = "feed" in self.portal.discovery and not self.portal.feed_urls
        if listing or feeds:
            walk = self.walk("listing" if listing else "feed", self.portal.base_url)
            self.walked.add(paging.strip_session(self.portal.base_url))
            request = self._discover(
                walk, self.portal.base_url, self.parse_home, listing=listing, feeds=feeds
            )
            if request is not None:
                yield request
        if listing:
            for path in self.portal.listing_paths:
                yield from self._start_listing(urljoin(self.portal.base_url, path))
            if self.portal.pagination:
                yield from self._start_listing(
                    paging.from_template(self.portal.pagination, self.portal.base_url, 1)
                )
            if self.portal.load_more:
                yield from self._start_listing(
                    paging.from_template(self.portal.load_more, self.portal.base_url, 1), json=True
                )

    def _start_listing(self, url: str, *, json: bool = False) -> Iterator[Request]:
        key = paging.strip_session(url)
        if key in self.walked or not self._on_site(url):
            return
        self.walked.add(key)
        walk = self.walk("listing", url)
        request = self._discover(
            walk, url, self.parse_json_listing if json else self.parse_listing, number=1
        )
        if request is not None:
            yield request

    def parse_home(self, response: Response) -> Iterator[Request]:
        if response.meta.get("feeds"):
            yield from self.feeds_from_home(response)
        if response.meta.get("listing"):
            yield from self.parse_listing(response)
        elif self._page_ok(response, self.walk_of(response)):
            self.walk_of(response).stop = "end"  # the homepage only pointed at the feeds

    def parse_listing(self, response: Response) -> Iterator[Request]:
        walk = self.walk_of(response)
        if not self._page_ok(response, walk):
            return
        page = read_listing(response.body, response.url, self.portal.article_pattern)
        number = response.meta.get("number", 1)
        next_url = self._next_listing(response.url, page.next_url, number)
        json_next = page.load_more if not next_url else None
        wanted = self.judge.page(walk, page.articles, has_next=bool(next_url or json_next))
        yield from self._articles(wanted, "listing", strict=True)
        if walk.pages == 1:  # sections linked from a listing's first page start walks of their own
            for url in page.sections + (page.archives if self.backfill else []):
                yield from self._start_listing(url)
        if walk.stop is None and (next_url or json_next):
            callback = self.parse_listing if next_url else self.parse_json_listing
            request = self._discover(walk, next_url or json_next, callback, number=number + 1)  # type: ignore[arg-type]
            if request is not None:
                yield request

    def _next_listing(self, url: str, found: str | None, number: int) -> str | None:
        """The registry's pagination template when the portal has one, else the page's own link."""
        if self.portal.pagination:
            return paging.from_template(
                self.portal.pagination, self.portal.base_url, number + 1, self.portal.page_size
            )
        return found

    def parse_json_listing(self, response: Response) -> Iterator[Request]:
        walk = self.walk_of(response)
        if not self._page_ok(response, walk):
            return
        page = read_json_listing(response.body, response.url, self.portal.article_pattern)
        number = response.meta.get("number", 1)
        if self.portal.load_more:
            page.next_url = paging.from_template(
                self.portal.load_more, self.portal.base_url, number + 1, self.portal.page_size
            )
        wanted = self.judge.page(walk, page.articles, has_next=bool(page.next_url))
        yield from self._articles(wanted, "listing", strict=False)
        if walk.stop is None and page.next_url:
            request = self._discover(
                walk, page.next_url, self.parse_json_listing, number=number + 1
            )
            if request is not None:
                yield request
