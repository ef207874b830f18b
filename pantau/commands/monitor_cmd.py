"""Monitoring: `pantau runs | report | canary`: recent flow runs, portal health, a live check.

Commands import what they need inside, as in ops_cmd: `pantau --help` stays fast.
"""

from __future__ import annotations

import json

import typer
from rich.table import Table

from pantau.commands.ops_cmd import (
    PORTAL_OPT,
    PRIVATE_OPT,
    SELECT_OPT,
    configured_data_dir,
    console,
)
from pipeline.core.config import settings


def runs(
    limit: int = typer.Option(20, "--limit", min=1, max=500, help="How many runs to show."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List recent flow runs and their states."""
    from pantau.runs import recent_runs

    rows = recent_runs(limit)
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table(title="Recent runs")
    for column in ("start", "flow", "run", "state", "seconds"):
        table.add_column(column)
    for r in rows:
        seconds = f"{r['seconds']:.1f}" if r["seconds"] is not None else "-"
        state = f"[red]{r['state']}[/red]" if r.get("problem") else r["state"]
        table.add_row(r["start"], r["flow"], r["run"], state, seconds)
    console.print(table if rows else "No flow runs recorded yet.")


def report(
    portal: list[str] | None = PORTAL_OPT,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    alert: bool = typer.Option(
        False, "--alert", help="Also send the alert hook for failing portals and flow runs."
    ),
) -> None:
    from pantau.summary import print_report

    code = print_report(
        console,
        configured_data_dir(),
        settings(),
        portals=portal or None,
        as_json=as_json,
        alert=alert,
    )
    if code:
        raise typer.Exit(code)


# one line per paragraph, so --help wraps it to the terminal
report.__doc__ = "\n\n".join(
    (
        "Per-portal health, plus Late / Crashed flow runs when a Prefect server is running.",
        "A portal is flagged when its latest crawl failed or found nothing, its error rate is too high, or its "
        "newest article is older than monitoring.silent_days. The silence of a portal served from a loopback "
        "address (the bundled demo, test sites) is shown but not counted; its crawl failures are.",
        "Exit codes: 0 = no stable portal fails and no flow run is Late or Crashed (within "
        "monitoring.flow_run_window_hours); 1 = a stable portal fails or a flow run is Late / Crashed; "
        "2 = bad usage or configuration.",
    )
)


def canary(
    portal: list[str] | None = PORTAL_OPT,
    select: str | None = SELECT_OPT,
    allow_private: bool = PRIVATE_OPT,
) -> None:
    """Fetch one recent article per portal and check its title, date and body; exits 1 on a failure."""
    from crawlers.portals import registry
    from flows.schedules import resolve_selector
    from flows.targets import build_targets, record_targets, seen_records
    from pantau.canary import canary_portal

    seen = seen_records(configured_data_dir() / "state")
    names = list(portal or []) + (resolve_selector(select, registry()) if select else [])
    if not names:
        raise typer.BadParameter(
            "name a portal (--portal NAME) or a selector (--select status:stable)"
        )
    adhoc = [n for n in names if n not in registry() and n in seen]
    targets = build_targets([n for n in names if n not in adhoc]) + record_targets(
        [seen[n] for n in adhoc]
    )
    failed = False
    for target in targets:
        result = canary_portal(target, allow_private=allow_private)
        mark = "[green]ok[/green]" if result.ok else "[red]FAIL[/red]"
        console.print(
            f"{mark} {result.portal}: {result.url or '-'} | {result.title or '-'} | "
            f"{result.published or '-'} | {result.words} words " + "; ".join(result.problems)
        )
        failed = failed or not result.ok
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    for command in (runs, report, canary):
        app.command(command.__name__)(command)
