"""Publication dates: Indonesian shapes parsed in Asia/Jakarta; implausible dates refused."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.clean import dates
from pipeline.clean.dates import JAKARTA
from pipeline.clean.text_dates import url_year
from tests.pipeline.clean.corpus import NOW


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Jumat, 14 Juli 2023", datetime(2023, 7, 14, tzinfo=JAKARTA)),
        (
            "Senin, 29 April 2019 11:24 WIB | Dibaca : 540",
            datetime(2019, 4, 29, 11, 24, tzinfo=JAKARTA),
        ),
        ("13 Agu 2024", datetime(2024, 8, 13, tzinfo=JAKARTA)),
        ("Rabu, 4 November 2015 | 21:04 WIB", datetime(2015, 11, 4, 21, 4, tzinfo=JAKARTA)),
        ("Selasa, 23/02/2016 15:32 WIB", datetime(2016, 2, 23, 15, 32, tzinfo=JAKARTA)),
        ("Diposting 2024-03-12", datetime(2024, 3, 12, tzinfo=JAKARTA)),
        ("Jum'at, 7 Juni 2024", datetime(2024, 6, 7, tzinfo=JAKARTA)),
    ],
)
def test_visible_indonesian_dates_parse_in_jakarta_time(text, expected):
    parsed = dates.parse_visible(text)
    assert parsed is not None
    assert parsed[0] == expected


def test_iso_stamp_with_an_offset_is_converted_to_jakarta():
    assert dates.parse_iso("2024-03-12T03:15:00Z") == datetime(2024, 3, 12, 10, 15, tzinfo=JAKARTA)


def test_text_without_a_full_date_gives_none():
    assert dates.parse_visible("Dibaca 540 kali, 30 menit yang lalu") is None


@pytest.mark.parametrize(
    "stamp,span,problem",
    [
        (datetime(2027, 5, 1, tzinfo=JAKARTA), "1 Mei 2027", "future"),
        (datetime(2024, 1, 1, tzinfo=JAKARTA), "2024", "year_start_fallback"),
        (datetime(1970, 6, 1, tzinfo=JAKARTA), "1 Juni 1970", "too_old"),
    ],
)
def test_implausible_publication_dates_are_refused(stamp, span, problem):
    assert dates.check(stamp, span, NOW) == problem


def test_an_explicit_new_year_date_is_accepted():
    assert dates.check(datetime(2024, 1, 1, tzinfo=JAKARTA), "Senin, 1 Januari 2024", NOW) is None


@pytest.mark.parametrize(
    "url,year",
    [
        ("https://contoh.go.id/berita/2024/kabar-desa", 2024),
        ("https://contoh.id/2019/", 2019),
        ("https://contoh.id/berita/12345/kabar", None),
        ("https://contoh.id/berita/kabar-2024-desa", None),
        (None, None),
    ],
)
def test_a_url_path_segment_that_is_a_year_gives_the_page_year(
    url: str | None, year: int | None
) -> None:
    assert url_year(url) == year
