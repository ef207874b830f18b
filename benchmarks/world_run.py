"""Helpers of the portal-world benchmarks: start the world, seed yesterday's crawl, measure a run."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psutil

from benchmarks.world import Portal as WorldPortal
from benchmarks.world import article
from crawlers.portals import Portal
from crawlers.runstats import stats_path, write_json
from crawlers.state import pages_dir
from pipeline.core.parquet_io import to_table, write_atomic

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def world(
    portals: int, articles: int, new: int, day: int, base_port: int, *extra: str
) -> Iterator[subprocess.Popen[str]]:
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.world",
        "--portals",
        str(portals),
        "--articles",
        str(articles),
        "--new",
        str(new),
        "--day",
        str(day),
        "--base-port",
        str(base_port),
        *extra,
    ]
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line.startswith("ready"):
            raise RuntimeError(f"the world did not start (ports {base_port}+{portals} taken?)")
        yield process
    finally:
        process.terminate()
        process.wait()


def free_base_port(count: int, low: int = 20000, high: int = 32000) -> int:
    """A base port with `count` free ports after it, below the kernel's ephemeral range (checked,
    then released: another program could still take one before the world binds it)."""
    for base in range(low, high - count, 101):
        sockets = []
        try:
            for offset in range(count):
                sock = socket.socket()
                sock.bind(("127.0.0.1", base + offset))
                sockets.append(sock)
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise RuntimeError(f"no {count} free ports between {low} and {high}")


def registry(count: int, base_port: int, first: int = 0) -> list[Portal]:
    return [
        Portal(name=f"w{i:03d}", base_url=f"http://127.0.0.1:{base_port + i}/", kind="local_news")
        for i in range(first, count)
    ]


def seed_yesterday(
    data_dir: Path, portals: list[Portal], articles: int, run_id: str = "yesterday"
) -> None:
    # the stored pages mirror what benchmarks.world serves on day 0
    """Store day 0 as a complete crawl had: every day-0 article page, and a finished stats JSON."""
    started = datetime.now(UTC) - timedelta(days=1)
    for portal in portals:
        index = int(portal.name[1:])
        sim = WorldPortal(index, articles, 0, 0)
        rows = []
        for number, day in sim.posts():
            url = portal.base_url.rstrip("/") + sim.path(number, day)
            body = article(sim, number)
            rows.append(
                {
                    "url": url,
                    "final_url": url,
                    "portal": portal.name,
                    "province": "",
                    "fetched_at": started,
                    "status": 200,
                    "content_type": "text/html",
                    "encoding": "utf-8",
                    "headers": "{}",
                    "html": body,
                    "sha256": hashlib.sha256(body).hexdigest(),
                    "run_id": run_id,
                    "discovered_via": "listing",
                }
            )
        write_atomic(
            to_table(rows, "pages"),
            pages_dir(data_dir, portal.name) / f"{run_id}-00000.parquet",
            "pages",
        )
        write_json(
            stats_path(data_dir, run_id, portal.name),
            {
                "portal": portal.name,
                "run_id": run_id,
                "started_at": started.isoformat(),
                "finished_at": (started + timedelta(minutes=5)).isoformat(),
                "status": "ok",
                "finish_reason": "finished",
            },
        )


class Sampler:
    """Peak summed RSS of this process's descendants (the crawl processes), sampled every 0.2 s."""

    def __init__(self, exclude: set[int]) -> None:
        self.exclude = exclude
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process(os.getpid())
        while not self.stop.is_set():
            total = 0
            for child in me.children(recursive=True):
                if child.pid in self.exclude:
                    continue
                with suppress(psutil.Error):
                    total += child.memory_info().rss
            self.peak = max(self.peak, total)
            self.stop.wait(0.2)

    def __enter__(self) -> Sampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def measured(
    run: Callable[[], list[dict[str, Any]]], world_pid: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Run `run` (which starts the crawl processes) and measure wall, children CPU and peak RSS."""
    before = os.times()
    started = time.perf_counter()
    with Sampler({world_pid}) as sampler:
        stats = run()
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return stats, {
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "peak_rss_mb": round(sampler.peak / 2**20),
    }


def summarise(stats: list[dict[str, Any]], expected: dict[str, int]) -> dict[str, Any]:
    """Requests, articles, statuses and stop reasons of a run; `missed`: expected new articles not stored."""
    got = {s["portal"]: int(s.get("new_articles") or 0) for s in stats}
    return {
        "portals": len(stats),
        "stats_rows": sum(1 for s in stats if s.get("status")),
        "requests": sum(
            int((s.get("stats") or {}).get("downloader/request_count", 0)) for s in stats
        ),
        "articles": sum(got.values()),
        "expected_articles_reachable": sum(expected.values()),
        "missed_reachable": sum(max(0, want - got.get(name, 0)) for name, want in expected.items()),
        "status": dict(Counter(str(s.get("status")) for s in stats)),
        "stop_reason": dict(
            Counter(
                str((s.get("coverage") or {}).get("stop_reason", s.get("finish_reason")))
                for s in stats
            )
        ),
    }


def dump(path: Path, payload: Any) -> None:
    path.write_text(json.dumps(payload, indent=1, default=str), encoding="utf-8")
