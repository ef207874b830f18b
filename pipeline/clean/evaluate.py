"""Scoring helpers for bodies: 4-gram shingle precision / recall / F1 (the article-extraction
benchmark method) and gold checks of body start, body end and publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def body_score(predicted: str, gold: str) -> Score:
    got, want = shingles(predicted), shingles(gold)
    if not got or not want:
        return Score(float(got == want), float(got == want))
    common = len(got & want)
    return Score(common / len(got), common / len(want))


def _squash(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def starts_with(body: str, *expected: str | None) -> bool:
    head = _squash(body[:600])
    return any(e and head.startswith(_squash(e)) for e in expected)


def ends_with(body: str, expected: str | None) -> bool:
    return bool(expected) and _squash(body[-600:]).endswith(_squash(expected or ""))


def gold_accuracy(
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]],
) -> dict[str, float | int]:
    """Body start / end and publication-date accuracy of outputs against gold rows.

    Gold rows carry body_first (and optionally body_first_alt), body_last and published
    (ISO date or null); outputs are `{"body": ..., "published": "YYYY-MM-DD" | None}` or None
    (the page was dropped). Used by the seeds test, the benchmark and `pantau eval`.
    """
    n = len(pairs)
    if not n:
        return {"n": 0}
    start = end = published = 0
    for gold, out in pairs:
        body = (out or {}).get("body") or ""
        start += starts_with(body, gold.get("body_first"), gold.get("body_first_alt"))
        end += ends_with(body, gold.get("body_last"))
        published += (out or {}).get("published") == gold.get("published")
    return {
        "n": n,
        "body_start": round(start / n, 3),
        "body_end": round(end / n, 3),
        "published": round(published / n, 3),
    }
