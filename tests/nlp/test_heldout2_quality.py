"""Quality gate: extraction on the second, blind-written held-out set stays above pinned floors.

The articles of tests/fixtures/heldout2/ were annotated before the extractor was ever run on them
(see its README). The floors in tests/fixtures/heldout2/floors.json are the baseline extractor's
figures minus 0.03, so a real regression fails while run-to-run noise (there is none: extraction is
deterministic) cannot."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pantau.evaluate import evaluate
from tests.fixtures.heldout2 import build

HELDOUT2 = Path(build.__file__).resolve().parent
GOLD = HELDOUT2 / "heldout2.jsonl"
FLOORS: dict[str, float] = json.loads((HELDOUT2 / "floors.json").read_text(encoding="utf-8"))[
    "floors"
]
F1_TYPES = ("officials", "persons", "organisations", "places", "dates")


@cache
def _figures() -> dict[str, Any]:
    return evaluate(GOLD, docs=HELDOUT2).as_dict()


def _measured(figures: dict[str, Any], metric: str) -> float:
    value = figures[metric]["f1"] if metric in F1_TYPES else figures[metric]
    assert value is not None, f"{metric}: no figure measured (no gold for it?)"
    return float(value)


def test_heldout2_jsonl_is_rendered_from_the_article_modules() -> None:
    assert GOLD.read_text(encoding="utf-8") == build.render_all(), (
        "heldout2.jsonl is stale: run python -m tests.fixtures.heldout2.build"
    )


def test_heldout2_set_has_enough_articles_in_both_input_forms() -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 30
    assert sum("html" in r for r in records) >= 15 and sum("text" in r for r in records) >= 15
    assert len({r["id"] for r in records}) == len(records)


def test_heldout2_floors_cover_every_type() -> None:
    assert set(F1_TYPES) <= set(FLOORS)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_heldout2_quality_stays_above_floor(metric: str) -> None:
    figures = _figures()
    assert figures["documents"] >= 30
    measured = _measured(figures, metric)
    assert measured >= FLOORS[metric], (
        f"held-out-2 {metric} fell to {measured:.3f}, below the floor {FLOORS[metric]:.3f} "
        f"(see tests/fixtures/heldout2/README.md; run pantau eval --gold "
        f"tests/fixtures/heldout2/heldout2.jsonl --misses)"
    )
