"""`pantau query "SQL"`, `pantau search TERM`, `pantau export`: read-only access to the tables."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from pipeline.store.export import FORMATS, export_tables
from pipeline.store.query import DEFAULT_TIMEOUT, SEARCH_TYPES, connect

TABLE_OPTION = typer.Option("--table", help="Table to export (repeatable; default: all).")
OUTPUT_OPTION = typer.Option("--output", help="Folder to write into.")
QUERY_FORMATS = ("table", "csv", "json")
DATA_DIR = typer.Option(
    None, "--data-dir", help="Data folder (default: PANTAU_DATA_DIR or ./data)."
)


def _print_frame(frame: pd.DataFrame, title: str | None = None, max_rows: int = 100) -> None:
    table = Table(title=title, show_lines=False)
    for column in frame.columns:
        table.add_column(str(column), overflow="fold")
    for row in frame.head(max_rows).itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    console = Console()
    console.print(table)
    if len(frame) > max_rows:
        console.print(f"... {len(frame) - max_rows} more rows (use --format csv or --max-rows)")


def _cell(value: object) -> str:
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        items = (
            value.tolist() if hasattr(value, "tolist") else value
        )  # numpy arrays from list columns
        if isinstance(items, list):
            return ", ".join(str(v) for v in items)
    return "" if _missing(value) else str(value)


def _json_value(value: object) -> object:
    """JSON for what json cannot write itself: dates (ISO), numpy arrays and scalars."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return _finite(value.tolist())
    return str(value)


def _finite(value: object) -> object:
    """NaN and infinities are not JSON: null, at any depth (lists, structs, numpy scalars)."""
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    if hasattr(value, "tolist") and not hasattr(value, "isoformat"):
        return _finite(value.tolist())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _check_output_options(fmt: str, max_rows: int) -> None:
    if fmt not in QUERY_FORMATS:
        raise typer.BadParameter(
            f"{fmt!r} is not one of {', '.join(QUERY_FORMATS)}", param_hint="--format"
        )
    if max_rows < 1:
        raise typer.BadParameter(f"{max_rows} rows: give at least 1", param_hint="--max-rows")


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _print_hits(hits: pd.DataFrame, plain: bool) -> None:
    if hits.empty:
        typer.echo("no matches")
        return
    if not plain:
        shown = hits[["date", "type", "name", "sentence", "portal", "url"]]
        _print_frame(shown, title=f"{len(hits)} hits", max_rows=len(hits))
        return
    for hit in hits.itertuples(index=False):
        when = "" if _missing(hit.date) else str(hit.date)
        typer.echo(f"{when}\t{hit.type}\t{hit.name}\t{hit.portal}\t{hit.url}")
        typer.echo(f"    {hit.sentence}")


def register(app: typer.Typer) -> None:
    @app.command("query")
    def query(
        sql: str = typer.Argument(
            ..., help="One read-only SQL statement (SELECT / WITH / EXPLAIN)."
        ),
        fmt: str = typer.Option("table", "--format", help="table | csv | json"),
        timeout: float | None = typer.Option(
            None,
            "--timeout",
            help=f"Stop after this many seconds (> 0; default [query] timeout, {DEFAULT_TIMEOUT:g}).",
        ),
        max_rows: int = typer.Option(100, "--max-rows", help="Rows shown in table format."),
        data_dir: Path | None = DATA_DIR,
    ) -> None:
        """Run SQL over the tables (articles, mentions, entities, engagements, crawl_runs, pages)."""
        _check_output_options(fmt, max_rows)
        with connect(data_dir, timeout=timeout) as db:
            frame = db.sql(sql)
        if fmt == "csv":
            typer.echo(frame.to_csv(index=False), nl=False)
        elif fmt == "json":
            for record in frame.to_dict("records"):
                clean = _finite(record)
                typer.echo(
                    json.dumps(clean, default=_json_value, ensure_ascii=False, allow_nan=False)
                )
        else:
            _print_frame(frame, max_rows=max_rows)

    @app.command("search")
    def search(
        term: str = typer.Argument(
            ..., help="Text to find in mentions and entity names (any case)."
        ),
        type_: str | None = typer.Option(None, "--type", help=" | ".join(SEARCH_TYPES)),
        province: str | None = typer.Option(None, "--province", help="Only this province."),
        since: str | None = typer.Option(None, "--since", help="Published on or after YYYY-MM-DD."),
        until: str | None = typer.Option(
            None, "--until", help="Published on or before YYYY-MM-DD."
        ),
        limit: int = typer.Option(50, "--limit", help="At most this many hits."),
        plain: bool = typer.Option(
            False, "--plain", help="Tab-separated lines instead of a table."
        ),
        data_dir: Path | None = DATA_DIR,
    ) -> None:
        """Print each mention matching TERM with its sentence, date, portal and URL."""
        with connect(data_dir) as db:
            hits = db.search(
                term, type=type_, province=province, since=since, until=until, limit=limit
            )
        _print_hits(hits, plain)

    @app.command("export")
    def export(
        fmt: str = typer.Option(
            ...,
            "--format",
            help="csv | json (one JSON object per line, .jsonl) | "
            "graphml | gexf (the official–organisation network, engagements.<fmt>)",
        ),
        tables: Annotated[list[str] | None, TABLE_OPTION] = None,
        output: Annotated[Path, OUTPUT_OPTION] = Path("export"),
        data_dir: Path | None = DATA_DIR,
    ) -> None:
        """Export tables to CSV or JSON lines (one file per table), or the engagement network."""
        if fmt in ("graphml", "gexf"):
            from pipeline.store.graph import export_graph  # networkx loads only when asked

            typer.echo(str(export_graph(data_dir, fmt, output)))
            return
        if fmt not in FORMATS:
            choices = ", ".join([*FORMATS, "graphml", "gexf"])
            raise typer.BadParameter(f"{fmt!r} is not one of {choices}", param_hint="--format")
        for path in export_tables(data_dir, fmt, output, tables or None):
            typer.echo(str(path))
