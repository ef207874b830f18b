"""Markdown artifacts of each run (Prefect UI / API): articles per portal, errors, new entities."""

from __future__ import annotations

from typing import Any

from prefect.artifacts import create_markdown_artifact
from prefect.context import FlowRunContext

from pantau.monitoring import PortalHealth


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def crawl_markdown(
    run_id: str, results: list[dict[str, Any]], health: list[PortalHealth], alerts: list[str]
) -> str:
    problems = {h.portal: "; ".join(h.problems) for h in health}
    rows = [
        [
            s.get("portal"),
            s.get("status"),
            s.get("pages", 0),
            s.get("articles", 0),
            s.get("new_articles", 0),
            s.get("errors", 0),
            problems.get(s.get("portal", ""), "") or "-",
        ]
        for s in results
    ]
    parts = [
        f"# Crawl run `{run_id}`",
        _table(["portal", "status", "pages", "articles", "new pages", "errors", "problems"], rows),
    ]
    if alerts:
        parts += ["## Alerts", "\n".join(f"- {a}" for a in alerts)]
    return "\n\n".join(parts)


def process_markdown(summary: dict[str, Any]) -> str:
    per_portal = summary.get("articles_per_portal", {})
    parts = [
        "# Processing",
        f"{summary.get('pages', 0)} pages read, {summary.get('stored', 0)} articles stored "
        f"({summary.get('duplicates', 0)} duplicates, {summary.get('relevant', 0)} relevant), "
        f"{summary.get('mentions', 0)} mentions.",
        "## Articles per portal",
        _table(["portal", "articles"], [[p, n] for p, n in sorted(per_portal.items())])
        if per_portal
        else "none",
    ]
    drops = summary.get("drops", {})
    if drops:
        parts += [
            "## Dropped pages",
            _table(["reason", "pages"], [[r, n] for r, n in sorted(drops.items())]),
        ]
    errors = summary.get("errors", [])
    if errors:
        parts += ["## Errors", "\n".join(f"- {e}" for e in errors[:50])]
    new_entities = summary.get("new_entities", [])
    if new_entities:
        parts += [
            f"## New entities ({len(new_entities)})",
            _table(["type", "name"], [[e["type"], e["name"]] for e in new_entities[:100]]),
        ]
    return "\n\n".join(parts)


def publish(key: str, markdown: str, description: str) -> None:
    """Attach `markdown` to the current flow run (a no-op outside a flow run)."""
    if FlowRunContext.get() is None:
        return
    create_markdown_artifact(key=key, markdown=markdown, description=description)
