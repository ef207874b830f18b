"""What a processing run reads from and writes to the store and its state folder.

The flow (flows/process.py) composes these; they hold no orchestration of their own.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from crawlers.portals import registry
from flows.steps import Extracted, stale_extractions, with_nlp_flags
from flows.targets import seen_records
from pipeline.core.article import Article

DROPPED_FILE = (
    "dropped_pages.json"  # pages the cleaner refused: not retried until their content changes
)


def portal_parsers(state_dir: Path, portals: set[str]) -> dict[str, str | None]:
    """The site parser of each portal: from the registry, else from its ad-hoc record."""
    known, seen = registry(), seen_records(state_dir)
    out: dict[str, str | None] = {}
    for name in sorted(portals):
        if name in known:
            out[name] = known[name].parser
        else:
            out[name] = (seen.get(name) or {}).get("parser")
    return out


def load_dropped(state_dir: Path) -> set[tuple[str, str]]:
    try:
        data = json.loads((state_dir / DROPPED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {(url, sha) for url, sha in data.items()} if isinstance(data, dict) else set()


def save_dropped(state_dir: Path, keys: set[tuple[str, str]]) -> None:
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / DROPPED_FILE
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(dict(sorted(keys)), indent=0), encoding="utf-8")
    os.replace(tmp, path)


def stale_articles(store: Any, fresh: frozenset[str]) -> list[Article]:
    """Stored originals that another extractor version did (not `fresh`, the ids of this run)."""
    if not store.read_arrow("mentions", ["article_id"]).num_rows:
        return []
    # here, not at the top: the nlp package loads spaCy, which a run with no mentions skips
    from nlp.version import VERSION

    stale = set(stale_extractions(store, VERSION)) - fresh
    if not stale:
        return []
    rows = store.read_arrow(
        "articles", ["article_id", "url", "body", "published_at", "province", "dup_of"]
    )
    articles = [
        Article(
            url=r["url"],
            title=None,
            body=r["body"],
            published_at=r["published_at"],
            province=r["province"],
        )
        for r in rows.to_pylist()
        if r["article_id"] in stale and r["dup_of"] is None
    ]
    return [a for a in articles if a.article_id in stale]


def replace_extractions(store: Any, extracted: Extracted) -> int:
    """Swap in new mentions for re-extracted articles and rebuild what derives from them."""
    mentions = extracted.mentions
    done = sorted(mentions)
    if done:
        store.replace_mentions(done, [m for i in done for m in mentions[i]])
        retag_relevance(store, done, mentions, extracted.flags)
        store.rebuild_entities()
        store.rebuild_engagements()
    return len(done)


def tag_relevance(
    store: Any, articles: list[Article], mentions: dict[str, list[dict[str, Any]]]
) -> None:
    """`relevant` by the rule `pantau extract` uses (pipeline.derive.relevance), replacing the
    cleaner's keyword flag once an article is extracted; copies take their original's."""
    from pipeline.derive import relevance  # here: it loads the nlp package (spaCy)

    outside = relevance.copies_of(articles)
    stored = {}
    if outside:
        rows = store.read_arrow("articles", ["article_id", "relevant"]).to_pylist()
        stored = {r["article_id"]: r["relevant"] for r in rows if r["article_id"] in outside}
    relevance.tag(articles, mentions, stored)


def retag_relevance(
    store: Any,
    ids: list[str],
    mentions: dict[str, list[dict[str, Any]]],
    nlp_flags: dict[str, list[str]] | None = None,
) -> None:
    """Re-extracted articles get `relevant` again from their new mentions, and the new
    extractor's flags (only changed rows are written)."""
    from pipeline.derive import relevance

    table = store.read_arrow("articles")
    rows = table.filter(pc.is_in(table["article_id"], pa.array(ids))).to_pylist()
    changed = []
    for row in rows:
        flag = relevance.relevant(row, mentions[row["article_id"]])
        flags = with_nlp_flags(row["flags"] or [], (nlp_flags or {}).get(row["article_id"], []))
        if flag != row["relevant"] or flags != (row["flags"] or []):
            changed.append({**row, "relevant": flag, "flags": flags})
    if changed:
        store.upsert_articles(changed)


def entity_keys(store: Any) -> set[str]:
    return set(store.read("entities", ["entity_id"])["entity_id"])


def store_results(
    store: Any, articles: list[Article], mentions: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Write articles whose extraction finished (duplicates need none); returns new entities."""
    keep = [a for a in articles if a.dup_of is not None or a.article_id in mentions]
    before = entity_keys(store)
    if keep:
        store.upsert_articles(keep)
        ids = [a.article_id for a in keep]
        store.replace_mentions(ids, [m for i in ids for m in mentions.get(i, [])])
        store.derive()  # entities, then engagements (pipeline.core.tables DERIVED)
    # a run stopped between the mentions commit and the rebuilds left entities stale: finish it
    store.complete_derived()
    entities = store.read("entities", ["entity_id", "type", "name"])
    fresh = entities[~entities["entity_id"].isin(before)]
    rows: list[dict[str, Any]] = fresh.sort_values(["type", "name"]).to_dict("records")
    return rows
