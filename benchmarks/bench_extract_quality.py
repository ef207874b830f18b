"""Extraction quality on four gold sets, in one table.

- seeds:    ../shared/eval/seeds-gold.jsonl (real pages; skipped when ../shared is absent)
- devset:   tests/fixtures/devset/dev.jsonl (demo articles the NLP stage was tuned on)
- heldout:  tests/fixtures/heldout/heldout.jsonl (written blind, tuned on since 2026-11-23: a second dev set)
- heldout2: tests/fixtures/heldout2/heldout2.jsonl (written blind, never used for tuning)
- real_dev / real_blind: the real-article corpus (tests/fixtures/real/, texts from the git-ignored cache;
  skipped with the reason without it), with engagement pairs and relevance; real_blind is never tuned on

Per set: F1 per entity type, role accuracy, body start / end accuracy, publication-date accuracy.
The dev set is the baseline measured in the same run: `gap` is heldout2 minus dev, the honest
estimate of how much of the dev-set figure comes from tuning."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SETS = {
    "seeds": (SHARED / "eval" / "seeds-gold.jsonl", SHARED / "seeds"),
    "devset": (
        REPO / "tests" / "fixtures" / "devset" / "dev.jsonl",
        REPO / "tests" / "fixtures" / "devset",
    ),
    "heldout": (
        REPO / "tests" / "fixtures" / "heldout" / "heldout.jsonl",
        REPO / "tests" / "fixtures" / "heldout",
    ),
    "heldout2": (
        REPO / "tests" / "fixtures" / "heldout2" / "heldout2.jsonl",
        REPO / "tests" / "fixtures" / "heldout2",
    ),
}
RATES = ("role_accuracy", "body_start_accuracy", "body_end_accuracy", "published_accuracy")
COLUMNS = ("officials", "persons", "organisations", "places", "dates", "engagement_pairs", *RATES)


def figures_for(gold: Path, docs: Path | None, texts: Path | None = None) -> dict[str, Any]:
    """The scorer's figures for one gold set, flattened to one number per column."""
    from pantau.evaluate import TYPES, evaluate

    started = time.perf_counter()
    summary = evaluate(gold, docs=docs, texts=texts).as_dict()
    row: dict[str, Any] = {kind: summary[kind]["f1"] for kind in TYPES}
    row.update({rate: summary[rate] for rate in RATES})
    engagements = summary.get("engagements") or {}
    if engagements.get("pairs"):
        row["engagement_pairs"] = engagements["pairs"]["f1"]
        for key in ("pairs_macro_f1", "event_type_accuracy", "date_accuracy"):
            row[key] = engagements.get(key)
        if engagements.get("relevance"):
            row["relevance_precision"] = engagements["relevance"]["precision"]
            row["relevance_recall"] = engagements["relevance"]["recall"]
    row["documents"] = summary["documents"]
    row["seconds"] = round(time.perf_counter() - started, 2)
    return row


def _gap(rows: dict[str, Any]) -> dict[str, float]:
    dev, held = rows.get("devset"), rows.get("heldout2")
    if (
        not isinstance(dev, dict)
        or not isinstance(held, dict)
        or "skipped" in dev
        or "skipped" in held
    ):
        return {}
    return {
        c: round(held[c] - dev[c], 3)
        for c in COLUMNS
        if isinstance(held.get(c), float | int) and isinstance(dev.get(c), float | int)
    }


def render(rows: dict[str, Any]) -> str:
    head = f"{'set':<9}" + "".join(f"{c.replace('_accuracy', ''):>17}" for c in COLUMNS)
    lines = [head]
    for name, row in rows.items():
        if "skipped" in row:
            lines.append(f"{name:<9} skipped: {row['skipped']}")
            continue
        cells = ("n/a" if row.get(c) is None else f"{row[c]:.3f}" for c in COLUMNS)
        lines.append(f"{name:<9}" + "".join(f"{cell:>17}" for cell in cells))
    return "\n".join(lines)


def real_rows() -> dict[str, Any]:
    from pantau.real_corpus import SPLITS, cache_root, gold_path, unavailable

    out: dict[str, Any] = {}
    for split in SPLITS:
        reason = unavailable(split)
        out[f"real_{split}"] = (
            {"skipped": reason}
            if reason
            else figures_for(gold_path(split), None, cache_root() / split)
        )
    return out


def main() -> dict:
    rows: dict[str, Any] = {}
    for name, (gold, docs) in SETS.items():
        if not gold.is_file():
            rows[name] = {"skipped": f"{gold} not found"}
            continue
        rows[name] = figures_for(gold, docs)
    rows.update(real_rows())
    rows_with_gap = {**rows, "gap_heldout2_minus_dev": _gap(rows)}
    print(render(rows))
    print("gap (heldout2 - dev):", rows_with_gap["gap_heldout2_minus_dev"])
    return rows_with_gap


if __name__ == "__main__":
    main()
