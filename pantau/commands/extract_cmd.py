"""`pantau extract` and `pantau eval`.

The extractor is imported inside the commands: it brings spaCy, which `--help` and the other
commands must not wait for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

InputOpt = Annotated[
    Path, typer.Option("--input", help="JSONL: {id, html|text, url?, published?} per line.")
]
OutputOpt = Annotated[
    str,
    typer.Option(
        "--output",
        help="JSONL output, one object per input line ('-': stdout). Written whole or not at all; "
        "a symlink is written through; folders and devices are refused.",
    ),
]
GoldOpt = Annotated[Path, typer.Option("--gold", help="Gold JSONL (DESIGN.md extraction shape).")]
PredOpt = Annotated[
    Path | None, typer.Option("--pred", help="Score this output instead of extracting.")
]
DocsOpt = Annotated[
    Path | None,
    typer.Option(
        "--docs",
        help="Folder of <id>.txt|.html for gold records without inline html/text "
        "(default: <gold dir>/../seeds).",
    ),
]
TextsOpt = Annotated[
    Path | None,
    typer.Option(
        "--texts",
        help="Folder of <id>.txt for real-corpus gold (body as offsets, text sha256 checked); "
        "see tests/fixtures/real/README.md.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
MissesOpt = Annotated[
    bool, typer.Option("--misses", help="Also list missed and spurious entities.")
]
NoProvinceOpt = Annotated[
    bool,
    typer.Option(
        "--no-province",
        help="Do not pass the gold's province to extraction (it breaks region ties).",
    ),
]


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(input_path: InputOpt, output_path: OutputOpt) -> None:
        """Extract officials, persons, organisations, places and dates from documents."""
        from pantau.extract import extract_file

        counts = extract_file(input_path, output_path)
        typer.echo(
            f"{counts['documents']} documents, {counts['errors']} errors -> {output_path}",
            err=output_path == "-",
        )

    @app.command("eval")
    def evaluate(
        gold: GoldOpt,
        pred: PredOpt = None,
        docs: DocsOpt = None,
        texts: TextsOpt = None,
        as_json: JsonOpt = False,
        show_misses: MissesOpt = False,
        no_province: NoProvinceOpt = False,
    ) -> None:
        """Score extraction against gold: per-type P/R/F1, role, body and publication-date accuracy."""
        from pantau.evaluate import evaluate as run
        from pantau.evaluate import render

        report = run(gold, pred, docs, use_province=not no_province, texts=texts)
        if as_json:
            out = report.as_dict()
            if show_misses:
                out["misses"] = report.misses
            typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
            return
        typer.echo(render(report))
        if show_misses:
            for miss in report.misses:
                typer.echo(json.dumps(miss, ensure_ascii=False))
