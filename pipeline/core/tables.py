"""One declared record per table: schema, key, layout, UI texts and indexes, in one place.

The store's layout (pipeline.store.layout), the schemas (pipeline.core.schema), the UI's metadata,
facets and SQLite indexes (pantau.ui) and the table of docs/contracts.md are all derived from
`SPECS`; adding a table is a new `TableSpec` here plus its build or derive step.
"""

from __future__ import annotations

import pyarrow as pa

from pipeline.core.table_spec import STR_LIST, UTC_TS, WIB_TS, Column, TableSpec, UiSpec


def _c(name: str, type_: pa.DataType, doc: str = "", since: int = 1) -> Column:
    return Column(name, type_, doc, since)


S = pa.string()
ENGAGEMENT_FACETS = (
    "province",
    "portal",
    "month",
    {"date": "date"},
    "event_label",
    {"array": "organisations"},
    {"array": "officials"},
    {"array": "government_bodies"},
)

SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "pages",
            (
                _c("url", S),
                _c("final_url", S),
                _c("portal", S),
                _c("province", S),
                _c("fetched_at", UTC_TS),
                _c("status", pa.int16()),
                _c("content_type", S),
                _c("encoding", S),
                _c("headers", S, "JSON of the headers that matter (etag, last-modified, ...)"),
                _c("html", pa.large_binary(), "raw body bytes; zstd-compressed on disk"),
                _c("sha256", S),
                _c("run_id", S),
                _c("discovered_via", S, "sitemap | feed | wp-json | listing | seed | link"),
            ),
            key=("url", "run_id"),
            partition_by=("portal",),
            location="raw",
        ),
        TableSpec(
            "articles",
            (
                _c("article_id", S, "stable hash of the canonical URL"),
                _c("url", S),
                _c("portal", S),
                _c("province", S),
                _c("title", S),
                _c("published_at", WIB_TS),
                _c("published_source", S, "jsonld | meta | text | url | input"),
                _c("author", S),
                _c("author_kind", S, "person | institution"),
                _c("reporter", S),
                _c("editor", S),
                _c("dateline", S),
                _c("credit", S, 'closing credit tag as printed, "(Humas Malteng)"', since=2),
                _c("body", pa.large_string()),
                _c("lang", S, "id | en | other"),
                _c("word_count", pa.int32()),
                _c("content_sha256", S),
                _c("dup_of", S, "article_id of the earliest copy, null when original"),
                _c(
                    "relevant",
                    pa.bool_(),
                    "the engagement rule of pantau extract (pipeline.derive.relevance)",
                ),
                _c("relevance_terms", STR_LIST, "the cleaner's keyword evidence"),
                _c("extractor", S, "cleaner and parser name plus version"),
                _c(
                    "flags",
                    STR_LIST,
                    "reason codes of non-fatal problems: the cleaner's, and the extractor's nlp_chunked"
                    " and nlp_time_budget (entities past a cut were not looked for)",
                ),
                _c("fetched_at", UTC_TS),
                _c("month", S, "YYYY-MM of published_at (or fetched_at); partition key"),
            ),
            key=("article_id",),
            partition_by=("portal", "month"),
            sort_by=("article_id",),
            ui=UiSpec(
                "Artikel",
                "Articles",
                "Satu baris per artikel. Waktu terbit dalam WIB (Asia/Jakarta).",
                "One row per article. Publication time in WIB (Asia/Jakarta).",
                ("portal", "province", "month", {"date": "published_at"}, "lang", "relevant"),
                {"sort_desc": "published_at", "label_column": "title"},
                ("portal", "province", "month", "published_at"),
                full_text=("title", "body"),
            ),
            history=((1, "first release"), (2, "credit")),
        ),
        TableSpec(
            "mentions",
            (
                _c("article_id", S),
                _c("type", S, "OFFICIAL | PERSON | ORG | PLACE | DATE"),
                _c("text", S),
                _c("start", pa.int32()),
                _c("end", pa.int32()),
                _c("sentence", S),
                _c("normalized", S, "clean name, or ISO date for DATE"),
                _c("role", S),
                _c("jurisdiction", S),
                _c("kind", S, "org kind or place level"),
                _c("code", S, "Kemendagri region code for places / jurisdictions"),
                _c("acronym", S),
                _c("entity_id", S),
                _c("extractor", S),
                _c("portal", S),
                _c("province", S),
                _c("month", S),
                _c(
                    "published_date",
                    pa.date32(),
                    "the article's, copied by the store: search sorts without a join",
                ),
            ),
            key=("article_id", "start", "end", "type", "normalized", "text"),
            partition_by=("portal", "month"),
            sort_by=("article_id", "start", "end", "type", "normalized", "text"),
            ui=UiSpec(
                "Sebutan",
                "Mentions",
                "Setiap nama pejabat, orang, organisasi, tempat atau tanggal yang ditemukan, dengan kalimatnya.",
                "Every official, person, organisation, place or date found, with its sentence.",
                ("type", "province", "portal", "month", "kind"),
                {},
                ("article_id", "entity_id", "normalized", "type", "province"),
                references={"article_id": "articles", "entity_id": "entities"},
            ),
        ),
        TableSpec(
            "entities",
            (
                _c("entity_id", S),
                _c("type", S),
                _c("name", S),
                _c("aliases", STR_LIST),
                _c("role", S),
                _c("region_code", S),
                _c("kind", S),
                _c("acronym", S),
                _c("first_seen", pa.date32()),
                _c("last_seen", pa.date32()),
                _c("n_articles", pa.int32()),
                _c(
                    "parent_id",
                    S,
                    "an organisation's branch -> the parent organisation's entity_id",
                ),
            ),
            key=("entity_id",),
            partition_by=("type",),
            sort_by=("entity_id",),
            derived_from=("mentions",),
            ui=UiSpec(
                "Entitas",
                "Entities",
                "Satu baris per pejabat, orang, organisasi atau tempat yang dikenali.",
                "One row per recognised official, person, organisation or place.",
                ("type", "kind", "role", {"date": "last_seen"}),
                {"sort_desc": "n_articles", "label_column": "name"},
                ("type", "name"),
            ),
        ),
        TableSpec(
            "engagements",
            (
                _c("engagement_id", S),
                _c("article_id", S),
                _c("date", pa.date32()),
                _c("place_code", S),
                _c("place_name", S),
                _c("official_ids", STR_LIST),
                _c(
                    "organisation_ids",
                    STR_LIST,
                    "civil-society organisations (ormas_cso, religious)",
                ),
                _c(
                    "event_type",
                    S,
                    "meeting | inauguration | grant | socialisation | coordination | ceremony | other",
                ),
                _c("evidence", S),
                _c("url", S),
                _c("portal", S),
                _c("province", S),
                _c("month", S),
                # added without a version bump: readers conform by column name
                _c(
                    "government_body_ids",
                    STR_LIST,
                    "government bodies taking part; null in older files",
                    since=2,
                ),
            ),
            key=("engagement_id",),
            partition_by=("portal", "month"),
            sort_by=("article_id", "engagement_id"),
            derived_from=("articles", "mentions", "entities"),
            ui=UiSpec(
                "Pertemuan",
                "Engagements",
                "Pertemuan pemerintah–organisasi: tanggal, tempat, jenis kegiatan, pejabat, instansi, "
                "organisasi dan kalimat buktinya.",
                "Government–organisation engagements: date, place, event type, officials, government "
                "bodies, organisations and the evidence sentence.",
                ENGAGEMENT_FACETS,
                {"sort_desc": "date"},
                ("article_id", "province", "month", "date"),
                references={"article_id": "articles"},
            ),
            history=((1, "first release"), (2, "government_body_ids (added without a bump)")),
        ),
        TableSpec(
            "crawl_runs",
            (
                _c("run_id", S),
                _c("portal", S),
                _c("started_at", UTC_TS),
                _c("finished_at", UTC_TS),
                _c("pages", pa.int32()),
                _c("articles", pa.int32()),
                _c("new_articles", pa.int32()),
                _c("errors", pa.int32()),
                _c("status", S, "ok | empty | failed | partial"),
                _c("finish_reason", S),
                _c("stats", S, "JSON of the Scrapy stats that matter"),
                # what the run covered (crawlers.walks); added without a bump, null in rows written before
                _c("mode", S, "backfill | incremental", since=2),
                _c("horizon", UTC_TS, "the oldest date the walks went back to", since=2),
                _c(
                    "sources",
                    STR_LIST,
                    "discovery sources walked: sitemap, feed, wp-json, listing",
                    since=2,
                ),
                _c("oldest_reached", UTC_TS, "the oldest dated entry any walk reached", since=2),
                _c(
                    "stop_reason",
                    S,
                    "known | horizon | end | budget | page_limit | error | ...",
                    since=2,
                ),
            ),
            key=("run_id", "portal"),
            partition_by=("portal",),
            sort_by=("run_id", "portal", "started_at"),
            ui=UiSpec(
                "Crawl",
                "Crawl runs",
                "Satu baris per crawl per portal. Waktu dalam UTC.",
                "One row per spider run per portal. Times in UTC.",
                ("portal", "status", {"date": "started_at"}),
                {"sort_desc": "started_at"},
                ("portal", "started_at"),
            ),
        ),
    )
}

STORED = tuple(
    name for name, spec in SPECS.items() if spec.stored
)  # below tables/, in the manifest
UI = tuple(name for name, spec in SPECS.items() if spec.ui is not None)
DERIVED = tuple(name for name, spec in SPECS.items() if spec.derived_from)  # in rebuild order


def spec(name: str) -> TableSpec:
    return SPECS[name]
