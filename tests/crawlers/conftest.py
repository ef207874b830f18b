"""Helpers for crawl tests: fast politeness overrides and reading back the stored pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from crawlers.portals import Portal
from crawlers.state import pages_dir
from pipeline.core.parquet_io import parquet_files

# politeness off for loopback fixtures; retries back off 50 ms instead of 2 s
FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "PANTAU_RETRY_BACKOFF": 0.05,
}


def fixture_portal(base_url: str, name: str = "fixture", **fields: Any) -> Portal:
    politeness = {**FAST, **fields.pop("politeness", {})}
    return Portal(name=name, base_url=base_url, politeness=politeness, **fields)


def stored_rows(data_dir: Path, portal: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in parquet_files(pages_dir(data_dir, portal)):
        rows += pq.read_table(
            path, columns=["url", "final_url", "status", "discovered_via", "run_id", "sha256"]
        ).to_pylist()
    return rows


def article_requests(log: list[str], marker: str) -> list[str]:
    return [p for p in log if marker in p]
