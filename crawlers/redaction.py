"""Credentials never reach a log: `http://user:pass@host/` is logged as `http://***@host/`.

Scrapy logs every request URL ("Crawled (200) <GET ...>"), so a URL given with credentials
(--url, a portal record, a redirect) would be written to the crawl log in clear. A filter on the
root handlers rewrites each record's message before any handler formats it.
"""

from __future__ import annotations

import logging
import re

_CREDENTIALS = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s@?#]+@")


def redact_credentials(text: str) -> str:
    return _CREDENTIALS.sub(r"\g<scheme>***@", text) if "@" in text else text


class RedactCredentials(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "@" in message:
            redacted = redact_credentials(message)
            if redacted != message:
                record.msg, record.args = redacted, ()
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Add the filter to every handler of `logger` (the root logger: where Scrapy's handler is)."""
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(f, RedactCredentials) for f in handler.filters):
            handler.addFilter(RedactCredentials())
