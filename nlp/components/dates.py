"""Day-precise date expressions -> ISO dates.

Spans are found with our own patterns (dateparser's `search_dates` returns junk on running text);
each span is then normalised by `dateparser.parse` with the publication date as the base."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from nlp.component import component
from nlp.lexicons.dates import MONTHS, WEEKDAYS
from nlp.mention import DATE, DocState, Mention

_WEEKDAY = r"(?P<wd>senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)"
# "Kamis-Jumat (7-8/3)": a second weekday of a range; "Sabtu malam (19/8)": a time of day
_THEN = r"(?:\s*[-–]\s*(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad))?"
_TIME_OF_DAY = r"(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari|subuh))?"
_PATTERNS = (
    # month names first: "Jumat-Sabtu, 8-9 Maret 2024" is not day 8 of month 9
    # "(Kamis, 31 Agustus 2017)", "kamis tanggal 31 Agustus 2017", "29-30 April 2019", "14 Juli"
    re.compile(rf"\b(?:{_WEEKDAY}{_THEN}{_TIME_OF_DAY}\s*,?\s*(?:\(\s*)?(?:tanggal\s+|tgl\.?\s+)?)?{_DAY}"
               rf"(?:\s*(?:[-–—]|s\.?d\.?|sampai|hingga)\s*(?P<d2>[0-3]?\d))?\s+"
               rf"(?P<mn>{_MONTH})\.?(?:\s+(?P<y>\d{{4}}))?\b\)?", re.I),
    # "Kamis (13/07/2023)", "Senin (29/04)", "Selasa, 29/8", "Jumat 14-7-2023"
    re.compile(rf"\b{_WEEKDAY}{_THEN}{_TIME_OF_DAY}\s*,?\s*\(?\s*{_DAY}"
               rf"(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?=\s*/))?\s*[/.-]\s*(?P<m>[01]?\d)(?!\d)"
               rf"(?:\s*[/.-]\s*(?P<y>\d{{4}}|\d{{2}})(?!\d))?\s*\)?", re.I),
    # "13/07/2023" without a weekday needs the year
    re.compile(rf"(?<![\d/]){_DAY}/(?P<m>[01]?\d)/(?P<y>\d{{4}})(?![\d/])"),
)


@lru_cache(maxsize=4096)
def _parse(span: str, base: date | None) -> date | None:
    import dateparser  # slow to import; only when a date is seen

    settings: dict[str, object] = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(span, languages=["id"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def _year(day: int, month: int, written: str | None, published: date | None) -> int | None:
    if written:
        year = int(written)
        return year + 2000 if year < 100 else year
    if published is None:
        return None
    # a day-month after the publication date most likely belongs to the year before
    if (month, day) > (published.month, published.day) and month - published.month > 6:
        return published.year - 1
    return published.year


def resolve(match: re.Match[str], published: date | None) -> tuple[date | None, bool]:
    """The start date of a matched span and whether its weekday contradicts it."""
    parts = match.groupdict()
    month = int(parts["m"]) if parts.get("m") else MONTHS[parts["mn"].lower()]
    day = int(parts["d"])
    year = _year(day, month, parts.get("y"), published)
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None, False
    found = _parse(f"{day:02d}/{month:02d}/{year}", published)
    weekday = (parts.get("wd") or "").lower().replace("’", "'")
    if found is None or not weekday:
        return found, False
    wanted = WEEKDAYS.get(weekday, found.weekday())
    if wanted != found.weekday() and not parts.get("y") and published and found > published:
        # a day after publication whose weekday fits the year before: news reports the past
        moved = _parse(f"{day:02d}/{month:02d}/{year - 1}", published)
        if moved is not None and moved.weekday() == wanted:
            return moved, False
    return found, wanted != found.weekday()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding white space, so a mention's text is text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_dates(text: str, published: date | None) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            iso, mismatch = resolve(match, published)
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
    state.mentions.extend(find_dates(state.text, state.published))  # type: ignore[arg-type]
