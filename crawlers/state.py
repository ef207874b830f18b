"""Crawl state kept in the project's own store: the pages dataset and the run stats JSONs.

- known article URLs: the `url` and `final_url` of stored pages with status 200;
- the span of the last *complete* crawl of a portal: its start is the incremental cutoff for
  sitemap lastmod and WordPress `after=`; its end tells which stored articles it had seen, so a
  listing walk can stop at a page holding only those. An interrupted run moves neither, so a
  resumed crawl still reaches the older entries it had not stored yet.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.core.article import canonical_url
from pipeline.core.parquet_io import parquet_files

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
COMPLETE_REASONS = frozenset({"finished"})
OK_STATUSES = frozenset({"ok", "empty"})


def pages_dir(data_dir: Path, portal: str) -> Path:
    return data_dir / "raw" / "pages" / f"portal={portal}"


def runs_dir(data_dir: Path) -> Path:
    return data_dir / "raw" / "runs"


def known_urls_with_time(data_dir: Path, portal: str) -> dict[str, datetime]:
    """Canonical URL -> first fetch time of article pages already stored for `portal` (status 200)."""
    known: dict[str, datetime] = {}
    for path in parquet_files(pages_dir(data_dir, portal)):
        table = pq.read_table(path, columns=["url", "final_url", "status", "fetched_at"])
        table = table.filter(pc.equal(table["status"], 200))
        stamps = [stamp or EPOCH for stamp in table["fetched_at"].to_pylist()]
        for column in ("url", "final_url"):
            for url, stamp in zip(table[column].to_pylist(), stamps, strict=True):
                if url:
                    key = canonical_url(url)
                    known[key] = min(known.get(key, stamp), stamp)
    return known


def known_urls(data_dir: Path, portal: str) -> set[str]:
    """Canonical URLs of article pages already stored for `portal` (status 200)."""
    return set(known_urls_with_time(data_dir, portal))


def last_complete_run(data_dir: Path, portal: str) -> tuple[datetime, datetime] | None:
    """(started_at, finished_at) of the latest finished, successful crawl of `portal`, if any."""
    latest: tuple[datetime, datetime] | None = None
    for path in runs_dir(data_dir).glob(f"*/{portal}.json"):
        try:
            stats = json.loads(path.read_text(encoding="utf-8"))
            if (
                stats.get("finish_reason") not in COMPLETE_REASONS
                or stats.get("status") not in OK_STATUSES
            ):
                continue
            span = (
                datetime.fromisoformat(stats["started_at"]),
                datetime.fromisoformat(stats["finished_at"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged stats file only costs a fuller re-scan
        if latest is None or span[0] > latest[0]:
            latest = span
    return latest


def next_sequence(data_dir: Path, portal: str, run_id: str) -> int:
    """The first free `<run_id>-<seq>` number, so a re-used run id never overwrites a file."""
    taken = [
        int(p.stem.rsplit("-", 1)[1])
        for p in pages_dir(data_dir, portal).glob(f"{run_id}-*.parquet")
        if p.stem.rsplit("-", 1)[1].isdigit()
    ]
    return max(taken, default=-1) + 1
