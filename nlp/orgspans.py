"""Word-level helpers for organisation names: phrase indexes of the lexicon, a name's kind, where a
name goes on, and the words that introduce or number a body. The field words after a unit head are
in orgspans_fields, what may follow a name in orgspans_tail, a found mention's finish in
orgspans_tidy."""

from __future__ import annotations

import re
from functools import cache

from nlp.lexicons import organisations as lex
from nlp.lexicons.organisations_more import GROUP_INTRODUCERS
from nlp.lexicons.people import NOT_NAME_WORDS
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


def _starts_body(ws: list[Word], k: int) -> bool:
    return bool(
        phrase_at(ws, k, heads()) or phrase_at(ws, k, known()) or phrase_at(ws, k, regional())
    )


def paren_word(ws: list[Word], k: int) -> str | None:
    """The single word of "(X)" starting at k, else None."""
    if k + 2 < len(ws) and ws[k].text == "(" and ws[k + 2].text == ")" and ws[k + 1].is_title:
        return ws[k + 1].text
    return None


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
