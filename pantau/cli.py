"""The `pantau` command line. Each command group lives in pantau/commands/ and registers itself."""

from __future__ import annotations

import sys

import typer

from pantau.commands import register_all
from pipeline.core.errors import PantauError

app = typer.Typer(
    name="pantau",
    help="Pantau: watch how Indonesian regional governments engage with civil society.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
register_all(app)


def main() -> None:
    try:
        app()
    except PantauError as exc:
        typer.secho(f"pantau: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
