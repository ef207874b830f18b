"""The verdict of one finished crawl subprocess: the stats JSON it wrote, or one made for it.

A crawl that dies without writing its stats (killed, crashed, stopped by the user) still gets a
stats file, 'partial' when it had stored pages, else 'failed', naming the cause.
"""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from crawlers.runstats import stats_path, write_json
from crawlers.state import pages_dir

INTERRUPTED = "interrupted by a signal"


def collect_stats(
    data_dir: Path,
    run_id: str,
    name: str,
    launched: datetime,
    returncode: int | None,
    timed_out: bool = False,
    log_path: Path | None = None,
    interrupted: bool = False,
) -> dict[str, Any]:
    """The stats JSON the crawl wrote, or one made here (and written to disk) when it wrote none:
    'partial' if the run had stored pages before it died, else 'failed', naming the cause.
    An interrupted run is 'partial' whatever it stored (the user stopped it: nothing to retry)."""
    path = stats_path(data_dir, run_id, name)
    stats = read_fresh(path, launched)
    if interrupted:
        stats = stats or _fallback(data_dir, run_id, name, launched, INTERRUPTED)
        stats["finish_reason"] = f"{INTERRUPTED} ({stats.get('finish_reason')})"
        stats["status"] = "partial"
        write_json(path, stats)
        return stats
    if stats is not None:
        if timed_out:
            killed = "; killed after the grace period" if returncode == -signal.SIGKILL else ""
            stats["finish_reason"] = f"timeout ({stats['finish_reason']}{killed})"
            stats["status"] = "partial"
            write_json(path, stats)
        return stats
    if timed_out:
        reason = "timeout: killed after the grace period"
    else:
        reason = f"crawler exited with code {returncode} and wrote no stats"
    tail = _tail(log_path)
    fallback = _fallback(data_dir, run_id, name, launched, reason + (f": {tail}" if tail else ""))
    write_json(path, fallback)
    return fallback


def _fallback(
    data_dir: Path, run_id: str, name: str, launched: datetime, reason: str
) -> dict[str, Any]:
    stored = stored_by_run(data_dir, name, run_id)
    return {
        "portal": name,
        "run_id": run_id,
        "started_at": launched.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "pages": stored,
        "articles": stored,
        "new_articles": stored,
        "errors": 1,
        "status": "partial" if stored else "failed",
        "finish_reason": reason,
        "drops": {},
        "stats": {},
    }


def stored_by_run(data_dir: Path, portal: str, run_id: str) -> int:
    """Article pages a run stored (its committed batch files), read from Parquet metadata only."""
    return sum(
        pq.read_metadata(p).num_rows
        for p in pages_dir(data_dir, portal).glob(f"{run_id}-*.parquet")
    )


def read_fresh(path: Path, launched: datetime) -> dict[str, Any] | None:
    """The stats at `path` if this launch wrote them (a file left by an earlier run is ignored)."""
    try:
        stats: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if datetime.fromisoformat(stats["finished_at"]) < launched:
            return None
    except (OSError, ValueError, KeyError):
        return None
    return stats


def _tail(log_path: Path | None, lines: int = 3) -> str:
    if log_path is None or not log_path.exists():
        return ""
    text = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return " | ".join(line.strip() for line in text[-lines:])
