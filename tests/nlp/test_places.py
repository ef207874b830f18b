from __future__ import annotations

import pytest

import nlp
from tests.nlp.conftest import table


@pytest.mark.parametrize("row", table("places"))
def test_places_link_to_region_codes(row: dict) -> None:
    places = nlp.extract(row["text"], province=row["province"]).as_output()["places"]
    assert {"name": row["name"], "level": row["level"], "code": row["code"]} in [
        {k: p[k] for k in ("name", "level", "code")} for p in places
    ]


def test_places_prefers_city_when_kota_precedes() -> None:
    places = nlp.extract("Rapat di Kota Tangerang.").as_output()["places"]
    assert [p["code"] for p in places] == ["36.71"]


def test_places_article_province_breaks_ties() -> None:
    # "Cibeber" is a district in several regencies; the article's province picks one
    text = "Warga Kecamatan Cibeber ikut pelatihan."
    banten = nlp.extract(text, province="Banten").as_output()["places"]
    jabar = nlp.extract(text, province="Jawa Barat").as_output()["places"]
    assert banten[0]["code"].startswith("36.") and jabar[0]["code"].startswith("32.")


def test_places_villages_only_after_prefix() -> None:
    # "Sukamaju" is the name of many villages: without "Desa" it is not a place
    assert nlp.extract("Tim Sukamaju menang lomba.").as_output()["places"] == []


def test_places_inside_official_and_organisation_names_are_not_places() -> None:
    text = "Bupati Serang Ratna Dewi hadir bersama Pemkab Serang dan Polres Serang."
    assert nlp.extract(text).as_output()["places"] == []


def test_places_each_region_listed_once() -> None:
    text = "Ormas di Kabupaten Lebak dan warga Lebak hadir. LEBAK juga disebut."
    assert [p["code"] for p in nlp.extract(text).as_output()["places"]] == ["36.02"]


def test_places_in_street_and_venue_names_are_not_places() -> None:
    text = "Kegiatan berlangsung di Jalan Raya Serang KM 5, dekat Hotel Bandung Permai."
    assert nlp.extract(text).as_output()["places"] == []


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        (
            "Rakor ormas se-Kalteng digelar. Warga Kalimantan Tengah hadir.",
            "Kalimantan Tengah",
            ["Kalteng"],
        ),
        (
            "PALANGKA RAYA – Warga Kota Palangka Raya hadir.",
            "Kota Palangkaraya",
            ["PALANGKA RAYA", "Kota Palangka Raya"],
        ),
        # a city's everyday name: Solo is Kota Surakarta
        ("Rombongan tiba di Kota Solo siang itu.", "Kota Surakarta", ["Kota Solo"]),
    ],
)
def test_places_keep_written_forms_as_aliases(text: str, name: str, aliases: list[str]) -> None:
    place = next(p for p in nlp.extract(text).as_output()["places"] if p["name"] == name)
    assert place["aliases"] == aliases


def test_places_written_as_named_have_no_aliases() -> None:
    assert "aliases" not in nlp.extract("Rapat di Kota Tangerang.").as_output()["places"][0]


@pytest.mark.parametrize("row", table("not_places"))
def test_places_inside_names_lists_of_peoples_and_idioms_are_not_places(row: dict) -> None:
    places = nlp.extract(row["text"], province=row.get("province")).as_output()["places"]
    assert not any(row["not_place"] in p["name"] for p in places), places


@pytest.mark.parametrize(
    "text",
    [
        "Ormas di Indonesia terus tumbuh.",
        "Di Indonesia ormas terus tumbuh.",
        "Warga Karangasem hadir di balai desa.",
        # a budget, an anniversary or an index names no body: the region after it stands alone
        "Hibah itu bersumber dari APBD Kabupaten Lebak tahun ini.",
        "Warga merayakan HUT Kota Serang ke-17.",
        # an office word needs its own case or "Wali": "di daerah" and "pemuda" head no office
        "Ormas pemuda se-Kabupaten Lebak berkumpul.",
    ],
)
def test_places_standing_alone_are_still_places(text: str) -> None:
    assert nlp.extract(text).as_output()["places"]


def test_places_capital_town_is_listed_apart_from_its_regency() -> None:
    text = "TONDANO – Bantuan diserahkan kepada gereja di Kabupaten Minahasa."
    names = [p["name"] for p in nlp.extract(text).as_output()["places"]]
    assert names == ["Tondano", "Kabupaten Minahasa"]


def test_places_lake_named_after_a_town_is_not_a_place() -> None:
    assert (
        nlp.extract("Warga membersihkan eceng gondok di Danau Tondano.").as_output()["places"] == []
    )


def test_places_island_inside_a_region_name_is_not_listed_again() -> None:
    names = [
        p["name"]
        for p in nlp.extract("Rapat digelar di Provinsi Jawa Tengah kemarin.").as_output()["places"]
    ]
    assert names == ["Jawa Tengah"]


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        (
            "Warga Kapanewon Ngaglik, Kabupaten Sleman, ikut kerja bakti.",
            "Kapanewon Ngaglik",
            "district",
        ),
        (
            "Posko dibuka di Kalurahan Sinduharjo, Kabupaten Sleman.",
            "Kalurahan Sinduharjo",
            "village",
        ),
    ],
)
def test_places_keep_yogyakartas_own_level_words(text: str, name: str, level: str) -> None:
    # since 2019 Yogyakarta calls a kecamatan "kapanewon" and a desa "kalurahan": names keep them
    places = nlp.extract(text, province="Daerah Istimewa Yogyakarta").as_output()["places"]
    assert {"name": name, "level": level} in [{k: p[k] for k in ("name", "level")} for p in places]


@pytest.mark.parametrize("hall", ["Paseban", "Bangsal", "Sasana"])
def test_places_closing_a_traditional_halls_name_are_not_places(hall: str) -> None:
    # a hall named after a town ("Paseban Sri Serang") is a venue, like "Aula" or "Pendopo"
    text = f"Rapat koordinasi digelar di {hall} Sri Serang, Senin."
    assert nlp.extract(text).as_output()["places"] == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Harga naik karena ketegangan politik Rusia dan Ukraina.", "Rusia"),
        ("Penanganan pekerja migran di Hongkong menjadi pelajaran.", "Hongkong"),
        ("Delegasi itu belajar dari pengalaman di Jepang.", "Jepang"),
    ],
)
def test_places_abroad_standing_alone_are_places(text: str, country: str) -> None:
    places = nlp.extract(text).as_output()["places"]
    assert {"name": country, "level": "other"} in [
        {k: p[k] for k in ("name", "level")} for p in places
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pengurus bertemu Duta Besar Jepang di kantornya.",  # inside an office's name
        "Rapat digelar di Hotel Greenland Tobelo.",  # a CLDR name that is a venue here
    ],
)
def test_places_abroad_inside_names_are_not_places(text: str) -> None:
    assert not [p for p in nlp.extract(text).as_output()["places"] if p["level"] == "other"]
