"""The crawl flow: one Prefect flow per crawl run, one Scrapy subprocess per portal.

Scrapy's reactor cannot restart inside a process, so each portal runs through
`crawlers.runner.run_crawl` (a `python -m crawlers.run` subprocess); its stats JSON is the
verdict and becomes a crawl_runs row. A crawl that failed outright (no response at all, a
crashed crawler) is retried with exponential backoff; an empty or erroring site is not retried
but flagged and announced through the alert hook.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

import crawlers.runner
from crawlers.portals import Portal, registry
from flows.artifacts import crawl_markdown, publish
from flows.progress import Step
from flows.run_lock import run_lock
from flows.schedules import resolve_selector
from flows.targets import CrawlTarget, build_targets, new_run_id, portal_status, remember_records
from pantau.alerts import alert_on_failures
from pantau.monitoring import PortalHealth, run_problems
from pipeline.core.config import settings
from pipeline.core.settings_model import Settings
from pipeline.store import TableStore


class CrawlFailed(Exception):
    """A crawl that got nothing at all (retried); carries the stats of the last attempt."""

    def __init__(self, stats: dict[str, Any]) -> None:
        self.stats = stats
        super().__init__(f"{stats.get('portal')}: {stats.get('finish_reason')}")


@task(name="crawl-portal", task_run_name="crawl-{target.name}")
def crawl_portal(
    target: CrawlTarget,
    data_dir: str,
    run_id: str,
    max_pages: int,
    allow_private: bool,
    timeout: float,
    since: str | None = None,
) -> dict[str, Any]:
    portal: Portal | str | None = Portal.from_dict(target.record) if target.record else None
    if portal is None and not target.url:
        portal = target.name
    stats = crawlers.runner.run_crawl(  # looked up at call time: tests replace it
        portal,
        url=target.url,
        data_dir=Path(data_dir),
        run_id=run_id,
        max_pages=max_pages or None,
        allow_private=allow_private,
        timeout=timeout or None,
        since=since,
    )
    if stats.get("status") == "failed":
        raise CrawlFailed(stats)
    return stats


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def crawl_run_row(stats: dict[str, Any]) -> dict[str, Any]:
    """A crawl_runs row from a runner stats dict (drops and Scrapy counters kept as JSON)."""
    extra = {
        "drops": stats.get("drops", {}),
        "discovery": stats.get("discovery", []),
        "scrapy": stats.get("stats", {}),
    }
    return {
        "run_id": stats.get("run_id"),
        "portal": stats.get("portal"),
        "started_at": _parse_time(stats.get("started_at")),
        "finished_at": _parse_time(stats.get("finished_at")),
        "pages": int(stats.get("pages") or 0),
        "articles": int(stats.get("articles") or 0),
        "new_articles": int(stats.get("new_articles") or 0),
        "errors": int(stats.get("errors") or 0),
        "status": stats.get("status"),
        "finish_reason": stats.get("finish_reason"),
        "stats": json.dumps(extra, sort_keys=True, default=str),
        **coverage_columns(stats),
    }


def coverage_columns(stats: dict[str, Any]) -> dict[str, Any]:
    """What the run covered (the spider's `coverage`); nulls for a run that wrote none (a crash)."""
    coverage = stats.get("coverage") or {}
    sources = coverage.get("sources")
    return {
        "mode": coverage.get("mode"),
        "horizon": _parse_time(coverage.get("horizon")),
        "sources": [str(s) for s in sources] if isinstance(sources, list) else None,
        "oldest_reached": _parse_time(coverage.get("oldest_reached")),
        "stop_reason": coverage.get("stop_reason")
        or (stats.get("finish_reason") if stats.get("status") == "failed" else None),
    }


def _outcome(future: Any, target: CrawlTarget, run_id: str) -> dict[str, Any]:
    """The stats of a finished crawl task, whether it succeeded, failed or raised."""
    try:
        return dict(future.result())
    except CrawlFailed as exc:
        return exc.stats
    except Exception as exc:  # the runner itself broke: still a crawl_runs row, never a lost run
        now = datetime.now().astimezone().isoformat()
        return {
            "portal": target.name,
            "run_id": run_id,
            "started_at": now,
            "finished_at": now,
            "pages": 0,
            "articles": 0,
            "new_articles": 0,
            "errors": 1,
            "status": "failed",
            "finish_reason": f"{type(exc).__name__}: {exc}",
        }


def run_health(
    stats: list[dict[str, Any]], state_dir: Path, max_error_rate: float
) -> list[PortalHealth]:
    """Run-level health (failed, zero articles, error rate) of the portals of this run."""
    return [
        PortalHealth(
            portal=s["portal"],
            portal_status=portal_status(s["portal"], state_dir),
            problems=run_problems(s, max_error_rate),
            last_run=s.get("run_id"),
            last_run_status=s.get("status"),
        )
        for s in stats
    ]


def crawl_targets(
    data_dir: Path,
    targets: list[CrawlTarget],
    *,
    max_pages: int,
    allow_private: bool,
    config: Settings,
    since: str | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """Crawl every target (in parallel subprocesses) and store their crawl_runs rows."""
    flows_cfg = config.flows
    run_id = new_run_id()
    crawl = crawl_portal.with_options(
        retries=flows_cfg.retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=float(flows_cfg.retry_delay)),
    )
    shared_from = flows_cfg.shared_crawl_from
    if shared_from and len(targets) >= shared_from and not any(t.url for t in targets):
        results = crawl_shared(
            data_dir,
            targets,
            run_id,
            max_pages=max_pages,
            allow_private=allow_private,
            config=config,
            since=since,
        )
        TableStore(data_dir).append_crawl_runs([crawl_run_row(s) for s in results])
        remember_records(data_dir / "state", targets)
        return run_id, results
    step = Step("crawling portals", len(targets))
    window = max(1, flows_cfg.parallel_crawls)
    futures: list[Any] = []
    for number, target in enumerate(targets):
        if number >= window:  # at most `window` crawl subprocesses at a time
            futures[number - window].wait()
        futures.append(
            crawl.submit(
                target,
                str(data_dir),
                run_id,
                max_pages,
                allow_private,
                float(flows_cfg.crawl_timeout),
                since,
            )
        )
    results = []
    for target, future in zip(targets, futures, strict=True):
        results.append(_outcome(future, target, run_id))
        step.advance()
    TableStore(data_dir).append_crawl_runs([crawl_run_row(s) for s in results])
    remember_records(data_dir / "state", targets)
    return run_id, results


def crawl_shared(
    data_dir: Path,
    targets: list[CrawlTarget],
    run_id: str,
    *,
    max_pages: int,
    allow_private: bool,
    config: Settings,
    since: str | None,
) -> list[dict[str, Any]]:
    """Many registry portals in a few Scrapy processes (crawlers.many): a subprocess per portal
    would spend seconds of CPU per portal just starting. Not retried per portal: a failed portal
    is flagged in its crawl_runs row and crawled again by the next run."""
    from crawlers.portals import Portal, get_portal
    from crawlers.runner import run_many

    flows_cfg = config.flows
    portals = [Portal.from_dict(t.record) if t.record else get_portal(t.name) for t in targets]
    step = Step("crawling portals (shared processes)", 1)
    results = run_many(
        portals,
        data_dir=data_dir,
        run_id=run_id,
        processes=flows_cfg.shared_processes,
        window=flows_cfg.shared_window,
        max_pages=max_pages or None,
        allow_private=allow_private,
        since=since,
        timeout=float(flows_cfg.crawl_timeout),
    )
    step.advance()
    return results


@flow(name="pantau-crawl", task_runner=ThreadPoolTaskRunner(max_workers=4))  # type: ignore[arg-type]
def crawl_flow(
    portals: list[str] | None = None,
    selector: str | None = None,
    records: list[dict[str, Any]] | None = None,
    urls: list[str] | None = None,
    max_pages: int = 0,
    allow_private: bool = False,
    alert: bool = True,
    data_dir: str | None = None,
    since: str | None = None,
) -> dict[str, Any]:
    """Crawl portals (names, a selector like "status:stable", portal records or URLs) once."""
    config = settings()
    folder = Path(data_dir) if data_dir else config.data_dir
    names = list(portals or [])
    if selector:
        names += [n for n in resolve_selector(selector, registry()) if n not in names]
    targets = build_targets(names, records, urls)
    with run_lock(folder, "pantau crawl"):  # a no-op under the CLI's lock
        run_id, results = crawl_targets(
            folder,
            targets,
            max_pages=max_pages or config.crawl.max_pages,
            allow_private=allow_private,
            config=config,
            since=since,
        )
    health = run_health(results, folder / "state", float(config.monitoring.max_error_rate))
    alerts = (
        alert_on_failures(health, config.monitoring, source="crawl", run_id=run_id) if alert else []
    )
    logger = get_run_logger()
    for line in alerts:
        logger.warning("alert: %s", line)
    publish("pantau-crawl", crawl_markdown(run_id, results, health, alerts), f"crawl {run_id}")
    return {
        "run_id": run_id,
        "crawls": results,
        "problems": {h.portal: h.problems for h in health if h.problems},
        "alerts": alerts,
    }
