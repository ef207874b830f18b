"""Is a change real? Two prediction files on the same real articles, compared article by article.

    python -m benchmarks.compare_preds GOLD TEXTS BEFORE.jsonl AFTER.jsonl

BEFORE and AFTER are `pantau extract` outputs (one line per article, by id) of the gold's articles,
for example from two commits. For each measure it prints F1 before and after, the difference, and
the 5th-95th percentile of the difference over resamples of the articles (the same articles drawn
for both sides, so the page-to-page spread cancels out): an interval that holds 0 means the part
cannot tell the two apart.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from benchmarks.bench_real_intervals import MEASURES, RESAMPLES, SEED, Counts, f1


def counts(gold_file: Path, texts: Path, pred_file: Path) -> dict[str, Counts]:
    """Each article's tp / fp / fn per measure, by article id."""
    from pantau.evaluate import Report, read_jsonl, score_document
    from pantau.real_corpus import join

    golds = [a.scoring_row() for a in join(read_jsonl(gold_file), texts)]
    preds = {str(p.get("id")): p for p in read_jsonl(pred_file)}
    out: dict[str, Counts] = {}
    for gold in golds:
        report = Report()
        score_document(gold, preds.get(str(gold["id"]), {"error": "no prediction"}), report)
        row: Counts = {t: (s.tp, s.fp, s.fn) for t, s in report.scores.items()}
        pairs = report.engagements.pairs
        row["pairs"] = (pairs.tp, pairs.fp, pairs.fn)
        out[str(gold["id"])] = row
    return out


def _f1_of(rows: list[tuple[int, int, int]]) -> float:
    return f1(*(sum(r[i] for r in rows) for i in range(3)))


def paired_difference(
    before: list[Counts], after: list[Counts], measure: str, seed: int = SEED
) -> tuple[float, float, float]:
    """(F1 after - F1 before, 5th and 95th percentile of that difference over article resamples)."""
    a = [row[measure] for row in before]
    b = [row[measure] for row in after]
    rng = random.Random(seed)
    diffs = []
    for _ in range(RESAMPLES):
        picked = [rng.randrange(len(a)) for _ in a]
        diffs.append(_f1_of([b[i] for i in picked]) - _f1_of([a[i] for i in picked]))
    diffs.sort()
    return _f1_of(b) - _f1_of(a), diffs[int(0.05 * RESAMPLES)], diffs[int(0.95 * RESAMPLES) - 1]


def main(argv: list[str]) -> None:
    if len(argv) != 4:
        sys.exit(__doc__)
    gold, texts, before_file, after_file = map(Path, argv)
    before, after = counts(gold, texts, before_file), counts(gold, texts, after_file)
    ids = sorted(before)
    print(f"{len(ids)} articles; F1 before -> after, difference [5th, 95th percentile]")
    for measure in MEASURES:
        old = [before[i] for i in ids]
        new = [after[i] for i in ids]
        diff, low, high = paired_difference(old, new, measure)
        verdict = "better" if low > 0 else "worse" if high < 0 else "not distinguishable"
        print(
            f"{measure:<14} {_f1_of([r[measure] for r in old]):.3f} -> "
            f"{_f1_of([r[measure] for r in new]):.3f}  {diff:+.3f} [{low:+.3f}, {high:+.3f}]  {verdict}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
