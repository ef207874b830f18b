"""Writing a user-named output file the way a careful CLI does.

`-` is standard output. Anything else is written to a temporary file beside the target, flushed
and synced, then renamed over it, so the target is either the old file or the whole new one.
Refused with a message naming the path: a folder, a missing parent folder, a device, pipe or
socket (renaming a file over /dev/null would replace the device itself; to discard output give
`-` and redirect). A symlink is written *through*: the file it points to is replaced and the link
itself stays, as a shell redirection would do; replacing the link with a plain file would
silently cut whatever relies on it.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from pipeline.core.errors import InputError

STDOUT = "-"


def resolve_target(target: Path | str) -> Path | None:
    """The regular file to replace (None for stdout), or InputError naming what is wrong."""
    if str(target) == STDOUT:
        return None
    path = Path(target)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise InputError(f"--output {target}: cannot inspect it ({exc.strerror})") from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(f"--output {target} is a folder; give a file name inside it")
    if mode is not None and not stat.S_ISREG(mode):
        raise InputError(
            f"--output {target} is not a regular file (a device, pipe or socket); "
            "give a file, or `-` for standard output"
        )
    parent = real.parent
    if not parent.is_dir():
        raise InputError(f"--output {target}: folder {parent} does not exist; create it first")
    return real


@contextmanager
def open_output(target: Path | str) -> Iterator[TextIO]:
    """A text stream for `target`; the file appears (atomically) only if the block succeeds."""
    real = resolve_target(target)
    if real is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, renamed on success)
            "w",
            encoding="utf-8",
            dir=real.parent,
            prefix=f".{real.name}.",
            suffix=".tmp",
            delete=False,
        )
    except OSError as exc:
        raise InputError(
            f"--output {target}: cannot write in {real.parent} ({exc.strerror})"
        ) from exc
    tmp = Path(handle.name)
    try:
        with handle:
            yield handle  # type: ignore[misc]  # a text file wrapper: TextIO in all but name
            handle.flush()
            os.fsync(handle.fileno())
        if real.exists():  # keep the permissions the user gave the file
            os.chmod(tmp, stat.S_IMODE(real.stat().st_mode))
        os.replace(tmp, real)
    finally:
        tmp.unlink(missing_ok=True)
