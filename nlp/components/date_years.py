"""The years a text states, for a day-month date printed without one and with no publication date.

CONVENTIONS.md resolves such a date from the years the text points to; the annotators' practice
(README clarification 15) also takes the one year next to a stated year on which the weekday
falls: "Kamis (25/5)" in a text preparing for "Pemilu 2024" is 2023-05-25, "Rabu (24/10)" after a
"Permendagri Nomor 56 Tahun 2017" is 2018 (24/10/2017 was a Tuesday). Counts ("2000 orang") state
no year; a regulation's year only bounds the event from below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nlp.lexicons.dates import COUNTED_AFTER_A_NUMBER, REGULATION_YEAR

YEAR = r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]\d)"
YEAR_IN_TEXT = re.compile(YEAR)
_COUNTED = re.compile(rf"({YEAR})\s+([a-z]+)\b", re.I)
_REGULATION = re.compile(rf"{REGULATION_YEAR}({YEAR})", re.I)
# "periode 2015-2020", "masa bakti 2023 - 2027": a term states each year in it (README clarification 15)
_TERM = re.compile(rf"({YEAR})\s*[-–/]\s*({YEAR})")
TERM_MAX_YEARS = 10
YEAR_REACH = 2  # an election "2024" is prepared for in 2022 and 2023


@dataclass(frozen=True, slots=True)
class StatedYears:
    years: tuple[int, ...] = ()  # every year the text states, counts left out
    floor: int | None = None  # the latest year of a cited regulation: the event is not before it


NO_YEARS = StatedYears()


def stated_years(text: str) -> StatedYears:
    """The distinct years a text states ("2019", "periode 2024-2027"); a term states every year
    from its first to its last; a number counting things is no year."""
    counts = {m.start(1) for m in _COUNTED.finditer(text) if m[2].lower() in COUNTED_AFTER_A_NUMBER}
    years = {int(m[0]) for m in YEAR_IN_TEXT.finditer(text) if m.start() not in counts}
    for first, last in ((int(a), int(b)) for a, b in _TERM.findall(text)):
        if 0 < last - first <= TERM_MAX_YEARS:
            years.update(range(first, last + 1))
    laws = [int(y) for y in _REGULATION.findall(text)]
    return StatedYears(tuple(sorted(years)), max(laws) if laws else None)


def fits(year: int, month: int, day: int, weekday: int | None) -> bool:
    try:
        found = date(year, month, day)
    except ValueError:
        return False
    return weekday is None or found.weekday() == weekday


def year_next_to(day: int, month: int, weekday: int, stated: StatedYears) -> int | None:
    """When no stated year fits the weekday: the one year nearest a stated year that does, not
    before a cited regulation's year; None when two are as near or none is within reach."""
    for reach in range(1, YEAR_REACH + 1):
        near = {y + s for y in stated.years for s in (-reach, reach)} - set(stated.years)
        if stated.floor is not None:
            near = {y for y in near if y > stated.floor}
        found = sorted(y for y in near if fits(y, month, day, weekday))
        if found:
            return found[0] if len(found) == 1 else None
    return None
