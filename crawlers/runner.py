"""Launch one crawl as a subprocess (`python -m crawlers.run`) and return its stats.

    from crawlers.runner import run_crawl
    stats = run_crawl("serangkab", data_dir=Path("data"), run_id="20250301T020000Z")
    stats["status"]  # ok | empty | partial | failed -- the verdict comes from the stats, not the exit code

A subprocess per crawl because Scrapy's reactor cannot restart inside one process. When the
subprocess dies without writing its stats JSON, run_crawl writes a 'failed' one naming the cause
(crawlers.crawl_outcome).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawlers.crawl_outcome import collect_stats, read_fresh
from crawlers.portals import Portal
from crawlers.portals.model import portal_for_url
from crawlers.runstats import stats_path

GRACE_SECONDS = 30.0  # after SIGTERM on timeout, how long Scrapy gets to flush and write its stats
SHUTDOWN_GRACE = 10.0  # after Ctrl-C / SIGTERM of the parent: pages are flushed at once, then stop
_children: set[subprocess.Popen[bytes]] = set()
_children_lock = threading.Lock()
_shutdown = threading.Event()
GRACE_ENV = (
    "PANTAU_CRAWL_GRACE"  # overrides GRACE_SECONDS (seconds) when run_crawl is given no grace
)


def portal_name(portal: Portal | str | None, url: str | None) -> str:
    if isinstance(portal, Portal):
        return portal.name
    if portal:
        return portal
    if url:
        return portal_for_url(url).name
    raise ValueError("run_crawl needs a portal (name or Portal) or a url")


def crawl_command(
    portal: Portal | str | None = None,
    *,
    url: str | None = None,
    data_dir: Path,
    run_id: str,
    max_pages: int | None = None,
    allow_private: bool = False,
    settings: dict[str, Any] | None = None,
    since: str | None = None,
    python: str = sys.executable,
) -> list[str]:
    """The argv of one crawl subprocess (for callers that manage the process themselves)."""
    cmd = [python, "-m", "crawlers.run", "--data-dir", str(data_dir), "--run-id", run_id]
    if isinstance(portal, Portal):
        cmd += ["--portal-json", json.dumps(portal.to_dict())]
    elif portal:
        cmd += ["--portal", portal]
    elif url:
        cmd += ["--url", url]
    else:
        raise ValueError("crawl_command needs a portal (name or Portal) or a url")
    if max_pages:
        cmd += ["--max-pages", str(max_pages)]
    if allow_private:
        cmd.append("--allow-private")
    if since:
        cmd += ["--since", since]
    if settings:
        cmd += ["--settings-json", json.dumps(settings)]
    return cmd


def run_crawl(
    portal: Portal | str | None = None,
    *,
    url: str | None = None,
    data_dir: Path,
    run_id: str,
    max_pages: int | None = None,
    allow_private: bool = False,
    settings: dict[str, Any] | None = None,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
    grace: float | None = None,
    since: str | None = None,
) -> dict[str, Any]:
    """Run one crawl to completion and return its stats dict.

    `timeout` is a hard stop: after `timeout` seconds the crawl gets SIGTERM (Scrapy flushes the
    pages it holds and writes its stats), after `grace` more seconds SIGKILL; run_crawl returns
    within about timeout + grace with status 'partial' (pages stored) or 'failed', and every
    page already stored is kept.
    """
    data_dir = Path(data_dir).resolve()
    name = portal_name(portal, url)
    cmd = crawl_command(
        portal,
        url=url,
        data_dir=data_dir,
        run_id=run_id,
        max_pages=max_pages,
        allow_private=allow_private,
        settings=settings,
        since=since,
    )
    log_path = stats_path(data_dir, run_id, name).with_suffix(".log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    launched = datetime.now(UTC)
    if _shutdown.is_set():  # the user asked to stop: no new crawl starts, the run is still recorded
        return collect_stats(data_dir, run_id, name, launched, None, interrupted=True)
    with open(log_path, "ab") as log:
        # its own session: a terminal's Ctrl-C reaches this process only, which stops the crawl
        # with one SIGTERM (Scrapy reads a second signal as "kill now" and skips its stats)
        process = subprocess.Popen(
            cmd,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            start_new_session=True,
        )
        with _children_lock:
            _children.add(process)
        try:
            timed_out = _wait(process, timeout, grace_seconds(grace))
        finally:
            with _children_lock:
                _children.discard(process)
    return collect_stats(
        data_dir,
        run_id,
        name,
        launched,
        process.returncode,
        timed_out,
        log_path,
        interrupted=_shutdown.is_set(),
    )


def request_shutdown() -> None:
    """Stop every running crawl (SIGTERM: pages are flushed, stats written) and start no new one."""
    _shutdown.set()
    with _children_lock:
        running = [p for p in _children if p.poll() is None]
    for process in running:
        with suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)


def shutdown_requested() -> bool:
    return _shutdown.is_set()


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """While the block runs, SIGINT and SIGTERM stop the crawls cleanly (the runs are recorded)
    instead of raising KeyboardInterrupt somewhere inside Prefect; a second signal forces it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def handler(signum: int, frame: Any) -> None:
        if _shutdown.is_set():
            raise KeyboardInterrupt  # a second Ctrl-C: stop now
        request_shutdown()

    for sig in previous:
        signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def grace_seconds(grace: float | None = None) -> float:
    """The grace period: the argument, else $PANTAU_CRAWL_GRACE, else GRACE_SECONDS."""
    if grace is not None:
        return max(0.0, float(grace))
    try:
        return max(0.0, float(os.environ[GRACE_ENV]))
    except (KeyError, ValueError):
        return GRACE_SECONDS


