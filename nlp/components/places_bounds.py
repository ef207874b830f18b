"""Where a region name stops being a place of its own: inside an office, a unit, a venue, a people
or an idiom ("Kapolres Cimahi", "Hotel Grand Asia Makassar", "suku Nias", "Sabang ke Merauke"),
and where a name inside another entity still is one (the address after a house of worship)."""

from __future__ import annotations

import re
from functools import cache

from nlp import gazetteer
from nlp.lexicons.places import ALIASES, LEVEL_PREFIXES, STREET_WORDS
from nlp.lexicons.places_around import (
    ISLAND_PEOPLE_HEADS,
    OFFICE_WORDS,
    VENUE_WORDS,
    WORSHIP_WORDS,
)
from nlp.lexicons.places_more import (
    BUREAU_HEADS,
    BUREAUS,
    COUNTRY_IDIOMS,
    MORE_ALIASES,
    NOT_PLACE_AFTER,
    PEOPLE_HEADS,
)
from nlp.lexicons.places_short import SHORT_FORMS
from nlp.lexicons.public_units import PUBLIC_UNIT_WORDS
from nlp.mention import ORG, DocState
from nlp.regionspan import RegionSpan
from nlp.words import Word

NOT_AFTER = NOT_PLACE_AFTER | PUBLIC_UNIT_WORDS
_LIST_WORDS = frozenset({",", "dan", "serta"})
_VENUES = STREET_WORDS | VENUE_WORDS
_ADDRESS_LEVELS = frozenset(
    w for w, lv in LEVEL_PREFIXES.items() if lv[0] in ("village", "district")
)


def sentence_initial(ws: list[Word], j: int, text: str) -> bool:
    return (
        j == 0
        or ws[j - 1].text in (".", "!", "?", "–", "-", ":")
        or "\n" in text[ws[j - 1].end : ws[j].start]
    )


def _headed_by_people(ws: list[Word], i: int) -> bool:
    j = i - 1  # walk back over a list of names to the word that heads it
    while j >= 0 and i - j <= 30 and (ws[j].text in _LIST_WORDS or ws[j].is_title):
        if ws[j].text.lower() in PEOPLE_HEADS:
            return True
        j -= 1
    if j >= 1 and ws[j].text in ("dari", "masyarakat", "warga"):
        j -= 1  # "paguyuban dari Minahasa dan Bugis", "paguyuban masyarakat Minang, Kerinci"
    return j >= 0 and ws[j].text.lower() in PEOPLE_HEADS


def _second_of_an_office(ws: list[Word], i: int) -> bool:
    """ "Mantan Bupati Tolikara dan Mamberamo Raya": a region joined to the region of an office
    belongs to that office too."""
    if i < 2 or ws[i - 1].text not in ("dan", "serta"):
        return False
    j = i - 2
    while j >= 0 and i - j <= 5 and ws[j].is_title and ws[j].text not in OFFICE_WORDS:
        j -= 1
    return j >= 0 and j < i - 2 and ws[j].text in OFFICE_WORDS


def short_form_of_a_name(ws: list[Word], span: RegionSpan, named: set[int]) -> bool:
    """ "Bupati Musi Banyuasin (Muba)", "Dinas Kesehatan Provinsi Sulawesi Barat (Sulbar)": a
    region's short form in brackets right after an office or organisation is part of its name."""
    return (
        not span.prefixed
        and span.start >= 2
        and ws[span.start - 1].text == "("
        and span.end < len(ws)
        and ws[span.end].text == ")"
        and span.start - 2 in named
    )


def in_a_name(ws: list[Word], i: int, text: str) -> bool:
    """Whether a bare region name at word i belongs to an office, a unit, a numbered unit or a
    people rather than standing alone: "Kapolres Cimahi", "Kodim 0424/Tanggamus", "suku Nias"."""
    if i + 1 < len(ws) and ws[i + 1].text in BUREAUS and ws[i].text in BUREAU_HEADS:
        return True  # "Karo Kesra": the head of a bureau (Kepala Biro), not Kabupaten Karo
    if i == 0 or "\n" in text[ws[i - 1].end : ws[i].start]:
        return False
    before = ws[i - 1].text.removeprefix("se-").removeprefix("Se-")  # "se-Tanah Papua"
    if before in NOT_AFTER or (before.isupper() and before.capitalize() in NOT_AFTER):
        # "GUBERNUR Sulawesi Tengah": an office in capitals
        return True
    if before.isdigit() and len(before) >= 3:
        return True
    if before == "/" and i >= 2 and ws[i - 2].text.isdigit():
        return True
    return _headed_by_people(ws, i) or _second_of_an_office(ws, i)


