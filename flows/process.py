"""The process flow: pages not yet processed -> clean -> dedup -> relevance -> NLP -> tables.

One flow per run (a flow call costs about a second), tasks per batch of pages. Cleaning and
extraction are pure, so their tasks (flows.batch_tasks) are cached by the hash of their input and
of the code that runs them: a re-run after a crash does not redo finished batches. Deduplication
needs every article in order, so it runs in the flow between the two parallel stages. Any task
runner works: threads by default, Dask (`flows.dask_runner`) for scale-out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.task_runners import ThreadPoolTaskRunner

import pipeline.clean
from flows.artifacts import process_markdown, publish
from flows.batch_tasks import clean_stream, clean_task, extract_task, gather, retrying
from flows.progress import Step
from flows.run_lock import run_lock
from flows.steps import (
    Extracted,
    batches,
    order_for_dedup,
    pending_page_index,
    published_date,
    with_nlp_flags,
)
from flows.stored import (
    load_dropped,
    portal_parsers,
    replace_extractions,
    save_dropped,
    stale_articles,
    store_results,
    tag_relevance,
)
from pipeline.clean.text_dates import url_year
from pipeline.core.article import Article, canonical_url
from pipeline.core.config import settings
from pipeline.core.errors import DropCounter, Reason
from pipeline.core.settings_model import Settings
from pipeline.dedup.deduper import Deduper
from pipeline.dedup.signature_file import signature_path
from pipeline.store import TableStore


def clean_all(
    pages: list[dict[str, Any]],
    parsers: dict[str, str | None],
    size: int,
    config: Settings,
    errors: list[str],
    use_cache: bool = True,
) -> tuple[list[Article], DropCounter, set[tuple[str, str]]]:
    """Clean pending pages batch by batch. `pages` may be index rows without HTML
    (`pending_page_index`): a batch's HTML is read when it is submitted and let go once cleaned."""
    chunks = batches(pages, size)
    step = Step("cleaning pages", len(chunks))
    results = clean_stream(chunks, parsers, retrying(clean_task, config, use_cache), step, errors)
    articles: list[Article] = []
    drops = DropCounter()
    dropped_keys: set[tuple[str, str]] = set()
    sha_of = {canonical_url(p["url"]): str(p.get("sha256") or "") for p in pages}
    for result in results:
        if result is None:
            continue
        articles.extend(result.articles)
        for url, reason, _detail in result.drops:
            drops.record(Reason(reason))
            dropped_keys.add((canonical_url(url), sha_of.get(canonical_url(url), "")))
    return articles, drops, dropped_keys


def seeded_deduper(store: Any, folder: Path, new_ids: set[str]) -> Any:
    """A Deduper that knows every stored article except `new_ids`, from the persisted signatures:
    stored bodies are read and hashed only when there is no signature file yet (or it is unusable)."""
    deduper = Deduper()
    signed = deduper.load_signatures(signature_path(folder))
    columns = ["article_id", "published_at", "content_sha256", "dup_of"]
    rows = store.read("articles", columns)
    if signed == 0 and len(rows):
        rows = store.read("articles", [*columns, "body"])
    deduper.seed(row for row in rows.to_dict("records") if row["article_id"] not in new_ids)
    return deduper


def dedup_and_score(
    articles: list[Article], stored: list[dict[str, Any]], deduper: Any = None
) -> list[Article]:
    """Mark copies (dup_of) against stored and earlier new articles.

    Relevance is tagged by the cleaner (`pipeline.clean` sets `relevant` / `relevance_terms` from
    the same title + body); it is computed here only for an article that arrives without it. It is
    a stand-in: `tag_relevance` sets the stored flag from the engagement rule after extraction.
    """
    if deduper is None:  # else already seeded (`seeded_deduper`)
        deduper = Deduper()
        new_ids = {a.article_id for a in articles}
        deduper.seed([row for row in stored if row["article_id"] not in new_ids])
    for article in order_for_dedup(articles):
        original = deduper.check(article.article_id, article.body, article.published_at)
        article.dup_of = original if original and original != article.article_id else None
        if article.relevant is None:
            article.relevant, article.relevance_terms = pipeline.clean.relevance(
                f"{article.title or ''}\n{article.body}"
            )
    return articles


