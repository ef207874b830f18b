"""Bad input never raises anything but Dropped; recoverable damage becomes a flag on the Article."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_html, clean_text
from pipeline.core.errors import DropCounter, Dropped, Reason
from tests.pipeline.clean.corpus import NOW, site_page

GOOD = site_page("sabba")
FIRST_WORDS = "TANGERANG – Sebuah lembaga swadaya masyarakat"

DROPS = {
    "empty_bytes": (b"", Reason.EMPTY),
    "whitespace": ("  \n\t ", Reason.EMPTY),
    "png_bytes": (b"\x89PNG\r\n\x1a\n" + bytes(200), Reason.BINARY),
    "pdf_bytes": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Reason.BINARY),
    "plain_text_not_html": (
        "Ini teks biasa tanpa tag apa pun, bukan halaman web.",
        Reason.NOT_HTML,
    ),
    "json_not_html": ('{"status": "ok", "items": []}', Reason.NOT_HTML),
    "page_without_body_text": (
        "<html><body><nav><a href='/'>Beranda</a></nav></body></html>",
        Reason.NO_BODY,
    ),
    "wrong_type": (12345, Reason.MALFORMED_INPUT),
}


@pytest.mark.parametrize("name", sorted(DROPS))
def test_unusable_html_input_is_dropped_with_its_reason(name):
    page, reason = DROPS[name]
    with pytest.raises(Dropped) as caught:
        clean_html(page, f"https://contoh.go.id/{name}", now=NOW)
    assert caught.value.reason is reason
    assert caught.value.source == f"https://contoh.go.id/{name}"


def test_windows_1252_bytes_served_as_utf8_decode_correctly_with_a_flag():
    data = GOOD.encode("cp1252", errors="strict")
    article = clean_html(data, encoding="utf-8", now=NOW)
    assert article.body.startswith(FIRST_WORDS)
    assert "encoding_mismatch" in article.flags


def test_utf8_bytes_declared_windows_1252_decode_as_utf8_without_mojibake():
    article = clean_html(GOOD.encode("utf-8"), encoding="windows-1252", now=NOW)
    assert article.body.startswith(FIRST_WORDS)
    assert "â€" not in article.body
    assert "encoding_mismatch" in article.flags


def _as_browser_cp1252(data: bytes) -> str:
    """What a browser shows for UTF-8 bytes read as windows-1252 (undefined bytes -> C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def test_mojibake_already_in_a_str_page_is_repaired():
    garbled = _as_browser_cp1252(GOOD.encode("utf-8"))
    article = clean_html(garbled.encode("utf-8"), now=NOW)
    assert article.body.startswith(FIRST_WORDS)


def test_truncated_html_still_gives_the_body_it_has_and_a_truncated_flag():
    cut = GOOD[: GOOD.index("Camat Karawaci")]
    article = clean_html(cut, now=NOW)
    assert article.body.startswith(FIRST_WORDS)
    assert Reason.TRUNCATED.value in article.flags


def test_twenty_megabyte_page_is_cut_and_flagged_not_crashed():
    filler = "<script>var x = '" + "a" * 1000 + "';</script>\n"
    page = GOOD.replace("<body>", "<body>" + filler * 20_000)
    assert len(page) > 20_000_000
    article = clean_html(page.encode("utf-8"), now=NOW)
    assert Reason.TOO_LARGE.value in article.flags
    assert article.body.startswith(FIRST_WORDS)


def test_deeply_nested_markup_gives_a_typed_result_not_a_crash():
    page = (
        "<html><body>"
        + "<div>" * 3000
        + "<p>"
        + "kata " * 40
        + "</p>"
        + "</div>" * 3000
        + "</body></html>"
    )
    try:
        article = clean_html(page, now=NOW)
    except Dropped as drop:
        assert drop.reason in (Reason.NO_BODY, Reason.EXTRACTION_FAILED)
    else:
        assert "kata" in article.body


@pytest.mark.parametrize(
    "text,reason",
    [
        ("", Reason.EMPTY),
        ("\n\n  \n", Reason.EMPTY),
        ("Menu\nBeranda\nKontak", Reason.NO_BODY),
        ("a\x00b" * 10, Reason.BINARY),
    ],
)
def test_unusable_text_dumps_are_dropped_with_their_reason(text, reason):
    with pytest.raises(Dropped) as caught:
        clean_text(text, "archive://1", now=NOW)
    assert caught.value.reason is reason


def test_drops_are_counted_by_reason():
    counter = DropCounter()
    for page, _reason in DROPS.values():
        try:
            clean_html(page, now=NOW)
        except Dropped as drop:
            counter.record(drop)
    assert counter.as_dict() == {
        "binary": 2,
        "empty": 2,
        "malformed_input": 1,
        "no_body": 1,
        "not_html": 2,
    }
