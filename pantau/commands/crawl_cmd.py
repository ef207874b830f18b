"""`pantau portals list | check | docs | capture`: the portal registry from the command line.

(`pantau crawl` itself belongs to the flows commands; it runs crawlers.runner.run_crawl.)
The registry is imported inside the commands: it loads the region data, which every other
`pantau` command (and `--help`) would otherwise pay for.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.core.config import data_dir, settings
from pipeline.core.errors import InputError


def _selected(
    province: str | None, status: str | None, names: list[str] | None = None
) -> list[Any]:
    from crawlers.portals import STATUSES, registry, select

    if status and status not in STATUSES:
        raise InputError(f"--status {status!r}: expected one of {', '.join(STATUSES)}")
    portals = list(registry().values())
    if names:
        unknown = sorted(set(names) - set(registry()))
        if unknown:
            raise InputError(
                f"unknown portal(s) {unknown}; `pantau portals list` shows the registry"
            )
        portals = [p for p in portals if p.name in names]
    return select(portals, province=province, status=status)


def register(app: typer.Typer) -> None:
    portals_app = typer.Typer(
        help="The portal registry: list, probe, document.", no_args_is_help=True
    )

    @portals_app.command("list")
    def list_portals(
        province: str | None = typer.Option(
            None, "--province", help="Province name (substring) or region code prefix."
        ),
        status: str | None = typer.Option(
            None, "--status", help="stable | quarantined | unverified | deprecated"
        ),
        as_json: bool = typer.Option(False, "--json", help="One JSON record per line."),
    ) -> None:
        """Print the registry (optionally filtered)."""
        portals = _selected(province, status)
        for p in portals:
            if as_json:
                typer.echo(json.dumps(p.to_dict(), ensure_ascii=False))
            else:
                typer.echo(
                    f"{p.name:<28} {p.status:<11} {p.kind:<10} {p.region_code:<6} {p.base_url}"
                )
        if not as_json:
            typer.echo(f"{len(portals)} portal(s)", err=True)

    @portals_app.command("check")
    def check(
        names: Annotated[
            list[str] | None, typer.Argument(help="Portal names (default: the selection).")
        ] = None,
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
        results = check_portals(
            portals, user_agent=settings().crawl.user_agent, timeout=timeout, workers=workers
        )
        for r in results:
            verdict = "ok " if r["ok"] else "ERR"
            typer.echo(
                f"{verdict} {r['name']:<28} {r.get('status') or '-':<4} {r.get('final_url') or r.get('error', '')}"
            )
        path = record(results, data_dir())
        typer.echo(
            f"{sum(r['ok'] for r in results)}/{len(results)} answered; recorded in {path}", err=True
        )

    @portals_app.command("docs")
    def docs(
        check_only: bool = typer.Option(
            False, "--check", help="Exit 1 if docs/portals.md is stale; write nothing."
        ),
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

    @portals_app.command("capture")
    def capture(
        url: str = typer.Argument(..., help="An article page of the portal."),
        portal: str = typer.Option(
            ..., "--portal", help="The portal (its record carries the selectors)."
        ),
        html_file: str | None = typer.Option(
            None, "--html", help="Read the page from this file, not the network."
        ),
        synthetic: bool = typer.Option(
            False, "--synthetic", help="The file was written by the project in the site's shape."
        ),
        now: str | None = typer.Option(
            None, "--now", help="Fetch time to record (ISO; default: now)."
        ),
        overwrite: bool = typer.Option(
            False, "--overwrite", help="Replace a page captured before."
        ),
        out: str | None = typer.Option(
            None, "--out", help="Fixture folder (default: tests/fixtures/pages)."
        ),
    ) -> None:
        """Capture an article page as the portal parser's test fixture; propose its expected JSON."""
        from pantau.capture import capture as capture_page

        try:
            stamp = datetime.fromisoformat(now) if now else None
        except ValueError as exc:
            raise InputError(
                f"--now {now!r}: expected an ISO time such as 2026-11-23T12:00:00+07:00"
            ) from exc
        page = capture_page(
            url,
            portal,
            user_agent=settings().crawl.user_agent,
            html_file=Path(html_file) if html_file else None,
            synthetic=synthetic,
            now=stamp,
            overwrite=overwrite,
            out_dir=Path(out) if out else None,
        )
        typer.echo(json.dumps(page.expected, ensure_ascii=False, indent=1))
        typer.echo(
            f"wrote {page.path} (+ .html.gz): check the proposal, list boilerplate the body must not "
            "contain under must_not_contain, then run the parser tests",
            err=True,
        )

    app.add_typer(portals_app, name="portals")
