from __future__ import annotations

from datetime import date

import pytest

import nlp
from tests.nlp.conftest import table


def _published(row: dict) -> date | None:
    return date.fromisoformat(row["published"]) if row["published"] else None


@pytest.mark.parametrize("row", table("dates"))
def test_dates_resolve_to_iso(row: dict) -> None:
    dates = nlp.extract(row["text"], published=_published(row)).as_output()["dates"]
    assert [(d["text"], d["iso"]) for d in dates] == [(row["span"], row["iso"])]


def test_dates_take_year_from_publication() -> None:
    dates = nlp.extract("Rapat Senin (29/04).", published=date(2019, 4, 30)).as_output()["dates"]
    assert dates[0]["iso"] == "2019-04-29"


def test_dates_without_year_or_publication_give_no_date() -> None:
    assert nlp.extract("Rapat Senin (29/04) di aula.").as_output()["dates"] == []


def test_dates_flag_weekday_contradicting_date() -> None:
    dates = nlp.extract("Rapat Kamis (10/7).", published=date(2024, 7, 11)).as_output()["dates"]
    assert dates == [{"text": "Kamis (10/7)", "iso": "2024-07-10", "weekday_mismatch": True}]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat 30 menit lagi.",
        "Skor 1/2 babak.",
        "Minggu lalu hujan.",
        "Tahun 2023 sukses.",
        # streets and venues named after a day
        "Kantornya di Jl. 17 Agustus nomor 3.",
        "Pengurus dilantik di Stadion 12 Oktober kota itu.",
    ],
)
def test_dates_ignore_non_dates(text: str) -> None:
    assert nlp.extract(text, published=date(2023, 5, 5)).as_output()["dates"] == []


@pytest.mark.parametrize(
    "text", ["Rapat Senin (4/3/2024) \n di aula.", "Rapat Kamis 7/3/2024 )", "Senin 1/1/10 Januari"]
)
def test_dates_mention_offsets_cut_exactly_their_text(text: str) -> None:
    for m in nlp.extract(text, published=date(2024, 3, 10)).mentions:
        assert text[m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(
    "text",
    [
        # 17/12 is a Wednesday in none of 2018-2023 (the stated years and two either side)
        "Program tahun 2020 dan 2021 dibahas Rabu (17/12) di aula.",
        # 17/12 is a Sunday in 2017 and in 2023, each a year from a stated one: no single year
        "Program tahun 2018 dibahas lagi tahun 2024, Minggu (17/12) di aula.",
        # a count is no year; a regulation's year bounds the event from below (11/1/2017 a Wednesday)
        "Sebanyak 2000 orang hadir Selasa (13/10) di alun-alun.",
        "Sesuai Perda Nomor 4 Tahun 2019, rapat digelar Rabu (11/1) di aula.",
        "Program tahun 2020 dan 2021 dibahas pada 14 Juli di aula.",  # two stated years, no weekday
    ],
)
def test_dates_without_publication_stay_unresolved_when_the_text_years_do_not_decide(
    text: str,
) -> None:
    assert nlp.extract(text).as_output()["dates"] == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # 11/12 is a Sunday in 2016 alone of the term's years (neither end year fits)
        ("Pengurus periode 2015-2020 dilantik Minggu (11/12) di aula.", "2016-12-11"),
        ("Masa bakti 2023 - 2027 dimulai Rabu (5/7) di balai desa.", "2023-07-05"),
    ],
)
def test_dates_without_publication_take_the_year_a_stated_term_pins(text: str, iso: str) -> None:
    assert [d["iso"] for d in nlp.extract(text).as_output()["dates"]] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # 25/5 is a Thursday in 2023, not in 2024 (the election prepared for) nor in 2025
        ("Persiapan Pemilu 2024 dibahas Kamis (25/5) di aula kantor.", "2023-05-25"),
        # 24/10/2017 was a Tuesday: the year after the regulation, never before it
        ("Sosialisasi Permendagri Nomor 57 Tahun 2017 digelar Rabu (24/10) di aula.", "2018-10-24"),
        # 17/11 is a Thursday in 2022 alone of 2022-2026
        (
            "Menghadapi Pemilu serentak tahun 2024, rakor digelar Kamis (17/11) di hotel.",
            "2022-11-17",
        ),
    ],
)
def test_dates_without_publication_take_the_one_year_next_to_a_stated_one_the_weekday_fits(
    text: str, iso: str
) -> None:
    assert [d["iso"] for d in nlp.extract(text).as_output()["dates"]] == [iso]


@pytest.mark.parametrize("text", ["Skor 12 Juara 2024 diumumkan.", "Ada 25 peserta 2023 hadir."])
def test_dates_words_near_a_year_are_not_misspelt_months(text: str) -> None:
    assert nlp.extract(text).as_output()["dates"] == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the text states 2019 and 2020; the date's own sentence states 2020 alone
        (
            "Program 2019 sudah selesai. Pilkada Kabupaten Contoh 2020 yang berlangsung pada "
            "23 September mendatang diharapkan lancar.",
            "2020-09-23",
        ),
        ("Tahun 2019 dibahas. Rapat pada 5 Mei di aula membahas rencana 2021.", "2021-05-05"),
        # 24 July is a Wednesday in 2013 and in 2024, both stated: the sentence's own year decides
        ("Ormas berdiri 2013. Rabu (24/7) digelar sosialisasi Tahun 2024 di aula.", "2024-07-24"),
    ],
)
def test_dates_without_publication_take_a_year_stated_in_their_sentence(
    text: str, iso: str
) -> None:
    assert [d["iso"] for d in nlp.extract(text).as_output()["dates"]] == [iso]


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("Deklarasi digelar Kamis (4/9/2205) di pendopo.", None, "2025-09-04"),  # 2025 a Thursday
        ("Deklarasi digelar Kamis (4/9/2205) di pendopo.", date(2025, 9, 6), "2025-09-04"),
        ("Rapat digelar Senin (3/3/2520) di aula.", None, "2025-03-03"),  # 2025 a Monday
    ],
)
def test_dates_with_a_misprinted_year_take_the_digits_order_their_weekday_fits(
    text: str, published: date | None, iso: str
) -> None:
    found = nlp.extract(text, published=published).as_output()["dates"]
    assert [d["iso"] for d in found] == [iso]


@pytest.mark.parametrize(
    ("text", "page_year", "iso"),
    [
        ("Audiensi digelar Selasa (30/5) di aula.", 2023, "2023-05-30"),  # a Tuesday in 2023
        ("Audiensi digelar pada 30 Mei di aula.", 2023, "2023-05-30"),
        # 30/5/2024 is a Thursday: the url's year does not fit, the text's year (2024) does not either
        ("Audiensi digelar Selasa (30/5) di aula.", 2024, None),
    ],
)
def test_dates_without_publication_take_the_pages_url_year_when_the_weekday_fits(
    text: str, page_year: int, iso: str | None
) -> None:
    one = nlp.extract(text, page_year=page_year).as_output()["dates"]
    [many] = list(nlp.extract_many([(text, None, None, page_year)]))
    assert [d["iso"] for d in one] == [d["iso"] for d in many.as_output()["dates"]]
    assert [d["iso"] for d in one] == ([iso] if iso else [])
