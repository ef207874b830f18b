"""Run the real crawler as a subprocess against a local site, and read back what it stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.core.parquet_io import parquet_files, to_table, write_atomic

REPO = Path(__file__).resolve().parents[2]

# short timeouts and no politeness delay: these sites are on 127.0.0.1 and hostile on purpose
FAST_POLITENESS: dict[str, Any] = {
    "DOWNLOAD_TIMEOUT": 2,
    "RETRY_TIMES": 1,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "PANTAU_RETRY_BACKOFF": 0.1,
    "PANTAU_RETRY_BACKOFF_MAX": 1.0,  # also caps a server's Retry-After (the hostile one asks 3600 s)
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "PANTAU_FLUSH_ITEMS": 1,
}


def portal_json(name: str, base_url: str, **politeness: Any) -> str:
    return json.dumps(
        {
            "name": name,
            "base_url": base_url,
            "discovery": ["sitemap"],
            "politeness": {**FAST_POLITENESS, **politeness},
        }
    )


def crawl_command(portal: str, data_dir: Path, run_id: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "crawlers.run",
        "--portal-json",
        portal,
        "--data-dir",
        str(data_dir),
        "--run-id",
        run_id,
        "--allow-private",
        "--log-level",
        "WARNING",
        *extra,
    ]


def crawl_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, PANTAU_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
    env.pop("PANTAU_CRAWL__ALLOW_PRIVATE", None)
    return env


def run_crawl(portal: str, data_dir: Path, run_id: str, timeout: float = 80) -> dict[str, Any]:
    """One crawl subprocess to completion; its stats JSON (the verdict, not the exit code)."""
    proc = subprocess.run(
        crawl_command(portal, data_dir, run_id),
        cwd=REPO,
        env=crawl_env(data_dir),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    name = json.loads(portal)["name"]
    stats = data_dir / "raw" / "runs" / run_id / f"{name}.json"
    assert stats.exists(), f"no stats JSON (exit {proc.returncode}): {proc.stderr[-2000:]}"
    return json.loads(stats.read_text())


def stored_pages(
    data_dir: Path, columns: tuple[str, ...] = ("url", "status", "sha256")
) -> list[dict]:
    rows: list[dict] = []
    for path in parquet_files(data_dir / "raw" / "pages"):
        rows += pq.read_table(path, columns=list(columns)).to_pylist()
    return rows


def seed_page(data_dir: Path, portal: str, url: str, run_id: str = "earlier") -> Path:
    """A page stored by an earlier crawl (what must survive, and never be fetched again)."""
    from datetime import UTC, datetime

    row = {
        "url": url,
        "final_url": url,
        "portal": portal,
        "fetched_at": datetime(2024, 1, 1, tzinfo=UTC),
        "status": 200,
        "content_type": "text/html",
        "html": b"<html>lama</html>",
        "sha256": "0" * 64,
        "run_id": run_id,
        "discovered_via": "seed",
    }
    path = data_dir / "raw" / "pages" / f"portal={portal}" / f"{run_id}-00000.parquet"
    return write_atomic(to_table([row], "pages"), path, "pages")
