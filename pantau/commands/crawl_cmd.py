"""`pantau portals list | check | docs`: the portal registry from the command line.

(`pantau crawl` itself belongs to the flows commands; it runs crawlers.runner.run_crawl.)
The registry is imported inside the commands: it loads the region data, which every other
`pantau` command (and `--help`) would otherwise pay for.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from pipeline.core.config import data_dir, settings
from pipeline.core.errors import InputError


def _selected(province: str | None, status: str | None, names: list[str] | None = None) -> list:
    from crawlers.portals import STATUSES, registry, select

    if status and status not in STATUSES:
        raise InputError(f"--status {status!r}: expected one of {', '.join(STATUSES)}")
    portals = list(registry().values())
    if names:
        unknown = sorted(set(names) - set(registry()))
        if unknown:
            raise InputError(f"unknown portal(s) {unknown}; `pantau portals list` shows the registry")
        portals = [p for p in portals if p.name in names]
    return select(portals, province=province, status=status)


def register(app: typer.Typer) -> None:
    portals_app = typer.Typer(help="The portal registry: list, probe, document.", no_args_is_help=True)

    @portals_app.command("list")
    def list_portals(
        province: str | None = typer.Option(None, "--province", help="Province name (substring) or region code prefix."),
        status: str | None = typer.Option(None, "--status", help="stable | quarantined | unverified | deprecated"),
        as_json: bool = typer.Option(False, "--json", help="One JSON record per line."),
    ) -> None:
        """Print the registry (optionally filtered)."""
        portals = _selected(province, status)
        for p in portals:
            if as_json:
                typer.echo(json.dumps(p.to_dict(), ensure_ascii=False))
            else:
                typer.echo(f"{p.name:<28} {p.status:<11} {p.kind:<10} {p.region_code:<6} {p.base_url}")
        if not as_json:
            typer.echo(f"{len(portals)} portal(s)", err=True)

    @portals_app.command("check")
    def check(
        names: Annotated[list[str] | None, typer.Argument(help="Portal names (default: the selection).")] = None,
        province: str | None = typer.Option(None, "--province"),
        status: str | None = typer.Option(None, "--status"),
        limit: int = typer.Option(0, "--limit", help="Probe at most N portals (0: all selected)."),
        timeout: float = typer.Option(10.0, "--timeout", help="Seconds per probe."),
        workers: int = typer.Option(8, "--workers", help="Probes at the same time."),
    ) -> None:
        """Fetch each portal's base URL; record status and final URL in <data>/state/portal_checks.json."""
        from crawlers.portals.check import check_portals, record

        portals = _selected(province, status, names)
        portals = portals[:limit] if limit else portals
        results = check_portals(portals, user_agent=settings()["crawl"]["user_agent"], timeout=timeout, workers=workers)
        for r in results:
            verdict = "ok " if r["ok"] else "ERR"
            typer.echo(f"{verdict} {r['name']:<28} {r.get('status') or '-':<4} {r.get('final_url') or r.get('error', '')}")
        path = record(results, data_dir())
        typer.echo(f"{sum(r['ok'] for r in results)}/{len(results)} answered; recorded in {path}", err=True)

    @portals_app.command("docs")
    def docs(
        check_only: bool = typer.Option(False, "--check", help="Exit 1 if docs/portals.md is stale; write nothing."),
    ) -> None:
        """Regenerate docs/portals.md from the registry."""
        from crawlers.portals import registry
        from crawlers.portals.docs import DOCS_PATH, render, write

        if check_only:
            current = DOCS_PATH.read_text(encoding="utf-8") if DOCS_PATH.exists() else ""
            if current != render(registry().values()):
                typer.echo(f"{DOCS_PATH} is stale: run `pantau portals docs`", err=True)
                raise typer.Exit(1)
            typer.echo(f"{DOCS_PATH} is up to date")
            return
        typer.echo(f"wrote {write(registry().values())}")

    app.add_typer(portals_app, name="portals")
