"""Datasette metadata and settings for `pantau ui`, kept as data (Indonesian · English)."""

from __future__ import annotations

from html import escape
from typing import Any

from pantau.ui.canned import CANNED_QUERIES, CannedQuery
from pantau.ui.sqlite_build import DB_NAME

DATABASE = DB_NAME.removesuffix(".db")

SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,  # a runaway query stops instead of blocking the server
    "facet_time_limit_ms": 500,
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "allow_csv_stream": True,
    "num_sql_threads": 2,
}

SITE_TITLE = "Pantau — pemerintah daerah & masyarakat sipil · regional government & civil society"
SITE_DESCRIPTION_ID = (
    "Berita portal pemerintah daerah dan media lokal: siapa bertemu siapa, di mana, kapan. "
    "Data hanya-baca; klik sebuah kueri siap pakai di bawah."
)
SITE_DESCRIPTION_EN = (
    "News from regional-government portals and local media: who met whom, where and when. "
    "Read-only data; click a ready-made query below."
)

# table -> (title_id, title_en, description_id, description_en, facets, extra keys)
TABLES: dict[str, tuple[str, str, str, str, list[Any], dict[str, Any]]] = {
    "articles": (
        "Artikel",
        "Articles",
        "Satu baris per artikel. Waktu terbit dalam WIB (Asia/Jakarta).",
        "One row per article. Publication time in WIB (Asia/Jakarta).",
        ["portal", "province", "month", {"date": "published_at"}, "lang", "relevant"],
        {"sort_desc": "published_at", "label_column": "title"},
    ),
    "mentions": (
        "Sebutan",
        "Mentions",
        "Setiap nama pejabat, orang, organisasi, tempat atau tanggal yang ditemukan, "
        "dengan kalimatnya.",
        "Every official, person, organisation, place or date found, with its sentence.",
        ["type", "province", "portal", "month", "kind"],
        {},
    ),
    "entities": (
        "Entitas",
        "Entities",
        "Satu baris per pejabat, orang, organisasi atau tempat yang dikenali.",
        "One row per recognised official, person, organisation or place.",
        ["type", "kind", "role", {"date": "last_seen"}],
        {"sort_desc": "n_articles", "label_column": "name"},
    ),
    "engagements": (
        "Pertemuan",
        "Engagements",
        "Pertemuan pemerintah–organisasi: tanggal, tempat, jenis kegiatan, pejabat, instansi, "
        "organisasi dan kalimat buktinya.",
        "Government–organisation engagements: date, place, event type, officials, government "
        "bodies, organisations and the evidence sentence.",
        [
            "province",
            "portal",
            "month",
            {"date": "date"},
            "event_label",
            {"array": "organisations"},
            {"array": "officials"},
            {"array": "government_bodies"},
        ],
        {"sort_desc": "date"},
    ),
    "crawl_runs": (
        "Crawl",
        "Crawl runs",
        "Satu baris per crawl per portal. Waktu dalam UTC.",
        "One row per spider run per portal. Times in UTC.",
        ["portal", "status", {"date": "started_at"}],
        {"sort_desc": "started_at"},
    ),
}


def _bilingual_html(text_id: str, text_en: str) -> str:
    return f'<p lang="id">{escape(text_id)}</p><p lang="en"><em>{escape(text_en)}</em></p>'


def _query_metadata(query: CannedQuery) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "sql": query.sql,
        "title": query.title,
        "description_html": _bilingual_html(query.description_id, query.description_en),
        "hide_sql": True,  # journalists see the form and the rows; "Show SQL" reveals it
    }
    if query.params:
        entry["params"] = list(query.params)
    return entry


def _table_metadata(spec: tuple[str, str, str, str, list[Any], dict[str, Any]]) -> dict[str, Any]:
    title_id, title_en, desc_id, desc_en, facets, extra = spec
    return {
        "title": f"{title_id} · {title_en}",
        "description_html": _bilingual_html(desc_id, desc_en),
        "facets": facets,
        **extra,
    }


def build_metadata() -> dict[str, Any]:
    """The metadata dict handed to Datasette: site texts, table facets and canned queries."""
    return {
        "title": SITE_TITLE,
        "description_html": _bilingual_html(SITE_DESCRIPTION_ID, SITE_DESCRIPTION_EN),
        "databases": {
            DATABASE: {
                "title": "Pantau",
                "description_html": _bilingual_html(SITE_DESCRIPTION_ID, SITE_DESCRIPTION_EN),
                "tables": {name: _table_metadata(spec) for name, spec in TABLES.items()},
                "queries": {q.name: _query_metadata(q) for q in CANNED_QUERIES},
            }
        },
    }
