"""Store benchmark: write rows/s through TableStore and Parquet bytes per 10,000 articles.

Baseline in the same run: the same rows written as one plain zstd Parquet file per table with
pyarrow (no partitions, no upsert, no manifest). Run: `python -m benchmarks.bench_store [N]`.

Entity rebuild cost: `rebuild_entities` reads every mention, so its cost grows with the store,
not with the batch. The process flow rebuilds once per run, after all batches; the figures
compare that with a rebuild after each of BATCHES batches (the per-batch design), same rows.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.core.parquet_io import to_table
from pipeline.store import TableStore
from pipeline.store.synthetic import corpus

BATCHES = 10


def _batched_rebuilds(
    tmp: Path, articles: list[dict], mentions: list[dict], *, per_batch: bool
) -> float:
    """Seconds spent in rebuild_entities while writing the rows in BATCHES batches."""
    store = TableStore(tmp)
    by_article: dict[str, list[dict]] = {}
    for m in mentions:
        by_article.setdefault(m["article_id"], []).append(m)
    size = -(-len(articles) // BATCHES)
    spent = 0.0
    for start in range(0, len(articles), size):
        chunk = articles[start : start + size]
        ids = [a["article_id"] for a in chunk]
        store.upsert_articles(chunk)
        store.replace_mentions(ids, [m for i in ids for m in by_article.get(i, [])])
        if per_batch or start + size >= len(articles):
            began = time.perf_counter()
            store.rebuild_entities()
            spent += time.perf_counter() - began
    return spent


def _bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*.parquet"))


def main(n_articles: int = 10_000) -> dict:
    pairs = list(corpus(n_articles, mentions_per_article=8))
    articles = [a for a, _ in pairs]
    mentions = [m for _, ms in pairs for m in ms]
    rows = len(articles) + len(mentions)
    with tempfile.TemporaryDirectory() as tmp:
        store = TableStore(Path(tmp) / "data")
        start = time.perf_counter()
        store.upsert_articles(articles)
        store.replace_mentions([a["article_id"] for a in articles], mentions)
        write_s = time.perf_counter() - start
        start = time.perf_counter()
        store.rebuild_entities()
        entities_s = time.perf_counter() - start
        start = time.perf_counter()
        store.rebuild_engagements()
        engagements_s = time.perf_counter() - start
        start = time.perf_counter()
        store.upsert_articles(articles)  # idempotent re-run: nothing to rewrite
        store.replace_mentions([a["article_id"] for a in articles], mentions)
        rerun_s = time.perf_counter() - start
        per_table = {
            t: _bytes(store.root / t) for t in ("articles", "mentions", "entities", "engagements")
        }
        baseline_dir = Path(tmp) / "baseline"
        baseline_dir.mkdir()
        start = time.perf_counter()
        pq.write_table(
            to_table(articles, "articles"), baseline_dir / "articles.parquet", compression="zstd"
        )
        pq.write_table(
            to_table(mentions, "mentions"), baseline_dir / "mentions.parquet", compression="zstd"
        )
        baseline_s = time.perf_counter() - start
        baseline_bytes = _bytes(baseline_dir)
        once_s = _batched_rebuilds(Path(tmp) / "once", articles, mentions, per_batch=False)
        per_batch_s = _batched_rebuilds(Path(tmp) / "per_batch", articles, mentions, per_batch=True)
    scale = 10_000 / n_articles
    figures = {
        "articles": n_articles,
        "rows_written": rows,
        "write_rows_per_s": round(rows / write_s),
        "baseline_plain_pyarrow_rows_per_s": round(rows / baseline_s),
        "rerun_same_input_s": round(rerun_s, 3),
        "rebuild_entities_s": round(entities_s, 3),
        "rebuild_engagements_s": round(engagements_s, 3),
        "mentions": len(mentions),
        "rebuild_entities_per_1m_mentions_s": round(
            entities_s * 1_000_000 / max(1, len(mentions)), 1
        ),
        f"rebuild_entities_once_per_run_{BATCHES}_batches_s": round(once_s, 3),
        f"baseline_rebuild_entities_after_each_of_{BATCHES}_batches_s": round(per_batch_s, 3),
        "parquet_bytes_per_10k_articles": {t: round(b * scale) for t, b in per_table.items()},
        "articles_plus_mentions_bytes_per_10k": round(
            (per_table["articles"] + per_table["mentions"]) * scale
        ),
        "baseline_single_file_bytes_per_10k": round(baseline_bytes * scale),
    }
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000), indent=2))
