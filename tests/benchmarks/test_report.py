"""BENCHMARKS.md: one table per benchmark, figure | Pantau | baseline | ratio, and no JSON in a cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.report import cell, compared, flatten, render

MACHINE = {
    "date": "2026-12-07 12:00 UTC",
    "cores": "2",
    "cpu": "Test CPU",
    "memory": "1 kB",
    "python": "3.11",
}
RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results.json"


def test_systems_beside_pantau_become_baseline_rows_with_a_ratio():
    flat = flatten({"corpus": {"pantau": {"f1": 0.9}, "trafilatura_default": {"f1": 0.6}}})
    rows, used = compared("bench_x", flat)
    assert rows == [("corpus f1", "0.9", "0.6 (trafilatura default)", "1.50×")]
    assert used == {"corpus.pantau.f1", "corpus.trafilatura_default.f1"}


def test_a_new_setting_is_compared_with_the_old_one():
    rows, _ = compared(
        "bench_x", flatten({"new_pooled": {"recall": 0.9}, "old_pooled": {"recall": 0.45}})
    )
    assert rows == [("pooled recall", "0.9", "0.45 (previous setting)", "2.00×")]


def test_a_declared_pair_is_compared():
    rows, _ = compared(
        "bench_nlp", {"words_per_s_per_core": 500, "baseline_bare_spacy_words_per_s": 1000}
    )
    assert rows == [("words/s per core", "500", "1,000 (bare spaCy)", "0.50×")]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "yes"),
        (None, "–"),
        ([1.4, 1.0], "1.4, 1"),
        (12345.6, "12,346"),
        (0.125, "0.125"),
        ("a|b", "a\\|b"),
    ],
)
def test_cells_are_plain_text(value, text):
    assert cell(value) == text


def test_every_table_has_the_four_columns_and_no_json():
    figures = {
        "nested": {"deep": {"x": 1}},
        "corpus": {"pantau": {"f1": 1.0}, "bs4": {"f1": 0.5}},
        "_seconds": 3.0,
    }
    page = render({"bench_x": {"machine": MACHINE, "figures": figures}})
    assert "| figure | Pantau | baseline | ratio |" in page
    assert (
        "Measured 2026-12-07 12:00 UTC on 2 cores (Test CPU, 1 kB), Python 3.11; the run took 3 s."
        in page
    )
    assert "| nested deep x | 1 | – | – |" in page
    assert "{" not in page


def test_the_committed_results_render_without_json():
    if not RESULTS.exists():
        pytest.skip(f"{RESULTS} absent")
    page = render(json.loads(RESULTS.read_text(encoding="utf-8")))
    rows = [
        line
        for line in page.splitlines()
        if line.startswith("| ") and not line.startswith("| figure")
    ]
    assert rows and "{" not in page and all(line.count(" | ") == 3 for line in rows)


@pytest.mark.parametrize(
    ("previous", "fresh_figures", "kept"),
    [
        (
            {"machine": MACHINE, "figures": {"f1": 0.9}},
            {"skipped": "no texts", "_seconds": 0.1},
            "old",
        ),
        ({"machine": MACHINE, "figures": {"f1": 0.9}}, {"f1": 0.8, "_seconds": 3.0}, "new"),
        (None, {"skipped": "no texts", "_seconds": 0.1}, "new"),
        (
            {"machine": MACHINE, "figures": {"skipped": "no texts"}},
            {"skipped": "still none"},
            "new",
        ),
    ],
)
def test_a_skipped_run_keeps_the_last_measured_figures(
    previous: dict | None, fresh_figures: dict, kept: str
) -> None:
    from benchmarks.__main__ import merged

    fresh = {"machine": {**MACHINE, "date": "2026-12-08 09:00 UTC"}, "figures": fresh_figures}
    assert merged(previous, fresh) is (previous if kept == "old" else fresh)
