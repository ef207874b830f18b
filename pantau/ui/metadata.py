"""Datasette metadata and settings for `pantau ui`, kept as data (Indonesian · English); each table's
title, description and facets come from its record in pipeline.core.tables."""

from __future__ import annotations

from html import escape
from typing import Any

from pantau.ui.canned import CANNED_QUERIES, CannedQuery
from pantau.ui.sqlite_build import DB_NAME
from pipeline.core.table_spec import UiSpec
from pipeline.core.tables import SPECS
from pipeline.core.tables import UI as UI_TABLES

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


def _table_metadata(ui: UiSpec) -> dict[str, Any]:
    return {
        "title": f"{ui.title_id} · {ui.title_en}",
        "description_html": _bilingual_html(ui.description_id, ui.description_en),
        "facets": list(ui.facets),
        **ui.extra,
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
                "tables": {
                    name: _table_metadata(ui) for name in UI_TABLES if (ui := SPECS[name].ui)
                },
                "queries": {q.name: _query_metadata(q) for q in CANNED_QUERIES},
            }
        },
    }
