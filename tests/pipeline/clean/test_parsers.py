"""Every site parser against its captured pages (tests/fixtures/pages/<portal>/<slug>.html.gz +
.json, written by `pantau portals capture`); offline: the gzipped page, never the network."""

from __future__ import annotations

import pytest

from crawlers.portals import site_selectors
from pantau import capture
from pipeline.clean import clean_html, parsers
from pipeline.clean.dom import parse
from tests.pipeline.clean.corpus import NOW

PAGES = capture.captured_pages()


def test_every_site_parser_has_a_captured_page_and_every_page_a_parser():
    assert {path.parent.name for path in PAGES} == set(site_selectors())
    assert set(parsers.site_parsers()) == set(site_selectors())


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_site_parser_gives_the_captured_pages_expected_fields(path):
    page = capture.read(path)
    assert page.expected["extractor"] == f"pantau:{page.portal}"
    assert capture.differences(page) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_captured_page_is_gzipped_html_with_its_url_and_fetch_time(path):
    page = capture.read(path)
    assert path.with_suffix(".html.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert page.url.startswith("https://") and page.fetched_at.tzinfo is not None
    assert page.origin in ("captured", "synthetic")
    assert b"<html" in page.html.lower() and page.expected["title"] and page.expected["body_first"]


@pytest.mark.parametrize("key", sorted(site_selectors()))
def test_site_parser_field_methods_return_none_on_a_foreign_page(key):
    root = parse("<html><body><p>Halaman lain tanpa struktur situs ini.</p></body></html>")
    site = parsers.site_parsers()[key]
    assert site.published(root) is None
    assert site.body_lines(root) == []


def test_unknown_parser_key_falls_back_to_generic_with_a_flag():
    page = capture.read(next(p for p in PAGES if p.parent.name == "sabba"))
    article = clean_html(page.html, parser="no-such-site", now=NOW)
    assert "unknown_parser" in article.flags
    assert article.extractor == "pantau:generic"


def test_a_changed_body_is_reported_as_a_difference():
    page = capture.read(PAGES[0])
    page.expected = {
        **page.expected,
        "title": "Judul lain",
        "must_not_contain": [page.expected["body_first"][:20]],
    }
    found = capture.differences(page)
    assert any(line.startswith("title: expected 'Judul lain'") for line in found)
    assert any(line.startswith("body contains") for line in found)
