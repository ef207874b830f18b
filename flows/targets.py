"""What a crawl run visits: registry portals, ad-hoc portal records (demo, fixtures) or bare URLs.

Plain data and pure functions, no Prefect: the CLI, the schedules and the flows share them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crawlers.portals import get_portal, registry
from crawlers.portals.model import portal_for_url
from crawlers.runid import default_run_id
from pipeline.core.errors import InputError

PORTALS_SEEN = "portals_seen.json"  # ad-hoc portal records, so reports know their status


@dataclass(frozen=True)
class CrawlTarget:
    """One spider run: exactly one of a registry name, a portal record or a URL."""

    name: str
    record: dict[str, Any] | None = None
    url: str | None = None

    def label(self) -> str:
        return self.url or self.name


def new_run_id(now: datetime | None = None) -> str:
    """A UTC timestamp plus a random suffix: two runs in the same second never share an id."""
    return default_run_id(now)


def registry_targets(names: list[str]) -> list[CrawlTarget]:
    return [CrawlTarget(name=get_portal(name).name) for name in names]


def record_targets(records: list[dict[str, Any]]) -> list[CrawlTarget]:
    out = []
    for record in records:
        name = record.get("name") if isinstance(record, dict) else None
        if not isinstance(name, str) or not name:
            raise InputError(f"portal record without a name: {record!r}")
        out.append(CrawlTarget(name=name, record=dict(record)))
    return out


def url_targets(urls: list[str]) -> list[CrawlTarget]:
    return [CrawlTarget(name=portal_for_url(url).name, url=url) for url in urls]


def build_targets(
    portals: list[str] | None = None,
    records: list[dict[str, Any]] | None = None,
    urls: list[str] | None = None,
) -> list[CrawlTarget]:
    targets = [
        *registry_targets(portals or []),
        *record_targets(records or []),
        *url_targets(urls or []),
    ]
    if not targets:
        raise InputError("nothing to crawl: name a portal (--portal NAME) or a URL (--url URL)")
    names = [t.name for t in targets]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise InputError(f"portal named twice in one run: {', '.join(repeated)}")
    return targets


def remember_records(state_dir: Path, targets: list[CrawlTarget]) -> None:
    """Keep the records of ad-hoc portals (not in the registry) for reports and canaries."""
    fresh = {t.name: t.record for t in targets if t.record is not None}
    if not fresh:
        return
    known = seen_records(state_dir)
    known.update(fresh)
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / PORTALS_SEEN
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(
        json.dumps(known, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
    )
    os.replace(tmp, path)


def seen_records(state_dir: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((state_dir / PORTALS_SEEN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def portal_status(name: str, state_dir: Path) -> str:
    """The registry status of a portal (stable, unverified, ...); ad-hoc records carry their own."""
    portal = registry().get(name)
    if portal is not None:
        return portal.status
    record = seen_records(state_dir).get(name) or {}
    status = record.get("status")
    return status if isinstance(status, str) else "unverified"
