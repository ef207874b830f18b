"""Whether two written roles name one office: how `pantau eval` compares a gold role with ours.

A role is the office; the region and the body above it are the jurisdiction (CONVENTIONS.md: officials
carry `role` and `jurisdiction`, and a unit is the jurisdiction of a police or military officer). Writers
and annotators put part of the jurisdiction into the role or leave it out ("Asisten I Setda" /
"Asisten I", "Dandim 0819 Pasuruan" / "Dandim", "Ketua FKUB Kota Padang" / "Ketua FKUB"). So two roles
match when their keys (nlp.titles.role_key) are equal, or when one is the other plus only:
- a region (with or without its level word), or a level word alone;
- the unit a command title commands ("Dandim" + "0819 Pasuruan", "Danlanud" + "Anang Busra");
- for officials, the body the office sits in ("Kabid Bimas Kristen" + "Kanwil Kemenag"), unless the
  shorter role ends in a unit word that still needs its field ("Kepala Badan" is no office).
Different regions or different bodies never match ("Ketua FKUB Lebak" / "Ketua FKUB Serang"). Spelling
slips in long words are tolerated ("Admnistrasi" / "Administrasi"), as names are matched leniently."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import Levenshtein

from nlp import gazetteer
from nlp.lexicons.offices import CLOSED_OFFICES, OPEN_HEADS
from nlp.lexicons.role_forms import (
    GENERIC_UNIT_WORDS,
    LEVEL_WORDS,
    PARENT_BODY_WORDS,
)
from nlp.lexicons.role_unit_words import ROLE_QUALIFIERS  # "Bupati terpilih": how, not which office
from nlp.role_acronyms import fold_acronyms
from nlp.roles import ROMAN
from nlp.titles import role_key

_UNIT_NUMBER = re.compile(r"^(\d[\d-]*|[ivx]+)$")  # "0819", "1313-01", "xiii"
_REGION_LEVELS = ("province", "regency", "city", "district")
_LONG_WORD = 7  # shorter words must be spelt the same


def office_words(role: str) -> list[str]:
    """The role's key as words, acting prefixes and qualifiers dropped, and a level word before a
    place name ("Ketua X Kota Batam" / "Ketua X Batam"), but not the "kota" of "wali kota"."""
    low = " ".join(re.sub(r"[^\w/]+", " ", re.sub(r"\([^)]*\)", " ", role.lower())).split())
    words = role_key(low.replace("/", " / ")).replace(" / ", " ").split()
    return [
        w
        for n, w in enumerate(words)
        if w not in ROLE_QUALIFIERS
        and not (0 < n < len(words) - 1 and w in LEVEL_WORDS and words[n - 1] != "wali")
    ]


def same_role(a: str | None, b: str | None, *, official: bool) -> bool:
    if not a or not b:
        return not a and not b
    wa, wb = fold_acronyms(office_words(a), office_words(b))
    short, long = sorted((wa, wb), key=len)
    if not short or not _alike(short, long[: len(short)]):
        return False
    rest = long[len(short) :]
    return (
        not rest
        or " ".join(short) in _command_titles()
        or _is_region(rest)
        or (official and _is_parent_body(short, rest))
    )


def _alike(a: list[str], b: list[str]) -> bool:
    return all(x == y or _slip(x, y) for x, y in zip(a, b, strict=True))


def _slip(x: str, y: str) -> bool:
    """One or two letters wrong in a long word, first letter right."""
    if min(len(x), len(y)) < _LONG_WORD or x[0] != y[0] or abs(len(x) - len(y)) > 2:
        return False
    return Levenshtein.distance(x, y, score_cutoff=2) <= 2


def _is_region(rest: list[str]) -> bool:
    """ "kota padang", "sidoarjo", "provinsi", "0819 pasuruan" after a role."""
    words = rest[1:] if rest[0] in LEVEL_WORDS else rest
    if not words:
        return True
    if _UNIT_NUMBER.match(words[0]) and words[0].upper() not in ROMAN | {"I"}:
        words = words[1:]  # a unit number before its place
        if not words:
            return True
    return bool(gazetteer.lookup(" ".join(words), _REGION_LEVELS))


def _is_parent_body(short: list[str], rest: list[str]) -> bool:
    return (
        len(short) >= 2
        and " ".join(short) not in _bare_heads()  # "Wakil Ketua" is no office without its body
        and short[-1] not in GENERIC_UNIT_WORDS
        and " ".join(short[-2:]) not in GENERIC_UNIT_WORDS
        and rest[0] in PARENT_BODY_WORDS
    )


@cache
def _command_titles() -> frozenset[str]:
    """Titles that name their unit after them ("dandim", "kapolres")."""
    return frozenset(role_key(o.title) for o in CLOSED_OFFICES if o.unit)


@cache
def _bare_heads() -> frozenset[str]:
    return frozenset(role_key(head) for head in OPEN_HEADS)
