"""Publication dates: find, parse and check them, always in Asia/Jakarta.

Own patterns catch the common Indonesian shapes fast ("Jumat, 14 Juli 2023", "Senin, 29 April
2019 11:24 WIB", "14/07/2023", ISO); `dateparser` (languages=["id"]) handles the rest.
`check` rejects a date in the future and a silent YYYY-01-01 fallback.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "agst": 8,
    "ags": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"(?:[,\s|-]*(?:pukul\s*)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(?:wib|wita|wit)?)?"
TEXT_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\.?,?\s+(\d{{4}}){_TIME}", re.I)
NUM_DATE = re.compile(rf"\b(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}}){_TIME}")
ISO_DATE = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?"
)
_TZ_OFFSETS = {"wib": 7, "wita": 8, "wit": 9}


def _build(
    year: int, month: int, day: int, hour: str | None, minute: str | None
) -> datetime | None:
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0), tzinfo=JAKARTA)
    except ValueError:
        return None


def parse_iso(value: str) -> datetime | None:
    """An ISO-8601 stamp (meta tags, JSON-LD, <time datetime>) converted to Asia/Jakarta."""
    match = ISO_DATE.search(value or "")
    if not match:
        return None
    y, mo, d, h, mi, s, tz = match.groups()
    try:
        stamp = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    except ValueError:
        return None
    if not tz:
        return stamp.replace(tzinfo=JAKARTA)
    iso_tz = "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    return datetime.fromisoformat(stamp.isoformat() + iso_tz).astimezone(JAKARTA)


def parse_visible(text: str) -> tuple[datetime, str] | None:
    """The first full visible date in `text` with its matched span."""
    for pattern, order in ((TEXT_DATE, "dmy_name"), (NUM_DATE, "dmy"), (ISO_DATE, "iso")):
        match = pattern.search(text)
        if not match:
            continue
        if order == "iso":
            stamp = parse_iso(match.group(0))
        elif order == "dmy_name":
            d, mon, y, h, mi = match.groups()
            stamp = _build(int(y), MONTHS[mon.lower().rstrip(".")], int(d), h, mi)
        else:
            d, mo, y, h, mi = match.groups()
            stamp = _build(int(y), int(mo), int(d), h, mi)
        if stamp:
            return stamp, match.group(0)
    return parse_with_dateparser(text)


@lru_cache(maxsize=1)
def _dateparser():  # type: ignore[no-untyped-def]
    import dateparser  # slow import: only when the fast patterns found nothing

    return dateparser


_DP_SPAN = re.compile(r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)[^|\n]{0,40}\d{4}", re.I)


def parse_with_dateparser(text: str) -> tuple[datetime, str] | None:
    """dateparser on a span that looks like a full Indonesian date (never on running text)."""
    match = _DP_SPAN.search(text)
    if not match:
        return None
    span = match.group(0).replace("’", "'").replace("Jum'at", "Jumat")
    parsed = _dateparser().parse(
        span,
        languages=["id"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    if parsed is None:
        return None
    stamp = parsed.replace(tzinfo=JAKARTA) if parsed.tzinfo is None else parsed.astimezone(JAKARTA)
    return stamp, match.group(0)


def check(stamp: datetime, span: str, now: datetime | None = None) -> str | None:
    """Why `stamp` must not be used as a publication date, or None when it is plausible."""
    now = now or datetime.now(JAKARTA)
    if stamp > now + timedelta(days=1):
        return "future"
    if stamp.year < 1995:
        return "too_old"
    if (
        stamp.month == 1
        and stamp.day == 1
        and not re.search(r"\b0?1\b.{0,3}(jan|0?1\b)", span, re.I)
    ):
        return "year_start_fallback"
    return None
