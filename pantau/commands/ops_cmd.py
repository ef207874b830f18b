"""Operations: `pantau demo | crawl | process | run | serve` (monitoring: monitor_cmd).

`flows` and the modules that use the store are imported inside the commands: importing `flows`
sets Prefect's environment for this process (and Prefect takes seconds to import), so
`pantau --help` stays fast and commands that need no Prefect never touch it.
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from pipeline.core.config import settings

# wide enough for the tables when the output goes to a file or a pipe
console = Console(width=None if sys.stdout.isatty() else 120)

PORTAL_OPT = typer.Option(None, "--portal", "-p", help="A registry portal name (repeatable).")
SELECT_OPT = typer.Option(
    None,
    "--select",
    help='A portal selector: all, "status:stable", "province:banten", "kind:city".',
)
URL_OPT = typer.Option(None, "--url", help="Crawl any site from its base URL (repeatable).")
MAX_OPT = typer.Option(
    0, "--max-pages", min=0, help="Stop each portal after N new article pages (0: no limit)."
)
RUNNER_OPT = typer.Option(
    None, "--runner", help="Task runner for processing: default (threads) or dask."
)
PRIVATE_OPT = typer.Option(
    False, "--allow-private", help="Allow 127.0.0.1 / private addresses (local test sites)."
)
SINCE_OPT = typer.Option(
    None, "--since", help="Horizon: walk back to this date, e.g. 2025-01-01 (default: crawl.since)."
)


def configured_data_dir() -> Path:
    return settings().data_dir


def _locked(what: str) -> AbstractContextManager[None]:
    """The data folder's write lock, taken before Prefect starts: a refused run stops at once."""
    from flows.run_lock import run_lock

    return run_lock(configured_data_dir(), what)


def _check_runner(runner: str | None) -> None:
    from flows.dask_runner import check_runner

    check_runner(runner, settings())


def _print_crawl(result: dict[str, Any]) -> None:
    from pantau.summary import crawl_table

    console.print(crawl_table(result["crawls"]))
    for portal, problems in result.get("problems", {}).items():
        console.print(f"[yellow]flagged[/yellow] {portal}: {'; '.join(problems)}")
    for line in result.get("alerts", []):
        console.print(f"alert: {line}")


def _check_targets(portal: list[str] | None, select: str | None, url: list[str] | None) -> None:
    """Refuse a bad portal, selector or URL before Prefect starts (which takes seconds)."""
    from crawlers.portals import registry
    from flows.schedules import resolve_selector
    from flows.targets import build_targets

    names = list(portal or []) + (resolve_selector(select, registry()) if select else [])
    build_targets(sorted(set(names)), urls=url)


def demo() -> None:
    """Serve the bundled demo portals, crawl, clean, extract and store them; print a summary."""
    with _locked("pantau demo"):
        from flows.full import demo_flow
        from flows.progress import progress_bars
        from pantau.demo import expected_counts
        from pantau.summary import print_demo, print_process

        console.print(
            "Pantau demo: serving 3 fictional portals on 127.0.0.1 (embedded Prefect; the first start "
            "takes a while)"
        )
        with progress_bars():
            result = demo_flow(data_dir=str(configured_data_dir()))
    _print_crawl(result["crawl"])
    print_process(console, result["process"])
    if not print_demo(console, configured_data_dir(), result, expected_counts()):
        console.print(
            "[red]the stored demo articles differ from the demo's own article count[/red]"
        )
        raise typer.Exit(1)


