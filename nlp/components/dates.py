"""Day-precise date expressions -> ISO dates.

Spans are found with our own patterns (dateparser's `search_dates` returns junk on running text);
each span is then normalised by `dateparser.parse` with the publication date as the base."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import permutations

from spacy.tokens import Doc

from nlp.component import component
from nlp.components.date_years import (
    NO_YEARS,
    YEAR_IN_TEXT,
    StatedYears,
    fits,
    stated_years,
    year_next_to,
)
from nlp.lexicons.dates import MONTHS, NAMED_AFTER_A_DAY, WEEKDAYS
from nlp.mention import DATE, DocState, Mention

_WEEKDAY = r"(?P<wd>senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)"
# "Kamis-Jumat (7-8/3)": a second weekday of a range; "Sabtu malam (19/8)": a time of day
_THEN = r"(?:\s*[-–]\s*(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad))?"
_TOD = r"(?:pagi|siang|sore|petang|malam|dini\s+hari|subuh)"
# "Selasa siang hingga sore (15/5)": a stretch of the day
_TIME_OF_DAY = rf"(?:\s+{_TOD}(?:\s+(?:hingga|sampai|s\.?d\.?|dan)\s+{_TOD})?)?"
# "30 - 31 Juli dan 1 Agustus 2025": a range that runs into the next month shares its year
_INTO_NEXT_MONTH = (
    rf"(?:(?:\s*(?:[-–—]|s\.?d\.?|sampai(?:\s+dengan)?|hingga)\s*[0-3]?\d|\s+dan\s+0?1)"
    rf"\s+(?P<mn2>{_MONTH})\.?)?"
)
# "Kamis 29 Januaro 2026", "9 sampai 25 Fabruari 2010": a misspelt month before a year
_MISSPELT = re.compile(
    rf"\b(?:{_WEEKDAY}{_TIME_OF_DAY}\s*,?\s*(?:\(\s*)?(?:tanggal\s+|tgl\.?\s+)?)?{_DAY}"
    rf"(?:\s*(?:[-–—]|s\.?d\.?|sampai(?:\s+dengan)?|hingga)\s*(?P<d2>[0-3]?\d))?\s+"
    rf"(?P<mx>[A-Za-z]{{4,9}})\s+(?P<y>\d{{4}})\b\)?",
    re.I,
)
_PATTERNS = (
    # month names first: "Jumat-Sabtu, 8-9 Maret 2024" is not day 8 of month 9
    # "(Kamis, 31 Agustus 2017)", "kamis tanggal 31 Agustus 2017", "29-30 April 2019", "14 Juli"
    re.compile(
        rf"\b(?:{_WEEKDAY}{_THEN}{_TIME_OF_DAY}\s*,?\s*(?:\(\s*)?(?:tanggal\s+|tgl\.?\s+)?)?{_DAY}"
        rf"(?:\s*(?:[-–—]|s\.?d\.?|sampai(?:\s+dengan)?|hingga)\s*(?P<d2>[0-3]?\d))?\s+"
        rf"(?P<mn>{_MONTH})\.?{_INTO_NEXT_MONTH}(?:\s+(?P<y>\d{{4}}))?\b\)?",
        re.I,
    ),
    # "Kamis (13/07/2023)", "Senin (29/04)", "Selasa, 29/8", "Jumat 14-7-2023"
    re.compile(
        rf"\b{_WEEKDAY}{_THEN}{_TIME_OF_DAY}\s*,?\s*\(?\s*{_DAY}"
        rf"(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?=\s*/))?\s*[/.-]\s*(?P<m>[01]?\d)(?!\d)"
        rf"(?:\s*[/.-]\s*(?P<y>\d{{4}}|\d{{2}})(?!\d))?\s*\)?",
        re.I,
    ),
    _MISSPELT,
    # "13/07/2023" without a weekday needs the year; "(26-27/3/2016)": a day range gives its start
    re.compile(
        rf"(?<![\d/]){_DAY}(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?/(?P<m>[01]?\d)/(?P<y>\d{{4}})(?![\d/])"
    ),
)


@lru_cache(maxsize=4096)
def _parse(span: str, base: date | None) -> date | None:
    import dateparser  # slow to import; only when a date is seen

    settings: dict[str, object] = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(span, languages=["id"], settings=settings)
    return parsed.date() if parsed else None


_FULL_MONTHS = tuple(name for name in MONTHS if len(name) >= 4 and name not in ("agust", "sept"))
MISSPELT_MIN = 80


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_from_text(day: int, month: int, weekday: int | None, stated: StatedYears) -> int | None:
    """Without a publication date the year comes from the text (CONVENTIONS.md): the only year it
    states, or, for a date with a weekday, the only stated year in which that day has that weekday,
    else the one year next to a stated year on which it has it (nlp.components.date_years)."""
    years = stated.years
    if weekday is None:
        return years[0] if len(years) == 1 else None
    found = [y for y in years if fits(y, month, day, weekday)]
    if found or not years:
        return found[0] if len(found) == 1 else None
    return year_next_to(day, month, weekday, stated)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
SENTENCE_REACH = 200


def _sentence_around(match: re.Match[str]) -> str:
    """The sentence holding a matched date, without the date itself."""
    text, start, end = match.string, match.start(), match.end()
    before = text[max(0, start - SENTENCE_REACH) : start]
    ends = list(_SENTENCE_END.finditer(before))
    head = before[ends[-1].end() :] if ends else before
    after = text[end : end + SENTENCE_REACH]
    stop = _SENTENCE_END.search(after)
    return f"{head} {after[: stop.start() if stop else len(after)]}"


def _year_in_sentence(sentence: str) -> int | None:
    """A year stated in the date's own sentence ("Pilkada 2020 ... pada 23 September"): the
    conventions' "year stated nearby", for a date without weekday when the text states several."""
    found = {int(y) for y in YEAR_IN_TEXT.findall(sentence)}
    return found.pop() if len(found) == 1 else None


