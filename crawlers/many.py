"""Many portals in one Scrapy process: `python -m crawlers.many --portals-json FILE --data-dir D
--run-id R [--window N] [--since DATE] [--allow-private] [--settings-json JSON]`.

A subprocess per portal costs seconds of CPU just to start (imports, settings, the reactor); at
hundreds of portals on two cores that start-up alone fills the daily window. Here one reactor
runs up to `--window` portal crawls at once, each its own Scrapy Crawler with the portal's own
settings (politeness, budget), its own downloader slots (so per-domain throttling is unchanged),
stats, page files and stats JSON `raw/runs/<run_id>/<portal>.json`, exactly as a single crawl
writes them. A portal whose crawl never started (the process was stopped) has no stats JSON;
crawlers.runner.run_many writes a 'failed' one for it, so every portal gets its crawl_runs row.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from pathlib import Path
from typing import Any

from crawlers.portals import Portal
from crawlers.run import scrapy_settings
from crawlers.runid import default_run_id
from crawlers.spiders.args import horizon_from
from pipeline.core.errors import InputError, PantauError

DEFAULT_WINDOW = 150  # crawls at once in one process: enough to hide politeness delays and latency


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m crawlers.many", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--portals-json", type=Path, required=True, help="a JSON list of portal records"
    )
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the configured one)")
    parser.add_argument(
        "--run-id", default=None, help="run id shared by every portal (default: a UTC timestamp)"
    )
    parser.add_argument(
        "--window", type=int, default=DEFAULT_WINDOW, help="portal crawls running at once"
    )
    parser.add_argument(
        "--max-pages", type=int, default=0, help="stop each portal after storing N article pages"
    )
    parser.add_argument(
        "--since", default=None, help="horizon: walk back to this date (default: crawl.since)"
    )
    parser.add_argument(
        "--allow-private", action="store_true", help="allow private/loopback addresses"
    )
    parser.add_argument(
        "--settings-json", default=None, help="Scrapy setting overrides for every portal"
    )
    parser.add_argument("--log-level", default="WARNING", help="Scrapy LOG_LEVEL")
    return parser.parse_args(argv)


def read_portals(path: Path) -> list[Portal]:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"--portals-json {path}: {exc}") from exc
    if not isinstance(records, list):
        raise InputError(f"--portals-json {path}: expected a JSON list of portal records")
    portals = [Portal.from_dict(r) for r in records]
    names = [p.name for p in portals]
    if len(set(names)) != len(names):
        raise InputError(f"--portals-json {path}: portal names repeat")
    return portals


def main(argv: list[str] | None = None) -> int:
    from scrapy.crawler import Crawler

    from crawlers.spiders.portal import PortalSpider

    args = parse_args(argv)
    try:
        portals = read_portals(args.portals_json)
        horizon_from(args.since, 0)
        settings = {p.name: scrapy_settings(p, args) for p in portals}
    except PantauError as exc:
        print(f"crawlers.many: {exc}", file=sys.stderr)
        return 2
    if not portals:
        return 0
    run_id = args.run_id or default_run_id()
    process = _process_class()(settings[portals[0].name])
    waiting = deque(portals)
    state = {"running": 0, "first": True}

    def launch() -> None:
        while (
            waiting
            and state["running"] < max(1, args.window)
            and not getattr(process, "stopping", False)
        ):
            portal = waiting.popleft()
            crawler = Crawler(
                PortalSpider, settings[portal.name], init_reactor=bool(state["first"])
            )
            state["first"] = False
            state["running"] += 1
            done = process.crawl(
                crawler,
                portal=portal,
                run_id=run_id,
                max_pages=args.max_pages,
                allow_private=args.allow_private,
                since=args.since,
            )
            done.addBoth(finished)
        if state["running"] == 0 and not waiting:
            process._stop_reactor()  # tolerates a reactor already stopping

    def finished(result: Any) -> None:
        from twisted.internet import reactor  # imported once the first crawl has installed Scrapy's
        from twisted.python.failure import Failure

        state["running"] -= 1
        if isinstance(result, Failure):
            print(f"crawlers.many: a crawl failed: {result.getTraceback()}", file=sys.stderr)
        reactor.callLater(0, launch)  # type: ignore[arg-type]

    launch()
    process.start(stop_after_crawl=False)
    return 0


def _process_class() -> type:
    from scrapy.crawler import CrawlerProcess

    class ManyCrawlerProcess(CrawlerProcess):
        """Starts no new portal crawl once a shutdown signal has arrived."""

        stopping = False

        def _signal_shutdown(self, signum: int, frame: Any) -> None:
            self.stopping = True
            super()._signal_shutdown(signum, frame)

    return ManyCrawlerProcess


if __name__ == "__main__":
    sys.exit(main())
