"""Titles, dates and authors from HTML metadata and visible text."""

from __future__ import annotations

import json

from pipeline.clean import clean_html
from tests.pipeline.clean.corpus import NOW

PARAS = "".join(
    f"<p>Paragraf {i} berisi kalimat panjang tentang kegiatan organisasi kemasyarakatan bersama pemerintah daerah.</p>"
    for i in range(5)
)


def page(head: str = "", top: str = "", body: str = PARAS) -> str:
    return f"<html><head>{head}</head><body>{top}<div class='content'>{body}</div></body></html>"


def test_title_from_the_title_tag_keeps_fk_ormas_and_drops_the_site_suffix():
    article = clean_html(
        page("<title>FK-Ormas Cilegon Gelar Dialog - Portal Resmi Kota Cilegon</title>"), now=NOW
    )
    assert article.title == "FK-Ormas Cilegon Gelar Dialog"


def test_h1_that_is_a_site_logo_loses_to_og_title():
    head = '<meta property="og:title" content="Rakor Ormas Digelar di Palangka Raya">'
    article = clean_html(page(head, "<h1>Nasional</h1>"), now=NOW)
    assert article.title == "Rakor Ormas Digelar di Palangka Raya"


def test_h1_equal_to_og_title_beats_an_earlier_section_banner_h1_that_repeats_the_title():
    head = '<meta property="og:title" content="Bupati Terima Audiensi Pengurus Karang Taruna">'
    banner = (
        '<h1><a href="/daerah">Warta Daerah Bupati Terima Audiensi Pengurus Karang Taruna'
        " - Daerah :: Warta Daerah</a></h1>"
    )
    article = clean_html(
        page(head, banner + "<h1>Bupati Terima Audiensi Pengurus Karang Taruna</h1>"), now=NOW
    )
    assert article.title == "Bupati Terima Audiensi Pengurus Karang Taruna"


def test_blogger_date_header_is_the_post_date_not_a_page_header_widget():
    post = (
        '<div class="date-outer"><h2 class="date-header"><span>Selasa, 13 Agustus 2024</span></h2>'
        f'<div class="post-body">{PARAS}</div></div>'
    )  # Blogger: the date's block wraps the whole post
    article = clean_html(page(body=post), now=NOW)
    assert (
        article.published_at is not None and article.published_at.date().isoformat() == "2024-08-13"
    )
    assert article.published_source == "visible"


def test_jsonld_date_and_author_win_over_a_site_wide_today_widget():
    ld = {
        "@type": "NewsArticle",
        "datePublished": "2024-05-22T10:00:00+07:00",
        "author": {"@type": "Person", "name": "Agus Salim"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    top = '<header><div class="date">Senin, 23 November 2026</div></header>'
    article = clean_html(page(head, top), now=NOW)
    assert article.published_at.isoformat() == "2024-05-22T10:00:00+07:00"
    assert article.published_source == "jsonld"
    assert (article.author, article.author_kind) == ("Agus Salim", "person")


def test_today_widget_alone_is_not_taken_as_the_publication_date():
    top = '<div class="topbar"><span class="tanggal">Senin, 23 November 2026</span></div>'
    article = clean_html(page("<title>Judul Berita Tanpa Tanggal di Halaman</title>", top), now=NOW)
    assert article.published_at is None
    assert "date_rejected:site_widget" in article.flags
    assert "no_date" in article.flags


def test_future_meta_date_is_rejected_and_flagged():
    head = '<meta property="article:published_time" content="2031-01-05T08:00:00+07:00">'
    article = clean_html(page(head), now=NOW)
    assert article.published_at is None
    assert "date_rejected:future" in article.flags


def test_visible_date_after_the_headline_in_a_table_layout_is_found():
    body = (
        "<table><tr><td><b>Rapat Ormas Bahas Ketertiban Wilayah</b></td></tr><tr><td>13 Agu 2024 | Admin</td></tr>"
        f"<tr><td>{PARAS}</td></tr></table>"
    )
    article = clean_html(
        page("<title>Rapat Ormas Bahas Ketertiban Wilayah - Pemkab</title>", body=body), now=NOW
    )
    assert article.published_at.date().isoformat() == "2024-08-13"


def test_institution_author_from_meta_is_marked_institution():
    article = clean_html(page('<meta name="author" content="Humas Diskominfo">'), now=NOW)
    assert (article.author, article.author_kind) == ("Humas Diskominfo", "institution")


def test_language_and_relevance_are_set():
    article = clean_html(page(), now=NOW)
    assert article.lang == "id"
    assert article.relevant is True
    assert "organisasi kemasyarakatan" in article.relevance_terms
