"""Run the `pantau` CLI in-process the way `pantau` itself does: a PantauError is exit 2 with a
message; any other exception is a traceback a user would see, so tests fail on it."""

from __future__ import annotations

from dataclasses import dataclass

from typer.testing import CliRunner

from pantau.cli import app
from pipeline.core.errors import PantauError

runner = CliRunner()


@dataclass
class Outcome:
    code: int
    output: str


def run_cli(args: list[str]) -> Outcome:
    result = runner.invoke(app, args)
    exc = result.exception
    if isinstance(exc, PantauError):
        return Outcome(2, result.output + f"pantau: {exc}\n")
    if exc is not None and not isinstance(exc, SystemExit):
        raise AssertionError(f"traceback for {args}: {type(exc).__name__}: {exc}") from exc
    return Outcome(result.exit_code, result.output)
