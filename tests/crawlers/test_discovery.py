"""Discovery parsers: robots.txt, sitemaps (index, lastmod, gzip), feeds, WordPress REST, listings."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawlers import discovery

URLS = json.loads((Path(__file__).parent / "data" / "article_urls.json").read_text())
BASE = "https://contoh.id"


def test_robots_sitemap_entries_are_absolute_and_deduplicated() -> None:
    robots = b"User-agent: *\nDisallow: /admin/\nSitemap: /sitemap.xml\nsitemap: https://contoh.id/news.xml\nSitemap: /sitemap.xml\n"
    assert discovery.robots_sitemaps(robots, f"{BASE}/robots.txt") == [
        f"{BASE}/sitemap.xml",
        f"{BASE}/news.xml",
    ]


def test_sitemap_index_and_urlset_are_told_apart_with_lastmod() -> None:
    index = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://contoh.id/s1.xml</loc><lastmod>2025-03-01T10:00:00+07:00</lastmod></sitemap></sitemapindex>'
    kind, entries = discovery.parse_sitemap(index, f"{BASE}/sitemap.xml")
    assert kind == "sitemapindex"
    assert entries == [discovery.Entry(f"{BASE}/s1.xml", datetime(2025, 3, 1, 3, 0, tzinfo=UTC))]
    urlset = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://contoh.id/a-b-c-d</loc></url></urlset>'
    assert discovery.parse_sitemap(gzip.compress(urlset), f"{BASE}/s1.xml.gz") == (
        "urlset",
        [discovery.Entry(f"{BASE}/a-b-c-d")],
    )


def test_a_broken_sitemap_yields_nothing_instead_of_raising() -> None:
    assert discovery.parse_sitemap(b"<html>not a sitemap", BASE)[1] == []
    assert discovery.parse_sitemap(b"", BASE) == ("unknown", [])


@pytest.mark.parametrize(
    "feed",
    [
        b'<rss version="2.0"><channel><item><link>https://contoh.id/x-y-z-w</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0700</pubDate></item></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="/x-y-z-w"/><updated>2025-03-03T01:00:00Z</updated></entry></feed>',
    ],
    ids=["rss", "atom"],
)
def test_feed_items_give_links_and_dates(feed: bytes) -> None:
    assert discovery.parse_feed(feed, BASE + "/feed") == [
        discovery.Entry(f"{BASE}/x-y-z-w", datetime(2025, 3, 3, 1, 0, tzinfo=UTC))
    ]


def test_html_is_not_a_feed() -> None:
    assert discovery.parse_feed(b"<html><body><a href='/a'>a</a></body></html>", BASE) == []


def test_wordpress_posts_answer_gives_links_and_anything_else_nothing() -> None:
    body = json.dumps(
        [{"link": f"{BASE}/satu-dua-tiga-empat/", "modified_gmt": "2025-03-03T01:00:00"}]
    ).encode()
    assert discovery.parse_wp_posts(body, BASE) == [
        discovery.Entry(f"{BASE}/satu-dua-tiga-empat/", datetime(2025, 3, 3, 1, 0, tzinfo=UTC))
    ]
    assert discovery.parse_wp_posts(b'{"code": "rest_no_route"}', BASE) == []
    assert discovery.parse_wp_posts(b"<html>", BASE) == []


def test_homepage_feed_links_are_found() -> None:
    html = b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"><link rel="stylesheet" href="/a.css"></head></html>'
    assert discovery.feed_links(html, BASE + "/") == [f"{BASE}/rss.xml"]


@pytest.mark.parametrize("url", URLS["articles"])
def test_generic_heuristic_accepts_article_urls(url: str) -> None:
    assert discovery.looks_like_article(url)


@pytest.mark.parametrize("url", URLS["not_articles"])
def test_generic_heuristic_rejects_other_urls(url: str) -> None:
    assert not discovery.looks_like_article(url)


def test_portal_pattern_overrides_the_heuristic() -> None:
    assert discovery.looks_like_article(f"{BASE}/p/123", r"^/p/\d+$")
    assert not discovery.looks_like_article(
        f"{BASE}/berita/pemkab-contoh-gelar-dialog", r"^/p/\d+$"
    )


def test_listing_links_separate_articles_from_next_pages_and_stay_on_site() -> None:
    html = b"""<html><body>
      <a href="/berita/detail/1/pemkab-contoh-gelar-dialog">satu</a>
      <a href="https://lain.id/berita/detail/2/berita-situs-lain">lain</a>
      <a href="/berita?page=2">Berikutnya</a> <a href="/kategori/pemerintahan">Pemerintahan</a>
      <a href="/tentang">Tentang</a></body></html>"""
    articles, pages = discovery.listing_links(html, f"{BASE}/berita")
    assert articles == [f"{BASE}/berita/detail/1/pemkab-contoh-gelar-dialog"]
    assert pages == [f"{BASE}/berita?page=2", f"{BASE}/kategori/pemerintahan"]