def island_people(ws: list[Word], i: int) -> bool:
    """ "masyarakat Jawa", "putra Sumatera": an island after these names a people."""
    return i > 0 and ws[i - 1].text.lower() in ISLAND_PEOPLE_HEADS


def island_of(ws: list[Word], span: RegionSpan) -> bool:
    """ "Pulau Bali", "pulau Lombok": a bare region name after "Pulau" names the island."""
    return not span.prefixed and span.start > 0 and ws[span.start - 1].text in ("Pulau", "pulau")


def in_a_venue(ws: list[Word], span: RegionSpan) -> bool:
    """ "Kantor Desa Kolono", "Aula Kecamatan Wara": a level word right after a venue word; a bare
    name closing a venue's name ("Hotel Grand Asia Makassar", "Jalan Raya Serang")."""
    before = ws[span.start - 1].text if span.start > 0 else ""
    if span.prefixed:  # "Kantor Desa Kolono"; "alun-alun Kecamatan Labuan" is the district's
        return before in _VENUES
    if before.capitalize() in _VENUES:  # "lapangan Maesa"
        return True
    j = span.start - 1  # back over the venue's name, and the hyphen of "Jalan Halong-Paringin"
    while j >= 0 and span.start - j <= 4 and (ws[j].is_title or ws[j].text == "-"):
        if ws[j].text in _VENUES:
            return True
        j -= 1
    return False


def in_dateline(ws: list[Word], span: RegionSpan, text: str) -> bool:
    """ "Kabarcontoh.id, Lingga – Wakil Bupati ...": a bare name opening its line before a dash,
    after at most a site name, is the dateline's place even when the name is a common word."""
    after = ws[span.end].text if span.end < len(ws) else ""
    if after not in ("–", "—", "-"):
        return False
    line_start = text.rfind("\n", 0, ws[span.start].start) + 1
    return len(text[line_start : ws[span.start].start].split()) <= 2


def worship_addresses(state: DocState, ws: list[Word]) -> set[int]:
    """Words of a village or district named after a house of worship inside its organisation's
    span ("Masjid Darul Huda Desa Sukamaju Kecamatan Cibeber"): an address, still a place."""
    found: set[int] = set()
    for m in state.mentions:
        if m.type != ORG or not any(w in m.text for w in WORSHIP_WORDS):
            continue
        inside = [k for k, w in enumerate(ws) if m.start <= w.start < m.end]
        worship = next((k for k in inside if ws[k].text in WORSHIP_WORDS), None)
        if worship is None:
            continue
        first = next(
            (k for k in inside if k > worship + 1 and ws[k].text.lower() in _ADDRESS_LEVELS), None
        )
        if first is not None:
            found |= {k for k in inside if k >= first}
    return found


def across_a_unit(ws: list[Word], i: int) -> bool:
    """ "Kesbangpol se-Provinsi Jambi", "Kesbangpol se- Sumbar", "Kesbangpol se Kota Jambi": the
    offices of a unit across a region, part of the unit's name rather than a place of its own."""
    j = i - 1
    if j >= 0 and ws[j].text == "-" and j >= 1 and ws[j - 1].text.lower() == "se":
        j -= 1
    elif not (j >= 0 and ws[j].text.lower() in ("se-", "se")):
        return False
    return j >= 1 and ws[j - 1].text in NOT_AFTER


def other_place_ok(ws: list[Word], i: int, text: str) -> bool:
    """ "Indonesia" or an island is a place alone ("di Indonesia", "seluruh Sumatera"), not inside a
    name ("Republik Indonesia", "Garuda Indonesia", "Indonesia Raya", "Jawa Pos", "Timor Leste")."""
    if i + 1 < len(ws) and ws[i + 1].is_title and ws[i].end == ws[i + 1].start - 1:
        return False
    return i == 0 or not ws[i - 1].is_title or sentence_initial(ws, i - 1, text)


def idiom_words(ws: list[Word], text: str) -> set[int]:
    found: set[int] = set()
    for idiom in COUNTRY_IDIOMS:
        at = text.find(idiom)
        while at >= 0:
            found |= {k for k, w in enumerate(ws) if at <= w.start < at + len(idiom)}
            at = text.find(idiom, at + 1)
    return found


