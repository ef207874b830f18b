"""Fragments that are not people, and places that sit inside other entities' names."""

from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu disampaikan dalam misa Keuskupan Amboina kemarin.",
        "Warga Nusa Tenggara menyambut baik program itu.",
        "Doa dipimpin Tgk. Kemudian acara dilanjutkan.",
        "Menurut Dt. warga sudah siap.",
    ],
)
def test_fragments_regions_dioceses_and_lone_honorifics_are_not_persons(text: str) -> None:
    people = nlp.extract(text).as_output()
    names = [p["name"] for p in people["persons"] + people["officials"]]
    assert not any(n in {"Keuskupan Amboina", "Nusa Tenggara", "Tgk", "Dt"} for n in names), names


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("Ketua PGI Wilayah Papua, Pdt. Yan Mandenas, berbicara.", "Papua"),
        ("Keuchik Gampong Lamteumen Timur, Tgk. Muhammad Yusuf, hadir.", "Lamteumen Timur"),
        ("Sinode GKI di Tanah Papua menggelar sidang.", "Papua"),
    ],
)
def test_fragments_places_inside_titles_and_org_names_are_not_places(
    text: str, not_place: str
) -> None:
    places = [p["name"] for p in nlp.extract(text).as_output()["places"]]
    assert not any(not_place in p for p in places), places


def test_fragments_lowercase_generic_titles_give_no_official() -> None:
    text = "Sebanyak 12 camat, lurah dan kepala desa mengikuti bimtek di kabupaten itu."
    assert nlp.extract(text).as_output()["officials"] == []


def test_fragments_listed_regions_between_commas_are_not_persons() -> None:
    text = "Bantuan disalurkan ke Sumba Barat, Sumba Timur, dan Sumba Tengah."
    assert nlp.extract(text).as_output()["persons"] == []


def test_fragments_nickname_with_a_title_is_not_a_new_official() -> None:
    out = nlp.extract(
        "Warga senang, kata Budi Santoso yang akrab disapa Kapolsek Budi itu."
    ).as_output()
    assert out["officials"] == [] and "Budi" not in [p["name"] for p in out["persons"]]


@pytest.mark.parametrize(
    "text", ["Rapat bersama Pemerintah Daerah", "Bantuan diserahkan kepada Pemerintah Kabupaten"]
)
def test_a_text_cut_after_an_organisation_prefix_is_extracted_without_error(text: str) -> None:
    assert nlp.extract(text, province="Jawa Barat").as_output() is not None
