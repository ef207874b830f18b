"""The full run (crawl, then process) and the demo run, as Prefect flows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from flows.artifacts import publish
from flows.crawl import crawl_flow
from flows.dask_runner import task_runner_for
from flows.process import process_flow
from flows.run_lock import run_lock
from pantau.alerts import alert_on_failures
from pantau.demo_ports import demo_server
from pantau.monitoring import health_from_store
from pipeline.core.config import settings
from pipeline.core.settings_model import Settings


def run_processing(
    folder: Path, runner: str | None, config: Settings, **kwargs: Any
) -> dict[str, Any]:
    """process_flow on the chosen task runner (threads, or Dask)."""
    task_runner = task_runner_for(runner, config)
    chosen = (
        process_flow if task_runner is None else process_flow.with_options(task_runner=task_runner)
    )
    return dict(chosen(data_dir=str(folder), **kwargs))


def full_run(
    *,
    folder: Path,
    config: Settings,
    portals: list[str] | None = None,
    selector: str | None = None,
    records: list[dict[str, Any]] | None = None,
    urls: list[str] | None = None,
    max_pages: int = 0,
    allow_private: bool = False,
    runner: str | None = None,
    alert: bool = True,
) -> dict[str, Any]:
    crawled = crawl_flow(
        portals=portals,
        selector=selector,
        records=records,
        urls=urls,
        max_pages=max_pages,
        allow_private=allow_private,
        alert=False,
        data_dir=str(folder),
    )
    processed = run_processing(folder, runner, config)
    names = sorted({c["portal"] for c in crawled["crawls"]})
    health = health_from_store(folder, config, portals=names)
    alerts = (
        alert_on_failures(health, config.monitoring, source="run", run_id=crawled["run_id"])
        if alert
        else []
    )
    for line in alerts:
        get_run_logger().warning("alert: %s", line)
    lines = [
        f"- {h.portal}: {h.health}" + (f" ({'; '.join(h.problems)})" if h.problems else "")
        for h in health
    ]
    publish(
        "pantau-run", "# Run " + crawled["run_id"] + "\n\n" + "\n".join(lines), "crawl + process"
    )
    return {
        "crawl": crawled,
        "process": processed,
        "health": [h.as_dict() for h in health],
        "alerts": alerts,
    }


@flow(name="pantau-run")
def full_flow(
    portals: list[str] | None = None,
    selector: str | None = None,
    records: list[dict[str, Any]] | None = None,
    urls: list[str] | None = None,
    max_pages: int = 0,
    allow_private: bool = False,
    runner: str | None = None,
    alert: bool = True,
    data_dir: str | None = None,
) -> dict[str, Any]:
    """Crawl the named portals, then clean, extract and store everything new."""
    config = settings()
    folder = Path(data_dir) if data_dir else config.data_dir
    with run_lock(folder, "pantau run"):  # one lock over crawl + process (a no-op under the CLI's)
        return full_run(
            folder=folder,
            config=config,
            portals=portals,
            selector=selector,
            records=records,
            urls=urls,
            max_pages=max_pages,
            allow_private=allow_private,
            runner=runner,
            alert=alert,
        )


@flow(name="pantau-demo")
def demo_flow(data_dir: str | None = None, runner: str | None = None) -> dict[str, Any]:
    """Serve the bundled demo portals on 127.0.0.1, crawl them with the real spiders, process, store."""
    config = settings()
    folder = Path(data_dir) if data_dir else config.data_dir
    with run_lock(folder, "pantau demo"), demo_server(folder / "state") as (records, note):
        result = full_run(
            folder=folder,
            config=config,
            records=records,
            allow_private=True,
            runner=runner,
            alert=False,
        )
    result["demo_portals"] = [r["name"] for r in records]
    result["note"] = note
    return result