_RELATED = re.compile(r"^[ \t]*baca(?:\s+juga)?\b.*$", re.I | re.M)


def related_lines(text: str) -> list[tuple[int, int]]:
    """Spans of "Baca Juga ..." lines left in a body: links to other articles, never annotated."""
    return [m.span() for m in _RELATED.finditer(text)] if "aca" in text else []


# a quotation after these words is a theme or a motto ("bertema “Indonesia Bersatu”", "motto
# “Membara Kasih Kediri”"): the region names in it are words of the slogan, not places
_THEME = re.compile(
    r"\b(?:tema|bertema|bertajuk|tajuk|motto|moto|slogan|semboyan|tagline|jargon)"
    r"(?:\s+[a-z]+){0,2}\s*[:,]?\s*"
    r"(?:[“\"‘'])([^”\"’'\n]{0,160})(?:[”\"’']|$)",
    re.I | re.M,
)


_THEME_PROBES = ("tema", "tajuk", "moto", "motto", "slogan", "semboyan", "tagline", "jargon")


def theme_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted themes and mottos of a text."""
    lowered = text.lower()
    if not any(w in lowered for w in _THEME_PROBES):
        return []
    return [m.span(1) for m in _THEME.finditer(text)]


def nation_phrase(ws: list[Word], i: int) -> bool:
    """ "bangsa Indonesia" (the nation), "Indonesia emas" (the 2045 slogan): the country's name in
    a phrase that names no place."""
    before = ws[i - 1].text.lower() if i > 0 else ""
    after = ws[i + 1].text.lower() if i + 1 < len(ws) else ""
    return before == "bangsa" or after == "emas"


# a bare region name that is also a hamlet word: "Banjar Segara" in Bali is a banjar, no regency
HAMLET_WORDS = frozenset({"Banjar"})


def name_runs_on(ws: list[Word], span: RegionSpan, text: str) -> bool:
    """ "Jabar Al Jufri" (a person), "Banjar Segara" (a hamlet): a bare short form, or a hamlet
    word, followed in the same clause by a capitalised word that starts no region is the first
    word of another name."""
    if span.prefixed or span.end - span.start != 1 or span.end >= len(ws):
        return False
    word, after = ws[span.start], ws[span.end]
    if not after.is_title or after.is_upper or "\n" in text[word.end : after.start]:
        return False
    if after.text.lower() in LEVEL_PREFIXES:
        return False
    if word.text in HAMLET_WORDS:  # "Banjar Sukasari": a banjar's name, whatever it repeats
        return True
    return gazetteer.key(word.text) in _short_forms() and not gazetteer.starts_a_name(after.text)


@cache
def _short_forms() -> frozenset[str]:
    return frozenset(
        gazetteer.key(a) for a in {**ALIASES, **MORE_ALIASES, **SHORT_FORMS} if " " not in a
    )


def school_or_court_negeri(ws: list[Word], span: RegionSpan) -> bool:
    """ "Negeri" names a village in Maluku ("di Negeri Latu"), but after a capitalised word it
    closes a state body's name: "Sekolah Dasar Negeri Wakarleli", "Pengadilan Negeri Ambon"."""
    return (
        span.prefixed
        and ws[span.start].text.lower() == "negeri"
        and span.start > 0
        and ws[span.start - 1].is_title
    )


_DATELINE_END = re.compile(r"[–—|]|\s-|-\s|,—")
DATELINE_WORDS = 8


def in_a_site_name(ws: list[Word], span: RegionSpan, text: str) -> bool:
    """ "Redaksi Jatim, Sidoarjo –", "MANGUPURA, Radar Bali -", "Lensa Maluku,—": a bare region name
    after a capitalised word in the dateline, before its dash, ends the news site's name. A name in
    capitals is the dateline's own place ("TAJUK SIDOARJO –")."""
    i = span.start
    if span.prefixed or i == 0 or ws[i].is_upper or "\n" in text[: ws[i].start]:
        return False
    before = ws[i - 1]
    if not before.is_title or before.text.lower() in LEVEL_PREFIXES:
        return False
    if gazetteer.starts_a_name(before.text) and gazetteer.lookup(before.text):
        return False
    stop = _DATELINE_END.search(text, ws[i].end, ws[i].end + 40)
    return stop is not None and len(text[: stop.start()].split()) <= DATELINE_WORDS
