"""Progress bars (rich) for long CLI work, fed from inside the flows.

Flows run in the CLI's own process, so the CLI opens a `progress_bars()` context and the flows
report to whatever bar set is open; without one (scheduled runs, tests) reporting is a no-op.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

_active: Progress | None = None
_lock = threading.Lock()


@contextmanager
def progress_bars(console: Console | None = None) -> Iterator[None]:
    """Show bars for the flows run inside this block (only on a terminal)."""
    global _active
    console = console or Console(stderr=True)
    bars = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=False,
    )
    with bars:
        _active = bars
        try:
            yield
        finally:
            _active = None


class Step:
    """One bar: `advance()` as work completes; silent when no bars are shown."""

    def __init__(self, description: str, total: int) -> None:
        self.bars = _active
        self.total = total
        self.task_id = self.bars.add_task(description, total=total) if self.bars else None

    def advance(self, amount: int = 1) -> None:
        if self.bars is not None and self.task_id is not None:
            with _lock:
                self.bars.advance(self.task_id, amount)

    def done(self) -> None:
        if self.bars is not None and self.task_id is not None:
            self.bars.update(self.task_id, completed=self.total)
