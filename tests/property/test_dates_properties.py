"""Properties of the date normaliser (nlp.components.dates.find_dates)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

dates_mod = pytest.importorskip("nlp.components.dates")
find_dates = dates_mod.find_dates

MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
TOKENS = [
    *MONTHS_ID,
    *WEEKDAYS_ID,
    "(",
    ")",
    "/",
    "-",
    ",",
    ".",
    "tanggal",
    "sampai",
    "s.d.",
    "pukul",
    "WIB",
    "rapat",
    "di",
    "Kantor",
    "Jum'at",
    "Jum’at",
    " ",
    "\n",
    "20233",
    "0000",
    "31",
    "45",
    "13",
]

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
published_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
event_dates = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))
numeric = st.builds(
    lambda d, m, y, form: form.format(d=d, m=m, y=y),
    st.integers(0, 40),
    st.integers(0, 15),
    st.integers(0, 30000),
    st.sampled_from(
        ["{d}/{m}", "{d}/{m}/{y}", "({d}/{m}/{y})", "{d}-{m}-{y}", "({d}/{m})", "{d}.{m}.{y}"]
    ),
)
soup = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.integers(0, 99999).map(str), numeric), max_size=30
).map(" ".join)


def _weekday(d: date) -> str:
    return WEEKDAYS_ID[d.weekday()]


@FAST
@given(text=st.one_of(soup, st.text(max_size=200)), published=st.none() | published_dates)
def test_dates_never_crash_and_give_calendar_dates(text: str, published: date | None) -> None:
    for mention in find_dates(text, published):
        date.fromisoformat(mention.normalized)  # always a real calendar date
        assert mention.start < mention.end


@FAST
@given(text=soup, published=st.none() | published_dates)
def test_dates_span_offsets_match_mention_text(text: str, published: date | None) -> None:
    for mention in find_dates(text, published):
        assert text[mention.start : mention.end] == mention.text


@FAST
@given(d=event_dates, published=st.none() | published_dates, with_weekday=st.booleans())
def test_dates_full_written_date_round_trips(
    d: date, published: date | None, with_weekday: bool
) -> None:
    prefix = f"{_weekday(d)}, " if with_weekday else ""
    text = f"Rapat digelar {prefix}{d.day} {MONTHS_ID[d.month - 1]} {d.year} di aula."
    found = find_dates(text, published)
    assert [m.normalized for m in found] == [d.isoformat()]


@FAST
@given(d=event_dates, published=st.none() | published_dates)
def test_dates_numeric_with_weekday_round_trips(d: date, published: date | None) -> None:
    text = f"Kegiatan berlangsung {_weekday(d)} ({d.day:02d}/{d.month:02d}/{d.year})."
    found = find_dates(text, published)
    assert [m.normalized for m in found] == [d.isoformat()]
    assert "weekday_mismatch" not in found[0].flags


@FAST
@given(published=published_dates, back=st.integers(0, 300))
def test_dates_missing_year_resolves_near_publication(published: date, back: int) -> None:
    """A day-month without a year lands within a year before and a few months after publication."""
    d = published - timedelta(days=back)
    text = f"Hal itu disampaikan {_weekday(d)} ({d.day}/{d.month})."
    found = find_dates(text, published)
    assert len(found) == 1
    resolved = date.fromisoformat(found[0].normalized)
    assert (resolved.month, resolved.day) == (d.month, d.day)
    assert published - timedelta(days=366) <= resolved <= published + timedelta(days=215)


@FAST
@given(d=event_dates)
def test_dates_missing_year_without_publication_gives_nothing(d: date) -> None:
    """Never today's year by accident: no publication date, no year, no date."""
    assert find_dates(f"Acara pada {_weekday(d)} ({d.day}/{d.month}).", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2023",
        "Kamis (45/13)",
        "Rabu, 30 Februari 2024",
        "Senin (31/04/2023)",
        "00/00/0000",
        "Selasa (29/02/2023)",
    ],
)
@pytest.mark.parametrize("published", [None, date(2023, 7, 14)])
def test_dates_impossible_calendar_dates_are_not_invented(
    text: str, published: date | None
) -> None:
    assert [m.normalized for m in find_dates(text, published)] == []