def extract_all(
    articles: list[Article],
    size: int,
    config: Settings,
    errors: list[str],
    use_cache: bool = True,
) -> Extracted:
    items = [
        {
            "article_id": a.article_id,
            "body": a.body,
            "published": published_date(a),
            "province": a.province,
            "page_year": url_year(a.url),
        }
        for a in articles
        if a.dup_of is None
    ]
    chunks = batches(items, size)
    step = Step("extracting entities", len(chunks))
    extractor = retrying(extract_task, config, use_cache)
    found = Extracted()
    for result in gather([extractor.submit(chunk) for chunk in chunks], step, errors, "extract"):
        if result is not None:
            found.update(result)
    return found


def reextract_stale(
    store: Any,
    size: int,
    config: Settings,
    errors: list[str],
    use_cache: bool = True,
    fresh: frozenset[str] = frozenset(),
) -> int:
    """Extract again the stored originals that another extractor version did; replaces their
    mentions, rebuilds the derived tables and returns how many. `fresh`: ids extracted in this run."""
    articles = stale_articles(store, fresh)
    if not articles:
        return 0
    # the same path as new articles (extract_all), keyed by the id the store holds them under
    return replace_extractions(store, extract_all(articles, size, config, errors, use_cache))


def process_pages(
    folder: Path,
    config: Settings,
    *,
    reprocess: bool = False,
    batch_size: int | None = None,
    use_cache: bool = True,
) -> dict[str, Any]:
    from pipeline.dedup.signature_file import signature_path
    from pipeline.store.verify import heal

    store = TableStore(folder)
    repaired = heal(folder)  # damaged files quarantined: their partitions are rebuilt below
    state = folder / "state"
    size = batch_size or config.flows.batch_size
    dropped = set() if reprocess else load_dropped(state)
    done_urls = set() if reprocess else {canonical_url(u) for u in store.processed_urls()}
    pages = pending_page_index(folder, dropped, done_urls)  # no HTML: clean_all reads it per batch
    parsers = portal_parsers(state, {p.get("portal") or "" for p in pages})
    errors: list[str] = []
    articles, drops, newly_dropped = clean_all(pages, parsers, size, config, errors, use_cache)
    deduper = seeded_deduper(store, folder, {a.article_id for a in articles})
    articles = dedup_and_score(articles, [], deduper)
    extracted = extract_all(articles, size, config, errors, use_cache)
    mentions = extracted.mentions
    for article in articles:
        if article.article_id in extracted.flags:
            article.flags = with_nlp_flags(article.flags, extracted.flags[article.article_id])
    tag_relevance(store, articles, mentions)
    new_entities = store_results(store, articles, mentions)
    reextracted = reextract_stale(store, size, config, errors, use_cache, frozenset(mentions))
    deduper.save_signatures(signature_path(folder))
    save_dropped(state, dropped | newly_dropped)
    kept = [a for a in articles if a.dup_of is not None or a.article_id in mentions]
    per_portal: dict[str, int] = {}
    for article in kept:
        per_portal[article.portal or "unknown"] = per_portal.get(article.portal or "unknown", 0) + 1
    return {
        "reextracted": reextracted,
        "pages": len(pages),
        "stored": len(kept),
        "duplicates": sum(a.dup_of is not None for a in kept),
        "relevant": sum(bool(a.relevant) for a in kept),
        "mentions": sum(len(mentions.get(a.article_id, [])) for a in kept),
        "drops": drops.as_dict(),
        "errors": errors,
        "articles_per_portal": per_portal,
        "new_entities": new_entities,
        "repaired": repaired,
    }


@flow(name="pantau-process", task_runner=ThreadPoolTaskRunner(max_workers=2))  # type: ignore[arg-type]
def process_flow(
    data_dir: str | None = None,
    reprocess: bool = False,
    batch_size: int | None = None,
    use_cache: bool = True,
) -> dict[str, Any]:
    """Clean, deduplicate, extract and store every page not processed yet.

    `use_cache=False` recomputes every batch (and refreshes the cache) instead of reusing results.
    """
    config = settings()
    folder = Path(data_dir) if data_dir else config.data_dir
    with run_lock(folder, "pantau process"):  # a no-op under the CLI's lock
        summary = process_pages(
            folder, config, reprocess=reprocess, batch_size=batch_size, use_cache=use_cache
        )
    for line in summary["errors"]:
        get_run_logger().error(line)
    publish("pantau-process", process_markdown(summary), f"{summary['stored']} articles stored")
    return summary
