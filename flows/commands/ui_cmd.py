"""Command group slot: filled by the stage that owns it."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
