"""Pages whose bytes do not match their label: Indonesian text ends up as written, not mojibake."""

from __future__ import annotations

import codecs

import pytest

from pipeline.clean.decode import decode_bytes
from pipeline.core.errors import Dropped

TEXT = (
    "Bupati menghadiri acara \u201cHari Jadi\u201d di caf\u00e9 desa \u2013 bersama ormas dan tokoh "
    "masyarakat. Kegiatan berlangsung meriah dan dihadiri warga dari seluruh kecamatan."
)
PAGE = f'<html><head><meta charset="utf-8"><title>Berita</title></head><body><p>{TEXT}</p></body></html>'


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "iso8859-15"])
@pytest.mark.parametrize("declared", ["utf-8", "UTF8", None])
def test_a_page_labelled_utf8_but_sent_as_a_latin_charset_reads_as_written(
    encoding: str, declared: str | None
) -> None:
    data = PAGE.encode(encoding, errors="replace")
    got = decode_bytes(data, declared, "test")
    expected = data.decode(encoding)
    assert "caf\u00e9 desa" in got.text and got.text == expected
    assert "\u00c3" not in got.text  # no mojibake


@pytest.mark.parametrize(
    "codec,bom",
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
@pytest.mark.parametrize("declared", ["utf-16", "utf-8", None])
def test_a_wide_page_with_a_byte_order_mark_is_decoded_not_dropped_as_binary(
    codec: str, bom: bytes, declared: str | None
) -> None:
    got = decode_bytes(bom + PAGE.encode(codec), declared, "test")
    assert got.text == PAGE


def test_a_real_binary_file_is_still_dropped() -> None:
    with pytest.raises(Dropped):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "utf-8", "test")


def test_the_encoding_mismatch_flag_is_given_once() -> None:
    got = decode_bytes(PAGE.encode("cp1252"), "utf-8", "test")
    assert got.flags.count("encoding_mismatch") == 1


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + PAGE.replace(TEXT, f"{TEXT} {TEXT}").encode("utf-16-le"),
        PAGE.replace(TEXT, f"{TEXT} {TEXT}").encode("cp1252"),
    ],
)
def test_the_cleaner_keeps_the_text_of_mislabelled_pages(data: bytes) -> None:
    from pipeline.clean import clean_html

    article = clean_html(data, "https://x.go.id/berita/1", encoding="utf-8")
    assert "\u201cHari Jadi\u201d di caf\u00e9 desa" in article.body
