"""Store benchmark: write rows/s through TableStore and Parquet bytes per 10,000 articles.

Baseline in the same run: the same rows written as one plain zstd Parquet file per table with
pyarrow (no partitions, no upsert, no manifest). Run: `python -m benchmarks.bench_store [N]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.parquet_io import to_table
from pipeline.store import TableStore
from pipeline.store.synthetic import corpus


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
        per_table = {t: _bytes(store.root / t) for t in ("articles", "mentions", "entities", "engagements")}
        baseline_dir = Path(tmp) / "baseline"
        baseline_dir.mkdir()
        start = time.perf_counter()
        pq.write_table(to_table(articles, "articles"), baseline_dir / "articles.parquet", compression="zstd")
        pq.write_table(to_table(mentions, "mentions"), baseline_dir / "mentions.parquet", compression="zstd")
        baseline_s = time.perf_counter() - start
        baseline_bytes = _bytes(baseline_dir)
    scale = 10_000 / n_articles
    figures = {
        "articles": n_articles,
        "rows_written": rows,
        "write_rows_per_s": round(rows / write_s),
        "baseline_plain_pyarrow_rows_per_s": round(rows / baseline_s),
        "rerun_same_input_s": round(rerun_s, 3),
        "rebuild_entities_s": round(entities_s, 3),
        "rebuild_engagements_s": round(engagements_s, 3),
        "parquet_bytes_per_10k_articles": {t: round(b * scale) for t, b in per_table.items()},
        "articles_plus_mentions_bytes_per_10k": round((per_table["articles"] + per_table["mentions"]) * scale),
        "baseline_single_file_bytes_per_10k": round(baseline_bytes * scale),
    }
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000), indent=2))
