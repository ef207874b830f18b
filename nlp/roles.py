"""Roles of officials and persons: what a title carries, and small rules about role words."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.lexicons.organisations import KNOWN, PARENT_UNITS
from nlp.regionspan import RegionSpan

ROMAN = frozenset(["I", "II", "III", "IV", "V", "VI", "VII"])  # "Asisten II"
SAY_BEFORE = frozenset({"selaku", "sebagai"})  # "Ahmad Fauzi selaku Camat ..."
LOWER_ROLES = frozenset({"ketua", "sekretaris", "bendahara", "koordinator", "pembina", "penasihat",
                         "direktur", "pengasuh", "pimpinan"})  # "... sebagai ketua"
_SUB_UNITS = frozenset({"Bidang", "Bagian", "Seksi", "Subbagian", "Subbag", "Sub", "Asisten", "Kabid",
                        "Kabag", "Kasi", "Kasubag", "Staf"})


def without_parent_unit(words: list[str]) -> list[str]:
    """ "Kepala Bagian Kesra Setda" -> "Kepala Bagian Kesra": the role without the body above it."""
    if len(words) > 2 and words[-1] in PARENT_UNITS:
        return words[:-1]
    if len(words) > 3 and _SUB_UNITS & set(words[:3]) and words[-1] in KNOWN:
        return words[:-1]
    return words


@dataclass
class Role:
    words: list[str]  # the role as written, title first
    region: RegionSpan | None  # the jurisdiction written after it
    public: bool  # a public office (official) rather than a person's role
    unit: str | None = None  # "Polres" for "Kapolres"
    written: str | None = None  # a unit jurisdiction written with its number ("Kodim 0601/Pandeglang")
