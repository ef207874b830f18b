"""What the CLI prints after a run: the demo summary, the health report, crawl and process results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from pantau.alerts import alert_on_failures, alert_on_flow_runs
from pantau.monitoring import PortalHealth, health_from_store
from pantau.runs import check_flow_runs
from pipeline.core.settings_model import Settings
from pipeline.store import TableStore

TOP_N = 5


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def health_table(health: list[PortalHealth]) -> Table:
    """The per-portal table; the problems are printed below it (`health_problems`)."""
    table = Table(title="Portal health")
    table.add_column("portal", no_wrap=True)
    for column in ("status", "health", "last success", "7 d", "30 d", "title", "date", "body"):
        table.add_column(column, no_wrap=True)
    for h in health:
        colour = "red" if h.blocking else ("yellow" if h.problems else "green")
        last = h.last_success.strftime("%Y-%m-%d") if h.last_success else "never"
        table.add_row(
            h.portal,
            f"{h.portal_status} (local)" if h.local else h.portal_status,
            f"[{colour}]{h.health}[/{colour}]",
            last,
            str(h.articles_7d),
            str(h.articles_30d),
            _pct(h.title_coverage),
            _pct(h.date_coverage),
            _pct(h.body_coverage),
        )
    return table


def health_problems(health: list[PortalHealth]) -> list[str]:
    def note(h: PortalHealth) -> str:
        return (
            " (local test site: its silence is not counted)"
            if h.counted_problems != h.problems
            else ""
        )

    return [f"{h.portal}: {'; '.join(h.problems)}{note(h)}" for h in health if h.problems]


def crawl_table(crawls: list[dict[str, Any]]) -> Table:
    table = Table(title="Crawl")
    for column in (
        "portal",
        "status",
        "pages",
        "articles",
        "new pages",
        "errors",
        "finish",
        "stopped at",
    ):
        table.add_column(column, overflow="fold")
    for c in crawls:
        stop = (c.get("coverage") or {}).get(
            "stop_reason"
        ) or "-"  # how far the walks got (crawlers.walks)
        table.add_row(
            str(c.get("portal")),
            str(c.get("status")),
            str(c.get("pages", 0)),
            str(c.get("articles", 0)),
            str(c.get("new_articles", 0)),
            str(c.get("errors", 0)),
            str(c.get("finish_reason")),
            stop,
        )
    return table


def print_process(console: Console, summary: dict[str, Any]) -> None:
    console.print(
        f"Processed {summary['pages']} new pages: {summary['stored']} articles stored "
        f"({summary['duplicates']} duplicates, {summary['relevant']} relevant), {summary['mentions']} mentions, "
        f"{len(summary['new_entities'])} new entities."
    )
    if summary.get("reextracted"):
        console.print(
            f"Extracted again (the extractor changed): {summary['reextracted']} stored articles."
        )
    if summary["drops"]:
        console.print("Dropped: " + ", ".join(f"{r} {n}" for r, n in summary["drops"].items()))
    for line in summary["errors"]:
        console.print(f"[red]error[/red] {line}")
    for line in summary.get("repaired", []):
        console.print(f"[yellow]repaired[/yellow] {line}")


def demo_counts(data_dir: Path, demo_portals: list[str]) -> dict[str, int]:
    articles = TableStore(data_dir).read("articles", ["portal"])
    counts = articles["portal"].value_counts()
    return {name: int(counts.get(name, 0)) for name in demo_portals}


def top_entities(data_dir: Path, kind: str, n: int = TOP_N) -> list[tuple[str, int]]:
    entities = TableStore(data_dir).read("entities", ["type", "name", "n_articles"])
    chosen = entities[entities["type"] == kind].sort_values(
        ["n_articles", "name"], ascending=[False, True]
    )
    return [(str(r.name), int(r.n_articles)) for r in chosen.head(n).itertuples()]


def print_demo(
    console: Console, data_dir: Path, result: dict[str, Any], expected: dict[str, int]
) -> bool:
    """The demo summary; returns False when the stored articles differ from the demo's own count."""
    counts = demo_counts(data_dir, result["demo_portals"])
    table = Table(title="Demo articles per portal")
    for column in ("portal", "articles stored", "articles served"):
        table.add_column(column)
    for name in result["demo_portals"]:
        table.add_row(name, str(counts[name]), str(expected.get(name, "?")))
    table.add_row(
        "[b]total[/b]", f"[b]{sum(counts.values())}[/b]", f"[b]{sum(expected.values())}[/b]"
    )
    console.print(table)
    for kind, label in (("OFFICIAL", "Top officials"), ("ORG", "Top organisations")):
        top = top_entities(data_dir, kind)
        listing = ", ".join(f"{name} ({k})" for name, k in top) or "none found"
        console.print(f"[b]{label}[/b] (articles): {listing}")
    console.print(f'[b]Tables[/b]: {data_dir / "tables"}  (query them: pantau query "SELECT ...")')
    if result.get("note"):
        console.print(f"[yellow]note[/yellow]: {result['note']}")
    return counts == {name: expected.get(name, -1) for name in counts}


def print_report(
    console: Console,
    data_dir: Path,
    config: Settings,
    *,
    portals: list[str] | None = None,
    as_json: bool = False,
    alert: bool = False,
) -> int:
    """`pantau report`: portal health and Late / Crashed flow runs; returns the exit code (0 or 1).

    With --json the output is one object: {"portals": [...], "flow_runs": [...], "flow_runs_note"}.
    """
    monitoring = config.monitoring
    verdict = Console(stderr=True)  # stdout stays clean JSON with --json
    health = health_from_store(data_dir, config, portals=portals)
    stuck, note = check_flow_runs(monitoring)
    if as_json:
        document = {
            "portals": [h.as_dict() for h in health],
            "flow_runs": [p.as_dict() for p in stuck],
            "flow_runs_note": note,
        }
        print(json.dumps(document, indent=2, default=str))  # plain: rich would wrap long lines
    else:
        console.print(health_table(health) if health else "No crawl runs or articles yet.")
        for line in health_problems(health):
            console.print(f"[yellow]flagged[/yellow] {line}")
        for problem in stuck:
            console.print(f"[red]flow run[/red] {problem.text}")
        if note:
            console.print(f"[dim]{note}[/dim]")
    if alert:
        for line in alert_on_failures(health, monitoring, source="report") + alert_on_flow_runs(
            stuck, monitoring, source="report"
        ):
            (verdict if as_json else console).print(f"alert: {line}")
    blocking = [h.portal for h in health if h.blocking]
    if blocking:
        verdict.print(f"[red]failing stable portal(s): {', '.join(blocking)}[/red]")
    if stuck:
        verdict.print(f"[red]{len(stuck)} flow run(s) Late or Crashed[/red]")
    return 1 if blocking or stuck else 0
