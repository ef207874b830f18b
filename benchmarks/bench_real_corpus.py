"""Text dumps, real and fictional side by side: body start / end, publication date, refusals.

`python -m benchmarks real_corpus` measures `clean_text` on
- the real-article corpus (tests/fixtures/real/<split>.jsonl joined with the git-ignored text cache,
  data/cache/real-texts or PANTAU_REAL_TEXTS; each split is skipped, with the reason, without it),
  plus the same bodies inside ten HTML page shapes (body F1, `clean_html`);
- the fictional text dumps of the cleaning corpus (tests/fixtures/clean, kind "text");
- the fictional real-shaped dumps (tests/fixtures/clean/real_shapes.py).
Body start / end follow `pantau eval` (the first / last words of the annotated body); publication
date is scored where the gold has one, and a date given where it has none is counted apart.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.real_scoring import NOW, measure
from pantau.real_corpus import SPLITS, load, unavailable
from pipeline.clean import clean_text
from pipeline.clean.evaluate import ends_with, starts_with
from pipeline.core.errors import Dropped

REPO = Path(__file__).resolve().parents[1]
CLEAN = REPO / "tests" / "fixtures" / "clean"


def _rate(hits: int, n: int) -> float:
    return round(hits / n, 3) if n else 0.0


def _score(cases: list[tuple[str, str | None, str, str, str | None]]) -> dict[str, float | int]:
    """(text, url, first, last, published) cases -> start / end / published / refused figures."""
    start = end = dated = dated_right = refused = 0
    for text, url, first, last, published in cases:
        try:
            article = clean_text(text, url, now=NOW)
        except Dropped:
            refused += 1
            continue
        start += starts_with(article.body, first)
        end += ends_with(article.body, last)
        if published is not None:
            dated += 1
            dated_right += (
                bool(article.published_at) and article.published_at.date().isoformat() == published
            )
    n = len(cases)
    return {
        "articles": n,
        "body_start": _rate(start, n),
        "body_end": _rate(end, n),
        "published": _rate(dated_right, dated),
        "with_date": dated,
        "refused": refused,
    }


def fictional_dumps() -> dict[str, float | int]:
    rows = [
        r
        for r in json.loads((CLEAN / "manifest.json").read_text(encoding="utf-8"))
        if r["kind"] == "text"
    ]
    return _score(
        [
            (
                (CLEAN / r["file"]).read_text(encoding="utf-8"),
                r["url"],
                r["body_first"],
                r["body_last"],
                r["published"],
            )
            for r in rows
        ]
    )


def real_shaped_fixtures() -> dict[str, float | int]:
    from tests.fixtures.clean.real_shapes import CASES

    return _score(
        [
            (text, url, first, last, published)
            for _name, text, url, first, last, published, _ in CASES
        ]
    )


def main() -> dict:
    figures: dict[str, dict] = {}
    for split in SPLITS:
        reason = unavailable(split)
        figures[f"real_{split}"] = {"skipped": reason} if reason else measure(load(split)).figures()
    figures["fictional_text_dumps"] = fictional_dumps()
    figures["fictional_real_shaped_dumps"] = real_shaped_fixtures()
    return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
