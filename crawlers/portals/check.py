"""`pantau portals check`: probe portal base URLs and record what answers.

Results are merged into `<data_dir>/state/portal_checks.json` (latest result per portal); the
registry itself is code and changes by review, using these records as evidence.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawlers.portals.model import Portal
from crawlers.runstats import write_json
from crawlers.safety import check_host
from pipeline.core.errors import UnsafeURLError


def probe(
    portal: Portal, *, user_agent: str, timeout: float = 10.0, allow_private: bool = False
) -> dict[str, Any]:
    """One GET of the portal's base URL: status, final URL after redirects, or the error."""
    result: dict[str, Any] = {
        "name": portal.name,
        "url": portal.base_url,
        "checked_at": datetime.now(UTC).isoformat(),
    }
    started = time.monotonic()
    try:
        check_host(urlsplit(portal.base_url).hostname or "", allow_private=allow_private)
        request = urllib.request.Request(portal.base_url, headers={"User-Agent": user_agent})
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only, checked by Portal)
            response.read(65536)
            result.update(
                ok=200 <= response.status < 400, status=response.status, final_url=response.geturl()
            )
    except urllib.error.HTTPError as exc:
        result.update(ok=False, status=exc.code, error=f"HTTP {exc.code}")
    except (urllib.error.URLError, OSError, UnsafeURLError, ValueError) as exc:
        result.update(ok=False, status=None, error=str(getattr(exc, "reason", exc)))
    result["elapsed_s"] = round(time.monotonic() - started, 3)
    return result


def check_portals(
    portals: Iterable[Portal],
    *,
    user_agent: str,
    timeout: float = 10.0,
    workers: int = 8,
    allow_private: bool = False,
) -> list[dict[str, Any]]:
    portals = list(portals)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(
            pool.map(
                lambda p: probe(
                    p, user_agent=user_agent, timeout=timeout, allow_private=allow_private
                ),
                portals,
            )
        )


def record(results: list[dict[str, Any]], data_dir: Path) -> Path:
    """Merge results into state/portal_checks.json (one latest entry per portal)."""
    path = data_dir / "state" / "portal_checks.json"
    try:
        existing: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        existing = {}
    existing.update({r["name"]: r for r in results})
    return write_json(path, dict(sorted(existing.items())))
