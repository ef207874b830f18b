"""`pantau config show`."""

from __future__ import annotations

import json

import typer

from pipeline.core.config import load_config, redacted


def register(app: typer.Typer) -> None:
    config_app = typer.Typer(help="Show the effective configuration.", no_args_is_help=True)

    @config_app.command("show")
    def show(
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of TOML-like text."),
    ) -> None:
        """Print the effective config (defaults < ./pantau.toml < PANTAU_* variables); secrets masked."""
        config = redacted(load_config())
        if as_json:
            typer.echo(json.dumps(config, indent=2, ensure_ascii=False))
            return
        for key, value in config.items():
            if not isinstance(value, dict | list):
                typer.echo(f"{key} = {json.dumps(value)}")
        for key, value in config.items():
            if isinstance(value, dict):
                typer.echo(f"\n[{key}]")
                for sub, subval in value.items():
                    typer.echo(f"{sub} = {json.dumps(subval, ensure_ascii=False)}")
            elif isinstance(value, list):
                for item in value:
                    typer.echo(f"\n[[{key}]]")
                    for sub, subval in item.items():
                        typer.echo(f"{sub} = {json.dumps(subval, ensure_ascii=False)}")

    app.add_typer(config_app, name="config")