def crawl(
    portal: list[str] | None = PORTAL_OPT,
    select: str | None = SELECT_OPT,
    url: list[str] | None = URL_OPT,
    max_pages: int = MAX_OPT,
    allow_private: bool = PRIVATE_OPT,
    since: str | None = SINCE_OPT,
) -> None:
    """Crawl portals (each in its own Scrapy subprocess) into data/raw; records crawl_runs.

    A portal's first crawl is a backfill back to the horizon; later ones walk every listing and
    feed until a page holds only articles already stored."""
    from crawlers.spiders.args import horizon_from

    _check_targets(portal, select, url)
    horizon_from(since, 0)  # a bad date is refused before Prefect starts
    with _locked("pantau crawl"):
        from crawlers.runner import stop_on_signals
        from flows.crawl import crawl_flow
        from flows.progress import progress_bars

        with progress_bars(), stop_on_signals():
            result = crawl_flow(
                portals=portal,
                selector=select,
                urls=url,
                max_pages=max_pages,
                allow_private=allow_private,
                data_dir=str(configured_data_dir()),
                since=since,
            )
    _print_crawl(result)
    _exit_if_interrupted()


def _exit_if_interrupted() -> None:
    """After Ctrl-C / SIGTERM the crawls stopped and were recorded: say so, exit 130 (as a shell does)."""
    from crawlers.runner import shutdown_requested

    if shutdown_requested():
        console.print(
            "interrupted: the crawls were stopped; pages fetched so far and the runs are recorded"
        )
        raise typer.Exit(130)


def process(
    reprocess: bool = typer.Option(False, "--reprocess", help="Process every stored page again."),
    runner: str | None = RUNNER_OPT,
) -> None:
    """Clean, deduplicate, extract and store every crawled page not processed yet."""
    _check_runner(runner)
    with _locked("pantau process"):
        from flows.full import run_processing
        from flows.progress import progress_bars
        from pantau.summary import print_process

        with progress_bars():
            summary = run_processing(configured_data_dir(), runner, settings(), reprocess=reprocess)
    print_process(console, summary)


def run(
    portal: list[str] | None = PORTAL_OPT,
    select: str | None = SELECT_OPT,
    url: list[str] | None = URL_OPT,
    max_pages: int = MAX_OPT,
    allow_private: bool = PRIVATE_OPT,
    runner: str | None = RUNNER_OPT,
) -> None:
    """Crawl, then process: the full run as one Prefect flow."""
    _check_runner(runner)
    _check_targets(portal, select, url)
    with _locked("pantau run"):  # one lock over crawl + process
        from crawlers.runner import stop_on_signals
        from flows.full import full_flow
        from flows.progress import progress_bars
        from pantau.summary import print_process

        with progress_bars(), stop_on_signals():
            result = full_flow(
                portals=portal,
                selector=select,
                urls=url,
                max_pages=max_pages,
                allow_private=allow_private,
                runner=runner,
                data_dir=str(configured_data_dir()),
            )
    _print_crawl(result["crawl"])
    print_process(console, result["process"])
    for line in result["alerts"]:
        console.print(f"alert: {line}")
    _exit_if_interrupted()


def serve(
    check: bool = typer.Option(
        False, "--check", help="Validate the schedules and print them; do not serve."
    ),
    port: int = typer.Option(
        0, "--port", min=0, max=65535, help="Port of the local Prefect server (0: a free one)."
    ),
) -> None:
    """Run the config's schedules as Prefect deployments until Ctrl-C (starts a local server)."""
    from flows.schedules import parse_schedules

    schedules = parse_schedules(settings().schedules)
    for s in schedules:
        what = "crawl + process" if s.process else "crawl"
        portals = s.selector if isinstance(s.selector, str) else ", ".join(s.selector)
        console.print(f"{s.name}: {s.cron} ({s.timezone}) -> {what} of {portals}")
    if check:
        console.print(f"{len(schedules)} schedule(s) valid.")
        return
    if not schedules:
        raise typer.BadParameter("no [[schedules]] in the config: nothing to serve")
    from flows.prefect_env import configure, prefect_home, running_server

    home = prefect_home(configured_data_dir())
    already = running_server(home)
    if already:
        raise typer.BadParameter(
            f"a pantau serve server is already running for this data folder at {already}"
        )
    from flows.serve import serve_schedules

    serve_schedules(schedules, configure(), port)


def register(app: typer.Typer) -> None:
    for command in (demo, crawl, process, run, serve):
        app.command(command.__name__)(command)
