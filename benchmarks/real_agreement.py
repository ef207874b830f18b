"""Inter-annotator agreement on the real-article corpus: two independent annotations of the same articles.

`python -m benchmarks.real_agreement` scores each round of second annotations (tests/fixtures/real/agreement/*.jsonl)
against the first (dev.jsonl / blind.jsonl) with `pantau eval`'s own matching, so agreement reads as the
F1 a perfect system could reach against either annotator. Needs only the annotations, not the texts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pantau.evaluate import TYPES, Report, score_document

REAL = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "real"


def _rows(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-type F1, engagement pairs, event type / date on matched pairs, relevance agreement."""
    by_id = {r["id"]: r for r in first}
    report = Report()
    both = [r for r in second if r["id"] in by_id]
    for other in both:
        gold = {k: v for k, v in by_id[other["id"]].items() if k not in ("published",)}
        score_document(gold, other, report)
    figures = report.as_dict()
    out: dict[str, Any] = {"articles": len(both)}
    for kind in TYPES:
        out[kind] = figures[kind]["f1"]
    out["role_agreement"] = figures["role_accuracy"]
    out.update(
        {
            k: v
            for k, v in figures.items()
            if k.startswith(("engagement", "pairs", "event", "date_acc", "relevance"))
        }
    )
    out["relevant_same"] = round(
        sum(by_id[r["id"]]["relevant"] == r["relevant"] for r in both) / len(both), 3
    )
    out["published_same"] = round(
        sum(by_id[r["id"]]["published"] == r["published"] for r in both) / len(both), 3
    )
    out["body_span_same"] = round(
        sum(
            (by_id[r["id"]]["body_start"], by_id[r["id"]]["body_end"])
            == (r["body_start"], r["body_end"])
            for r in both
        )
        / len(both),
        3,
    )
    return out


def main() -> int:
    first = _rows(REAL / "dev.jsonl") + _rows(REAL / "blind.jsonl")
    rounds = {path.stem: _rows(path) for path in sorted((REAL / "agreement").glob("*.jsonl"))}
    pooled = [row for rows in rounds.values() for row in rows]
    figures = {name: agreement(first, rows) for name, rows in rounds.items()}
    print(json.dumps({**figures, "all": agreement(first, pooled)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
