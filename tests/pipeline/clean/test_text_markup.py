"""Raw HTML markup in text dumps: paragraph tags become line breaks, entities are decoded, and text
without markup (a "<" in prose included) is left as it is."""

from __future__ import annotations

import pytest

from pipeline.clean.text_markup import without_markup


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>Satu.</p> <p>&nbsp;</p> <p>Dua.</p>", "\nSatu.\n \n \n \nDua.\n"),
        ("<p>Rapat <strong>pengurus</strong> ormas</p>", "\nRapat pengurus ormas\n"),
        ("Baris satu<br/>baris dua", "Baris satu\nbaris dua"),
        ("Dinas P&amp;K Contoh", "Dinas P&K Contoh"),
    ],
)
def test_markup_becomes_plain_lines(text: str, expected: str) -> None:
    assert without_markup(text) == expected


@pytest.mark.parametrize(
    "text", ["Nilai rata-rata < 5 dan > 3 di Sukamaju.", "Tanpa markah apa pun.", "P&K Contoh"]
)
def test_text_without_markup_is_unchanged(text: str) -> None:
    assert without_markup(text) == text
