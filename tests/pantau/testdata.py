"""Tables for the UI, browser and notebook tests: the demo's when `pantau demo` exists, else the
fictional synthetic set.

`PANTAU_UI_TEST_DATA` chooses: `auto` (default: the demo if the CLI has a `demo` command; when
the demo fails, a warning and the synthetic set, so these tests still test the UI), `demo` (the
demo or a failure) or `synthetic`. Results, failures included, are cached in the folder given:
one test session runs the demo at most once however many test modules ask.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

from pantau.ui.synthetic import write_synthetic_tables
from pipeline.core.errors import PantauError
from pipeline.core.parquet_io import parquet_files

DEMO_TIMEOUT_S = 240
READY_MARKER = ".tables-ready"
FAILED_MARKER = ".demo-failed"


def demo_available() -> bool:
    """Whether the `pantau` CLI has registered a `demo` command yet."""
    from pantau.cli import app

    return any(
        (command.name or getattr(command.callback, "__name__", "")) == "demo"
        for command in app.registered_commands
    )


def _run_demo(data_dir: Path) -> None:
    env = {**os.environ, "PANTAU_DATA_DIR": str(data_dir)}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pantau.cli", "demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=DEMO_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise PantauError(f"`pantau demo` did not finish within {DEMO_TIMEOUT_S} s") from exc
    if done.returncode != 0 or not parquet_files(data_dir / "tables" / "articles"):
        raise PantauError(
            f"`pantau demo` exited {done.returncode} without articles "
            f"under {data_dir / 'tables'}:\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )


def _demo_tables(base: Path, strict: bool) -> tuple[Path, str] | None:
    """The demo's data folder, or None (after a warning) when it failed and `strict` is off."""
    data_dir = base / "demo"
    failed = base / FAILED_MARKER
    if (data_dir / READY_MARKER).exists():
        return data_dir, "demo"
    if not failed.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            _run_demo(data_dir)
        except PantauError as exc:
            failed.write_text(str(exc), encoding="utf-8")
        else:
            (data_dir / READY_MARKER).touch()
            return data_dir, "demo"
    message = failed.read_text(encoding="utf-8")
    if strict:
        raise PantauError(message)
    warnings.warn(f"using the synthetic tables: {message}", stacklevel=2)
    return None


def prepare_tables(base: Path) -> tuple[Path, str]:
    """A data folder with tables under `base` and the source that filled it (demo | synthetic)."""
    choice = os.environ.get("PANTAU_UI_TEST_DATA", "auto")
    if choice == "demo" or (choice == "auto" and demo_available()):
        found = _demo_tables(base, strict=choice == "demo")
        if found is not None:
            return found
    data_dir = base / "synthetic"
    if not (data_dir / READY_MARKER).exists():
        write_synthetic_tables(data_dir)
        (data_dir / READY_MARKER).touch()
    return data_dir, "synthetic"


def wait_for_url(proc: subprocess.Popen, timeout: float = 30) -> str:
    """The URL `pantau ui` prints once its socket listens."""
    deadline = time.monotonic() + timeout
    seen = []
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
        seen.append(line)
        match = re.search(r"Pantau UI: (http://\S+)", line)
        if match:
            return match.group(1)
    raise PantauError(f"`pantau ui` printed no URL: {''.join(seen)}")