def _wait(
    process: subprocess.Popen[bytes], timeout: float | None, grace: float = GRACE_SECONDS
) -> bool:
    """Wait for the crawl; past `timeout`, SIGTERM then SIGKILL after `grace`. True if it timed out.
    A shutdown request (request_shutdown) has sent SIGTERM already: SIGKILL after SHUTDOWN_GRACE."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while not _shutdown.is_set():
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            break
        try:
            process.wait(timeout=0.2 if left is None else min(0.2, left))
            return False
        except subprocess.TimeoutExpired:
            continue
    if _shutdown.is_set():
        grace = min(grace, SHUTDOWN_GRACE)
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # Scrapy closes gracefully: flushes pages, writes stats
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()  # a crawl stuck in its shutdown (a hung download, a slow flush) stops here
        process.wait()
    return not _shutdown.is_set()


def run_many(
    portals: list[Portal],
    *,
    data_dir: Path,
    run_id: str,
    processes: int = 2,
    window: int = 150,
    max_pages: int | None = None,
    allow_private: bool = False,
    settings: dict[str, Any] | None = None,
    since: str | None = None,
    timeout: float | None = None,
    grace: float | None = None,
    python: str = sys.executable,
) -> list[dict[str, Any]]:
    """Crawl `portals` in `processes` Scrapy processes (crawlers.many), `window` crawls at once
    in each; return one stats dict per portal, in order (a 'failed' one for a crawl that never
    wrote its stats), as run_crawl does for one."""
    data_dir = Path(data_dir).resolve()
    shards = [portals[i :: max(1, processes)] for i in range(max(1, processes))]
    launched = datetime.now(UTC)
    running = []
    for number, shard in enumerate(s for s in shards if s):
        folder = stats_path(data_dir, run_id, "_").parent
        folder.mkdir(parents=True, exist_ok=True)
        listing = folder / f".many-{number}.json"
        listing.write_text(json.dumps([p.to_dict() for p in shard]), encoding="utf-8")
        cmd = [
            python,
            "-m",
            "crawlers.many",
            "--portals-json",
            str(listing),
            "--data-dir",
            str(data_dir),
            "--run-id",
            run_id,
            "--window",
            str(window),
        ]
        cmd += ["--max-pages", str(max_pages)] if max_pages else []
        cmd += ["--allow-private"] if allow_private else []
        cmd += ["--since", since] if since else []
        cmd += ["--settings-json", json.dumps(settings)] if settings else []
        log = open(folder / f"_many-{number}.log", "ab")  # noqa: SIM115 (closed after the wait)
        running.append((subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log, shard))
    results: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout if timeout else None
    for process, log, shard in running:
        left = max(0.0, deadline - time.monotonic()) if deadline else None
        timed_out = _wait(process, left, grace_seconds(grace))
        log.close()
        for portal in shard:
            done = read_fresh(stats_path(data_dir, run_id, portal.name), launched)
            if done is not None and done.get("finish_reason") == "finished":
                results.append(done)  # finished before the stop: not a timeout of its own
            else:
                results.append(
                    collect_stats(
                        data_dir, run_id, portal.name, launched, process.returncode, timed_out
                    )
                )
    by_name = {s["portal"]: s for s in results}
    return [by_name[p.name] for p in portals]
