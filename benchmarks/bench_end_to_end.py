"""End-to-end throughput and memory: pages -> clean -> dedup/relevance -> NLP -> TableStore.

Synthetic but realistic Indonesian article pages (tests/hostile/articles.py: fictional text in
three page templates) go through the real process steps (`flows.steps.clean_pages`,
`flows.steps.extract_mentions`, `pipeline.dedup.deduper.Deduper`, `pipeline.store.TableStore`) with a
pool of worker processes for clean + NLP and the parent deduplicating and storing, batch by batch.

Figures, all measured in the same run:
- end-to-end articles/s on 2 worker processes (target >= 100), and on 1 (scaling);
- baselines: trafilatura-only extraction and Pantau clean-only, single process;
- a streamed run in a fresh child process with its peak RSS (parent and worker maxima; target
  <= 1.5 GB for 100,000 articles). The streamed size is PANTAU_BENCH_STREAM_N (default 3,000;
  set 100000 for the full target run, about 15-20 minutes on 2 free cores).

    python -m benchmarks.bench_end_to_end                 # all figures
    python -m benchmarks.bench_end_to_end --stream 100000 # only the streamed run, JSON to stdout
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from tests.hostile.articles import (
    make_article,  # run from the repository root (python -m benchmarks)
)

REPO = Path(__file__).resolve().parents[1]

BATCH = 100  # pages per worker task
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: keeps workers busy while the parent stores
STORE_BATCH = int(
    os.environ.get("PANTAU_BENCH_STORE_BATCH", "1000")
)  # articles per TableStore write
THROUGHPUT_N = int(os.environ.get("PANTAU_BENCH_E2E_N", "1200"))
STREAM_N = int(os.environ.get("PANTAU_BENCH_STREAM_N", "3000"))
PORTALS = ("kab-sukamaju", "kota-tirtabumi", "kab-lembah-hijau")


def page(seed: int) -> dict[str, Any]:
    """One crawled page row (as flows.steps.read_pending_pages gives them) for article `seed`."""
    portal = PORTALS[seed % len(PORTALS)]
    synth = make_article(seed, host=f"{portal}.contoh.go.id")
    return {
        "url": synth.url,
        "final_url": synth.url,
        "portal": portal,
        "province": "Banten",
        "fetched_at": datetime(2025, 1, 1, tzinfo=UTC),
        "status": 200,
        "encoding": "utf-8",
        "html": synth.html.encode(),
        "sha256": str(seed),
    }


def page_batches(start: int, count: int, size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    for first in range(start, start + count, size):
        yield [page(s) for s in range(first, min(first + size, start + count))]


def warm(_: int = 0) -> int:
    """Load the cleaner and the spaCy pipeline once in a worker, before the clock starts."""
    import nlp
    from pipeline.clean import clean_html

    nlp.extract("Bupati Contoh menghadiri rapat di Kecamatan Cikaret, Senin (12/02/2024).")
    clean_html(make_article(0).html, make_article(0).url)
    return os.getpid()


def clean_and_extract(batch: list[dict[str, Any]]) -> tuple[list[Any], dict[str, list[dict]], int]:
    """Worker: clean a batch of pages and extract the mentions of every article."""
    from flows.steps import clean_pages, extract_mentions, published_date

    result = clean_pages(batch, {})
    items = [
        {
            "article_id": a.article_id,
            "body": a.body,
            "published": published_date(a),
            "province": a.province,
        }
        for a in result.articles
    ]
    return result.articles, extract_mentions(items), len(result.drops)


class Storer:
    """Parent side: deduplicate and score relevance as batches arrive; store every `store_batch`.

    Storing in big batches matters: each upsert rewrites every (portal, month) partition it
    touches, as the process flow does once per run.
    """

    def __init__(self, data_dir: Path, store_batch: int = STORE_BATCH) -> None:
        from pipeline.dedup.deduper import Deduper
        from pipeline.store import TableStore

        self.store = TableStore(data_dir)
        self.deduper = Deduper()
        self.store_batch = store_batch
        self.pending: list[Any] = []
        self.pending_mentions: dict[str, list[dict]] = {}
        self.articles = self.mentions = self.duplicates = self.drops = 0
        self.store_seconds = 0.0

    def add(self, articles: list[Any], mentions: dict[str, list[dict]], drops: int) -> None:
        from pipeline.clean import relevance

        for article in articles:
            original = self.deduper.check(article.article_id, article.body, article.published_at)
            article.dup_of = original if original and original != article.article_id else None
            article.relevant, article.relevance_terms = relevance(
                f"{article.title or ''}\n{article.body}"
            )
            if article.dup_of is None:
                self.pending_mentions[article.article_id] = mentions.get(article.article_id, [])
        self.pending += articles
        self.drops += drops
        if len(self.pending) >= self.store_batch:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        started = time.perf_counter()
        self.store.upsert_articles(self.pending)
        rows = [m for found in self.pending_mentions.values() for m in found]
        self.store.replace_mentions([a.article_id for a in self.pending], rows)
        self.store_seconds += time.perf_counter() - started
        self.articles += len(self.pending)
        self.mentions += len(rows)
        self.duplicates += sum(a.dup_of is not None for a in self.pending)
        self.pending, self.pending_mentions = [], {}


def run_pipeline(
    batches: Iterator[list[dict[str, Any]]], data_dir: Path, workers: int
) -> dict[str, Any]:
    """Stream batches through a pool; returns counts and the steady-state rate (warm-up excluded)."""
    storer = Storer(data_dir)
    with get_context("fork").Pool(workers) as pool:
        pool.map(warm, range(workers))
        started = time.perf_counter()
        in_flight: deque[Any] = (
            deque()
        )  # bounded: Pool.imap would pull every batch into memory at once
        for batch in batches:
            in_flight.append(pool.apply_async(clean_and_extract, (batch,)))
            if len(in_flight) >= IN_FLIGHT_PER_WORKER * workers:
                storer.add(*in_flight.popleft().get())
        while in_flight:
            storer.add(*in_flight.popleft().get())
        storer.flush()
        seconds = time.perf_counter() - started
    rebuild = time.perf_counter()
    storer.store.rebuild_entities()
    rebuild_s = time.perf_counter() - rebuild
    return {
        "articles": storer.articles,
        "mentions": storer.mentions,
        "duplicates": storer.duplicates,
        "drops": storer.drops,
        "seconds": round(seconds, 1),
        "store_seconds": round(storer.store_seconds, 1),
        "articles_per_s": round(storer.articles / seconds, 1) if seconds else 0.0,
        "rebuild_entities_s": round(rebuild_s, 1),
    }


def single_process_rate(pages: list[dict[str, Any]], fn: Any) -> float:
    started = time.perf_counter()
    for p in pages:
        fn(p)
    return round(len(pages) / (time.perf_counter() - started), 1)


def baselines(n: int) -> dict[str, float]:
    import trafilatura

    from pipeline.clean import clean_html
    from pipeline.core.errors import Dropped

    pages = [p for batch in page_batches(0, n) for p in batch]

    def pantau_clean(p: dict[str, Any]) -> None:
        with contextlib.suppress(Dropped):
            clean_html(p["html"], p["url"])

    def pantau_nlp(body: str) -> None:
        nlp.extract(body)

    import nlp

    warm()
    bodies = [make_article(i).body for i in range(len(pages))]
    return {
        "trafilatura_only_articles_per_s": single_process_rate(
            pages, lambda p: trafilatura.extract(p["html"].decode(), url=p["url"])
        ),
        "pantau_clean_only_articles_per_s": single_process_rate(pages, pantau_clean),
        "pantau_nlp_only_articles_per_s": single_process_rate(bodies, pantau_nlp),
    }


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest (finished) worker, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"parent_peak_rss_mb": round(own, 1), "worker_peak_rss_mb": round(kids, 1)}


def _proc_kb(pid: int, path: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class MemorySampler:
    """Samples the process tree (this process and its pool workers) every `every` seconds.

    RSS counts pages shared by fork once per process; PSS splits them, so the PSS sum is the
    memory the run really holds. Linux only (/proc); elsewhere the figures stay 0.
    """

    def __init__(self, every: float = 0.5) -> None:
        import threading

        self.every, self.peak_rss_kb, self.peak_pss_kb = every, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from multiprocessing import active_children

        while not self._stop.wait(self.every):
            pids = [os.getpid(), *(c.pid for c in active_children() if c.pid)]
            self.peak_rss_kb = max(
                self.peak_rss_kb, sum(_proc_kb(p, "status", "VmRSS:") for p in pids)
            )
            self.peak_pss_kb = max(
                self.peak_pss_kb, sum(_proc_kb(p, "smaps_rollup", "Pss:") for p in pids)
            )

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def stream(n: int, workers: int = 2) -> dict[str, Any]:
    """The streamed run (meant for a fresh process: its peak memory is the figure)."""
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as tmp, MemorySampler() as sampler:
        figures = run_pipeline(page_batches(10_000_000, n), Path(tmp) / "data", workers)
    memory = peak_rss_mb()
    bound = memory["parent_peak_rss_mb"] + workers * memory["worker_peak_rss_mb"]
    pss = round(sampler.peak_pss_kb / 1024, 1)
    return {
        **figures,
        **memory,
        "workers": workers,
        "peak_rss_upper_bound_mb": round(bound, 1),
        "sampled_peak_rss_sum_mb": round(sampler.peak_rss_kb / 1024, 1),
        "sampled_peak_pss_sum_mb": pss,
        "within_1_5_gb": (pss or bound) <= 1536,
    }


def stream_in_child(n: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_end_to_end", "--stream", str(n)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=4 * 3600,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as tmp:
        two = run_pipeline(page_batches(0, THROUGHPUT_N), Path(tmp) / "two", workers=2)
        one = run_pipeline(page_batches(0, THROUGHPUT_N // 2), Path(tmp) / "one", workers=1)
    base = baselines(min(THROUGHPUT_N, 400))
    streamed = stream_in_child(STREAM_N)
    rate = two["articles_per_s"]
    return {
        "end_to_end_articles_per_s_2_workers": rate,
        "end_to_end_articles_per_s_1_worker": one["articles_per_s"],
        "target_100_per_s_met": rate >= 100,
        **base,
        "ratio_end_to_end_vs_trafilatura_only": round(
            rate / base["trafilatura_only_articles_per_s"], 2
        ),
        "throughput_run": two,
        f"stream_{STREAM_N}": streamed,
        "cores": os.cpu_count(),
        "load_average_at_end": [round(x, 1) for x in os.getloadavg()],
        "note": "synthetic pages (3 templates); load from other processes on the machine lowers rates",
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stream", type=int, default=0, help="only the streamed run of N articles")
    args = parser.parse_args()
    if args.stream:
        print(json.dumps(stream(args.stream)))
    else:
        print(json.dumps(main(), indent=2))