def _year(
    day: int,
    month: int,
    parts: dict[str, str | None],
    published: date | None,
    years: StatedYears,
    sentence: str = "",
    page_year: int | None = None,
) -> int | None:
    written, weekday = parts.get("y"), _weekday(parts)
    if written and _misprinted(written) and weekday is not None:
        # "4/9/2205" on a Thursday: the digits' one order that is a year on that weekday (2025)
        orders = {int(o) for p in permutations(written) if YEAR_IN_TEXT.fullmatch(o := "".join(p))}
        if len(fixed := [y for y in orders if fits(y, month, day, weekday)]) == 1:
            return fixed[0]
    if written and not _misprinted(written):
        year = int(written)
        year = year + 2000 if year < 100 else year
        next_month = parts.get("mn2")  # "30 Desember - 2 Januari 2025" starts the year before
        return year - 1 if next_month and MONTHS[next_month.lower()] < month else year
    if published is None:
        if page_year is not None and fits(page_year, month, day, weekday):
            return page_year  # the url's year: the page's own year (README clarification 8)
        near = _year_in_sentence(sentence)
        if weekday is not None and near is not None and fits(near, month, day, weekday):
            return near  # "Rabu (24/7) ... Tahun 2024" when 2013, also stated, fits the weekday too
        return _year_from_text(day, month, weekday, years) or (near if weekday is None else None)
    # a day-month after the publication date most likely belongs to the year before
    if (month, day) > (published.month, published.day) and month - published.month > 6:
        return published.year - 1
    return published.year


def _misprinted(written: str) -> bool:
    """A four-digit year no news date can carry ("Kamis (4/9/2205)"): resolved as if unwritten."""
    return len(written) == 4 and YEAR_IN_TEXT.fullmatch(written) is None


