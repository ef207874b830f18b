"""docs/portals.md, generated from the registry (`pantau portals docs`; a test checks it is current)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from crawlers.portals.model import Portal

DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "portals.md"

_HEADER = """# Portal registry

Generated from `crawlers/portals/` by `pantau portals docs`; do not edit by hand
(`tests/crawlers/test_portals.py` fails when this file is stale).

Hand-written records live in `crawlers/portals/id/<province>.py`; the official portal of every
province, regency and city is generated from the `lokal` region data and the `.go.id` naming
pattern (`crawlers/portals/domains.py` holds the exceptions). Status `unverified` means no real
fetch has confirmed the address yet (`pantau portals check` probes them).
"""


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|")


def render(portals: Iterable[Portal]) -> str:
    portals = list(portals)
    by_province: dict[str, list[Portal]] = defaultdict(list)
    for portal in portals:
        by_province[portal.province or "(none)"].append(portal)
    statuses = Counter(p.status for p in portals)
    kinds = Counter(p.kind for p in portals)
    lines = [_HEADER]
    lines.append(
        f"{len(portals)} portals. By status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))
        + "."
    )
    lines.append("By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".\n")
    order = sorted(
        by_province, key=lambda name: min(p.region_code or "99" for p in by_province[name])
    )
    for province in order:
        lines.append(f"## {province}\n")
        lines.append("| name | kind | base URL | region | status | parser | tz | discovery |")
        lines.append("|---|---|---|---|---|---|---|---|")
        for p in sorted(by_province[province], key=lambda p: (p.region_code, p.name)):
            lines.append(
                f"| {p.name} | {p.kind} | {_cell(p.base_url)} | {p.region_code} | {p.status} "
                f"| {_cell(p.parser)} | {p.timezone} | {', '.join(p.discovery)} |"
            )
        lines.append("")
    return "\n".join(lines)


def write(portals: Iterable[Portal], path: Path = DOCS_PATH) -> Path:
    path.write_text(render(portals), encoding="utf-8")
    return path
