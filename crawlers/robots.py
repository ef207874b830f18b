"""robots.txt fetched once per host and crawl.

The spider reads robots.txt for its Sitemap lines (even where robots.txt disallows everything
else) and Scrapy's RobotsTxtMiddleware reads it for the rules. This subclass keeps the response
it downloaded for the rules and answers the spider's own robots.txt request (meta
`pantau_robots`) with it, so the site sees one robots.txt request. When robots.txt is not obeyed
(ROBOTSTXT_OBEY off) the middleware is disabled and the spider's request is downloaded as before;
when the rules' download failed, the spider's request goes to the network once more.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

ROBOTS_META = "pantau_robots"  # request meta marking the spider's own robots.txt request


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
        self._responses[netloc] = response
        await super()._parse_robots(response, netloc, request)
