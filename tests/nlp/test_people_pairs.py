"""A head-and-deputy office pair before two names (nlp.components.people_pairs). Fictional text."""

from __future__ import annotations

import pytest

import nlp
from nlp.components.people_pairs import split_pair
from nlp.names import parse_name
from nlp.words import words


def _offices(text: str) -> dict[str, str]:
    return {o["name"]: o["role"] for o in nlp.extract(text).as_output()["officials"]}


@pytest.mark.parametrize(
    ("text", "head", "deputy"),
    [
        (
            "Syukuran pelantikan Bupati dan Wakil Bupati Sleman H. Darma Wijaya, S.Sos dan "
            "Fikri Ramadhan, S.T periode 2025-2030 digelar di pendopo.",
            "Darma Wijaya",
            "Fikri Ramadhan",
        ),
        (
            "Program itu sejalan dengan visi Gubernur dan Wakil Gubernur Bengkulu, Rasyid Tanjung "
            "dan Wagub Melati Suryani, khususnya di bidang pendidikan.",
            "Rasyid Tanjung",
            "Melati Suryani",
        ),
        (
            "Agenda itu masuk program 100 hari kerja Bupati dan Wakil Bupati Nabire Yosias "
            "Tebai-Markus Wonda.",
            "Yosias Tebai",
            "Markus Wonda",
        ),
    ],
)
def test_pair_of_offices_gives_the_first_name_the_head_and_the_second_the_deputy(
    text: str, head: str, deputy: str
) -> None:
    offices = _offices(text)
    assert offices.get(head) in {"Bupati", "Gubernur"}
    assert offices.get(deputy, "").startswith(("Wakil", "Wagub"))


def test_pair_of_offices_without_names_records_no_one() -> None:
    assert _offices("Pelantikan Bupati dan Wakil Bupati Sleman digelar pekan depan.") == {}


def test_split_pair_needs_capitalised_words_on_both_sides_of_the_dash() -> None:
    ws = words("Rina Kapitan-Lumenta hadir.")
    name = parse_name(ws, 0)
    assert name is not None
    first, second = split_pair(ws, name)
    assert second is None and first == name  # a double surname, not two people
