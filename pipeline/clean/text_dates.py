"""A text dump's publication date: where a page writes it, in order of trust.

1. a short date line between the headline and the body ("Berita | Jumat, 12 Juli 2019 - 03:38");
2. a line that says it is the publication ("Diterbitkan tanggal 3 Maret 2025 by admin",
   "Posted on 3 Maret 2025"), above or below the body;
3. a date alone on one of the last lines, under the article ("14 Agustus 2024");
   then the url's /YYYY/MM/DD/ or /YYYYMMDD/ (a date the CMS wrote);
4. a full date in the lede's dateline ("Muntok (30/11/2017) Diskominfo –"), or a day and month
   there with the only year the text names;
5. a short date line right above the headline, last: a site-wide "today" widget lives higher up.
Never a date inside the body (the event's date) and never a caption's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from pipeline.clean import date_lines, dates
from pipeline.clean.line_shapes import is_post_stamp

_MONTH_ALT = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
PUBLISHED_CUE = re.compile(
    r"^[\W_]*(diterbitkan|dipublikasikan|dipublish|diposting|diposkan|diunggah|ditayangkan|posted|published"
    r"|tanggal\s+(terbit|posting|publikasi)|terbit\s*[:\-])",
    re.I,
)
# When the page last changed the article, not when it published it.
_UPDATED = re.compile(
    r"^[\W_]*(diperbarui|diperbaharui|update[d]?|terakhir\s+(diubah|diperbarui)|last\s+updated)\b",
    re.I,
)
_CAPTION = re.compile(
    r"^[\W_]*(caption|keterangan|foto|photo|dok|dokumentasi|ilustrasi|tampak|terlihat)\b", re.I
)
# /2025/11/03/, /2025-11-03-slug, /20180515/, and a compact stamp opening an id ("/nw2017080907504358":
# date then a full hhmmss time). A compact date needs a valid month and day, and stands alone or
# before a whole time: other digit runs are ids ("/202002030005/": a date and a 4-digit counter).
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})(?:/(\d{1,2})/(\d{1,2})|-(\d{1,2})-(\d{1,2}))(?:[/_.-]|$)"
    r"|[/_-][a-z]{0,4}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[0-2]\d[0-5]\d[0-5]\d\d{0,4})?(?:[/_.-]|$)",
    re.I,
)
# Day first, as Indonesian portals write it: /15/10/2025/, /03-09-2025-slug
_URL_DMY = re.compile(
    r"/(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:/|$)|/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:[/_-]|$)"
)
_MDY = re.compile(
    rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I
)  # "December 16, 2014"
_DATELINE_DATE = re.compile(
    r"^[^–—]{0,60}?[(\s](\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
    rf"|\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}})\s*\)?[^–—]{{0,40}}[–—-]",
    re.I,
)
_PLACE_DATE = re.compile(
    rf"^[A-Z][\w ]{{1,30}},\s*(\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}})\s*\.\s", re.I
)
# "Bangil, Selasa (5/12/2023), Mewakili ...": a place, a weekday and a full date opening the lede
_PLACE_WEEKDAY_DATE = re.compile(
    r"^[A-Z][\w ]{1,30},\s*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*"
    r"\((\d{1,2}/\d{1,2}/\d{4})\)\s*[,.]\s",
    re.I,
)
_DATELINE_DAY_MONTH = re.compile(r"^[A-Z][^–—.]{0,50}?[\s(](\d{1,2})/(\d{1,2})\s*\)?\s*[–—-]")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_META_WORDS = 16  # longer lines are prose or captions: their dates are events
_EVENT_DATE = re.compile(
    r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*\(\s*\d", re.I
)
_SENTENCE_WORDS = 8
_BAR_FIELDS, _FIELD_WORDS = 3, 6
_DATE_OPENS = re.compile(rf"^(\S+\s+){{0,5}}\d{{1,2}}\s+({_MONTH_ALT})\s+\d{{4}}\b", re.I)
# No weekday: "Senin, 7 Desember 2026" alone at the foot of a page is the footer's clock.
_DATE_ONLY = re.compile(rf"^[\W_]*\d{{1,2}}\s+({_MONTH_ALT})\.?\s+\d{{4}}[\W_]*$", re.I)
# With a credit tag after it, a weekday date is the article's own ("Rabu, 4 Mei 2016 (Srf/Na)").
_DATE_CREDITED = re.compile(
    rf"^[\W_]*(\w+,?\s+)?\d{{1,2}}\s+({_MONTH_ALT})\.?\s+\d{{4}}\s*[(\[][^()\[\]]{{1,30}}[)\]]$",
    re.I,
)
# With a time, a weekday date is a post's stamp, not a clock ("- Senin, 25 Juli 2022 | 20:26 WIB")
_DATE_TIMED = re.compile(
    rf"^[\W_]*(\w+,?\s+)?\d{{1,2}}\s+({_MONTH_ALT})\.?\s+\d{{4}}\s*[|,-]?\s*(pukul\s*)?"
    r"\d{1,2}[:.]\d{2}\s*(wib|wita|wit)?[\W_]*$",
    re.I,
)
_LAST_LINES = (
    3  # a date alone on one of the text's last lines closes the article ("14 Agustus 2024")
)
_ABOVE_TITLE = (
    2  # lines right above the headline that may hold its date ("Berita Daerah | 3 Maret 2025")
)


def from_lines(
    lines: Iterable[str], now: datetime | None, flags: list[str], *, cued_only: bool = False
) -> datetime | None:
    """The first plausible date on a short metadata line (or only on cued lines). A longer line
    counts when the date opens it ("Humas Berita Utama 05 Februari 2024 26 kali <headline>")."""
    for line in lines:
        if _CAPTION.match(line) or _UPDATED.match(line) or not any(ch.isdigit() for ch in line):
            continue
        stamp_line = _is_bar(line) or is_post_stamp(line)  # "Diposting oleh A pada <date>."
        if len(line.split()) > _META_WORDS and not _DATE_OPENS.match(line) and not stamp_line:
            continue
        cued = bool(PUBLISHED_CUE.match(line))
        if cued_only and not cued:
            continue
        if not cued and not stamp_line and _is_caption_like(line):
            continue
        if stamp := _checked(line, now, flags):
            return stamp
    return None


def _is_bar(line: str) -> bool:
    """Short fields between bars ("Oleh: Admin | Senin, 3 Maret 2025 | Dibaca: 120 kali | ..."):
    a metadata line however long, not prose."""
    fields = line.split(" | ")
    return len(fields) >= _BAR_FIELDS and all(len(f.split()) <= _FIELD_WORDS for f in fields)


def _is_caption_like(line: str) -> bool:
    """A sentence with an event date ("Bupati menyerahkan bantuan, Senin (3/3/2025).") is a caption."""
    return bool(_EVENT_DATE.search(line)) or (
        len(line.split()) >= _SENTENCE_WORDS and line.endswith(".")
    )


def _checked(line: str, now: datetime | None, flags: list[str]) -> datetime | None:
    hit = dates.parse_visible(line) or _month_first(line)
    if hit is None:
        return None
    stamp, span = hit
    problem = dates.check(stamp, span, now)
    if problem:
        flags.append(f"date_rejected:{problem}")
        return None
    return stamp


def _month_first(line: str) -> tuple[datetime, str] | None:
    match = _MDY.search(line)
    if match is None:
        return None
    month, day, year = match.groups()
    try:
        return datetime(
            int(year), dates.MONTHS[month.lower()], int(day), tzinfo=dates.JAKARTA
        ), match.group(0)
    except ValueError:
        return None


def from_dateline(lede: str, now: datetime | None, flags: list[str]) -> datetime | None:
    """A full date inside the lede's dateline ("Muntok (30/11/2017) Diskominfo – ...", "Mamuju,
    24 November 2025. Siang itu ...", "Bangil, Selasa (5/12/2023), ..."): when the report was filed
    (README clarification 8), not an event the body tells of."""
    match = _DATELINE_DATE.match(lede) or _PLACE_DATE.match(lede) or _PLACE_WEEKDAY_DATE.match(lede)
    if match is None:
        found = date_lines.place_date(lede)
        return _checked(found, now, flags) if found else None
    return _checked(re.sub(r"\s*/\s*", "/", match.group(1)), now, flags)


def from_yearless_dateline(
    lede: str, body: str, now: datetime | None, flags: list[str]
) -> datetime | None:
    """A day and month in the dateline ("Bengkulu (Humas) 10/7- ...") with the one year the text
    names: with two years in the text, which one is meant is a guess, so none is given."""
    match = _DATELINE_DAY_MONTH.match(lede)
    years = set(_YEAR.findall(body))
    if match is None or len(years) != 1:
        return None
    day, month = match.groups()
    return _checked(f"{day}/{month}/{years.pop()}", now, flags)


def closing_date(
    lines: list[str], body_start: int, now: datetime | None, flags: list[str]
) -> datetime | None:
    """A date alone on one of the last lines, the only such line after the body: the page's date
    under its article. Several are a list of other posts, each under its date."""
    alone = [
        i
        for i in range(body_start + 1, len(lines))
        if _DATE_ONLY.match(lines[i])
        or _DATE_CREDITED.match(lines[i])
        or _DATE_TIMED.match(lines[i])
    ]
    if len(alone) != 1 or alone[0] < len(lines) - _LAST_LINES:
        return None
    return _checked(lines[alone[0]], now, flags)


_URL_YEAR = re.compile(r"/((?:19[5-9]|20[0-4])\d)(?:/|$)")


def url_year(url: object) -> int | None:
    """ "https://site.id/news/2023/..." -> 2023: a url path's year segment. It gives no publication
    date, but may resolve a day-month date in the body (real corpus README, clarification 8)."""
    match = _URL_YEAR.search(url) if isinstance(url, str) else None
    return int(match.group(1)) if match else None


def from_url(url: str | None, now: datetime | None) -> datetime | None:
    match = _URL_DATE.search(url or "")
    if match is not None:
        parts = [part for part in match.groups() if part]
    elif dmy := _URL_DMY.search(url or ""):  # day first: reorder as year, month, day
        parts = [part for part in dmy.groups() if part]
        parts = [parts[2], parts[1], parts[0]]
    else:
        return None
    year, month, day = (int(part) for part in parts)
    try:
        stamp = datetime(year, month, day, tzinfo=dates.JAKARTA)
    except ValueError:
        return None
    return None if dates.check(stamp, "-".join(parts), now) else stamp


def published(
    lines: list[str],
    title: int | None,
    body_start: int,
    url: str | None,
    now: datetime | None,
    flags: list[str],
) -> tuple[datetime | None, str | None]:
    """(date, source) for a dump whose headline is line `title` and whose body starts at `body_start`."""
    lines = date_lines.without_widget_dates(lines)
    under_title = lines[title + 1 : body_start] if title is not None else []
    top = title if title is not None else body_start
    above_title = lines[
        max(0, top - _ABOVE_TITLE) : top
    ]  # a "today" widget sits higher, in the page's top bar
    if title is None:  # the date line nearest above the body stands for the one under a headline
        under_title = date_lines.near_body(lines, body_start)
    if stamp := from_lines(date_lines.bylines(under_title), now, flags):
        return stamp, "text"
    if (stamp := from_lines(under_title, now, flags)) and (
        title is not None or not _is_today(stamp, now)
    ):
        return stamp, "text"
    if stamp := from_lines(lines, now, flags, cued_only=True):
        return stamp, "text"
    if (stamp := closing_date(lines, body_start, now, flags)) and not _is_today(stamp, now):
        return stamp, "text"
    if stamp := from_url(url, now):
        return stamp, "url"
    lede = lines[body_start] if body_start < len(lines) else ""
    body = "\n".join(lines[body_start:])
    if stamp := from_dateline(lede, now, flags) or from_yearless_dateline(lede, body, now, flags):
        return stamp, "text"
    if (stamp := from_lines(above_title, now, flags)) and not _is_today(stamp, now):
        return stamp, "text"
    return None, None


def _is_today(stamp: datetime, now: datetime | None) -> bool:
    """Where a "today" widget may sit, today's date is the widget's, not the article's."""
    return stamp.date() == (now or datetime.now(dates.JAKARTA)).astimezone(dates.JAKARTA).date()
