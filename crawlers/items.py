"""Items: one fetched article page, shaped like a row of the `pages` table (pipeline.core.schema.PAGES)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from scrapy.http import Response, TextResponse

# response headers worth keeping with the page (revalidation, provenance, encoding)
KEPT_HEADERS = (
    "content-type",
    "content-length",
    "last-modified",
    "etag",
    "date",
    "server",
    "content-language",
)


def kept_headers(response: Response) -> dict[str, str]:
    out = {}
    for name in KEPT_HEADERS:
        value = response.headers.get(name)
        if value is not None:
            out[name] = value.decode("latin-1")
    return out


def page_row(
    response: Response, *, url: str, portal: str, province: str, run_id: str, via: str
) -> dict[str, Any]:
    """A PAGES row for an article response (html kept as raw bytes; Parquet compresses it)."""
    headers = kept_headers(response)
    return {
        "url": url,
        "final_url": response.url,
        "portal": portal,
        "province": province,
        "fetched_at": datetime.now(UTC),
        "status": response.status,
        "content_type": headers.get("content-type", "").split(";")[0].strip().lower() or None,
        "encoding": response.encoding if isinstance(response, TextResponse) else None,
        "headers": json.dumps(headers, ensure_ascii=False, sort_keys=True),
        "html": response.body,
        "sha256": hashlib.sha256(response.body).hexdigest(),
        "run_id": run_id,
        "discovered_via": via,
        # full headers for the optional WARC copy (crawlers.warc); not a PAGES column
        "_http_headers": [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, values in response.headers.items()
            for value in values
        ],
    }
