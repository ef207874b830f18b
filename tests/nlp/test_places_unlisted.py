"""Villages written with their village word that the gazetteer does not hold where the article is
(fictional sentences; "Sabe" and "Gura" are villages of other provinces in the data)."""

from __future__ import annotations

import pytest

import nlp

_NTB = "Nusa Tenggara Barat"


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["code"]) for p in nlp.extract(text, province=_NTB).as_output()["places"]]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Panen raya digelar di Desa Sabe, Kabupaten Lombok Tengah, kemarin.", "Desa Sabe"),
        (  # a name part written in lower case
            "Warga Desa Suka jaya, Kabupaten Lombok Tengah, menanam padi.",
            "Desa Suka jaya",
        ),
        (  # a district written after it without a comma is not part of its name
            "Tamu menginap di Desa Gura Praya, Kabupaten Lombok Tengah.",
            "Desa Gura",
        ),
    ],
)
def test_unlisted_village_with_its_village_word_is_a_place_without_code(
    text: str, village: str
) -> None:
    assert (village, None) in _places(text)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        (  # a programme, not a village's name anywhere
            "Program Desa Sadar Kerukunan diluncurkan di Kabupaten Lombok Tengah.",
            "Desa Sadar Kerukunan",
        ),
        (  # the village office is a venue
            "Rapat digelar di Kantor Desa Sabe, Kabupaten Lombok Tengah.",
            "Desa Sabe",
        ),
        (  # a village word in lower case before a programme's name
            "Pemerintah mendukung pembentukan desa Sabe di Kabupaten Lombok Tengah.",
            "Desa Sabe",
        ),
        (  # a longer run of capitalised words is another name
            "Lomba Desa Sabe Maju Bersama Jaya digelar di Kabupaten Lombok Tengah.",
            "Desa Sabe",
        ),
    ],
)
def test_village_word_before_other_names_is_no_place(text: str, not_a_place: str) -> None:
    assert not_a_place not in [name for name, _ in _places(text)]
