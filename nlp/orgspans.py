"""Word-level helpers for organisation names: phrase indexes of the lexicon, the field words after
a unit head, comma lists, and what may follow a name ("(ACR)", a branch, a region, a unit number)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from nlp.lexicons import organisations as lex
from nlp.lexicons.organisations_gov import (
    GENERAL_UNIT_HEADS,
    GENERAL_WORDS,
    GRADE_WORDS,
    GRADES,
    REPRESENTATION_WORDS,
)
from nlp.lexicons.organisations_more import GROUP_INTRODUCERS
from nlp.lexicons.people import HONORIFICS, NOT_NAME_WORDS, RANKS
from nlp.mention import Mention
from nlp.regionspan import RegionSpan, region_at
from nlp.titles import office_at
from nlp.words import Word

REGION_LEVELS = ("province", "regency", "city")
TAIL_LEVELS = ("province", "regency", "city", "district")
_LEVEL_WORDS = frozenset({"Kecamatan", "Desa", "Kabupaten", "Kota", "Provinsi", "Kelurahan"})
Index = dict[str, list[tuple[str, ...]]]


def phrases(names: object) -> Index:
    index: Index = {}
    for name in names:  # type: ignore[attr-defined]
        parts = tuple(name.split())
        index.setdefault(parts[0], []).append(parts)
    return {k: sorted(v, key=len, reverse=True) for k, v in index.items()}


@cache
def known() -> Index:
    return phrases(lex.KNOWN)


@cache
def heads() -> Index:
    return phrases([*lex.GOV_UNIT_HEADS, *lex.KIND_HEADS])


@cache
def levels() -> Index:
    return phrases(lex.ORG_LEVELS)


@cache
def wings() -> Index:
    return phrases(lex.WING_PREFIXES)


@cache
def regional() -> Index:
    return phrases(lex.REGIONAL_GOV_HEADS)


def phrase_at(ws: list[Word], i: int, index: Index) -> int:
    """Words matched by the longest phrase of `index` at i (0 when none)."""
    if i >= len(ws):
        return 0
    for parts in index.get(ws[i].text, ()):
        if tuple(w.text for w in ws[i : i + len(parts)]) == parts:
            return len(parts)
    return 0


def level_len(words: list[str]) -> int:
    """Words of a hierarchy level at the start of a name ("Pimpinan Daerah", "DPD")."""
    for size in (4, 3, 2, 1):
        if " ".join(words[:size]) in lex.ORG_LEVELS and len(words) > size:
            return size
    return 0


def kind_of(name: str) -> str:
    words = name.split()
    # a level before a name of its own ("DPC Laskar X"), not before a region alone ("DPD Provinsi X")
    rest = words[level_len(words) :]
    levelled = (
        level_len(words) > 0 and rest[0] not in _LEVEL_WORDS and not all(is_roman(w) for w in rest)
    )
    if level_len(words) == 1 and not levelled and lex.KNOWN.get(words[0], lex.GOV) != lex.GOV:
        return lex.KNOWN[words[0]]  # "PDA Kabupaten Kendal": a civil board named as the body
    if words[level_len(words) :] not in (
        ["RI"],
        ["Republik", "Indonesia"],
    ):  # "DPD RI" is the senate
        words = words[level_len(words) :]
    kind = _head_kind(words)
    if kind == lex.GOV and any(w in _CHURCH_AND_MOSQUE_WORDS for w in words):
        return lex.RELIGIOUS  # "Badan Pekerja Sinode X", "Badan Komunikasi Remaja Masjid"
    if kind == lex.OTHER and (levelled or any(w in _CIVIL_WORDS for w in words)):
        return lex.CSO  # "DPC Laskar Sukamaju", "Komite Pemuda X": an Ormas by its shape
    return kind


# words that make a body with a government head word a church's or a mosque's
_CHURCH_AND_MOSQUE_WORDS = frozenset(
    {"Sinode", "Gereja", "Jemaat", "Klasis", "Paroki", "Keuskupan", "Dekenat", "Masjid"}
)
# words of civil society's own names, when no head word tells the kind
_CIVIL_WORDS = frozenset({"Pemuda", "Laskar", "Kerukunan", "Teruna", "Pemudi", "Srikandi"})


def _head_kind(words: list[str]) -> str:
    for start in (0, *range(1, min(len(words), 4))):
        for size in (5, 4, 3, 2, 1):
            head = " ".join(words[start : start + size])
            if head in lex.REGIONAL_GOV_HEADS or head in lex.GOV_UNIT_HEADS:
                return lex.GOV
            if head in lex.KNOWN:
                return lex.KNOWN[head]
            if head in lex.KIND_HEADS:
                return lex.KIND_HEADS[head]
    return lex.OTHER


def region_after(
    ws: list[Word], k: int, levels: tuple[str, ...] = REGION_LEVELS
) -> RegionSpan | None:
    if k >= len(ws):
        return None
    span = region_at(ws, k, levels)
    return span if span and span.candidates else None


def is_roman(text: str) -> bool:
    return bool(_ROMAN.fullmatch(text))


_ROMAN = re.compile(r"[IVXLC]+")


def is_ordinal(text: str) -> bool:
    """ "II", "A", "3": how sub-units of a council are numbered ("Komisi II", "Komisi A")."""
    return text in lex.ORDINALS or text.isdigit()


def _name_goes_on(ws: list[Word], k: int) -> bool:
    """After a region inside a name: more name words ("LSM Perempuan Papua Bangkit")."""
    return (
        k < len(ws)
        and ws[k].is_title
        and not ws[k].is_upper
        and not _starts_body(ws, k)
        and ws[k].text not in lex.BRANCH_WORDS
        and ws[k].text not in NOT_NAME_WORDS
        and not office_at(ws, k)
    )


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


def _starts_body(ws: list[Word], k: int) -> bool:
    return bool(
        phrase_at(ws, k, heads()) or phrase_at(ws, k, known()) or phrase_at(ws, k, regional())
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


class Tail(NamedTuple):
    end: int  # word index after everything that belongs to the name
    acronym: str | None
    skip: tuple[int, int] | None  # the "(ACR)" words, left out of the name
    region: RegionSpan | None


def paren_word(ws: list[Word], k: int) -> str | None:
    """The single word of "(X)" starting at k, else None."""
    if k + 2 < len(ws) and ws[k].text == "(" and ws[k + 2].text == ")" and ws[k + 1].is_title:
        return ws[k + 1].text
    return None


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


def introduced(ws: list[Word], i: int) -> bool:
    """Whether the lower-case words before i introduce a group by name ("komunitas", "lembaga
    swadaya masyarakat"); a capitalised "Organisasi Kemasyarakatan" is one class name instead."""
    if not ws[i - 1].is_lower:
        return False
    before = [w.text.lower() for w in ws[max(0, i - 4) : i]]
    return any(" ".join(before[-size:]) in GROUP_INTRODUCERS for size in range(1, len(before) + 1))


def generic_rest(ws: list[Word], i: int, end: int) -> bool:
    """ "organisasi masyarakat Sipil": the capitalised words only finish a generic class name."""
    rest = " ".join(w.text.lower() for w in ws[i:end])
    return any(g.lower().endswith(" " + rest) for g in lex.GENERIC_LONG)


_CONGREGATION_LEVEL_WORDS = frozenset({"Jemaat", "Klasis", "Sinode"})


def named_level(ws: list[Word], i: int, n: int) -> bool:
    """A church level ("Majelis Jemaat", "Badan Pekerja Klasis"): its body goes on with the
    congregation's own name, where a branch level ("PD", "DPC") is named by its region."""
    return any(w.text in _CONGREGATION_LEVEL_WORDS for w in ws[i : i + n])


def commission_at(ws: list[Word], i: int, n: int) -> bool:
    """ "Komisi II" alone or before its council: a numbered sub-unit, never a body of its own."""
    return (
        n == 1
        and ws[i].text in lex.SUB_UNIT_HEADS
        and i + 1 < len(ws)
        and is_ordinal(ws[i + 1].text)
    )


# Buildings named after a body or a place: venues, never organisations ("Balai Kota Bandung").
_VENUE_PAIRS = frozenset(
    {
        "Balai Kota",
        "Balai Adat",
        "Balai Raya",
        "Balai Desa",
        "Balai Pertemuan",
        "Balai Kampung",
        "Balai Nagari",
        "Balai Warga",
        "Balai Rakyat",
        "Balai Sidang",
        "Balai Keureukon",
        "Balai Prajurit",
        "Balai Wartawan",
        "Kantor Balai",
    }
)
# words an organisation name never ends with: money, a conjunction, an honorific opening the next name
# "Kantor" is the body's own name before these ("Kantor Kementerian Agama Kabupaten Poso", "Kantor
# Wilayah ...", "Kantor Urusan Agama"), not the building of the body named after it
_KANTOR_BODIES = frozenset(
    {
        "Kementerian",
        "Kementrian",
        "Kemenag",
        "Wilayah",
        "Urusan",
        "Pertanahan",
        "Kesatuan",
        "Kesbang",
        "Kesbangpol",
        "Imigrasi",
        "Pelayanan",
    }
)
_TRAILING_JUNK = re.compile(
    r"(?:\s+(?:dan|serta|atau|KH\.?|K\.H\.?|H\.|Hj\.|DR\.?|Dr\.?|Prof\.?|Drs\.?|Ir\.?|Pdt\.?"
    r"|(?:19|20)\d\d|Rp[\d.,]*|Rp\.?\s?[\d.,]+|Periode|Masa Bakti|Se))+$"
)  # a holder's honorific or degree, a year, an amount, a board's term ("Periode 2023-2026") or
# the "Se-" of "X Se-Bali" (every X of a region) after the name


def organ_of(m: Mention) -> Mention:
    """ "Dewan Penasehat FKDM": the body whose organ this is, when the rest names a body."""
    head = next((h for h in lex.ORGAN_HEADS if m.normalized.startswith(h + " ")), None)
    if head is None or not m.text.startswith(head + " "):
        return m
    rest = m.normalized[len(head) + 1 :]
    named = rest.split()[0].isupper() or len(rest.split()) > 1  # "Koperasi" alone is a class
    acronym_first = rest.split()[0].isupper()
    if not named or rest in lex.GENERIC or (kind_of(rest) == lex.OTHER and not acronym_first):
        return m
    cut = len(head) + 1
    core = (m.core or m.normalized).removeprefix(head + " ")
    return replace(
        m, start=m.start + cut, text=m.text[cut:], normalized=rest, kind=kind_of(rest), core=core
    )


def tidy(m: Mention) -> Mention | None:
    """The mention without a leading "Kantor" (the building of the body named) or trailing junk;
    None for a venue."""
    if " ".join(m.normalized.split()[:2]) in _VENUE_PAIRS:
        return None
    text, start = m.text, m.start
    if (
        text.startswith("Kantor ")
        and len(text.split()) > 2
        and text.split()[1] not in _KANTOR_BODIES
    ):
        text, start = text[len("Kantor ") :], start + len("Kantor ")
    junk = _TRAILING_JUNK.search(text)
    if junk:
        text = text[: junk.start()]
    if (text, start) == (m.text, m.start):
        return m
    normalized = m.normalized
    if normalized.startswith("Kantor ") and start != m.start:
        normalized = normalized[len("Kantor ") :]
    trimmed = _TRAILING_JUNK.search(normalized)
    if trimmed:
        normalized = normalized[: trimmed.start()]
    kind = (
        kind_of(normalized) if start != m.start else m.kind
    )  # "Kantor" made it look like an office
    return replace(
        m,
        start=start,
        end=start + len(text),
        text=text,
        normalized=normalized,
        kind=kind,
        core=(m.core or normalized).removeprefix("Kantor "),
    )
