"""`pantau verify` and `pantau repair`: check every stored file; mend without deleting anything."""

from __future__ import annotations

from pathlib import Path

import typer

from pipeline.core import config

DATA_DIR = typer.Option(
    None, "--data-dir", help="Data folder (default: PANTAU_DATA_DIR or ./data)."
)


def _folder(data_dir: Path | None) -> Path:
    from pipeline.core.errors import InputError

    folder = data_dir if data_dir is not None else config.data_dir()
    if not folder.is_dir():
        raise InputError(f"no data folder at {folder} (check --data-dir / PANTAU_DATA_DIR)")
    return folder


def register(app: typer.Typer) -> None:
    @app.command("verify")
    def verify(data_dir: Path | None = DATA_DIR) -> None:
        """Check every table and page file (readable, version, table, manifest); exit 1 on damage."""
        from pipeline.store.verify import verify as run

        report = run(_folder(data_dir))
        for finding in report.findings:
            typer.echo(str(finding))
        damaged = len(report.damaged)
        typer.echo(
            f"{report.checked} files checked, {damaged} damaged"
            + ("; run `pantau repair` (it quarantines, deletes nothing)" if damaged else "")
        )
        if damaged:
            raise typer.Exit(1)

    @app.command("repair")
    def repair(data_dir: Path | None = DATA_DIR) -> None:
        """Quarantine damaged files and rebuild the manifest from the valid ones (never deletes)."""
        from pipeline.store.verify import repair as run

        report = run(_folder(data_dir))
        for line in report.actions:
            typer.echo(line)
        typer.echo(
            f"{len(report.damaged)} damaged files, {len(report.actions)} actions"
            + (
                "; run `pantau process` to rebuild dropped partitions from the raw pages"
                if report.actions
                else ""
            )
        )
