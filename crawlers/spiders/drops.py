"""The spider's failure callbacks: every request it loses is counted under a pipeline.core.errors.Reason.

Refusals by robots.txt, offsite and address checks are counted where they happen; what reaches
these callbacks uncounted (network errors, redirect loops, decompression bombs) is counted here.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawlers.classify import reason_for_failure, reason_for_refusal
from crawlers.middlewares import drop_key
from pipeline.core.errors import Reason


class DropCounting:
    """Mixin of PortalSpider (needs `crawler` and `logger`)."""

    crawler: Any
    logger: Any

    def on_dropped(self, request: Request, spider: Spider) -> None:
        """A redirect back to a URL already requested (a redirect loop) is dropped by the duplicate
        filter before REDIRECT_MAX_TIMES applies: count it as the loop it is."""
        if request.meta.get("redirect_urls"):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(drop_key(Reason.REDIRECT_LOOP))
            self.logger.warning(
                "redirect loop dropped: %s",
                " -> ".join([*request.meta["redirect_urls"], request.url]),
            )

    def _count_refusal(self, failure: Failure) -> None:
        reason = reason_for_refusal(failure)
        if reason is not None:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(drop_key(reason))
            self.logger.warning(
                "%s dropped: %s", getattr(failure, "request", "request"), reason.value
            )

    def discovery_error(self, failure: Failure) -> None:
        if failure.check(IgnoreRequest):
            self._count_refusal(failure)  # the others are counted where refused (robots, safety)
            return
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("pantau/discovery_errors")
        self.logger.warning("discovery request failed: %s", failure.getErrorMessage())

    def article_error(self, failure: Failure) -> None:
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            self._count_refusal(failure)  # robots / safety refusals are counted where they happen
            return
        reason = reason_for_failure(failure)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(drop_key(reason))
        url = getattr(failure, "request", None) and failure.request.url  # type: ignore[attr-defined]
        self.logger.warning(
            "article %s dropped: %s (%s)", url, reason.value, failure.getErrorMessage()
        )
