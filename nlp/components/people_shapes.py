"""Shapes around a title or a name that decide whether a person is there: a head written in lower
case before a named public unit, a building named by an office, an event or unit named before a
comma-title. Used by PeopleFinder (nlp.components.people)."""

from __future__ import annotations

from nlp.lexicons.offices import PUBLIC_UNIT_WORDS
from nlp.lexicons.organisations import VENUE_WORDS
from nlp.lexicons.people import (
    GENERIC_BEFORE_HEAD,
    LOWER_HEADS,
    NAMED_AFTER_SOMEONE,
    NAMED_EVENT_BEFORE,
    OFFICE_BUILDING_WORDS,
    PUBLIC_UNIT_ACRONYMS,
)
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
