"""Find office titles in word lists ("Bupati", "Wakil Wali Kota", "Kepala" + unit)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from nlp.lexicons.offices import CLOSED_OFFICES, OPEN_HEADS, Office
from nlp.words import Word

# written variants of one role, for matching a bare title to the official named before
ROLE_SYNONYMS: dict[str, str] = {
    "sekda": "sekretaris daerah", "sekdakab": "sekretaris daerah", "sekdakot": "sekretaris daerah",
    "sekdaprov": "sekretaris daerah", "sekot": "sekretaris daerah", "sekretaris kota": "sekretaris daerah",
    "walikota": "wali kota", "wakil walikota": "wakil wali kota", "wawali": "wakil wali kota",
    "wawalkot": "wakil wali kota", "wabup": "wakil bupati", "wagub": "wakil gubernur",
    "kades": "kepala desa", "sekcam": "sekretaris camat", "sekdes": "sekretaris desa",
}


class TitleMatch(NamedTuple):
    start: int
    end: int
    text: str
    office: Office | None  # None for an open head
    is_open: bool


def role_key(role: str) -> str:
    """A comparable form of a role: lower case, synonyms folded, "Pj."/"Plt" dropped."""
    low = " ".join(role.lower().replace(".", " ").split())
    for prefix in ("pj ", "plt ", "plh ", "penjabat "):
        low = low.removeprefix(prefix)
    return ROLE_SYNONYMS.get(low, low)


@cache
def _index() -> dict[str, list[tuple[tuple[str, ...], Office | None]]]:
    index: dict[str, list[tuple[tuple[str, ...], Office | None]]] = {}
    entries: list[tuple[str, Office | None]] = [(o.title, o) for o in CLOSED_OFFICES]
    entries += [(head, None) for head in OPEN_HEADS]
    for title, office in entries:
        parts = tuple(title.split())
        index.setdefault(parts[0].lower(), []).append((parts, office))
    for options in index.values():
        options.sort(key=lambda item: (len(item[0]), item[1] is not None), reverse=True)
    return index


def office_at(ws: list[Word], i: int, *, any_case: bool = False) -> TitleMatch | None:
    """The longest title starting at word i; title case only unless `any_case`."""
    word = ws[i]
    if not any_case and not word.is_title:
        return None
    for parts, office in _index().get(word.text.lower(), ()):
        got = ws[i : i + len(parts)]
        if len(got) == len(parts) and all(
            w.text.lower() == p.lower() and (any_case or w.is_title or not p[:1].isupper())
            for w, p in zip(got, parts, strict=True)
        ):
            text = " ".join(w.text for w in got)
            return TitleMatch(i, i + len(parts), text, office, office is None)
    return None
