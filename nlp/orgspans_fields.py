"""The field words after a unit head ("Dinas Kesehatan", "Kesatuan Bangsa dan Politik") and
comma lists of them ("Ekonomi, Sosial, Budaya, dan Agama")."""

from __future__ import annotations

from functools import cache

from nlp.lexicons import organisations as lex
from nlp.lexicons.organisations_gov import GENERAL_UNIT_HEADS, GENERAL_WORDS
from nlp.lexicons.people import HONORIFICS, NOT_NAME_WORDS, RANKS
from nlp.orgspans import _LEVEL_WORDS, _name_goes_on, _starts_body, paren_word, region_after
from nlp.titles import office_at
from nlp.words import Word


@cache
def _unit_stop() -> frozenset[str]:
    return (
        NOT_NAME_WORDS
        - lex.KNOWN.keys()
        - lex.UNIT_FIELD_WORDS
        - lex.KIND_HEADS.keys()
        - lex.GENERIC
        - lex.NAME_FINAL_WORDS
    )


def field_run(ws: list[Word], k: int) -> int:
    """End of the capitalised field words after a unit head ("Kesehatan", "Kesatuan Bangsa dan Politik")."""
    end = k
    while end < len(ws):
        word = ws[end]
        joiner = (
            word.text in lex.NAME_JOINERS
            or (  # Title Case pages: "Kesatuan Bangsa Dan Politik"
                word.text == "Dan"
                and end + 1 < len(ws)
                and ws[end + 1].text in lex.UNIT_FIELD_WORDS
            )
        )
        if joiner and end > k and end + 1 < len(ws) and ws[end + 1].is_title:
            if _starts_body(ws, end + 1):  # "Dinas Kesehatan dan Dinas Sosial": two bodies
                break
            end += 1
            continue
        if word.text == "," and comma_list_ends(ws, end) > end:
            end = comma_list_ends(ws, end)
            continue
        if (
            not (word.is_title or word.is_upper)
            or word.text in HONORIFICS
            or (word.text in RANKS and not _general_unit(ws, end))
            or (word.text.startswith("Rp") and word.text[2:3].isdigit())
        ):  # "... Mandingin Rp20.000.000."
            break
        if _neighbourhood(ws, end):  # "Masjid Nurul Hikmah Lingkungan RW 01": its address
            break
        if word.text in _LEVEL_WORDS and paren_word(ws, end + 1):  # "Pemilu Kecamatan (Panwascam)"
            return end + 1
        region = region_after(ws, end)
        if (
            region
            and not region.prefixed
            and region.candidates[0].level == "province"
            and _name_goes_on(ws, region.end)
        ):  # "LSM Perempuan Papua Bangkit"
            end = region.end
            continue
        if office_at(ws, end) or region or word.text in _unit_stop():
            break
        if word.text in lex.BRANCH_WORDS and region_after(ws, end + 1):
            break
        end += 1
    return end


_NEIGHBOURHOOD_UNITS = frozenset({"RT", "RW"})


def _neighbourhood(ws: list[Word], k: int) -> bool:
    """ "RW 01", "Lingkungan RT 02": a neighbourhood unit, an address after a name."""
    word = ws[k].text
    nxt = ws[k + 1].text if k + 1 < len(ws) else ""
    return word in _NEIGHBOURHOOD_UNITS or (word == "Lingkungan" and nxt in _NEIGHBOURHOOD_UNITS)


def _fields(ws: list[Word], k: int, fields: frozenset[str]) -> int:
    while k < len(ws) and ws[k].text in fields:
        k += 1
    return k


def _general_unit(ws: list[Word], k: int) -> bool:
    """ "Direktorat Jenderal Pajak", "Inspektorat Jenderal": "Jenderal" names the unit's rank
    in a ministry, not a person's rank after it."""
    return k > 0 and ws[k].text in GENERAL_WORDS and ws[k - 1].text in GENERAL_UNIT_HEADS


def comma_list_ends(
    ws: list[Word], comma: int, fields: frozenset[str] = lex.UNIT_FIELD_WORDS
) -> int:
    """After "Ekonomi" in "Ekonomi, Sosial, Budaya, dan Agama": the end of the list, else `comma`."""
    k = comma
    while k < len(ws) and ws[k].text == ",":
        k += 1
        if k < len(ws) and ws[k].text == "dan":
            after = _fields(ws, k + 1, fields)
            return after if after > k + 1 else comma
        after = _fields(ws, k, fields)
        if after == k:
            return comma
        k = after
        if k < len(ws) and ws[k].text == "dan":
            after = _fields(ws, k + 1, fields)
            return after if after > k + 1 else comma
    return comma
