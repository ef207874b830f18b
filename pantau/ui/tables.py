"""The UI's view of the tables: which it shows, and when its SQLite copy is out of date.

Rows are read through the one read path, pipeline.store.read (re-exported here and from
`pantau.ui` for the notebooks).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.core.tables import UI as UI_TABLES  # `pages` holds raw HTML and stays out of the UI
from pipeline.store.read import partition_values, read_arrow, read_frame, table_files

__all__ = [
    "UI_TABLES",
    "partition_values",
    "read_arrow",
    "read_frame",
    "table_files",
    "table_fingerprint",
]


def table_fingerprint(root: Path) -> list[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every table file read: changes when the pipeline rewrites one."""
    out = []
    for name in UI_TABLES:
        for path in table_files(root, name):
            stat = path.stat()
            out.append((str(path.relative_to(root)), stat.st_size, stat.st_mtime_ns))
    return out
