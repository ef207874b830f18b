"""How far a real part's figures may move by chance: bootstrap intervals over its articles.

A blind part holds 50-90 articles, so one part's F1 is an estimate: parts of the same size have
differed by 0.04 on the same code. `python -m benchmarks real_intervals` scores every article of
the real dev and blind parts on its own, then resamples articles with replacement (fixed seed) and
prints the 5th-95th percentile of each micro F1. A change smaller than half an interval's width on
a blind part is not evidence either way; the dev part (several times larger) is the baseline the
same run prints beside it. Each split is skipped, with the reason, when its text cache is absent.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from typing import Any

from pantau.scoring import Score

MEASURES = ("officials", "persons", "organisations", "places", "dates", "pairs")
RESAMPLES = 1000
SEED = 20261208

Counts = dict[str, tuple[int, int, int]]  # measure -> (tp, fp, fn) of one article


def f1(tp: int, fp: int, fn: int) -> float:
    return Score(tp, fp, fn).f1


def interval(
    articles: Sequence[Counts], measure: str, resamples: int = RESAMPLES, seed: int = SEED
) -> tuple[float, float, float]:
    """(F1 of all articles, 5th and 95th percentile of F1 over resampled sets of articles)."""
    rows = [a[measure] for a in articles]
    whole = f1(*(sum(r[i] for r in rows) for i in range(3)))
    rng = random.Random(seed)
    draws = []
    for _ in range(resamples):
        picked = [rows[rng.randrange(len(rows))] for _ in rows]
        draws.append(f1(*(sum(r[i] for r in picked) for i in range(3))))
    draws.sort()
    return whole, draws[int(0.05 * len(draws))], draws[int(0.95 * len(draws)) - 1]


def article_counts(split: str) -> list[Counts]:
    """Each article's tp / fp / fn per measure, scored alone by `pantau eval`'s scorer."""
    from pantau.evaluate import TYPES, Report, predict, read_jsonl, score_document
    from pantau.real_corpus import cache_root, gold_path, join

    folder = cache_root() / split
    golds = [a.scoring_row() for a in join(read_jsonl(gold_path(split)), folder)]
    preds = {str(p.get("id")): p for p in predict(golds, folder)}
    out: list[Counts] = []
    for gold in golds:
        report = Report()
        score_document(gold, preds[str(gold["id"])], report)
        counts: Counts = {t: (s.tp, s.fp, s.fn) for t, s in report.scores.items() if t in TYPES}
        pairs = report.engagements.pairs
        counts["pairs"] = (pairs.tp, pairs.fp, pairs.fn)
        out.append(counts)
    return out


def main() -> dict[str, Any]:
    from pantau.real_corpus import SPLITS, unavailable

    figures: dict[str, Any] = {
        "_note": "F1 of the whole part with the 5th and 95th percentile over "
        f"{RESAMPLES:,} resamples of its articles: a change smaller than half that width on a "
        "blind part is not evidence either way."
    }
    for split in SPLITS:
        reason = unavailable(split)
        if reason:
            figures[f"real_{split}"] = {"skipped": reason}
            continue
        articles = article_counts(split)
        row: dict[str, Any] = {"articles": len(articles)}
        for measure in MEASURES:
            whole, low, high = interval(articles, measure)
            row[measure] = {"f1": round(whole, 3), "p5": round(low, 3), "p95": round(high, 3)}
        figures[f"real_{split}"] = row
    print(json.dumps(figures, indent=2))
    return figures


if __name__ == "__main__":
    main()
