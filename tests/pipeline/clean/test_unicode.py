"""Every text field of a cleaned Article is valid UTF-8: lone surrogates are replaced and flagged."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_html, clean_text
from pipeline.clean.unicode import REPLACEMENT, is_storable, storable
from pipeline.core.errors import Reason
from pipeline.core.parquet_io import to_table
from tests.pipeline.clean.corpus import NOW, site_page

GOOD = site_page("sabba")
PROSE = (
    "Pemerintah kabupaten menggelar pertemuan dengan organisasi kemasyarakatan di aula kantor bupati. "
    "Pertemuan membahas rencana kerja bersama untuk tahun depan, termasuk pelatihan pengurus organisasi."
)
DUMP = f"Judul Pertemuan Pemkab Dengan Ormas Setempat\n\nSenin, 4 Maret 2024\n\nrusak \ud800 di sini. {PROSE}\n"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("a\ud800b", f"a{REPLACEMENT}b"),
        ("\udfff\ud800", REPLACEMENT * 2),
        (
            "x\ud83d\ude00y",
            "x\U0001f600y",
        ),  # a valid pair, as JSON "\\ud83d\\ude00" gives it, is joined
        ("nol\x00byte", "nolbyte"),
        ("biasa", "biasa"),
    ],
)
def test_storable_replaces_lone_surrogates_and_joins_pairs(raw, expected):
    assert storable(raw) == expected
    assert is_storable(storable(raw))


def _assert_storable(article) -> None:
    row = article.to_row()
    for name in ("url", "title", "body", "author", "reporter", "editor", "dateline"):
        if row[name] is not None:
            row[name].encode("utf-8")  # raises on a lone surrogate
    to_table([row], "articles")


def test_text_dump_with_lone_surrogate_becomes_a_storable_flagged_article():
    article = clean_text(DUMP, "https://contoh.go.id/berita/1", now=NOW)
    assert REPLACEMENT in article.body and "\ud800" not in article.body
    assert Reason.INVALID_UNICODE.value in article.flags
    _assert_storable(article)


def test_html_str_with_lone_surrogate_keeps_its_body_with_a_flag():
    page = GOOD.replace("Sebuah lembaga", "Sebuah \udc80 lembaga", 1)
    article = clean_html(page, "https://contoh.go.id/berita/2", now=NOW)
    assert "lembaga swadaya masyarakat" in article.body
    assert Reason.INVALID_UNICODE.value in article.flags
    _assert_storable(article)


def test_surrogate_in_url_is_replaced_so_the_row_can_be_written():
    article = clean_text(DUMP.replace("\ud800", ""), "https://contoh.go.id/berita/\udcff", now=NOW)
    assert article.url == f"https://contoh.go.id/berita/{REPLACEMENT}"
    assert Reason.INVALID_UNICODE.value in article.flags
    _assert_storable(article)


def test_clean_input_carries_no_unicode_flag():
    article = clean_text(DUMP.replace("\ud800", ""), "https://contoh.go.id/berita/3", now=NOW)
    assert Reason.INVALID_UNICODE.value not in article.flags
