"""Spider arguments (strings from `scrapy crawl -a`, objects from crawlers.run) to values."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from crawlers.portals import Portal, get_portal
from crawlers.portals.model import portal_for_url
from pipeline.core.errors import InputError


def resolve_portal(portal: Portal | str | None, portal_json: str | None, url: str | None) -> Portal:
    if isinstance(portal, Portal):
        return portal
    if portal_json:
        try:
            return Portal.from_dict(json.loads(portal_json))
        except json.JSONDecodeError as exc:
            raise InputError(f"--portal-json is not valid JSON: {exc}") from exc
    if url:
        return portal_for_url(url)
    if portal:
        return get_portal(portal)
    raise InputError(
        "name a portal (-a portal=NAME), a JSON portal (-a portal_json=...) or a URL (-a url=...)"
    )


def flag(value: Any) -> bool:
    return value is True or str(value).lower() in {"1", "true", "yes", "on"}


def horizon_from(
    since: str | None, backfill_days: int, now: datetime | None = None
) -> datetime | None:
    """The oldest date a crawl walks back to: `since` (an ISO date or time), else `backfill_days`
    before now (0: no horizon)."""
    if since:
        try:
            stamp = datetime.fromisoformat(str(since))
        except ValueError as exc:
            raise InputError(f"--since {since!r}: expected a date such as 2025-01-31") from exc
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    if backfill_days <= 0:
        return None
    return (now or datetime.now(UTC)) - timedelta(days=backfill_days)
