import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.core.errors import LockedError
from pipeline.core.lock import data_lock

HOLD = """
import sys, time
from pathlib import Path
from pipeline.core.lock import data_lock
with data_lock(Path(sys.argv[1]), "test holder"):
    print("held", flush=True)
    time.sleep(30)
"""


def _hold_in_child(folder: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_second_run_on_same_folder_gets_a_clear_message(tmp_path: Path) -> None:
    child = _hold_in_child(tmp_path)
    try:
        with (
            pytest.raises(LockedError, match=r"in use by pid \d+ .*test holder"),
            data_lock(tmp_path, "second"),
        ):
            pass
    finally:
        child.kill()
        child.wait()


def test_lock_is_released_when_the_holder_is_killed(tmp_path: Path) -> None:
    child = _hold_in_child(tmp_path)
    child.kill()  # SIGKILL: no cleanup code runs
    child.wait()
    time.sleep(0.05)
    with data_lock(tmp_path, "after crash"):
        assert (tmp_path / "state" / "pantau.lock.json").exists()
