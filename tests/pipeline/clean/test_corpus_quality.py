"""Quality gate over the fixture corpus: per-page expectations and pinned precision/recall floors."""

from __future__ import annotations

import pytest

from pipeline.clean.evaluate import body_score, ends_with, starts_with
from tests.pipeline.clean.corpus import cleaned, floors, manifest

PAGES = [row["id"] for row in manifest()]


def _row(page_id: str) -> dict:
    return next(m for m in manifest() if m["id"] == page_id)


def test_corpus_has_at_least_40_pages_in_6_shapes():
    assert len(PAGES) >= 40
    assert len({row["shape"] for row in manifest()}) >= 6


def test_corpus_body_precision_and_recall_stay_above_pinned_floors():
    scores = [body_score(cleaned(pid).body, _row(pid)["body"]) for pid in PAGES]
    precision = sum(s.precision for s in scores) / len(scores)
    recall = sum(s.recall for s in scores) / len(scores)
    print(f"corpus body precision {precision:.3f} recall {recall:.3f} over {len(scores)} pages")
    assert precision >= floors()["precision"]
    assert recall >= floors()["recall"]


def test_corpus_start_end_date_and_title_accuracy_stay_above_floors():
    rows = [(_row(pid), cleaned(pid)) for pid in PAGES]
    n = len(rows)
    start = sum(starts_with(a.body, r["body_first"]) for r, a in rows) / n
    end = sum(ends_with(a.body, r["body_last"]) for r, a in rows) / n
    dated = (
        sum(
            (a.published_at.date().isoformat() if a.published_at else None) == r["published"]
            for r, a in rows
        )
        / n
    )
    titled = sum(a.title == r["title"] for r, a in rows) / n
    print(f"start {start:.3f} end {end:.3f} published {dated:.3f} title {titled:.3f}")
    assert start >= floors()["body_start"]
    assert end >= floors()["body_end"]
    assert dated >= floors()["published"]
    assert titled >= floors()["title"]


@pytest.mark.parametrize("page_id", PAGES)
def test_corpus_page_keeps_body_snippets_and_drops_boilerplate(page_id):
    row, body = _row(page_id), cleaned(page_id).body
    missing = [s for s in row["must_contain"] if s not in body]
    leaked = [s for s in row["must_not_contain"] if s in body]
    assert not missing, f"{page_id}: body lost {missing}"
    assert not leaked, f"{page_id}: boilerplate kept {leaked}"
