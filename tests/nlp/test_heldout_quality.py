"""Quality gate: extraction on the former held-out set (a development set since 2026-11-23) stays above pinned floors.

The floors in tests/fixtures/heldout/floors.json are the measured figures minus 0.03, so a real
regression fails while run-to-run noise (there is none: extraction is deterministic) cannot."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pantau.evaluate import evaluate
from tests.fixtures.heldout import build

HELDOUT = Path(build.__file__).resolve().parent
FLOORS: dict[str, float] = json.loads((HELDOUT / "floors.json").read_text(encoding="utf-8"))[
    "floors"
]
F1_TYPES = ("officials", "persons", "organisations", "places", "dates")


@cache
def _figures() -> dict[str, Any]:
    return evaluate(HELDOUT / "heldout.jsonl", docs=HELDOUT).as_dict()


def _measured(figures: dict[str, Any], metric: str) -> float:
    value = figures[metric]["f1"] if metric in F1_TYPES else figures[metric]
    assert value is not None, f"{metric}: no figure measured (no gold for it?)"
    return float(value)


def test_heldout_jsonl_is_rendered_from_the_article_modules() -> None:
    assert (HELDOUT / "heldout.jsonl").read_text(encoding="utf-8") == build.render_all(), (
        "heldout.jsonl is stale: run python -m tests.fixtures.heldout.build"
    )


def test_heldout_set_has_enough_articles_in_both_input_forms() -> None:
    records = [
        json.loads(line)
        for line in (HELDOUT / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) >= 25
    assert sum("html" in r for r in records) >= 10 and sum("text" in r for r in records) >= 10


def test_heldout_floors_cover_every_type() -> None:
    assert set(F1_TYPES) <= set(FLOORS)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_heldout_quality_stays_above_floor(metric: str) -> None:
    figures = _figures()
    assert figures["documents"] >= 25
    measured = _measured(figures, metric)
    assert measured >= FLOORS[metric], (
        f"held-out {metric} fell to {measured:.3f}, below the floor {FLOORS[metric]:.3f} "
        f"(see tests/fixtures/heldout/README.md; run pantau eval --gold tests/fixtures/heldout/heldout.jsonl --misses)"
    )
