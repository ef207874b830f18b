"""Smoke version of benchmarks/bench_portals.py: a small loopback world crawled daily through crawlers.many."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.world_run import free_base_port, registry, seed_yesterday, summarise, world
from crawlers.runner import run_many
from tests.crawlers.conftest import FAST

pytestmark = pytest.mark.slow

KINDS = {"1": "broken", "4": "dropped", "5": "throttled"}


def test_a_daily_run_of_a_small_world_stores_every_new_article_and_gives_every_portal_a_row(
    data_dir: Path,
) -> None:
    base = free_base_port(9)
    portals = registry(9, base)
    seed_yesterday(data_dir, portals, 12)
    settings = {**FAST, "PANTAU_RETRY_BACKOFF": 0.05, "RETRY_TIMES": 1}
    with world(9, 12, 3, 1, base, "--latency", "0", "0.01", "--kinds", json.dumps(KINDS)):
        stats = run_many(
            portals,
            data_dir=data_dir,
            run_id="today",
            processes=2,
            window=3,
            allow_private=True,
            settings=settings,
            timeout=300,
        )
    reachable = {
        p.name: 3 for i, p in enumerate(portals) if KINDS.get(str(i)) in (None, "throttled")
    }
    figures = summarise(stats, reachable)
    assert figures["stats_rows"] == 9 and figures["missed_reachable"] == 0
    assert figures["articles"] == 3 * len(reachable)
    by_name = {s["portal"]: s for s in stats}
    # 500 everywhere: answered but listed nothing (flagged by the report); dropped connections: failed
    assert by_name["w001"]["status"] == "empty" and by_name["w001"]["errors"] > 0
    assert by_name["w004"]["status"] == "failed"
    assert all(
        s["coverage"]["mode"] == "incremental" for s in stats if s["portal"] not in ("w001", "w004")
    )
