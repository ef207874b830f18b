"""The data folder's write lock as a Pantau run holds it: once per process, whoever takes it first.

`pantau crawl | process | run | demo` take the lock before Prefect starts, so a refused run stops
at once with LockedError's message; the flows take it too, for when they are called from Python or
a schedule. `pipeline.core.lock.data_lock` is not reentrant (a FileLock shared across processes), so a
flow inside a run that already holds the lock must not take it again: this module remembers which
folders this process holds. No Prefect here: the CLI imports it before Prefect.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.lock import data_lock

WRITTEN = ("tables", "raw", "state")  # the folders a run writes into

_held: set[Path] = set()
_guard = threading.Lock()


def holds_lock(data_dir: Path) -> bool:
    """True while this process holds the write lock of `data_dir` through `run_lock`."""
    with _guard:
        return Path(data_dir).resolve() in _held


@contextmanager
def run_lock(data_dir: Path, what: str) -> Iterator[None]:
    """Hold `data_dir`'s write lock for `what`, unless this process already holds it (then a no-op).

    Raises LockedError when another process holds it. Crawl subprocesses never take it: the run
    that launched them holds it for them.
    """
    key = Path(data_dir).resolve()
    if holds_lock(key):
        yield
        return
    with data_lock(Path(data_dir), what):
        check_writable(Path(data_dir))
        check_manifest(Path(data_dir))
        with _guard:
            _held.add(key)
        try:
            yield
        finally:
            with _guard:
                _held.discard(key)


def check_writable(data_dir: Path) -> None:
    """Each folder a run writes into takes a file, checked before the run starts: a read-only
    folder is a message naming it, not a traceback from deep inside a Prefect task."""
    for name in WRITTEN:
        folder = data_dir / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".pantau-probe-"):
                pass
        except OSError as exc:
            raise InputError(
                f"{folder}: cannot write there ({exc.strerror or exc}); "
                "check its permissions and free space"
            ) from exc


def check_manifest(data_dir: Path) -> None:
    """A lost or unreadable table manifest stops the run now, not after an hour of crawling."""
    from pipeline.store import manifest  # late: a run refused at the lock never pays this import

    manifest.load(data_dir / "tables")
