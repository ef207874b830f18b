"""Run ids shared by the crawler and the flows (kept import-light: no registry, no Scrapy)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime


def default_run_id(now: datetime | None = None) -> str:
    """A UTC timestamp plus a random suffix: two crawls started in the same second never share
    an id, so they never overwrite each other's page files or stats."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"
