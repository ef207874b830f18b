"""Name words printed with their honorifics or degrees glued on (fictional names)."""

from __future__ import annotations

import pytest

import nlp
from nlp.name_glue import drop_glued_degrees, name_word


@pytest.mark.parametrize(
    ("printed", "word"),
    [
        ("Wirawan.S.Sos.", "Wirawan"),
        ("Lestari.SP.ME", "Lestari"),
        ("Pattinama.S.STP.", "Pattinama"),
        ("Santoso.MM", "Santoso"),
    ],
)
def test_degrees_glued_after_a_name_word_are_dropped(printed: str, word: str) -> None:
    assert drop_glued_degrees(printed) == word


@pytest.mark.parametrize(
    "printed",
    ["M.D", "Abd.Salam", "Kesra.Dengan", "Jakarta.Demikian", "Ali.", "Hasan.Xyz"],
)
def test_words_after_a_dot_that_are_not_degrees_stay(printed: str) -> None:
    assert drop_glued_degrees(printed) == printed


def test_a_first_name_word_drops_a_glued_honorific_and_degrees() -> None:
    assert name_word("H.Wirawan", first=True) == "Wirawan"
    assert name_word("H.Wirawan", first=False) == "H.Wirawan"


def test_an_official_named_with_glued_degrees_is_named_without_them() -> None:
    text = "Rapat dipimpin Ketua DPRD Kabupaten Lebong Rudi Pattinama.S.Sos., lalu ditutup."
    names = [o["name"] for o in nlp.extract(text).as_output()["officials"]]
    assert names == ["Rudi Pattinama"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Polres diwakili Kabag Ops, Kompol Rudolf JH Siregar, menyatakan siap.",
            "Rudolf JH Siregar",
        ),
        (
            "Hadir pula Wakil Bupati Biak Numfor Yosua CR. Rumbiak memulai kunjungan.",
            "Yosua CR. Rumbiak",
        ),
    ],
)
def test_capital_initials_between_name_words_stay_in_the_name(text: str, name: str) -> None:
    names = [o["name"] for o in nlp.extract(text).as_output()["officials"]]
    assert names == [name]


def test_a_degree_between_a_name_and_the_next_title_is_not_an_initial() -> None:
    names = [
        o["name"]
        for o in nlp.extract("Hadir Sekda Budi Santoso SH Kepala Dinas.").as_output()["officials"]
    ]
    assert names == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hadir Kasat Intelkam Polres Donggala, AKP. Rusdi. Acara dibuka.", "Rusdi"),
        ("Hadir Kasdim 1714/PJ Mayor. Inf. Dwi Haryanto, dan tamu.", "Dwi Haryanto"),
    ],
)
def test_a_rank_printed_with_a_stop_still_opens_the_name(text: str, name: str) -> None:
    assert name in [o["name"] for o in nlp.extract(text).as_output()["officials"]]
