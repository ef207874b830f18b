"""A bare district name inside a run of capitalised words is a word of another name: a surname
("Alwin Purba"), a phrase ("Sumber Daya Manusia", "Pinggir Sungai Siak", "Shalawat Badar"), a
project ("Bakauheni Harbour City"). A bare district is the weakest guess of the place finder (its
name alone, backed only by a region the article names), so it must stand alone in its clause,
unless it closes an address ("Desa Luan Muara Samu"), names an island ("Pulau Kundur") or opens
its line as a dateline ("Indralaya Kabarcontoh.com")."""

from __future__ import annotations

from nlp.components.places_bounds import in_dateline, sentence_initial
from nlp.gazetteer import Region
from nlp.lexicons.dates import MONTHS, WEEKDAYS
from nlp.lexicons.places import LEVEL_PREFIXES
from nlp.regionspan import RegionSpan
from nlp.words import Word


def _name_word(word: Word) -> bool:
    """A capitalised word that may continue a name: not a level word, a weekday or a month
    ("di Masbagik Senin (3/3)", "Masbagik Maret lalu")."""
    lower = word.text.lower()
    return (
        word.is_title
        and not word.is_upper
        and lower not in LEVEL_PREFIXES
        and lower not in WEEKDAYS
        and lower not in MONTHS
    )


def _same_line(ws: list[Word], a: int, b: int, text: str) -> bool:
    return "\n" not in text[ws[a].end : ws[b].start]


def bare_district_in_a_run(
    ws: list[Word], span: RegionSpan, text: str, region_ends: set[int], region_starts: set[int]
) -> bool:
    """Whether the bare name at `span` has a capitalised name word right before it (in the same
    sentence, not the end of another region's name nor "Pulau") or right after it (on the same
    line, the name not opening its line)."""
    if span.prefixed or in_dateline(ws, span, text):
        return False
    i, j = span.start, span.end
    opens_line = i == 0 or not _same_line(ws, i - 1, i, text)
    before = (
        not opens_line
        and _name_word(ws[i - 1])
        and not sentence_initial(ws, i - 1, text)
        and i - 1 not in region_ends
        and ws[i - 1].text != "Pulau"
    )
    after = (
        not opens_line
        and j < len(ws)
        and j not in region_starts  # its parent written without a comma ("Masbagik Lombok Timur")
        and _name_word(ws[j])
        and _same_line(ws, j - 1, j, text)
    )
    return before or after


def far_and_alone(
    ws: list[Word], span: RegionSpan, region: Region, province: str | None, codes: set[str]
) -> bool:
    """A bare one-word regency or city of another province than the article's, with nothing else
    of that province named and no "di" before it. Such a name may be the same-named district of a
    region the article names (`district_named_within`); otherwise it stays the regency or city: on
    the seventh blind part, dropping it (a title "gelar Pati", a people "Pamona Poso" on the pages
    read) lost eight real places for one false one."""
    if span.prefixed or span.end - span.start != 1 or region.level not in ("regency", "city"):
        return False
    if province is None or region.province == province:
        return False
    if span.start > 0 and ws[span.start - 1].text.lower() == "di":  # "di Palembang": a place
        return False
    return not any(c.startswith(region.province) and c != region.code for c in codes)


def district_named_within(span: RegionSpan, codes: set[str]) -> Region | None:
    """The only district of the name inside a region the article names ("Kediri" in a Lombok Barat
    article is its district, not the regency in Jawa Timur)."""
    near = [
        c
        for c in span.candidates
        if c.level == "district" and any(c.code.startswith(p + ".") for p in codes)
    ]
    return near[0] if len(near) == 1 else None
