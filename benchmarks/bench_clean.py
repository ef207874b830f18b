"""Cleaning speed and body quality: Pantau vs trafilatura, readability-lxml and BeautifulSoup.

`python -m benchmarks.bench_clean` measures docs/s and body precision / recall / F1 (4-gram
shingles) on the project's fixture corpus (HTML pages) and, when present, on
../shared/bench/id-news (34 real pages with ground truth, read here and never copied), plus
Pantau's title / date accuracy there and body start / end / date accuracy on the demo dev set
(tests/fixtures/devset, when present). Speed is process CPU time, passes interleaved.
Every extractor runs on the same pages in the same run; the target is >= 3x trafilatura's docs/s
at no lower F1. It also times seeding the Deduper with 100,000 synthetic stored articles, cold
(every body hashed) against warm (persisted signatures under state/, `pipeline.dedup.signature_file`).
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pipeline.clean import clean_html, clean_text
from pipeline.clean.evaluate import body_score
from pipeline.core.errors import Dropped
from pipeline.dedup.deduper import Deduper, content_hash
from pipeline.dedup.signature_file import signature_path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fixtures" / "clean"
ID_NEWS = REPO.parent / "shared" / "bench" / "id-news"
NOW = datetime(2026, 11, 23, 12, tzinfo=ZoneInfo("Asia/Jakarta"))
PASSES = 3
DEDUP_ARTICLES = 100_000

Page = tuple[str, str]  # (html, gold body)


def _pantau(page: str) -> str:
    try:
        return clean_html(page, now=NOW).body
    except Dropped:
        return ""


def _trafilatura(**options: bool) -> Callable[[str], str]:
    import trafilatura

    return lambda page: trafilatura.extract(page, **options) or ""


def _readability(page: str) -> str:
    from lxml import html
    from readability import Document

    summary = Document(page).summary(html_partial=True)
    return html.fromstring(summary).text_content() if summary.strip() else ""


def _soup(page: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(page, "lxml").get_text("\n")


def extractors() -> dict[str, Callable[[str], str]]:
    return {
        "pantau": _pantau,
        "trafilatura_default": _trafilatura(),
        "trafilatura_precision": _trafilatura(favor_precision=True),
        "readability_lxml": _readability,
        "bs4_get_text": _soup,
    }


def measure_all(
    named: dict[str, Callable[[str], str]], pages: list[Page]
) -> dict[str, dict[str, float]]:
    """Passes interleave the extractors, and time is this process's CPU time, so that load from
    other processes on the machine does not favour whichever extractor ran in a quiet moment."""
    for extract in named.values():
        for (
            page,
            _gold,
        ) in pages:  # warm-up pass: lazy imports and model loads are not per-document costs
            extract(page)
    seconds = dict.fromkeys(named, 0.0)
    outputs: dict[str, list[str]] = {}
    for _ in range(PASSES):
        for name, extract in named.items():
            started = time.process_time()
            outputs[name] = [extract(page) for page, _gold in pages]
            seconds[name] += time.process_time() - started
    return {name: _figures(outputs[name], pages, seconds[name]) for name in named}


def _figures(outputs: list[str], pages: list[Page], seconds: float) -> dict[str, float]:
    scores = [body_score(out, gold) for out, (_page, gold) in zip(outputs, pages, strict=True)]
    n = len(scores)
    return {
        "docs_per_s": round(PASSES * n / seconds, 1),
        "ms_per_doc": round(1000 * seconds / (PASSES * n), 2),
        "precision": round(sum(s.precision for s in scores) / n, 3),
        "recall": round(sum(s.recall for s in scores) / n, 3),
        "f1": round(sum(s.f1 for s in scores) / n, 3),
    }


def corpus_pages() -> tuple[list[Page], list[dict]]:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    html_pages = [
        ((CORPUS / m["file"]).read_text(encoding="utf-8"), m["body"])
        for m in manifest
        if m["kind"] == "html"
    ]
    return html_pages, [m for m in manifest if m["kind"] == "text"]


def id_news_pages() -> list[Page] | None:
    truth = ID_NEWS / "ground-truth.json"
    if not truth.exists():
        return None
    gold = json.loads(truth.read_text(encoding="utf-8"))
    pages = []
    for stem, row in sorted(gold.items()):
        with gzip.open(ID_NEWS / "html" / f"{stem}.html.gz") as handle:
            pages.append((handle.read().decode("utf-8", "replace"), row["articleBody"]))
    return pages


def id_news_metadata() -> dict[str, float]:
    """Pantau's title (exact) and publication-day accuracy against the pages' ground truth."""
    gold = json.loads((ID_NEWS / "ground-truth.json").read_text(encoding="utf-8"))
    titles = days = n_titles = n_days = 0
    for stem, row in gold.items():
        with gzip.open(ID_NEWS / "html" / f"{stem}.html.gz") as handle:
            page = handle.read()
        try:
            article = clean_html(page, row.get("url"), now=NOW)
        except Dropped:
            continue
        if row.get("title"):
            n_titles += 1
            titles += (article.title or "").strip() == row["title"].strip()
        if row.get("date_ms"):
            n_days += 1
            truth = datetime.fromtimestamp(row["date_ms"] / 1000, ZoneInfo("Asia/Jakarta")).date()
            days += article.published_at is not None and article.published_at.date() == truth
    return {
        "title_exact": round(titles / max(n_titles, 1), 3),
        "titles": n_titles,
        "published_day": round(days / max(n_days, 1), 3),
        "dates": n_days,
    }


def devset_accuracy() -> dict[str, float | int] | None:
    """The demo corpus's annotated pages (tests/fixtures/devset, built by pantau.demo) when present."""
    from pipeline.clean.evaluate import gold_accuracy

    path = REPO / "tests" / "fixtures" / "devset" / "dev.jsonl"
    if not path.exists():
        return None
    pairs: list[tuple[dict, dict | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        try:
            article = clean_html(gold["html"], gold.get("url"), now=NOW)
        except Dropped:
            pairs.append((gold, None))
            continue
        published = article.published_at.date().isoformat() if article.published_at else None
        pairs.append((gold, {"body": article.body, "published": published}))
    return gold_accuracy(pairs)


def text_dumps(rows: list[dict]) -> dict[str, float]:
    started = time.process_time()
    scores = []
    for row in rows:
        body = clean_text((CORPUS / row["file"]).read_text(encoding="utf-8"), now=NOW).body
        scores.append(body_score(body, row["body"]))
    seconds = time.process_time() - started
    return {
        "pages": len(rows),
        "docs_per_s": round(len(rows) / seconds, 1),
        "f1": round(sum(s.f1 for s in scores) / len(scores), 3),
    }


def compare(results: dict[str, dict[str, float]]) -> dict[str, float | bool]:
    pantau = results["pantau"]
    out: dict[str, float | bool] = {}
    for name in ("trafilatura_default", "trafilatura_precision"):
        out[f"speedup_vs_{name}"] = round(pantau["docs_per_s"] / results[name]["docs_per_s"], 2)
        out[f"f1_delta_vs_{name}"] = round(pantau["f1"] - results[name]["f1"], 3)
    out["target_met"] = (
        out["speedup_vs_trafilatura_default"] >= 3 and out["f1_delta_vs_trafilatura_default"] >= 0
    )
    return out


def synthetic_bodies(n: int, words: int = 200) -> list[str]:
    """Random bodies over a 20,000-word vocabulary: no two are near-duplicates by accident."""
    rng = random.Random(11)
    vocab = [f"kata{i}" for i in range(20_000)]
    return [" ".join(rng.choices(vocab, k=words)) for _ in range(n)]


def dedup_seeding(n: int = DEDUP_ARTICLES) -> dict[str, float]:
    """Seeding the Deduper with n stored articles: cold (every body hashed again, what each run
    did before persisted signatures; the baseline) and warm (signatures from state/ plus rows of
    article_id, published_at, content_sha256). Memory is what the seeded index keeps (tracemalloc)."""
    bodies = synthetic_bodies(n)
    rows = [
        {"article_id": f"{i:016x}", "body": body, "published_at": None}
        for i, body in enumerate(bodies)
    ]
    started = time.process_time()
    cold = Deduper()
    cold.seed(rows)
    cold_s = time.process_time() - started
    with tempfile.TemporaryDirectory() as folder:
        path = signature_path(folder)
        started = time.process_time()
        cold.save_signatures(path)
        save_s = time.process_time() - started
        del cold
        light = [
            {
                "article_id": r["article_id"],
                "content_sha256": content_hash(r["body"]),
                "published_at": None,
            }
            for r in rows
        ]
        tracemalloc.start()
        started = time.process_time()
        warm = Deduper()
        loaded = warm.load_signatures(path)
        warm.seed(light)
        warm_s = time.process_time() - started
        kept, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        file_mb = path.stat().st_size / 2**20
    probe = bodies[0].split()
    probe[5] = "diubah"
    return {
        "articles": n,
        "cold_seed_s": round(cold_s, 2),
        "warm_seed_s": round(warm_s, 2),
        "speedup_warm_vs_cold": round(cold_s / max(warm_s, 1e-9), 1),
        "signatures_loaded": loaded,
        "save_s": round(save_s, 2),
        "signature_file_mb": round(file_mb, 1),
        "warm_index_mb": round(kept / 2**20, 1),
        "warm_peak_mb": round(peak / 2**20, 1),
        "near_duplicate_found_after_warm_seed": warm.check("probe", " ".join(probe), None)
        == rows[0]["article_id"],
    }


def main() -> dict:
    warnings.filterwarnings("ignore")
    html_pages, dumps = corpus_pages()
    figures: dict = {"corpus_html_pages": len(html_pages)}
    corpus = measure_all(extractors(), html_pages)
    figures["corpus"] = corpus
    figures["corpus_vs_trafilatura"] = compare(corpus)
    figures["corpus_text_dumps_pantau"] = text_dumps(dumps)
    devset = devset_accuracy()
    figures["demo_devset"] = (
        devset if devset is not None else {"skipped": "tests/fixtures/devset/dev.jsonl absent"}
    )
    real = id_news_pages()
    if real is None:
        figures["id_news"] = {
            "skipped": f"{ID_NEWS} not found (../shared is only beside CI's clone)"
        }
    else:
        id_news = measure_all(extractors(), real)
        figures["id_news_pages"] = len(real)
        figures["id_news"] = id_news
        figures["id_news_vs_trafilatura"] = compare(id_news)
        figures["id_news_pantau_metadata"] = id_news_metadata()
    figures["dedup_seeding"] = dedup_seeding()
    return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
