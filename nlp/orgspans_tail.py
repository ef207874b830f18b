"""What may follow an organisation name and belongs to it: "(ACR)", a grade, a unit number, a
parent unit, a representation, a branch and a region."""

from __future__ import annotations

from typing import NamedTuple

from nlp.lexicons import organisations as lex
from nlp.lexicons.organisations_gov import GRADE_WORDS, GRADES, REPRESENTATION_WORDS
from nlp.lexicons.people import HONORIFICS, RANKS
from nlp.orgspans import (
    TAIL_LEVELS,
    _name_goes_on,
    _starts_body,
    is_roman,
    paren_word,
    region_after,
)
from nlp.regionspan import RegionSpan
from nlp.words import Word


class Tail(NamedTuple):
    end: int  # word index after everything that belongs to the name
    acronym: str | None
    skip: tuple[int, int] | None  # the "(ACR)" words, left out of the name
    region: RegionSpan | None


def tail(ws: list[Word], j: int) -> Tail:
    """What follows a name at j: "(ACR)", a unit number ("0601/Pandeglang"), a parent unit
    ("Setda"), a branch word ("Cabang") and a region ("Kabupaten Pandeglang")."""
    acronym, skip = None, None
    if (word := paren_word(ws, j)) is not None and word not in lex.GENERIC:
        acronym, skip, j = word, (j, j + 3), j + 3
    if j + 1 < len(ws) and ws[j].text in GRADE_WORDS and ws[j + 1].text in GRADES:
        j += 2  # "Bapas Kelas I Denpasar": the unit's grade, then its place
    if j < len(ws) and ws[j].text.isdigit():
        k = j + 1
        if k + 1 < len(ws) and ws[k].text == "/" and ws[k + 1].is_title:
            k += 2
            while k < len(ws) and ws[k].is_title and not _starts_body(ws, k) and not _holder(ws[k]):
                k += 1  # "Kodim 1006/Martapura Letkol Inf X": the commander's rank ends it
        elif (region := region_after(ws, k, TAIL_LEVELS)) is not None:  # "Kodim 1307 Poso"
            return Tail(region.end, acronym, skip, region)
        return Tail(k, acronym, skip, None)
    if j < len(ws) and ws[j].text in lex.PARENT_UNITS:
        j += 1
    if (
        j + 1 < len(ws) and ws[j].text in _NATION_WORDS and ws[j + 1].text in REPRESENTATION_WORDS
    ):  # "Ombudsman RI Perwakilan Bangka Belitung": the national body's provincial office
        j += 1
    if (
        j < len(ws)
        and ws[j].text in REPRESENTATION_WORDS  # "Bank Indonesia Perwakilan Sumbar"
        and (region := region_after(ws, j + 1, TAIL_LEVELS)) is not None
    ):
        return Tail(region.end, acronym, skip, region)
    k = j
    while k < len(ws) and k - j < 2 and ws[k].text in lex.BRANCH_WORDS:  # "Komisariat Cabang Sikka"
        k += 1
    if k > j and k < len(ws) and (is_roman(ws[k].text) or ws[k].text.isdigit()):
        # "Dewan Adat Papua Wilayah III", "GKII Daerah Wilayah III Nabire": a numbered branch
        k += 1
        region = region_after(ws, k, TAIL_LEVELS)
        return Tail(region.end if region else k, acronym, skip, region)
    region = region_after(ws, k, TAIL_LEVELS)
    if region is not None:
        return Tail(region.end, acronym, skip, region)
    if k > j:  # "Jemaat Gura,": a branch named after a village the region levels do not hold
        return Tail(_branch_name_end(ws, k) or j, acronym, skip, None)
    return Tail(j, acronym, skip, None)


_NATION_WORDS = frozenset({"RI"})


def _holder(word: Word) -> bool:
    """A rank or honorific: the start of the holder's name after a unit's place."""
    return word.text in RANKS or word.text in HONORIFICS


def _branch_name_end(ws: list[Word], k: int) -> int:
    """End of one or two name words after a branch word that close the clause, else 0."""
    end = k
    while end < len(ws) and end - k < 2 and _name_goes_on(ws, end):
        end += 1
    closes = end >= len(ws) or ws[end].text in {",", ".", ";", ")", "("} or ws[end].is_lower
    return end if end > k and closes else 0
