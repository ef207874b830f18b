"""One writer per data folder: a second Pantau run on the same folder stops with a clear message."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from pipeline.core.errors import LockedError

LOCK_NAME = "pantau.lock"


def _holder(info_path: Path) -> str:
    try:
        info = json.loads(info_path.read_text())
    except (OSError, ValueError):
        return "another process"
    return f"pid {info.get('pid')} on {info.get('host')} ({info.get('what')}, since {info.get('since')})"


@contextmanager
def data_lock(data_dir: Path, what: str, timeout: float = 0) -> Iterator[None]:
    """Hold the data folder's write lock for the duration of `what`.

    The OS releases the lock when the holder dies (even on kill -9), so a crash never
    leaves the folder locked for good.
    """
    state = data_dir / "state"
    state.mkdir(parents=True, exist_ok=True)
    lock = FileLock(state / LOCK_NAME)
    info_path = state / "pantau.lock.json"
    try:
        lock.acquire(timeout=timeout)
    except Timeout as exc:
        raise LockedError(
            f"{data_dir} is in use by {_holder(info_path)}; wait for it to finish or use another "
            f"PANTAU_DATA_DIR"
        ) from exc
    try:
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "what": what,
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        info_path.write_text(json.dumps(info))
        yield
    finally:
        info_path.unlink(missing_ok=True)
        lock.release()
