"""The journalists' web UI (Datasette over a SQLite file built from the tables) and the table
reader the researchers' notebooks use."""

from __future__ import annotations

from pantau.ui.tables import UI_TABLES, read_arrow, read_frame

__all__ = ["UI_TABLES", "read_arrow", "read_frame"]
