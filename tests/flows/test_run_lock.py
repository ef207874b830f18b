"""The run lock: taken once per process, so a flow under the CLI's lock does not deadlock on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flows.run_lock import holds_lock, run_lock

TRY_LOCK = """
import sys
from pathlib import Path
from pipeline.core.errors import LockedError
from pipeline.core.lock import data_lock
try:
    with data_lock(Path(sys.argv[1]), "other"):
        print("free")
except LockedError:
    print("locked")
"""


def other_process_sees(folder: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    return done.stdout.strip()


def test_nested_run_lock_is_a_no_op_and_the_outer_one_holds_until_it_ends(data_dir: Path):
    with run_lock(data_dir, "pantau run"):
        with run_lock(data_dir, "pantau crawl"):  # the flow inside the CLI's lock
            assert holds_lock(data_dir)
        assert holds_lock(data_dir) and other_process_sees(data_dir) == "locked"
    assert not holds_lock(data_dir) and other_process_sees(data_dir) == "free"
