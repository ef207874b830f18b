"""Government-side shapes the gazetteer cannot confirm: a regional government's head word with a
short region form it does not hold ("Pemkab Konsel", "Pemprov PBD", "Pemda Mubar"). The head
("Pemkab", "Pemprov", "Pemda" ...) already makes the body a government; the one word after it that
closes the clause is its region, written as local news shortens it."""

from __future__ import annotations

from nlp import orgspans as spans
from nlp.lexicons import organisations as lex
from nlp.lexicons.dates import MONTHS, WEEKDAYS
from nlp.lexicons.people import HONORIFICS, NOT_NAME_WORDS
from nlp.names import ends_clause
from nlp.orgspans import phrase_at
from nlp.titles import office_at
from nlp.words import Word

# heads whose region may be a short form, or a name the gazetteer spells otherwise
# ("Pemerintah Kabupaten Kepulauan Sitaro"); village and district heads name places it lacks
SHORT_REGIONAL_HEADS = frozenset(
    {"Pemkab", "Pemkot", "Pemko", "Pemprov", "Pemda", "Pemerintah", "pemerintah"}
)
_LONG_LEVELS = frozenset({"Kabupaten", "Kota", "Provinsi", "kabupaten", "kota", "provinsi"})


def short_region_end(ws: list[Word], head: int, k: int) -> int:
    """End of a region form at k after the regional head at `head` ("Konsel", "PBD", "Sul-Sel",
    "Kepulauan Sitaro"), else 0: one or two capitalised or upper-case words, no body, office,
    month or common word, that end their clause."""
    if ws[head].text not in SHORT_REGIONAL_HEADS or k >= len(ws):
        return 0
    if ws[head].text.lower() == "pemerintah" and ws[k - 1].text not in _LONG_LEVELS:
        return 0  # "Pemerintah Daerah X", "Pemerintah Desa X": not a regency, city or province
    if _region_word(ws, k) and k + 1 < len(ws) and _region_word(ws, k + 1):
        return k + 2 if ends_clause(ws, k + 2) else 0
    return k + 1 if _region_word(ws, k) and ends_clause(ws, k + 1) else 0


def _region_word(ws: list[Word], k: int) -> bool:
    word = ws[k]
    text = word.text.replace("-", "")
    if not text.isalpha() or not (word.is_title or word.is_upper) or len(text) > 12:
        return False
    return not (
        word.text in HONORIFICS
        or word.text in NOT_NAME_WORDS
        or word.text in lex.GENERIC
        or word.text.lower() in MONTHS
        or word.text.lower() in WEEKDAYS
        or phrase_at(ws, k, spans.known())
        or phrase_at(ws, k, spans.heads())
        or office_at(ws, k)
    )


# words written before a central agency's name that make the body its regional office or a
# directorate inside it ("Kanwil Kemenag Sulbar", "Bimas Hindu Kemenag Sulteng")
_OFFICE_PREFIXES = frozenset({"Kanwil", "Kanreg"})
_GUIDANCE_RELIGIONS = frozenset(
    {"Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Budha", "Konghucu"}
)
_DIRECTORATE_WORDS = frozenset({"Ditjen", "Dirjen"})


def office_prefix_start(ws: list[Word], k: int) -> int:
    """Start of the regional-office and directorate words right before a government body at k
    ("Ditjen Bimas Kristen Kanwil ..."), else k."""
    start = k
    if start > 0 and ws[start - 1].text in _OFFICE_PREFIXES:
        start -= 1
    if start > 1 and ws[start - 2].text == "Bimas" and ws[start - 1].text in _GUIDANCE_RELIGIONS:
        start -= 2
        if start > 0 and ws[start - 1].text in _DIRECTORATE_WORDS:
            start -= 1
    return start
