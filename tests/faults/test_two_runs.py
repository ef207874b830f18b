"""Two runs on one data folder at once: the second stops at once with LockedError's clear message.

The CLI takes the lock before Prefect starts, so the refusal costs no Prefect start-up and prints
no traceback."""

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
from pipeline.core.lock import data_lock
with data_lock(Path(sys.argv[1]), "pantau crawl"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _pantau() -> list[str]:
    script = Path(sys.executable).with_name("pantau")
    return [str(script)] if script.exists() else [shutil.which("pantau") or "pantau"]


@pytest.mark.parametrize(
    "command", [["process"], ["crawl", "--allow-private", "--url", "http://127.0.0.1:9/"]]
)
def test_second_run_on_a_busy_data_folder_stops_at_once_with_a_clear_message(
    tmp_path: Path, command: list[str]
) -> None:
    data_dir = tmp_path / "data"
    env = dict(os.environ, PANTAU_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), "60"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        second = subprocess.run(
            [*_pantau(), *command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=50,
        )
        elapsed = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout:
            holder.stdout.close()
    last_line = second.stderr.strip().splitlines()[-1] if second.stderr.strip() else ""
    assert second.returncode == 2, second.stderr[-2000:]
    assert last_line.startswith("pantau: ") and f"in use by pid {holder.pid}" in last_line, (
        last_line
    )
    assert "pantau crawl" in last_line and "PANTAU_DATA_DIR" in last_line
    assert not (data_dir / "tables").exists(), "the refused run wrote tables"
    assert "Traceback" not in second.stderr + second.stdout, second.stderr[-2000:]
    assert elapsed < 10, f"refused after {elapsed:.1f} s: Prefect started before the lock was tried"
    print(f"refused after {elapsed:.1f} s")
