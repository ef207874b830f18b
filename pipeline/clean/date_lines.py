"""Publication-date shapes a text dump prints around its headline, kept apart from `text_dates`.

- a byline that names the writer and the post's stamp on one line ("Oleh Humas Contoh, Jumat, 18 Juli
  2025 | 07:51 WIB - Redaktur: ...", "Admin Contoh | 04 Mei 2025", "By : Budi - 06 Februari 2017"):
  it outranks a bare date line beside it, which may be the page's later "validated" stamp;
- with no headline found, the date line nearest above the body (menus, a "today" widget and the
  site's name sit higher; a caption and an "ADVERTISEMENT" may sit between);
- a lede opening with a place and a full date, whatever follows ("Sukamaju, 03 Februari 2026
  Forum ..."), but not a sentence that opens with a weekday or "Pada" (an event's day);
- the same with the date in brackets and in figures, no dash needed after it ("Sukamaju (2/9/2020)
  Komisi ...", "Kota Baru, ( 24/12/2023) Wali ..."), or behind the site's name and a slash
  ("Sukamaju, ppid.contoh.go.id/3 Maret 2026 – ...");
- never the date of a weather widget in the page's top bar (a temperature, the city, today's date:
  "28.7 C" / "Sukamaju" / "Selasa, 13 Mei 2025"): it is the day the page was fetched.
"""

from __future__ import annotations

import re

from pipeline.clean import dates

_MONTH_ALT = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
# Writer cues: the line is a byline, so its date is the post's own.
BYLINE = re.compile(
    r"^[\W_]*(oleh|by|penulis|ditulis\s+oleh|reporter|pewarta|admin|editor)\b\s*:?\s*\S", re.I
)
# Lines looked at above the body when no headline was found: the metadata block's usual depth.
NEAR_BODY = 8
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|pada|hari)"
_PLACE_DATE_LEDE = re.compile(
    rf"^(?!{_WEEKDAY}\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}},\s*"
    rf"(\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{4}})(?:\s*[.:–—-]\s|\s+[A-Z])",
    re.I,
)

_PLACE = r"[A-Z][\w.]*(?:(?:\s+|-)[A-Z][\w.]*){0,3}"
_PLACE_FIGURES_LEDE = re.compile(
    rf"^(?!{_WEEKDAY}\b){_PLACE},?\s*\(\s*(\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*\)"
)
_PLACE_SITE_DATE_LEDE = re.compile(
    rf"^(?!{_WEEKDAY}\b){_PLACE},\s*[a-z0-9-]+(?:\.[a-z0-9-]+)+\s*/\s*"
    rf"(\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{4}})\b",
    re.I,
)

# A weather widget's temperature; the widget's date follows it within `_WIDGET_LINES` lines, with
# at most the city's name between ("28.7 C" / "Sukamaju" / "Selasa, 13 Mei 2025").
_TEMPERATURE = re.compile(r"^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$")
_WIDGET_LINES = 3
_CITY_WORDS = 3  # a widget's city: "Kota Sukamaju"; a longer line means the widget has ended
_WIDGET_DATE_WORDS = 6  # a widget's bare date: "Selasa, 13 Mei 2025 08:15"


def without_widget_dates(lines: list[str]) -> list[str]:
    """`lines` with a weather widget's date blanked (same indices): the first bare date line under a
    temperature, when only a short city name stands between them. A byline, a headline or prose
    under a lone temperature (a figure in a table) ends the widget and keeps its date."""
    blanked = list(lines)
    for index, line in enumerate(lines):
        if not _TEMPERATURE.match(line):
            continue
        for below in range(index + 1, min(index + 1 + _WIDGET_LINES, len(lines))):
            words = len(lines[below].split())
            if dates.TEXT_DATE.search(lines[below]) or dates.NUM_DATE.search(lines[below]):
                if words <= _WIDGET_DATE_WORDS and not BYLINE.match(lines[below]):
                    blanked[below] = ""
                break
            if words > _CITY_WORDS:
                break
    return blanked


def near_body(lines: list[str], body_start: int) -> list[str]:
    """The lines right above the body, nearest first: where a page without a found headline
    prints its date line."""
    return lines[max(0, body_start - NEAR_BODY) : body_start][::-1]


# A byline may carry the last change instead ("Oleh Admin | Diperbarui 9 Maret 2025").
_UPDATE_CUE = re.compile(r"\b(diperbaru?i|diperbaharui|updated?|terakhir\s+diubah)\b", re.I)


def bylines(lines: list[str]) -> list[str]:
    return [line for line in lines if BYLINE.match(line) and not _UPDATE_CUE.search(line)]


def place_date(lede: str) -> str | None:
    """ "Sukamaju, 03 Februari 2026 Forum ..." -> "03 Februari 2026"; "Sukamaju (2/9/2020) ..."
    -> "2/9/2020"."""
    match = (
        _PLACE_DATE_LEDE.match(lede)
        or _PLACE_FIGURES_LEDE.match(lede)
        or _PLACE_SITE_DATE_LEDE.match(lede)
    )
    # a weekday anywhere before the date makes it an event's day ("Sukamaju - Kamis (2/9/2020)")
    if match is None or re.search(rf"\b{_WEEKDAY}\b", lede[: match.start(1)], re.I):
        return None
    return match.group(1)
