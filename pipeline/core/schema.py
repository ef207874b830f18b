"""The data contract: pyarrow schemas of every Pantau table, versioned.

Each table written by Pantau carries `pantau.table` and `pantau.schema_version` in its
Parquet key-value metadata; readers call `check_version` before trusting a file.
"""

from __future__ import annotations

import pyarrow as pa

from pipeline.core.errors import SchemaVersionError

# 1: first release. 2: articles.credit (and, added without a bump as readers conform by column
# name, engagements.government_body_ids). A file of an older version lacks the columns added
# since; readers conform it to the current schema (nulls there) and the next write of its
# partition rewrites it at the current version.
SCHEMA_VERSION = 2
# versions this code can read; a later version may add columns but must list older ones here
READABLE_VERSIONS = frozenset({1, 2})
META_TABLE = b"pantau.table"
META_VERSION = b"pantau.schema_version"

UTC_TS = pa.timestamp("us", tz="UTC")
WIB_TS = pa.timestamp("us", tz="Asia/Jakarta")
STR_LIST = pa.list_(pa.string())

PAGES = pa.schema(
    [
        ("url", pa.string()),
        ("final_url", pa.string()),
        ("portal", pa.string()),
        ("province", pa.string()),
        ("fetched_at", UTC_TS),
        ("status", pa.int16()),
        ("content_type", pa.string()),
        ("encoding", pa.string()),
        ("headers", pa.string()),  # JSON of the headers that matter (etag, last-modified, ...)
        ("html", pa.large_binary()),  # raw body bytes; the column is zstd-compressed on disk
        ("sha256", pa.string()),
        ("run_id", pa.string()),
        ("discovered_via", pa.string()),  # sitemap | feed | wp-json | listing | seed | link
    ]
)

ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),  # stable hash of the canonical URL
        ("url", pa.string()),
        ("portal", pa.string()),
        ("province", pa.string()),
        ("title", pa.string()),
        ("published_at", WIB_TS),
        ("published_source", pa.string()),  # jsonld | meta | text | url | input
        ("author", pa.string()),
        ("author_kind", pa.string()),  # person | institution
        ("reporter", pa.string()),
        ("editor", pa.string()),
        ("dateline", pa.string()),
        ("credit", pa.string()),  # closing credit tag as printed, "(Humas Malteng)"; since version 2
        ("body", pa.large_string()),
        ("lang", pa.string()),  # id | en | other
        ("word_count", pa.int32()),
        ("content_sha256", pa.string()),
        ("dup_of", pa.string()),  # article_id of the earliest copy, null when original
        ("relevant", pa.bool_()),
        ("relevance_terms", STR_LIST),
        ("extractor", pa.string()),  # cleaner and parser name plus version
        ("flags", STR_LIST),  # reason codes of non-fatal problems
        ("fetched_at", UTC_TS),
        ("month", pa.string()),  # YYYY-MM of published_at (or fetched_at); partition key
    ]
)

MENTIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("type", pa.string()),  # OFFICIAL | PERSON | ORG | PLACE | DATE
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("sentence", pa.string()),
        ("normalized", pa.string()),  # clean name, or ISO date for DATE
        ("role", pa.string()),
        ("jurisdiction", pa.string()),
        ("kind", pa.string()),  # org kind or place level
        ("code", pa.string()),  # Kemendagri region code for places / jurisdictions
        ("acronym", pa.string()),
        ("entity_id", pa.string()),
        ("extractor", pa.string()),
        ("portal", pa.string()),
        ("province", pa.string()),
        ("month", pa.string()),
        ("published_date", pa.date32()),  # the article's, copied by the store: search sorts without a join
    ]
)

ENTITIES = pa.schema(
    [
        ("entity_id", pa.string()),
        ("type", pa.string()),
        ("name", pa.string()),
        ("aliases", STR_LIST),
        ("role", pa.string()),
        ("region_code", pa.string()),
        ("kind", pa.string()),
        ("acronym", pa.string()),
        ("first_seen", pa.date32()),
        ("last_seen", pa.date32()),
        ("n_articles", pa.int32()),
        ("parent_id", pa.string()),  # an organisation's branch -> the parent organisation's entity_id
    ]
)

ENGAGEMENTS = pa.schema(
    [
        ("engagement_id", pa.string()),
        ("article_id", pa.string()),
        ("date", pa.date32()),
        ("place_code", pa.string()),
        ("place_name", pa.string()),
        ("official_ids", STR_LIST),
        ("organisation_ids", STR_LIST),  # civil-society organisations (ormas_cso, religious)
        ("event_type", pa.string()),  # meeting | inauguration | grant | socialisation | coordination | ceremony | other
        ("evidence", pa.string()),
        ("url", pa.string()),
        ("portal", pa.string()),
        ("province", pa.string()),
        ("month", pa.string()),
        ("government_body_ids", STR_LIST),  # government bodies taking part; null in older files
    ]
)

CRAWL_RUNS = pa.schema(
    [
        ("run_id", pa.string()),
        ("portal", pa.string()),
        ("started_at", UTC_TS),
        ("finished_at", UTC_TS),
        ("pages", pa.int32()),
        ("articles", pa.int32()),
        ("new_articles", pa.int32()),
        ("errors", pa.int32()),
        ("status", pa.string()),  # ok | empty | failed | partial
        ("finish_reason", pa.string()),
        ("stats", pa.string()),  # JSON of the Scrapy stats that matter
        # what the run covered (crawlers.walks); null in rows written before these columns
        ("mode", pa.string()),  # backfill | incremental
        ("horizon", UTC_TS),  # the oldest date the walks went back to
        ("sources", STR_LIST),  # discovery sources walked: sitemap, feed, wp-json, listing
        ("oldest_reached", UTC_TS),  # the oldest dated entry any walk reached
        ("stop_reason", pa.string()),  # known | horizon | end | budget | page_limit | error | ...
    ]
)

TABLES: dict[str, pa.Schema] = {
    "pages": PAGES,
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "entities": ENTITIES,
    "engagements": ENGAGEMENTS,
    "crawl_runs": CRAWL_RUNS,
}


def with_metadata(table_name: str) -> pa.Schema:
    """The schema of `table_name` with Pantau's version metadata attached."""
    schema = TABLES[table_name]
    return schema.with_metadata(
        {META_TABLE: table_name.encode(), META_VERSION: str(SCHEMA_VERSION).encode()}
    )


def check_version(metadata: dict[bytes, bytes] | None, where: str) -> int:
    """Return the schema version in `metadata`, or raise SchemaVersionError naming `where`."""
    raw = (metadata or {}).get(META_VERSION)
    if raw is None:
        raise SchemaVersionError(f"{where}: no pantau.schema_version in the Parquet metadata; not a Pantau table")
    try:
        version = int(raw)
    except ValueError as exc:
        raise SchemaVersionError(f"{where}: unreadable schema version {raw!r}") from exc
    if version not in READABLE_VERSIONS:
        raise SchemaVersionError(
            f"{where}: written with schema version {version}; this Pantau reads "
            f"{sorted(READABLE_VERSIONS)}. Upgrade Pantau or re-run the stage into a new data folder."
        )
    return version
