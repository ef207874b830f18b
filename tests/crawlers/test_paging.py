"""Pagination shapes recognised generically (crawlers.paging) and listing pages read (crawlers.listing)."""

from __future__ import annotations

import json

import lxml.html
import pytest

from crawlers import paging
from crawlers.listing import read_json_listing, read_listing

BASE = "https://contoh.id"


def doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{html}</body></html>")


@pytest.mark.parametrize(
    ("url", "html", "expected"),
    [
        (
            "/berita",
            '<a href="/berita?page=2">2</a><a href="/berita?page=9">9</a>',
            "/berita?page=2",
        ),
        (
            "/berita?page=2",
            '<a href="/berita?page=1">1</a><a href="/berita?page=3">3</a>',
            "/berita?page=3",
        ),
        ("/", '<a href="/page/2/">2</a><a href="/page/3/">3</a>', "/page/2/"),
        (
            "/category/x/page/2/",
            '<a href="/category/x/">1</a><a href="/category/x/page/3/">3</a>',
            "/category/x/page/3/",
        ),
        ("/berita/index/1", '<a href="/berita/index/2">2</a>', "/berita/index/2"),
        (
            "/arsip",
            '<a href="/arsip?start=20">2</a><a href="/arsip?start=40">3</a>',
            "/arsip?start=20",
        ),
        (
            "/arsip?start=20",
            '<a href="/arsip?start=0">1</a><a href="/arsip?start=40">3</a>',
            "/arsip?start=40",
        ),
        ("/kabar", '<a href="/kabar/lama" rel="next">x</a>', "/kabar/lama"),
        ("/kabar", '<a href="/kabar/lama">Selanjutnya</a>', "/kabar/lama"),
        ("/kabar", '<a href="/kabar/lama">›</a>', "/kabar/lama"),
        (
            "/",
            '<a href="/berita?page=2">2</a><a href="/berita?page=3">3</a>',
            "/berita?page=2",
        ),  # pager elsewhere
    ],
)
def test_the_next_page_is_found_in_each_shape(url: str, html: str, expected: str) -> None:
    assert paging.next_page(doc(html), BASE + url) == BASE + expected


@pytest.mark.parametrize(
    ("url", "html"),
    [
        (
            "/berita?page=3",
            '<a href="/berita?page=1">1</a><a href="/berita?page=2">2</a>',
        ),  # the last page
        ("/", '<a href="/berita?page=7">7</a>'),  # a far page of another listing: not its next
        (
            "/",
            '<a href="/2025/03/04/pemkab-contoh-gelar-rapat-warga/">Selanjutnya</a>',
        ),  # a read-more link
        ("/", '<a href="https://lain.id/page/2/">2</a>'),  # offsite
    ],
)
def test_no_next_page_is_invented(url: str, html: str) -> None:
    assert paging.next_page(doc(html), BASE + url) is None


def test_session_parameters_do_not_make_new_listing_pages() -> None:
    assert (
        paging.strip_session(f"{BASE}/berita?page=2&PHPSESSID=abc&utm_source=x")
        == f"{BASE}/berita?page=2"
    )


def test_a_load_more_button_names_its_json_endpoint() -> None:
    html = '<button class="btn" data-url="/api/berita?page=2">Muat lebih banyak</button>'
    assert paging.load_more(doc(html), BASE + "/berita") == BASE + "/api/berita?page=2"


def test_registry_templates_fill_page_numbers_and_offsets() -> None:
    assert paging.from_template("/berita?page={n}", BASE, 3) == BASE + "/berita?page=3"
    assert (
        paging.from_template("/arsip?start={offset}", BASE, 3, page_size=20)
        == BASE + "/arsip?start=40"
    )


def test_a_listing_gives_dated_articles_sections_and_date_archives() -> None:
    html = (
        '<div><a href="/berita/detail/7/pemkab-contoh-gelar-rapat-warga">a</a><time datetime="2025-03-04">4</time></div>'
        '<a href="/2025/03/05/bupati-contoh-buka-festival-budaya/">b</a>'
        '<a href="/category/sosial/">Sosial</a><a href="/2025/02/">Februari</a><a href="/tag/warga/">warga</a>'
    )
    page = read_listing(html.encode(), BASE + "/")
    assert [
        (e.url.removeprefix(BASE), e.lastmod and e.lastmod.date().isoformat())
        for e in page.articles
    ] == [
        ("/berita/detail/7/pemkab-contoh-gelar-rapat-warga", "2025-03-04"),
        ("/2025/03/05/bupati-contoh-buka-festival-budaya/", "2025-03-05"),
    ]
    assert page.sections == [BASE + "/category/sosial/"] and page.archives == [BASE + "/2025/02/"]


@pytest.mark.parametrize(
    ("payload", "next_url"),
    [
        (
            {
                "html": '<a href="/berita/detail/1/pemkab-contoh-gelar-rapat-warga">x</a>',
                "next": "/api?page=3",
            },
            "/api?page=3",
        ),
        ({"items": [{"url": "/berita/detail/1/pemkab-contoh-gelar-rapat-warga"}]}, "/api?page=3"),
        (
            {
                "html": '<a href="/berita/detail/1/pemkab-contoh-gelar-rapat-warga">x</a>',
                "next": None,
            },
            None,
        ),
    ],
)
def test_a_load_more_answer_gives_articles_and_its_next_endpoint(
    payload: dict, next_url: str | None
) -> None:
    page = read_json_listing(json.dumps(payload).encode(), BASE + "/api?page=2")
    assert [e.url for e in page.articles] == [
        BASE + "/berita/detail/1/pemkab-contoh-gelar-rapat-warga"
    ]
    assert page.next_url == (BASE + next_url if next_url else None)
