"""The stats JSON of one spider run: `raw/runs/<run_id>/<portal>.json` (read by flows -> crawl_runs).

Written when the spider closes (also on SIGTERM / Ctrl-C, which Scrapy turns into a 'shutdown'
close); `crawlers.runner` writes a 'failed' one itself when the subprocess dies without it.

A graceful shutdown waits for the downloads in flight (up to DOWNLOAD_TIMEOUT), which can outlast
the runner's grace period. So on SIGTERM / SIGINT the extension at once asks the pages pipeline to
write what it holds (`FLUSH_REQUESTED`) and writes a provisional 'shutdown' stats JSON; the
normal close overwrites it if it finishes before the runner's SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawlers.state import runs_dir
from pipeline.core.errors import Reason

FLUSH_REQUESTED = object()  # Scrapy signal: write buffered pages now, a shutdown has begun
SHUTDOWN_SIGNALS = (signal.SIGTERM, signal.SIGINT)

# drops that are policy, not failure: they do not count as errors
NOT_ERRORS = frozenset({Reason.ROBOTS_DISALLOWED.value, Reason.OFFSITE.value})
PARTIAL_REASONS = frozenset(
    {
        "max_pages",
        "closespider_itemcount",
        "closespider_pagecount",
        "closespider_timeout",
        "shutdown",
    }
)


def stats_path(data_dir: Path, run_id: str, portal: str) -> Path:
    return runs_dir(data_dir) / run_id / f"{portal}.json"


def drops_from(stats: dict[str, Any]) -> dict[str, int]:
    """Drops by pipeline.core.errors.Reason, folding Scrapy's own counters into the same vocabulary."""
    drops = {
        k.removeprefix("pantau/drops/"): int(v)
        for k, v in stats.items()
        if k.startswith("pantau/drops/")
    }
    for key, reason in (
        ("robotstxt/forbidden", Reason.ROBOTS_DISALLOWED),
        ("offsite/filtered", Reason.OFFSITE),
    ):
        if stats.get(key):
            drops[reason.value] = drops.get(reason.value, 0) + int(stats[key])
    return dict(sorted(drops.items()))


def verdict(finish_reason: str, responses: int, listed: int) -> str:
    """ok | empty | partial | failed, from what happened (never from an exit code).

    `listed`: entries the discovery sources presented (known or new); a recrawl that finds
    nothing new is still ok, while a site whose sources list nothing at all is empty.
    """
    if finish_reason in PARTIAL_REASONS:
        return "partial"
    if finish_reason != "finished" or responses == 0:
        return "failed"
    return "ok" if listed else "empty"


def summary(
    *,
    portal: str,
    run_id: str,
    started_at: datetime,
    finish_reason: str,
    stats: dict[str, Any],
    discovered: int,
    listed: int,
) -> dict[str, Any]:
    drops = drops_from(stats)
    errors = sum(v for k, v in drops.items() if k not in NOT_ERRORS)
    errors += int(stats.get("pantau/discovery_errors", 0)) + int(
        stats.get("spider_exceptions/count", 0)
    )
    # robots.txt answering 5xx or failing disallows everything (RFC 9309): the portal is broken, and
    # monitoring must see it as an error rather than a quiet empty run
    errors += int(stats.get("pantau/robots_unreachable", 0))
    responses = int(stats.get("response_received_count", 0))
    return {
        "portal": portal,
        "run_id": run_id,
        "started_at": started_at.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "pages": responses,
        "articles": discovered,
        "new_articles": int(stats.get("pantau/pages_stored", 0)),
        "errors": errors,
        "status": verdict(finish_reason, responses, listed),
        "finish_reason": finish_reason,
        "drops": drops,
        "stats": {k: v for k, v in sorted(stats.items()) if isinstance(v, int | float | str)},
    }


def write_json(path: Path, payload: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    os.replace(tmp, path)
    return path


LIVE: set[RunStatsExtension] = set()  # extensions of the crawls running in this process
CHAINED: list[bool] = []  # non-empty once the shutdown handlers are chained


def _chain_shutdown_handlers() -> None:
    from twisted.internet import reactor

    for signum in SHUTDOWN_SIGNALS:
        previous = signal.getsignal(signum)
        if not callable(previous) or getattr(previous, "pantau", False):
            continue  # not Scrapy's yet, or ours already

        def handler(number: int, frame: Any, previous: Any = previous) -> None:
            # no I/O inside a signal handler: the reactor runs it between callbacks
            for ext in list(LIVE):
                reactor.callFromThread(ext.shutdown_requested)
            previous(number, frame)

        handler.pantau = True  # type: ignore[attr-defined]
        signal.signal(signum, handler)


class RunStatsExtension:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started_at = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunStatsExtension:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started_at = datetime.now(UTC)

    def engine_started(self) -> None:
        from twisted.internet import reactor

        LIVE.add(self)
        if not CHAINED:
            # Scrapy installs its shutdown handlers when the reactor has started: chain ours after
            # them, once per process (crawlers.many runs hundreds of crawls in one). On a loaded
            # machine Scrapy's may come later than the first try: the later tries re-chain then.
            CHAINED.append(True)
            for delay in (0.0, 0.5, 2.0, 5.0):
                reactor.callLater(delay, _chain_shutdown_handlers)  # type: ignore[arg-type]

    def shutdown_requested(self) -> None:
        spider = self.crawler.spider
        if spider is None:
            return
        self.crawler.signals.send_catch_log(signal=FLUSH_REQUESTED)
        self.spider_closed(spider, "shutdown")  # provisional: the real close rewrites it

    def spider_closed(self, spider: Any, reason: str) -> None:
        LIVE.discard(self)
        assert self.crawler.stats is not None
        payload = summary(
            portal=spider.portal.name,
            run_id=spider.run_id,
            started_at=self.started_at,
            finish_reason=reason,
            stats=self.crawler.stats.get_stats(),
            discovered=len(spider.judge.listed),
            listed=len(spider.judge.listed),
        )
        payload["discovery"] = spider.discovery_log
        payload["coverage"] = spider.coverage(reason)
        data_dir = Path(self.crawler.settings.get("PANTAU_DATA_DIR"))
        write_json(stats_path(data_dir, spider.run_id, spider.portal.name), payload)
