"""Find office titles in word lists ("Bupati", "Wakil Wali Kota", "Kepala" + unit)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from nlp.lexicons.offices import ACTING_PREFIXES, CLOSED_OFFICES, OPEN_HEADS, Office
from nlp.lexicons.role_forms import GLUED_HEADS, ROLE_ORG_ACRONYMS
from nlp.words import Word

# written variants of one role, for matching a bare title to the official named before
ROLE_SYNONYMS: dict[str, str] = {
    "sekda": "sekretaris daerah",
    "sekertaris daerah": "sekretaris daerah",
    "sekdakab": "sekretaris daerah",
    "sekdakot": "sekretaris daerah",
    "sekdaprov": "sekretaris daerah",
    "sekot": "sekretaris daerah",
    "sekkota": "sekretaris daerah",
    "sekkab": "sekretaris daerah",
    "wali kota administrasi": "wali kota",
    "walikota administrasi": "wali kota",
    "bupati administrasi": "bupati",
    "wakil wali kota administrasi": "wakil wali kota",
    "wakil walikota administrasi": "wakil wali kota",
    "wakil bupati administrasi": "wakil bupati",
    "sekretaris kota administrasi": "sekretaris daerah",
    "sekretaris kabupaten administrasi": "sekretaris daerah",
    "sekretaris kota": "sekretaris daerah",
    "walikota": "wali kota",
    "wakil walikota": "wakil wali kota",
    "wawali": "wakil wali kota",
    "wawalkot": "wakil wali kota",
    "wabup": "wakil bupati",
    "wagub": "wakil gubernur",
    "kades": "kepala desa",
    "sekcam": "sekretaris camat",
    "sekretaris kecamatan": "sekretaris camat",
    "sekdes": "sekretaris desa",
    "wawako": "wakil wali kota",
    "kiai": "kyai",  # honorifics given as a role, in one spelling
    "ustaz": "ustadz",
    "ustad": "ustadz",
    "mendagri": "menteri dalam negeri",
    "wamendagri": "wakil menteri dalam negeri",
    "menag": "menteri agama",
    "menpora": "menteri pemuda dan olahraga",
    "menkeu": "menteri keuangan",
    "kepala kemenag": "kepala kantor kementerian agama",  # below the ministry, Kemenag is a Kantor
    "kepala kankemenag": "kepala kantor kementerian agama",
    "inspektur daerah": "inspektur",
    **{glued.lower(): long.lower() for glued, long in GLUED_HEADS.items()},
}


class TitleMatch(NamedTuple):
    start: int
    end: int
    text: str
    office: Office | None  # None for an open head
    is_open: bool
    acting: bool = False  # "Pj", "Plt", "Plh" written before the office


# a head written short, and words written short or misspelt, in their full form: "Kadis PUPR" is
# "Kepala Dinas PUPR", "Kakan Kemenag" is "Kepala Kantor Kementerian Agama"
HEAD_SHORT_FORMS: dict[str, str] = {
    "kadis": "kepala dinas",
    "kaban": "kepala badan",
    "kabid": "kepala bidang",
    "kabag": "kepala bagian",
    "kasubbag": "kepala subbagian",
    "kasubag": "kepala subbagian",
    "kasubid": "kepala subbidang",
    "kasubbid": "kepala subbidang",
    "kakan": "kepala kantor",
    "kakanwil": "kepala kantor wilayah",
    "kasi": "kepala seksi",
    "kasie": "kepala seksi",
    "karo": "kepala biro",
    "kabiro": "kepala biro",
    "kanit": "kepala unit",
    "kasubdit": "kepala subdirektorat",
    "kasubdin": "kepala subdinas",
    "kaur": "kepala urusan",
    "kasubsi": "kepala subseksi",
    "kapus": "kepala pusat",
    "kajari": "kepala kejaksaan negeri",
    "kajati": "kepala kejaksaan tinggi",
    "sekdis": "sekretaris dinas",
    "sekban": "sekretaris badan",
    "kasudin": "kepala suku dinas",
    "kasuban": "kepala suku badan",
}
WORD_SHORT_FORMS: dict[str, str] = {
    "kementrian": "kementerian",
    "sekertaris": "sekretaris",
    "kemenag": "kementerian agama",
    "kab": "kabupaten",
    "prov": "provinsi",
    "propinsi": "provinsi",
    "kanwil": "kantor wilayah",
    "jendral": "jenderal",
    "kankemenag": "kantor kementerian agama",
}
# a level word before a place name says nothing the place does not: "MUI Kabupaten Sidoarjo"
_LEVEL_BEFORE_PLACE = frozenset({"kabupaten", "provinsi"})


@lru_cache(maxsize=65_536)  # pure, and asked for every closed office of every article
def role_key(role: str) -> str:
    """A comparable form of a role: lower case, synonyms folded, "Pj."/"Plt" dropped, short heads
    and words spelt out."""
    low = " ".join(role.lower().replace(".", " ").replace(",", " ").split())
    for prefix in (
        "pj ",
        "pjs ",
        "plt ",
        "plh ",
        "penjabat ",
        "pejabat sementara ",
        "pelaksana tugas ",
        "pelaksana harian ",
    ):
        low = low.removeprefix(prefix)
    low = ROLE_SYNONYMS.get(low, low)
    words = low.split()
    if words and words[0] in HEAD_SHORT_FORMS:  # before acronyms: "Kasuban Kesbangpol" is written
        words[0] = HEAD_SHORT_FORMS[words[0]]  # out as "Kepala Suku Badan Kesbangpol" is
    words = [WORD_SHORT_FORMS.get(w, w) for w in _org_acronyms(" ".join(words)).split()]
    return " ".join(
        w for n, w in enumerate(words) if not (0 < n < len(words) - 1 and w in _LEVEL_BEFORE_PLACE)
    )


def _org_acronyms(low: str) -> str:
    """ "ketua forum kerukunan umat beragama (fkub)" -> "ketua fkub": one form for an organisation."""
    low = re.sub(r"\s*\([^)]*\)", "", low)  # an acronym in brackets repeats the long form
    low = re.sub(
        r"\s+(ri|republik indonesia)$", "", low
    )  # "Menteri Agama RI": the country adds nothing
    for long, short in _role_org_forms():
        if long in low:
            low = re.sub(rf"\b{re.escape(long)}\b", short, low)
    return " ".join(low.split())


@cache
def _role_org_forms() -> tuple[tuple[str, str], ...]:
    forms = ((long.lower(), short.lower()) for long, short in ROLE_ORG_ACRONYMS.items())
    return tuple(sorted(forms, key=lambda pair: len(pair[0]), reverse=True))


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


def _acting_at(ws: list[Word], i: int) -> tuple[int, str] | None:
    """(index after, written prefix) of an acting prefix at i: "Plt.", "Penjabat (Pj)",
    "Pelaksana tugas (Plt)"; a bracketed acronym after a long form gives the short form."""
    low = ws[i].text.lower()
    if low not in ACTING_PREFIXES and low != "pelaksana":
        return None
    end, written = i + 1, ws[i].text
    if low == "pelaksana":
        if i + 1 >= len(ws) or f"{low} {ws[i + 1].text.lower()}" not in ACTING_PREFIXES:
            return None
        end, written = i + 2, f"{ws[i].text} {ws[i + 1].text.capitalize()}"
    if (
        end + 2 < len(ws)
        and ws[end].text == "("
        and ws[end + 2].text == ")"
        and ws[end + 1].text.lower() in ACTING_PREFIXES
    ):
        end, written = end + 3, ws[end + 1].text
    return end, written


def office_at(ws: list[Word], i: int, *, any_case: bool = False) -> TitleMatch | None:
    """The longest title starting at word i; title case only unless `any_case`. An acting
    prefix before it ("Pj", "Plt.", "Penjabat (Pj)") is part of the title. None past the last word
    (callers look one word ahead of a name that may end the text)."""
    if i >= len(ws):
        return None
    word = ws[i]
    if not any_case and not word.is_title:
        return None
    acting = _acting_at(ws, i) if word.text.lower()[:1] == "p" else None
    if (
        acting is not None
        and acting[0] < len(ws)
        and (inner := office_at(ws, acting[0], any_case=any_case))
    ):
        return TitleMatch(
            i, inner.end, f"{acting[1]} {inner.text}", inner.office, inner.is_open, True
        )
    for parts, office in _index().get(word.text.lower(), ()):
        got = ws[i : i + len(parts)]
        if len(got) == len(parts) and all(
            w.text.lower() == p.lower() and (any_case or w.is_title or not p[:1].isupper())
            for w, p in zip(got, parts, strict=True)
        ):
            text = " ".join(w.text for w in got)
            return TitleMatch(i, i + len(parts), text, office, office is None)
    return None
