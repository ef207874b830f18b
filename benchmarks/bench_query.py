"""Search latency over 1,000,000 synthetic mentions (target <= 200 ms per search).

The tables are built through TableStore (articles, mentions, entities), then `ReadOnlyDB.search`
runs a set of terms (median and worst latency, warm connection). Baseline in the same run: pandas
`str.contains(case=False)` over the same mention text and normalized columns held in memory.
Run: `python -m benchmarks.bench_query [N_MENTIONS [DATA_DIR]]` (a DATA_DIR holding tables is reused).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from pipeline.store import TableStore
from pipeline.store.query import connect
from pipeline.store.synthetic import corpus

TERMS = ("jaelani", "Forum Warga", "FWPS", "Kota Lembah", "bupati asep", "tidak ada")
MENTIONS_PER_ARTICLE = 8
TARGET_MS = 200


def _build(store: TableStore, n_mentions: int) -> dict[str, float]:
    timings = {}
    start = time.perf_counter()
    batch: list = []
    for pair in corpus(n_mentions // MENTIONS_PER_ARTICLE, MENTIONS_PER_ARTICLE):
        batch.append(pair)
        if len(batch) == 25_000:
            _write(store, batch)
            batch = []
    if batch:
        _write(store, batch)
    timings["build_tables_s"] = time.perf_counter() - start
    start = time.perf_counter()
    store.rebuild_entities()
    timings["rebuild_entities_s"] = time.perf_counter() - start
    return timings


def _write(store: TableStore, pairs: list) -> None:
    store.upsert_articles([a for a, _ in pairs])
    store.replace_mentions([a["article_id"] for a, _ in pairs], [m for _, ms in pairs for m in ms])


def _ms(fn) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for term in TERMS:
        start = time.perf_counter()
        fn(term)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main(n_mentions: int = 1_000_000, data_dir: Path | None = None) -> dict:
    """Build the tables in a temporary folder, or reuse `data_dir` when it already holds them."""
    with tempfile.TemporaryDirectory() as tmp:
        store = TableStore(data_dir or Path(tmp) / "data")
        reuse = bool(store.files("mentions"))
        timings = {} if reuse else _build(store, n_mentions)
        with connect(store.data_dir) as db:
            db.search("pemanasan")  # warm the file metadata cache, as a session would be
            pantau = _ms(lambda t: db.search(t, limit=50))
            filtered = _ms(lambda t: db.search(t, type="OFFICIAL", since="2024-06-01", limit=50))
            hits = {t: len(db.search(t, limit=1_000_000)) for t in TERMS[:2]}
        frame = store.read("mentions", ["text", "normalized"])

        def pandas_search(term: str) -> int:
            mask = frame["text"].str.contains(term, case=False, regex=False) | frame[
                "normalized"
            ].str.contains(term, case=False, regex=False, na=False)
            return int(mask.sum())

        baseline = _ms(pandas_search)
        n_rows = len(frame)
    return {
        "mentions": n_rows,
        **{k: round(v, 1) for k, v in timings.items()},
        "search_median_ms": round(statistics.median(pantau), 1),
        "search_max_ms": round(max(pantau), 1),
        "search_filtered_median_ms": round(statistics.median(filtered), 1),
        "baseline_pandas_contains_median_ms": round(statistics.median(baseline), 1),
        "target_ms": TARGET_MS,
        "meets_target": max(pantau) <= TARGET_MS,
        "hits_per_term": hits,
    }


if __name__ == "__main__":
    import json

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(json.dumps(main(count, Path(sys.argv[2]) if len(sys.argv) > 2 else None), indent=2))
