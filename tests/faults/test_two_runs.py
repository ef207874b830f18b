"""Two runs on one data folder at once: the second stops with LockedError's clear message."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.crawling import REPO

pytest.importorskip("flows.process")
pytestmark = pytest.mark.slow

HOLDER = """
import sys, time
from pathlib import Path
from pipeline.lock import data_lock
with data_lock(Path(sys.argv[1]), "pantau crawl"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _pantau() -> list[str]:
    script = Path(sys.executable).with_name("pantau")
    return [str(script)] if script.exists() else [shutil.which("pantau") or "pantau"]


def test_second_run_on_a_busy_data_folder_stops_with_a_clear_message(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = dict(os.environ, PANTAU_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir), "170"], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        second = subprocess.run([*_pantau(), "process"], cwd=tmp_path, env=env, capture_output=True,
                                text=True, timeout=150)
        elapsed = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout:
            holder.stdout.close()
    last_line = second.stderr.strip().splitlines()[-1] if second.stderr.strip() else ""
    assert second.returncode == 2, second.stderr[-2000:]
    assert last_line.startswith("pantau: ") and f"in use by pid {holder.pid}" in last_line, last_line
    assert "pantau crawl" in last_line and "PANTAU_DATA_DIR" in last_line
    assert not (data_dir / "tables").exists(), "the refused run wrote tables"
    print(f"refused after {elapsed:.1f} s")
