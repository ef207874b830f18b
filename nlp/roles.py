"""Roles of officials and persons: what a title carries, and small rules about role words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicons.degrees_ranks import LONG_RANK_STARTS, LONG_RANKS, RANKS
from nlp.lexicons.organisations import KNOWN, PARENT_UNITS
from nlp.lexicons.role_forms import GENERIC_UNIT_WORDS
from nlp.regionspan import RegionSpan
from nlp.words import Word, join

ROMAN = frozenset(["I", "II", "III", "IV", "V", "VI", "VII"])  # "Asisten II"
SAY_BEFORE = frozenset({"selaku", "sebagai"})  # "Ahmad Fauzi selaku Camat ..."
# "Wakil Gubernur X sekaligus Ketua Dewan Penasehat FKUB, Budi": one holder of both titles
DOUBLE_TITLE_JOINS = SAY_BEFORE | {"sekaligus"}
LOWER_ROLES = frozenset(
    {
        "ketua",
        "sekretaris",
        "bendahara",
        "koordinator",
        "pembina",
        "penasihat",
        "direktur",
        "pengasuh",
        "pimpinan",
    }
)  # "... sebagai ketua"
_SUB_UNITS = frozenset(
    {
        "Bidang",
        "Bagian",
        "Seksi",
        "Subbagian",
        "Subbag",
        "Sub",
        "Asisten",
        "Kabid",
        "Kabag",
        "Kasi",
        "Kasubag",
        "Staf",
    }
)


def without_parent_unit(words: list[str]) -> list[str]:
    """ "Kepala Bagian Kesra Setda" -> "Kepala Bagian Kesra": the role without the body above it."""
    if len(words) > 2 and words[-1] in PARENT_UNITS:
        return words[:-1]
    if (
        len(words) > 3
        and _SUB_UNITS & set(words[:3])
        and words[-1] in KNOWN
        and words[-2].lower() not in GENERIC_UNIT_WORDS  # "... Badan Kesbangpol": one body's name
    ):
        return words[:-1]
    return words


_BRACKETED = re.compile(r"[()]|[^\s()]+")
_ACRONYM_SKIPS = frozenset({"dan", "se", "&", "-", "/"})  # connectives no acronym takes a letter of


def with_acronym(words: list[str]) -> list[str]:
    """ "Ketua Dewan Kemakmuran Masjid (DKM) Nurul Islam" -> "Ketua DKM Nurul Islam": a civil body
    written out with its acronym in brackets is named by the acronym, as local news names it
    afterwards. The long name is the run before the bracket whose initials spell the acronym."""
    for i in range(2, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")" or not _acronym_like(words[i + 1]):
            continue
        letters = words[i + 1].replace("-", "").upper()
        for s in range(1, i - 1):
            if _initials_fit([w for w in words[s:i] if w not in _ACRONYM_SKIPS], letters):
                return [*words[:s], words[i + 1], *words[i + 3 :]]
        return words
    return words


def role_with_acronym(role: str) -> str:
    """with_acronym on a written role."""
    return join(with_acronym(_BRACKETED.findall(role))) if "(" in role else role


def _acronym_like(word: str) -> bool:
    return 2 <= len(word) <= 10 and word[0].isupper() and sum(c.isupper() for c in word) >= 2


def _initials_fit(run: list[str], letters: str) -> bool:
    """Every word of the run (two at least) gives the next letter it starts with, in order, the
    first word the first letter ("Lembaga Adat Melayu Belitung" -> LAMBEL)."""
    if len(run) < 2 or not run[0][:1].isupper() or run[0][0].upper() != letters[0]:
        return False
    at = 0
    for word in run[1:]:
        if not word[:1].isupper():
            return False
        at = letters.find(word[0].upper(), at + 1)
        if at < 0:
            return False
    return True


@dataclass
class Role:
    words: list[str]  # the role as written, title first
    region: RegionSpan | None  # the jurisdiction written after it
    public: bool  # a public office (official) rather than a person's role
    unit: str | None = None  # "Polres" for "Kapolres"
    written: str | None = (
        None  # a unit jurisdiction written with its number ("Kodim 0601/Pandeglang")
    )


def _rank_at(ws: list[Word], k: int) -> bool:
    """A rank starts at k: "Kompol", or written out ("Letnan Kolonel", "Komisaris Polisi")."""
    return ws[k].text in RANKS or (
        ws[k].text in LONG_RANK_STARTS
        and any(tuple(w.text for w in ws[k : k + len(words)]) == words for words in LONG_RANKS)
    )


def words_to_rank(ws: list[Word], j: int) -> int | None:
    """End of the capitalised words from j when a rank follows them (after a comma or not)."""
    k = j
    while k < min(j + 4, len(ws)) and ws[k].is_title and not _rank_at(ws, k):
        k += 1
    if k == j or k >= len(ws):
        return None
    at_rank = _rank_at(ws, k) or (ws[k].text == "," and k + 1 < len(ws) and _rank_at(ws, k + 1))
    return k if at_rank else None


def _words_to_comma(ws: list[Word], j: int) -> int | None:
    """ "Kasdim 1311 Morowali, Andi ...": one or two place words closed by a comma, no rank after."""
    k = j
    while k < min(j + 2, len(ws)) and ws[k].is_title:
        k += 1
    return k if k < len(ws) and ws[k].text == "," else None


def unit_place(
    ws: list[Word], j: int, region: RegionSpan | None, unit: str
) -> tuple[int, str] | None:
    """ "Kapolres Metro Bekasi Kombes ...", "Danlanud Sultan Hasanuddin Kolonel ...": a command's
    unit is named by the words up to the rank, region or not (the rank marks where the name starts)."""
    k = words_to_rank(ws, j)
    if k is None or (region is not None and region.end >= k):
        return None
    return k, f"{unit} {join([w.text for w in ws[j:k]])}"


def numbered_unit(ws: list[Word], j: int, title: str, unit: str, public: bool) -> tuple[Role, int]:
    """ "Dandim 0601/Pandeglang", "Dandim 0509/Kabupaten Bekasi Letkol ...": number, slash, place."""
    end = j + 1
    if end + 1 < len(ws) and ws[end].text == "/" and ws[end + 1].is_title:
        end = words_to_rank(ws, end + 1) or end + 2
    elif (
        end < len(ws) and ws[end].is_title
    ):  # "Dandim 1302 Minahasa, Letkol ...": place without a slash
        numbered = ws[j].text.replace("-", "").isdigit()  # a Roman one is a Kodam: a rank follows
        end = words_to_rank(ws, end) or (numbered and _words_to_comma(ws, end)) or end
    role = Role([title], None, public, unit)
    role.written = f"{unit} {join([w.text for w in ws[j:end]]).replace(' / ', '/')}"
    return role, end
