"""Near-duplicate detection quality and speed (`pipeline.dedup.deduper.Deduper`), old and new settings.

Quality: tests/fixtures/dedup/pairs.jsonl holds labelled pairs of fictional press releases:
"dup" (one release republished with a rewrite: dateline, intro, outro, dropped quote, reordered,
trimmed, word edits, 60% shortened, all at once) and "distinct" hard negatives (different events
from one template). Per pair a fresh Deduper is seeded with `a` and asked about `b` a day later.
Every setting of the sweep (threshold x shingle x num_perm x containment) is run with the
shipped MinHash seed (1) and pooled over SEEDS (the estimate's luck on 70 pairs is large);
the exact shingle Jaccard (and containment) with the same rule is the reference MinHash
approximates. `*` marks the old setting (0.7, 4-grams, 64), `>` the current defaults.

Speed: `check()` throughput against an index seeded with 10,000 synthetic articles (a word
Markov chain over the fixture texts, so common phrases recur as in real portals), half of the
checked articles edited copies of seeded ones, half new; old and new setting in the same run.
Run: `python -m benchmarks.bench_dedup [--quick]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pipeline.dedup.deduper import Deduper

REPO = Path(__file__).resolve().parents[1]
PAIRS = REPO / "tests" / "fixtures" / "dedup" / "pairs.jsonl"
OLD = {"threshold": 0.7, "shingle": 4, "num_perm": 64, "containment": None}
_DEFAULT = Deduper()
NEW = {
    "threshold": _DEFAULT.threshold,
    "shingle": _DEFAULT.shingle,
    "num_perm": _DEFAULT.num_perm,
    "containment": _DEFAULT.containment,
}
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
SHINGLES = (2, 3, 4, 5)
PERMS = (64, 128)
CONTAINMENT = (None, 0.8)
SEEDS = (1, 2, 3, 4, 5, 6, 7, 8)
DAY = datetime(2024, 5, 1, 9)
_WORD = re.compile(r"\w+")


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def pair_verdicts(rows: Iterable[dict[str, Any]], **params: Any) -> list[bool]:
    """Per pair: does a Deduper seeded with `a` call `b` (published a day later) a copy of it?"""
    verdicts = []
    for row in rows:
        dedup = Deduper(**params)
        dedup.seed([{"article_id": "a", "body": row["a"], "published_at": DAY}])
        verdicts.append(dedup.check("b", row["b"], DAY + timedelta(days=1)) == "a")
    return verdicts


def shingles(body: str, size: int) -> set[str]:
    words = _WORD.findall(body.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def exact_verdicts(
    rows: Iterable[dict[str, Any]],
    threshold: float,
    shingle: int,
    containment: float | None = None,
    **_: Any,
) -> list[bool]:
    """The same rule on exact shingle sets (what the signature estimates)."""
    from pipeline.dedup.deduper import _CONTAINED_JACCARD, _CONTAINED_MIN_SHINGLES

    verdicts = []
    for row in rows:
        a, b = shingles(row["a"], shingle), shingles(row["b"], shingle)
        jaccard = len(a & b) / len(a | b)
        smaller = min(len(a), len(b))
        contained = (
            containment is not None
            and jaccard >= _CONTAINED_JACCARD
            and smaller >= _CONTAINED_MIN_SHINGLES
            and len(a & b) / smaller >= containment
        )
        verdicts.append(jaccard >= threshold or contained)
    return verdicts


def score(rows: list[dict[str, Any]], verdicts: list[bool]) -> dict[str, Any]:
    dup = [r["label"] == "dup" for r in rows]
    tp = sum(d and v for d, v in zip(dup, verdicts, strict=True))
    fp = sum(v and not d for d, v in zip(dup, verdicts, strict=True))
    fn = sum(d and not v for d, v in zip(dup, verdicts, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "false_merges": fp,
        "missed": fn,
    }


def setting_name(params: dict[str, Any]) -> str:
    c = params.get("containment")
    return f"t={params['threshold']:.2f} k={params['shingle']} n={params['num_perm']} c={'-' if c is None else c}"


def sweep(
    rows: list[dict[str, Any]],
    seeds: tuple[int, ...] = SEEDS,
    thresholds: tuple[float, ...] = THRESHOLDS,
) -> list[dict[str, Any]]:
    out = []
    exact_cache: dict[tuple[Any, ...], dict[str, Any]] = {}
    for containment in CONTAINMENT:
        for shingle in SHINGLES:
            for num_perm in PERMS:
                for threshold in thresholds:
                    params = {
                        "threshold": threshold,
                        "shingle": shingle,
                        "num_perm": num_perm,
                        "containment": containment,
                    }
                    per_seed = [pair_verdicts(rows, seed=seed, **params) for seed in seeds]
                    pooled = score(
                        rows * len(seeds), [v for verdicts in per_seed for v in verdicts]
                    )
                    key = (threshold, shingle, containment)
                    if key not in exact_cache:
                        exact_cache[key] = score(rows, exact_verdicts(rows, **params))
                    out.append(
                        {
                            "setting": setting_name(params),
                            **params,
                            "seed1": score(rows, per_seed[0]),
                            "pooled": pooled,
                            "worst_seed_false_merges": max(
                                score(rows, v)["false_merges"] for v in per_seed
                            ),
                            "exact": exact_cache[key],
                        }
                    )
    return out


def render(table: list[dict[str, Any]], seeds: int) -> str:
    head = (
        f"{'':2}{'setting':<28}{'seed 1: P':>10}{'R':>7}{'F1':>7}{'FM':>4}"
        f"{f'pooled x{seeds}: P':>17}{'R':>7}{'F1':>7}{'worstFM':>8}{'exact: P':>10}{'R':>7}{'F1':>7}"
    )
    lines = [head]
    for row in table:
        params = {k: row[k] for k in OLD}
        mark = "*" if params == OLD else ">" if params == NEW else ""
        s, p, e = row["seed1"], row["pooled"], row["exact"]
        lines.append(
            f"{mark:2}{row['setting']:<28}{s['precision']:>10.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
            f"{s['false_merges']:>4}{p['precision']:>17.3f}{p['recall']:>7.3f}{p['f1']:>7.3f}"
            f"{row['worst_seed_false_merges']:>8}{e['precision']:>10.3f}{e['recall']:>7.3f}{e['f1']:>7.3f}"
        )
    return "\n".join(lines)


def recall_by_kind(rows: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, str]:
    verdicts = pair_verdicts(rows, **params)
    kinds: dict[str, list[bool]] = {}
    for row, verdict in zip(rows, verdicts, strict=True):
        kinds.setdefault(row["kind"], []).append(verdict if row["label"] == "dup" else not verdict)
    return {kind: f"{sum(v)}/{len(v)}" for kind, v in sorted(kinds.items())}


def corpus_false_merges(rows: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, int]:
    """Every text of the fixture through one Deduper (a-sides first): a merge across two groups
    that no "dup" pair joins is a false merge the pair-level figures cannot see."""
    group: dict[str, str] = {}

    def find(text: str) -> str:
        while group.setdefault(text, text) != text:
            text = group[text]
        return text

    for row in rows:
        if row["label"] == "dup":
            group[find(row["a"])] = find(row["b"])
    texts = list(dict.fromkeys([r["a"] for r in rows] + [r["b"] for r in rows]))
    dedup = Deduper(**params)
    false = found = 0
    for i, text in enumerate(texts):
        original = dedup.check(f"t{i}", text, DAY + timedelta(hours=i))
        if original is not None:
            found += 1
            false += find(texts[int(original[1:])]) != find(text)
    return {"texts": len(texts), "merges": found, "false_merges_across_rows": false}


def synthetic_corpus(
    rows: list[dict[str, Any]], n: int, words: int = 250, seed: int = 7
) -> list[str]:
    """n bodies from a first-order word Markov chain over the fixture texts."""
    rng = random.Random(seed)
    tokens = [w for r in rows for side in ("a", "b") for w in r[side].split()]
    follow: dict[str, list[str]] = {}
    for first, second in zip(tokens, tokens[1:], strict=False):
        follow.setdefault(first, []).append(second)
    starts = [t for t in follow if t[:1].isupper()]
    bodies = []
    for _ in range(n):
        word = rng.choice(starts)
        out = [word]
        for _ in range(words - 1):
            word = rng.choice(follow.get(word) or starts)
            out.append(word)
        bodies.append(" ".join(out))
    return bodies


def throughput(params: dict[str, Any], bodies: list[str], probes: list[str]) -> dict[str, Any]:
    dedup = Deduper(**params)
    started = time.perf_counter()
    dedup.seed(
        {"article_id": f"s{i}", "body": b, "published_at": DAY} for i, b in enumerate(bodies)
    )
    seed_s = time.perf_counter() - started
    started = time.perf_counter()
    answers = [dedup.check(f"p{i}", body, DAY + timedelta(days=1)) for i, body in enumerate(probes)]
    check_s = time.perf_counter() - started
    half = len(probes) // 2
    return {
        "seed_articles_per_s": round(len(bodies) / seed_s),
        "check_articles_per_s": round(len(probes) / check_s),
        "copies_found": f"{sum(a == f's{i}' for i, a in enumerate(answers[:half]))}/{half}",
        "new_marked_copy": sum(a is not None for a in answers[half:]),
    }


def index_memory_mb(params: dict[str, Any], bodies: list[str]) -> float:
    """What a seeded index keeps (tracemalloc; a separate pass, as tracing slows hashing)."""
    import tracemalloc

    dedup = Deduper(**params)
    tracemalloc.start()
    dedup.seed(
        {"article_id": f"s{i}", "body": b, "published_at": DAY} for i, b in enumerate(bodies)
    )
    kept, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(kept / 2**20, 1)


def probes_for(bodies: list[str], n: int, seed: int = 11) -> list[str]:
    """n/2 copies of the first seeded bodies, one word in 25 replaced."""
    rng = random.Random(seed)
    copies = []
    for body in bodies[: n // 2]:
        words = body.split()
        for _ in range(len(words) // 25):
            words[rng.randrange(len(words))] = "diubah"
        copies.append(" ".join(words))
    return copies


def main(quick: bool = False) -> dict:
    rows = load_pairs()
    seeds = SEEDS[:2] if quick else SEEDS
    started = time.perf_counter()
    table = sweep(rows, seeds)
    print(render(table, len(seeds)))
    sweep_s = time.perf_counter() - started
    by_name = {r["setting"]: r for r in table}
    old, new = by_name.get(setting_name(OLD)), by_name.get(setting_name(NEW))
    safe = [r for r in table if r["pooled"]["false_merges"] == 0]
    best = max(safe, key=lambda r: r["pooled"]["f1"]) if safe else None
    n = 2_000 if quick else 10_000
    bodies = synthetic_corpus(rows, n + 1_000)
    probes = probes_for(bodies, 2_000) + bodies[n:]
    speed = {"old": throughput(OLD, bodies[:n], probes), "new": throughput(NEW, bodies[:n], probes)}
    figures: dict[str, Any] = {
        "pairs": len(rows),
        "dup_pairs": sum(r["label"] == "dup" for r in rows),
        "seeds_pooled": len(seeds),
        "old_setting": setting_name(OLD),
        "new_setting": setting_name(NEW),
        "old_seed1": old and old["seed1"],
        "new_seed1": new and new["seed1"],
        "old_pooled": old and old["pooled"],
        "new_pooled": new and new["pooled"],
        "new_worst_seed_false_merges": new and new["worst_seed_false_merges"],
        "old_exact": old and old["exact"],
        "new_exact": new and new["exact"],
        "best_pooled_without_false_merges": best and f"{best['setting']} F1 {best['pooled']['f1']}",
        "old_by_kind": recall_by_kind(rows, OLD),
        "new_by_kind": recall_by_kind(rows, NEW),
        "old_corpus": corpus_false_merges(rows, OLD),
        "new_corpus": corpus_false_merges(rows, NEW),
        "index_articles": n,
        "checked_articles": len(probes),
        "old_throughput": speed["old"],
        "new_throughput": speed["new"],
        "check_speed_new_vs_old": round(
            speed["new"]["check_articles_per_s"] / speed["old"]["check_articles_per_s"], 2
        ),
        "old_index_mb": index_memory_mb(OLD, bodies[:n]),
        "new_index_mb": index_memory_mb(NEW, bodies[:n]),
        "sweep_s": round(sweep_s, 1),
    }
    for key in (
        "old_by_kind",
        "new_by_kind",
        "old_corpus",
        "new_corpus",
        "old_throughput",
        "new_throughput",
        "old_index_mb",
        "new_index_mb",
    ):
        print(f"{key}: {figures[key]}")
    return figures


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
