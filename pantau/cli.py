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
    except OSError as exc:
        # the user's file system said no (read-only or full folder, a file where a folder should
        # be): its message names the path; a traceback would add nothing but noise
        typer.secho(f"pantau: {file_error(exc)}", fg=typer.colors.RED, err=True)
        sys.exit(2)


def file_error(exc: OSError) -> str:
    where = " -> ".join(str(p) for p in (exc.filename, exc.filename2) if p)
    reason = exc.strerror or type(exc).__name__
    return f"{where}: {reason}" if where else f"{reason} ({exc})"


if __name__ == "__main__":
    main()
