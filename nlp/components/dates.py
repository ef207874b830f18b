"""Day-precise date expressions -> ISO dates.

Spans are found with our own patterns (dateparser's `search_dates` returns junk on running text);
each span is then normalised by `dateparser.parse` with the publication date as the base."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from nlp.lexicons.dates import MONTHS, WEEKDAYS
from nlp.mention import DATE, Mention
from nlp.state import state_of

_WEEKDAY = r"(?P<wd>senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)"
_PATTERNS = (
    # "Kamis (13/07/2023)", "Senin (29/04)", "Selasa, 29/8", "Jumat 14-7-2023"
    re.compile(rf"\b{_WEEKDAY}\s*,?\s*\(?\s*{_DAY}\s*[/.-]\s*(?P<m>[01]?\d)"
               rf"(?:\s*[/.-]\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)?", re.I),
    # "(Kamis, 31 Agustus 2017)", "kamis tanggal 31 Agustus 2017", "29-30 April 2019", "14 Juli"
    re.compile(rf"\b(?:{_WEEKDAY}\s*,?\s*(?:\(\s*)?(?:tanggal\s+|tgl\.?\s+)?)?{_DAY}"
               rf"(?:\s*(?:[-–—]|s\.?d\.?|sampai|hingga)\s*(?P<d2>[0-3]?\d))?\s+"
               rf"(?P<mn>{_MONTH})\.?(?:\s+(?P<y>\d{{4}}))?\b\)?", re.I),
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
    return found, WEEKDAYS.get(weekday, found.weekday()) != found.weekday()


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
            span = text[start:end].strip()
            if span.endswith(")") and "(" not in span:
                span, end = span[:-1].rstrip(), end - 1
            taken.append((start, end))
            flags = ["weekday_mismatch"] if mismatch else []
            found.append(Mention(DATE, start, end, span, iso.isoformat(), flags=flags))
    return sorted(found, key=lambda m: m.start)


@Language.factory("pantau_dates_v1")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()


class DatesComponent:
    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.mentions.extend(find_dates(state.text, state.published))  # type: ignore[arg-type]
        return doc
