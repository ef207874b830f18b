"""Derive steps: how each derived table of pipeline.core.tables is rebuilt, staged for one commit.

`STEPS` names one `DeriveStep` per table whose record declares `derived_from`; `TableStore.derive`
runs them in the records' order. A new derived table adds its record and its step here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

import pyarrow as pa

from nlp.lexicons import events as event_words
from nlp.lexicons import participation
from pipeline.core.tables import DERIVED
from pipeline.derive import engagements, entities
from pipeline.store import manifest as mf
from pipeline.store.layout import group_by_partition
from pipeline.store.rows import arrow_rows


class StagingStore(Protocol):
    """What a rebuild needs of the store: reads and staged writes (`table_store.TableStore` is one).

    Declared here rather than imported, so the store can call the rebuilds without an import cycle.
    """

    def read_arrow(self, table: str, columns: list[str] | None = None) -> pa.Table: ...

    def read_partition(self, manifest: mf.Manifest, table: str, part: str) -> pa.Table | None: ...

    def stage(self, table: str, part: str, data: pa.Table | None) -> str | None: ...


Updates = dict[str, dict[str, str | None]]  # table -> partition -> file name (None: drop)
Sources = dict[str, str | None]  # manifest source signatures to set (None: remove)


@dataclass(frozen=True)
class DeriveStep:
    """Stage a derived table's new partitions (and any table it annotates) from its inputs."""

    stage: Callable[[StagingStore, mf.Manifest], tuple[Updates, Sources]]
    # True when the table must be rebuilt although no commit marked it stale (a hand-made folder)
    incomplete: Callable[[StagingStore], bool] = lambda _store: False


ENTITY_INPUT = [
    "article_id",
    "type",
    "text",
    "normalized",
    "role",
    "jurisdiction",
    "kind",
    "code",
    "acronym",
]
# changes when the engagement rules change, so derived partitions are rebuilt
RULES = hashlib.sha256(
    (
        repr(event_words.STRONG)
        + repr(event_words.WEAK)
        + repr([getattr(participation, k) for k in sorted(dir(participation)) if k.isupper()])
        + repr(sorted(engagements.GOVERNMENT_KINDS))
        + "engagements/2"
    ).encode()
).hexdigest()[:12]
ARTICLE_INPUT = [
    "article_id",
    "title",
    "body",
    "published_at",
    "url",
    "portal",
    "province",
    "month",
]


def article_dates(store: StagingStore) -> dict[str, date | None]:
    got = store.read_arrow("articles", ["article_id", "published_at", "fetched_at"]).to_pylist()
    return {r["article_id"]: _day(r["published_at"] or r["fetched_at"]) for r in got}


def _day(stamp: datetime | None) -> date | None:
    return stamp.date() if stamp else None


def entity_updates(store: StagingStore, manifest: mf.Manifest) -> Updates:
    """Stage the entities table and every mentions partition whose entity_id column changes."""
    mentions = store.read_arrow("mentions", ENTITY_INPUT).to_pandas()
    resolution = entities.resolve(mentions, article_dates(store))
    by_type = group_by_partition("entities", resolution.entities)
    staged_entities: dict[str, str | None] = dict.fromkeys(manifest.partitions("entities"))
    for part, rows in by_type.items():
        staged_entities[part] = store.stage("entities", part, arrow_rows(rows, "entities"))
    staged_mentions: dict[str, str | None] = {}
    for part, name in manifest.partitions("mentions").items():
        table = store.read_partition(manifest, "mentions", part)
        if table is None:
            continue
        columns = {col: table.column(col).to_pylist() for col in ENTITY_INPUT}
        ids = pa.array([resolution.ids.get(sf) for sf in entities.surfaces(columns)], pa.string())
        if not ids.equals(table["entity_id"].combine_chunks()):
            column = table.schema.get_field_index("entity_id")
            staged_mentions[part] = store.stage(
                "mentions", part, table.set_column(column, "entity_id", ids)
            )
        else:
            staged_mentions[part] = name
    return {"entities": staged_entities, "mentions": staged_mentions}


def needs_entities(store: StagingStore) -> bool:
    """True when some official or organisation mention has no entity_id yet."""
    got = store.read_arrow("mentions", ["type", "entity_id"]).to_pandas()
    linkable = got["type"].isin(["OFFICIAL", "ORG"])
    return bool((linkable & got["entity_id"].isna()).any())


def engagement_updates(store: StagingStore, manifest: mf.Manifest) -> tuple[Updates, Sources]:
    """Stage engagements partition by partition (bounded memory: one article partition at a time).

    A partition whose articles file, mentions file and rules are those it was built from is kept
    as it is, so an incremental batch recomputes only the partitions it touched.
    """
    old = manifest.partitions("engagements")
    staged: dict[str, str | None] = dict.fromkeys(old)
    sources: dict[str, str | None] = {
        k: None for k in manifest.sources if k.startswith("engagements/")
    }
    mention_files = manifest.partitions("mentions")
    for part, article_file in manifest.partitions("articles").items():
        if part not in mention_files:
            continue
        signature = f"{RULES}|{article_file}|{mention_files[part]}"
        key = f"engagements/{part}"
        sources[key] = signature
        if manifest.sources.get(key) == signature:  # an empty partition stays empty
            staged[part] = old.get(part)
            continue
        staged[part] = _engagements_of(store, manifest, part)
    return {"engagements": staged}, sources


def _engagements_of(store: StagingStore, manifest: mf.Manifest, part: str) -> str | None:
    articles = store.read_partition(manifest, "articles", part)
    mentions = store.read_partition(manifest, "mentions", part)
    if articles is None or mentions is None:
        return None
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in mentions.to_pylist():
        by_article.setdefault(row["article_id"], []).append(row)
    rows = []
    for article in articles.select(ARTICLE_INPUT).to_pylist():
        rows.extend(
            engagements.find_engagements(article, by_article.get(article["article_id"], []))
        )
    return store.stage("engagements", part, arrow_rows(rows, "engagements"))


def _entities_step(store: StagingStore, manifest: mf.Manifest) -> tuple[Updates, Sources]:
    return entity_updates(store, manifest), {}


STEPS: dict[str, DeriveStep] = {
    "entities": DeriveStep(_entities_step, needs_entities),
    "engagements": DeriveStep(engagement_updates),
}


def stale_from(manifest: mf.Manifest) -> int:
    """Position in DERIVED of the first derived table a commit left stale (len: none).

    The marker is "1" after a commit of articles or mentions (all stale), else the name of the
    first table still to rebuild ("engagements" once entities were rebuilt).
    """
    marker = manifest.sources.get(mf.STALE_KEY)
    if marker is None:
        return len(DERIVED)
    return DERIVED.index(marker) if marker in DERIVED else 0


def stale_after(manifest: mf.Manifest, position: int) -> dict[str, str | None]:
    """The stale marker once DERIVED[position] is rebuilt: the next table, or cleared after the last."""
    if position == len(DERIVED) - 1:
        return {mf.STALE_KEY: None}
    return {mf.STALE_KEY: DERIVED[position + 1]} if mf.STALE_KEY in manifest.sources else {}
