"""Command titles of the police and military (fictional names)."""

from __future__ import annotations

import pytest

import nlp
from nlp.lexicons.offices import CLOSED_OFFICES


@pytest.mark.parametrize(
    ("title", "unit"), [("Dandenpom", "Denpom"), ("Danposal", "Posal"), ("Kapolres", "Polres")]
)
def test_command_titles_are_closed_offices_of_their_unit(title: str, unit: str) -> None:
    assert any(o.title == title and o.unit == unit for o in CLOSED_OFFICES)


def test_a_naval_post_commander_before_a_name_is_an_official() -> None:
    text = "Dandim diwakili Pabum Amri, Danposal Deni Saputra, Ketua FKUB Abdullah."
    officials = nlp.extract(text).as_output()["officials"]
    assert ("Deni Saputra", "Danposal") in [(o["name"], o["role"]) for o in officials]


def test_commander_titles_in_a_list_are_not_names() -> None:
    text = "Hadir Forkopimda Bone, Dandenhub, Dandempom Bone, dan para camat."
    names = [o["name"] for o in nlp.extract(text).as_output()["officials"]]
    assert not any(n.startswith("Dan") for n in names)
