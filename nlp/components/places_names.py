"""A region written as the tail of a body's or an office's name that the organisation finder left
unclaimed: after an acronym ("MUI Kabupaten HSS", "LKAAM Kecamatan Lubuk Basung", "PLN ULP
Kepahiang", "Forkom Ormas (FKO) Provinsi Jambi"), after an office word in lower case ("walikota
Ambon", "gubernur Kepulauan Riau") or after "Wali" ("Kantor Wali Kota Manado"). The conventions
list only places that stand alone, so these are no places."""

from __future__ import annotations

from nlp import gazetteer
from nlp.lexicons.places import LEVEL_PREFIXES
from nlp.lexicons.places_around import OFFICE_WORDS
from nlp.regionspan import RegionSpan
from nlp.words import Word

# capitals that name no body: time zones, the state, and a region's budget, plans, indices,
# anniversaries, laws and papers ("APBD Kabupaten Buru Selatan", "HUT Kota Bitung", "IDI Kaltara"),
# after which the region stands for itself
_NOT_ACRONYMS = frozenset(
    """WIB WITA WIT RI NKRI APBD APBN APBDes RAPBD APBDP RKPD RPJMD RPJMN RPJPD RKA DPA PAD PDRB
    IPM IDI IKT IKLH IPK HUT KTP KK NIK UU UUD SK PERDA DAU DAK DBH SILPA LKPJ LPPD LKPD WTP UMK
    UMP UMR GOR""".split()  # noqa: SIM905
)
# office words written in lower case ("walikota Ambon"); their capitalised forms are in NOT_AFTER
_LOWER_OFFICES = frozenset(w.lower() for w in OFFICE_WORDS) | {"walikota"}
_ROMAN = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XX XXX XXXI".split())  # noqa: SIM905


def _acronym(word: Word) -> bool:
    """A body's acronym in capitals ("MUI", "LKAAM", "ULP"), not a region's own short form."""
    text = word.text
    return (
        word.is_upper
        and text.isalpha()
        and 2 <= len(text) <= 8
        and text not in _NOT_ACRONYMS
        and text.lower() not in LEVEL_PREFIXES
        and not gazetteer.lookup(text)
    )


def _short_name_in_brackets(ws: list[Word], close: int) -> bool:
    """Whether the brackets closing at word `close` hold a body's short name ("(MUI)", "(Bapas)",
    "(Forkom Ormas)") right after the capitalised name it shortens."""
    open_ = next((k for k in range(close - 1, max(-1, close - 5), -1) if ws[k].text == "("), None)
    if open_ is None or open_ == 0 or not ws[open_ - 1].is_title or open_ + 1 == close:
        return False
    inner = ws[open_ + 1 : close]
    return all(w.is_title and w.text.isalpha() for w in inner) and not any(
        w.text in _NOT_ACRONYMS or gazetteer.lookup(w.text) for w in inner
    )


def _same_line(ws: list[Word], j: int, i: int, text: str) -> bool:
    return "\n" not in text[ws[j].end : ws[i].start]


def after_a_body(ws: list[Word], span: RegionSpan, text: str) -> bool:
    """Whether the region at `span` closes the name of a body or an office written before it."""
    i = span.start
    j = i - 1
    if j >= 0 and ws[j].text in _ROMAN and j >= 1 and ws[j - 1].is_upper:  # "MTQH XXXI"
        j -= 1
    if j >= 2 and ws[j].text == ")" and _short_name_in_brackets(ws, j):
        return _same_line(ws, j, i, text)  # "Forum Komunikasi Ormas (Forkom Ormas) Provinsi Jambi"
    if j < 0 or not _same_line(ws, j, i, text):
        return False
    before = ws[j]
    if _acronym(before):
        # a line in capitals ("MEDIA CENTER REJANG LEBONG –") is a dateline or a header, where the
        # capital word before a region is no body's acronym
        return not ws[i].is_upper
    if before.text.lower() in _LOWER_OFFICES and before.is_lower:
        return True
    # "Wali Kota Manado": the office (written in two words since 2023), not the city
    return span.prefixed and ws[i].text.lower() == "kota" and before.text.lower() == "wali"
