"""Retry backoff arithmetic and failure classification."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest
from twisted.python.failure import Failure

from crawlers.classify import reason_for_failure, reason_for_refusal
from crawlers.middlewares import backoff_delay, retry_after_seconds
from pipeline.errors import Reason


@pytest.mark.parametrize(
    ("attempt", "retry_after", "expected"),
    [(0, None, 0.0), (1, None, 2.0), (2, None, 4.0), (3, None, 8.0), (1, 30.0, 30.0), (6, None, 60.0), (1, 999.0, 60.0)],
)
def test_backoff_doubles_honours_retry_after_and_is_capped(attempt: int, retry_after: float | None, expected: float) -> None:
    assert backoff_delay(attempt, base=2.0, cap=60.0, retry_after=retry_after) == expected


@pytest.mark.parametrize(("header", "seconds"), [(b"120", 120.0), (b"Wed, 21 Oct 2026 07:28:00 GMT", None), (None, None), (b"-5", 0.0)])
def test_retry_after_header_is_read_in_seconds(header: bytes | None, seconds: float | None) -> None:
    assert retry_after_seconds(header) == seconds


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (DownloadCancelledError("Cancelling download: expected response size larger than download max size"), Reason.TOO_LARGE),
        (DownloadTimeoutError("took longer than 30 seconds"), Reason.TIMEOUT),
        (ConnectionError("refused"), Reason.HTTP_ERROR),
    ],
)
def test_download_failures_map_to_drop_reasons(error: Exception, reason: Reason) -> None:
    assert reason_for_failure(Failure(error)) is reason


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("max redirections reached", Reason.REDIRECT_LOOP),
        ("Ignored response <200 http://x/a> because its body (9 B compressed, 99 B decompressed so far) "
         "exceeded DOWNLOAD_MAXSIZE (50 B) during decompression.", Reason.TOO_LARGE),
        ("Forbidden by robots.txt", None),  # counted by the robots middleware
        ("Filtered offsite request to 'x.invalid'", None),  # counted by the offsite middleware
    ],
)
def test_refusals_nobody_counted_get_a_drop_reason(message: str, reason: Reason | None) -> None:
    assert reason_for_refusal(Failure(IgnoreRequest(message))) is reason
