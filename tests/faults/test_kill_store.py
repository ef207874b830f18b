"""kill -9 a process in the middle of TableStore writes, then re-run: tables readable, 0 lost, 0 doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.crawling import REPO, crawl_env

store = pytest.importorskip("pipeline.store")
pytestmark = pytest.mark.slow

BATCHES, SIZE = 4, 6


def _writer(data_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tests.faults.store_writer",
        str(data_dir),
        str(BATCHES),
        str(SIZE),
    ]


def _kill_after(data_dir: Path, batches_done: int, extra_delay: float) -> None:
    """Start the writer, let it commit `batches_done` batches, then SIGKILL it mid-batch."""
    proc = subprocess.Popen(
        _writer(data_dir),
        cwd=REPO,
        env=crawl_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for _ in range(batches_done):
            line = proc.stdout.readline()
            assert line.startswith("batch"), (
                f"writer failed: {line!r} {proc.stderr.read() if proc.stderr else ''}"
            )
        time.sleep(extra_delay)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=20)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it was killed"


def test_store_killed_mid_write_then_rerun_loses_and_doubles_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    for done, delay in ((1, 0.05), (2, 0.2)):
        _kill_after(data_dir, done, delay)
        tables = store.TableStore(data_dir)
        for table in ("articles", "mentions"):
            tables.read(table)  # readable after every crash, whatever it holds
    finished = subprocess.run(
        _writer(data_dir),
        cwd=REPO,
        env=crawl_env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]

    tables = store.TableStore(data_dir)
    articles = tables.read("articles")
    mentions = tables.read("mentions")
    assert len(articles) == BATCHES * SIZE, "articles lost or doubled"
    assert articles["article_id"].is_unique
    assert len(mentions) == 3 * BATCHES * SIZE
    assert not mentions.duplicated(["article_id", "text", "start"]).any()
    assert set(mentions["article_id"]) == set(articles["article_id"])
