"""robots.txt fetched once per host and crawl.

The spider reads robots.txt for its Sitemap lines (even where robots.txt disallows everything
else) and Scrapy's RobotsTxtMiddleware reads it for the rules. This subclass keeps the response
it downloaded for the rules and answers the spider's own robots.txt request (meta
`pantau_robots`) with it, so the site sees one robots.txt request. When robots.txt is not obeyed
(ROBOTSTXT_OBEY off) the middleware is disabled and the spider's request is downloaded as before;
when the rules' download failed, the spider's request goes to the network once more.

The rules follow RFC 9309 (section 2.3.1): only the first 500 KiB are parsed; a 4xx answer means
no rules (crawl what you like); a 5xx answer or a download that failed (a refused or timed-out
connection, a file over DOWNLOAD_MAXSIZE) means the file is unreachable, so everything is
disallowed. A host that does not resolve is left to fail each request under its own reason. Scrapy alone
would read any error page as rules, and allow everything when the download fails.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from crawlers.middlewares import LOOKUP_FAILURES, DnsTimeoutError

ROBOTS_META = "pantau_robots"  # request meta marking the spider's own robots.txt request
NO_HOST = (*LOOKUP_FAILURES, DnsTimeoutError)
ROBOTS_LIMIT = 500 * 1024  # RFC 9309: a crawler must parse at least the first 500 KiB
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"
log = logging.getLogger(__name__)


def rules_body(status: int, body: bytes) -> bytes:
    """The robots.txt text to obey for an answer of `status` (RFC 9309 section 2.3.1)."""
    if status >= 500:
        return DISALLOW_ALL
    if status >= 400:
        return b""
    if status >= 300:  # a redirect not followed (too many hops): unreachable as well
        return DISALLOW_ALL
    if len(body) <= ROBOTS_LIMIT:
        return body
    cut = body.rfind(b"\n", 0, ROBOTS_LIMIT)
    return body[: cut + 1 if cut != -1 else ROBOTS_LIMIT]


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._responses: dict[str, Response] = {}

    async def process_request(self, request: Request, spider: Any = None) -> Response | None:  # type: ignore[override]
        if not request.meta.get(ROBOTS_META):
            await super().process_request(request)
            return None
        await self.robot_parser(request)  # starts the download for this host if none has yet
        fetched = self._responses.get(urlparse_cached(request).netloc)
        if fetched is None:
            return None
        self._stats.inc_value("pantau/robots_shared")
        return fetched.replace(request=request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        self._responses[netloc] = response  # the spider reads its Sitemap lines as they are
        body = rules_body(response.status, response.body)
        if body is DISALLOW_ALL:
            self._stats.inc_value("pantau/robots_unreachable")
            log.warning(
                "robots.txt of %s answered %s: every path disallowed (RFC 9309)",
                netloc,
                response.status,
            )
        await super()._parse_robots(response.replace(body=body), netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, (IgnoreRequest, *NO_HOST)):
            # refused on purpose (an unsafe address), or a host that does not resolve: every
            # request to it fails the same way and is counted under its own reason
            super()._robots_error(exc, netloc)
            return
        self._stats.inc_value("pantau/robots_unreachable")
        log.warning(
            "robots.txt of %s unreachable (%s): every path disallowed (RFC 9309)", netloc, exc
        )
        pending = self._parsers[netloc]
        parser = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)
        self._parsers[netloc] = parser
        if isinstance(pending, Deferred):
            pending.callback(parser)
