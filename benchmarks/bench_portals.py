"""A daily run of every portal, and a backfill, in a loopback world of simulated portals.

`python -m benchmarks portals` (not part of `make test`; tests/crawlers/test_world.py is its smoke
version) serves benchmarks.world on 127.0.0.1 and measures, with politeness on (the configured
1 s download delay, AutoThrottle, one request at a time per portal, retries with backoff):

- daily: 555 portals whose day-0 articles are stored as a complete crawl left them (seeded), each
  having published 3 more (some back-dated); one incremental run of all of them through
  crawlers.many (2 processes, one per core, a window of crawls each): wall, CPU, peak RSS (summed
  over the crawl processes), requests, articles, missed articles, statuses and stop reasons;
- baseline: the same daily run of a sample of portals, one Scrapy subprocess per portal, four
  at a time (crawlers.runner.run_crawl), extrapolated to all portals;
- backfill: 50 portals x 200 articles crawled for the first time through crawlers.many.

Sizes: PANTAU_BENCH_PORTALS (555), PANTAU_BENCH_SAMPLE (24), PANTAU_BENCH_BACKFILL (50).
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.world import Portal as WorldPortal
from benchmarks.world_run import (
    dump,
    free_base_port,
    measured,
    registry,
    seed_yesterday,
    summarise,
    world,
)
from crawlers.runner import run_crawl, run_many

ARTICLES, NEW = 40, 3
REACHABLE = ("ok", "slow", "throttled")


def _size(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def expected(portals: list[Any], per_portal: int) -> dict[str, int]:
    return {
        p.name: per_portal
        for p in portals
        if WorldPortal(int(p.name[1:]), 0, 0, 0).kind in REACHABLE
    }


def daily(tmp: Path, count: int) -> dict[str, Any]:
    data_dir = tmp / "daily"
    port = free_base_port(count)
    portals = registry(count, port)
    seed_yesterday(data_dir, portals, ARTICLES)
    with world(count, ARTICLES, NEW, 1, port) as server:
        stats, figures = measured(
            lambda: run_many(
                portals,
                data_dir=data_dir,
                run_id="today",
                processes=2,
                window=200,
                allow_private=True,
                timeout=1800,
            ),
            server.pid,
        )
    dump(tmp / "daily.json", stats)
    return {**figures, **summarise(stats, expected(portals, NEW))}


def baseline(tmp: Path, sample: int, count: int) -> dict[str, Any]:
    data_dir = tmp / "baseline"
    port = free_base_port(sample)
    portals = registry(sample, port)
    seed_yesterday(data_dir, portals, ARTICLES)

    def one_each() -> list[dict[str, Any]]:
        with ThreadPoolExecutor(max_workers=4) as pool:
            return list(
                pool.map(
                    lambda p: run_crawl(
                        p, data_dir=data_dir, run_id="today", allow_private=True, timeout=1800
                    ),
                    portals,
                )
            )

    with world(sample, ARTICLES, NEW, 1, port) as server:
        stats, figures = measured(one_each, server.pid)
    scale = count / sample
    return {
        **figures,
        **summarise(stats, expected(portals, NEW)),
        f"extrapolated_wall_s_{count}": round(figures["wall_s"] * scale),
        f"extrapolated_cpu_s_{count}": round(figures["cpu_s"] * scale),
    }


def backfill(tmp: Path, count: int, articles: int = 200) -> dict[str, Any]:
    data_dir = tmp / "backfill"
    port = free_base_port(count)
    portals = registry(count, port)
    with world(count, articles, 0, 0, port) as server:
        stats, figures = measured(
            lambda: run_many(
                portals,
                data_dir=data_dir,
                run_id="first",
                processes=2,
                window=count,
                allow_private=True,
                timeout=3600,
            ),
            server.pid,
        )
    return {**figures, **summarise(stats, expected(portals, articles))}


def main() -> dict[str, Any]:
    count = _size("PANTAU_BENCH_PORTALS", 555)
    with tempfile.TemporaryDirectory(prefix="pantau-bench-portals-") as folder:
        tmp = Path(folder)
        figures: dict[str, Any] = {"daily_portals": count}
        figures.update({f"daily_{k}": v for k, v in daily(tmp, count).items()})
        figures.update(
            {
                f"baseline_{k}": v
                for k, v in baseline(tmp, _size("PANTAU_BENCH_SAMPLE", 24), count).items()
            }
        )
        figures.update(
            {
                f"backfill_{k}": v
                for k, v in backfill(tmp, _size("PANTAU_BENCH_BACKFILL", 50)).items()
            }
        )
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=1))
