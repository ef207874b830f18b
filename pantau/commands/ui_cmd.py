"""`pantau ui [--port N] [--no-open]`: the journalists' web UI."""

from __future__ import annotations

import typer

from pipeline.core.config import data_dir


def register(app: typer.Typer) -> None:
    @app.command("ui")
    def ui(
        port: int = typer.Option(8001, "--port", help="Port on 127.0.0.1 (0: any free port)."),
        open_browser: bool = typer.Option(True, "--open/--no-open", help="Open a browser tab."),
    ) -> None:
        """Browse the tables in Datasette (read-only, on 127.0.0.1) with ready-made queries."""
        # imported here so that other commands do not pay for Datasette's import
        from pantau.ui.server import run_ui

        run_ui(data_dir(), port=port, open_browser=open_browser, echo=lambda line: typer.echo(line))
