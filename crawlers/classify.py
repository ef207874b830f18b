"""Map a failed download to a pipeline.core.errors.Reason, so drops are counted in one vocabulary."""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from pipeline.core.errors import Reason


def reason_for_failure(failure: Failure) -> Reason:
    """TOO_LARGE for a download cut at DOWNLOAD_MAXSIZE, TIMEOUT, else HTTP_ERROR (status, DNS, ...)."""
    if failure.check(DownloadCancelledError) or "max size" in failure.getErrorMessage():
        return Reason.TOO_LARGE
    if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
        return Reason.TIMEOUT
    if failure.check(HttpError):
        return Reason.HTTP_ERROR
    return Reason.HTTP_ERROR


def reason_for_refusal(failure: Failure) -> Reason | None:
    """The drop reason of an IgnoreRequest nobody counted yet: a redirect chain cut at
    REDIRECT_MAX_TIMES, or a compressed body that expands beyond DOWNLOAD_MAXSIZE (a gzip bomb).
    Robots, offsite and address refusals are counted where they happen: None."""
    message = failure.getErrorMessage()
    if "max redirections" in message:
        return Reason.REDIRECT_LOOP
    if "DOWNLOAD_MAXSIZE" in message:
        return Reason.TOO_LARGE
    return None
