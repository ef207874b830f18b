"""Every dedicated site parser against its own fixture page (tests/fixtures/parsers/<key>.html)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import clean_html, parsers
from pipeline.clean.evaluate import ends_with, starts_with
from tests.pipeline.clean.corpus import NOW

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parsers"


def test_every_parser_has_a_fixture_and_every_fixture_a_parser():
    assert {p.stem for p in FIXTURES.glob("*.html")} == set(parsers.PARSERS)


@pytest.mark.parametrize("key", sorted(parsers.PARSERS))
def test_site_parser_extracts_title_date_and_clean_body(key):
    expected = json.loads((FIXTURES / f"{key}.json").read_text(encoding="utf-8"))
    article = clean_html((FIXTURES / f"{key}.html").read_bytes(), f"https://{key}.example/berita/1", parser=key, now=NOW)
    assert article.extractor == f"pantau:{key}"
    assert article.title == expected["title"]
    assert (article.published_at.date().isoformat() if article.published_at else None) == expected["published"]
    assert starts_with(article.body, expected["body_first"]), article.body[:120]
    assert ends_with(article.body, expected["body_last"]), article.body[-120:]
    assert [s for s in expected["must_not_contain"] if s in article.body] == []


@pytest.mark.parametrize("key", sorted(parsers.PARSERS))
def test_site_parser_field_methods_return_none_on_a_foreign_page(key):
    from pipeline.clean.dom import parse

    root = parse("<html><body><p>Halaman lain tanpa struktur situs ini.</p></body></html>")
    site = parsers.PARSERS[key]
    assert site.published(root) is None
    assert site.body_lines(root) == []


def test_unknown_parser_key_falls_back_to_generic_with_a_flag():
    page = (FIXTURES / "sabba.html").read_text(encoding="utf-8")
    article = clean_html(page, parser="no-such-site", now=NOW)
    assert "unknown_parser" in article.flags
    assert article.extractor == "pantau:generic"