def _month(parts: dict[str, str | None]) -> int | None:
    if parts.get("m"):
        return int(parts["m"] or 0)
    if parts.get("mn"):
        return MONTHS[(parts["mn"] or "").lower()]
    return _misspelt_month(parts.get("mx") or "")


def _misspelt_month(word: str) -> int | None:
    """A month name with one wrong letter ("Januaro", "Fabruari"); None for any other word."""
    from rapidfuzz import fuzz

    word = word.lower()
    best = max(_FULL_MONTHS, key=lambda name: fuzz.ratio(word, name))
    close = fuzz.ratio(word, best) >= MISSPELT_MIN and (
        best[:2] == word[:2] or best[-2:] == word[-2:]
    )
    return MONTHS[best] if close else None


def _weekday(parts: dict[str, str | None]) -> int | None:
    written = (parts.get("wd") or "").lower().replace("’", "'")
    return WEEKDAYS.get(written) if written else None


def resolve(
    match: re.Match[str],
    published: date | None,
    years: StatedYears = NO_YEARS,
    page_year: int | None = None,
) -> tuple[date | None, bool]:
    """The start date of a matched span and whether its weekday contradicts it; `years` are the
    years the text states, used when there is no publication date."""
    parts = match.groupdict()
    month = _month(parts)
    if month is None:
        return None, False
    day = int(parts["d"])
    sentence = _sentence_around(match) if published is None and len(years.years) > 1 else ""
    year = _year(day, month, parts, published, years, sentence, page_year)
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None, False
    found = _parse(f"{day:02d}/{month:02d}/{year}", published)
    wanted = _weekday(parts)
    if found is None or wanted is None:
        return found, False
    if wanted != found.weekday() and not parts.get("y") and published and found > published:
        # a day after publication whose weekday fits the year before: news reports the past
        moved = _parse(f"{day:02d}/{month:02d}/{year - 1}", published)
        if moved is not None and moved.weekday() == wanted:
            return moved, False
    return found, wanted != found.weekday()


_NAME_BEFORE = re.compile(r"\b(?:" + "|".join(NAMED_AFTER_A_DAY) + r")\.?\s+$", re.I)


def _names_a_place(text: str, match: re.Match[str]) -> bool:
    """Whether a day-month without weekday or year is the name of a street or venue."""
    parts = match.groupdict()
    if parts.get("wd") or parts.get("y"):
        return False
    return bool(_NAME_BEFORE.search(text, max(match.start() - 20, 0), match.start()))


_MISSPELT_PROBE = re.compile(r"[0-3]?\d\s+([A-Za-z]{4,9})\s+\d{4}\b")


def _has_misspelt_month(text: str) -> bool:
    return any(m.group(1).lower() not in MONTHS for m in _MISSPELT_PROBE.finditer(text))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding white space, so a mention's text is text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_dates(text: str, published: date | None, page_year: int | None = None) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    years = stated_years(text) if published is None else NO_YEARS
    for pattern in _PATTERNS:
        if pattern is _MISSPELT and not _has_misspelt_month(text):
            continue  # the costly pattern runs only where a day and a year frame an unknown word
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or _names_a_place(text, match):
                continue
            iso, mismatch = resolve(match, published, years, page_year)
            if iso is None:
                continue
            start, end = _trimmed(text, start, end)
            span = text[start:end]
            if span.endswith(")") and "(" not in span:
                start, end = _trimmed(text, start, end - 1)
                span = text[start:end]
            taken.append((start, end))
            flags = ["weekday_mismatch"] if mismatch else []
            found.append(Mention(DATE, start, end, span, iso.isoformat(), flags=flags))
    return sorted(found, key=lambda m: m.start)


@component("pantau_dates_v1")
def dates(doc: Doc, state: DocState) -> None:
    state.mentions.extend(
        find_dates(state.text, state.published, state.page_year)  # type: ignore[arg-type]
    )
