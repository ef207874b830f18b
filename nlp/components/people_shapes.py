"""Shapes around a title or a name that decide whether a person is there: a head written in lower
case before a named public unit, a building named by an office, an event or unit named before a
comma-title. Used by PeopleFinder (nlp.components.people)."""

from __future__ import annotations

from nlp.lexicons.degrees_ranks import RANKS
from nlp.lexicons.name_contexts import NAMED_AFTER_SOMEONE, NAMED_EVENT_BEFORE
from nlp.lexicons.offices import PUBLIC_UNIT_WORDS
from nlp.lexicons.organisations import VENUE_WORDS
from nlp.lexicons.role_unit_words import (
    GENERIC_BEFORE_HEAD,
    LOWER_HEADS,
    OFFICE_BUILDING_WORDS,
    PUBLIC_UNIT_ACRONYMS,
)
from nlp.names import NameMatch, ends_clause, honorific_len, parse_name
from nlp.roles import ROMAN
from nlp.titles import TitleMatch, office_at
from nlp.words import Word

# a deputy's rank written in lower-case letters ("wakil ketua lll DPRK"): the Roman numeral meant
_LOWER_ROMAN: dict[str, str] = {
    "l": "I",
    "ll": "II",
    "lll": "III",
    "i": "I",
    "ii": "II",
    "iii": "III",
}


def lower_head_title(ws: list[Word], i: int) -> TitleMatch | None:
    """ "anggota DPRD Kabupaten Kupang Habel ...", "kepala Kantor Kemenag ...": a head written in
    lower case before a public unit written in capitals is a title; "para kepala dinas" is not."""
    if ws[i].text not in LOWER_HEADS or i + 1 >= len(ws):
        return None
    if not (ws[i + 1].text[:1].isupper() or ws[i + 1].text in LOWER_HEADS):  # "wakil ketua DPRD"
        return None
    if i > 0 and ws[i - 1].text.lower() in GENERIC_BEFORE_HEAD:
        return None
    title = office_at(ws, i, any_case=True)
    if title is None or title.office is not None or title.end >= len(ws):
        return None
    text = " ".join(w.capitalize() for w in title.text.split())
    end, rank = title.end, ws[title.end].text
    if rank in ROMAN or rank in _LOWER_ROMAN:  # "wakil ketua II DPRD ...": the deputy's rank
        end, text = end + 1, f"{text} {_LOWER_ROMAN.get(rank, rank)}"
    if end >= len(ws) or not _public_unit(ws[end].text):
        return None
    return title._replace(end=end, text=text)


def venue_before(ws: list[Word], i: int) -> bool:
    return i > 0 and (ws[i - 1].text in VENUE_WORDS or ws[i - 1].text in OFFICE_BUILDING_WORDS)


def _public_unit(word: str) -> bool:
    return word in PUBLIC_UNIT_WORDS or word in PUBLIC_UNIT_ACRONYMS


def named_thing(ws: list[Word], start: int) -> bool:
    """ "kegiatan Safari Ramadhan, Bupati ...", "Kasrem 152/Babullah, Kepala ...": the words before the
    comma name an event or a unit, not the official after it."""
    if start == 0:
        return False
    before = ws[start - 1].text
    return before in NAMED_EVENT_BEFORE or before == "/" or before in NAMED_AFTER_SOMEONE


def after_term(ws: list[Word], j: int) -> int:
    """ "Ketua IKKA periode 2025-2030, Rubi": the term of office between a role and its holder."""
    if j >= len(ws) or ws[j].text.lower() != "periode":
        return j
    k = j + 1
    while k < len(ws) and (ws[k].text[:1].isdigit() or ws[k].text in {"-", "–", "/"}):
        k += 1
    return k if k > j + 1 else j


def deputy(ws: list[Word], k: int, title: TitleMatch) -> TitleMatch:
    """ "wakil Bupati": "Wakil" slipped into lower case before an office; the deputy's office when
    the lexicon knows it, written as the office writes it."""
    deputy = office_at(ws, k, any_case=True)
    if deputy is None or deputy.office is None or deputy.end != title.end:
        return title
    return deputy._replace(text=deputy.office.title)


_BARE_LEVELS = frozenset({"Provinsi", "Kabupaten", "Kota", "RI"})


def short_region(ws: list[Word], j: int) -> NameMatch | None:
    """ "Sekda Bursel, Hadi Longa": one capitalised word the gazetteer lacks (a region's short
    form) between a public office and a comma, then a full name closing the clause."""
    if (
        j + 2 >= len(ws)
        or ws[j + 1].text != ","
        or not ws[j].is_title
        or (ws[j].is_upper and ws[j].text not in _BARE_LEVELS)  # "Camat TR": the linker's
        or ws[j].is_initial
        or ws[j].text in RANKS
        or honorific_len(ws, j)
        or office_at(ws, j) is not None
    ):
        return None
    name = parse_name(ws, j + 2)
    if name is None or name.words < 2 or not ends_clause(ws, name.end):
        return None
    return name
