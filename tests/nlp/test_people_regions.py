"""A region's name read as a person's name after a title (fictional text)."""

from __future__ import annotations

import pytest

import nlp
from nlp.components.people_regions import drop_region_names
from nlp.mention import OFFICIAL, PERSON, DocState, Mention
from nlp.words import words


def _state(text: str) -> DocState:
    return DocState(text=text, words=words(text))


@pytest.mark.parametrize(("kind", "name"), [(OFFICIAL, "Lampung Barat"), (PERSON, "Jakarta Timur")])
def test_a_name_that_is_a_region_of_two_words_is_dropped(kind: str, name: str) -> None:
    text = f"Acara dibuka oleh Bupati {name} di lapangan."
    start = text.index(name)
    mention = Mention(kind, start, start + len(name), name, name, role="Bupati")
    assert drop_region_names(_state(text), [mention]) == []


@pytest.mark.parametrize("name", ["Parman Sudarso", "Bima"])
def test_a_person_name_or_a_one_word_name_is_kept(name: str) -> None:
    text = f"Acara dibuka oleh Bupati {name} di lapangan."
    start = text.index(name)
    mention = Mention(OFFICIAL, start, start + len(name), name, name, role="Bupati")
    assert drop_region_names(_state(text), [mention]) == [mention]


def test_a_holder_named_after_the_region_is_kept() -> None:
    text = "Bupati Lampung Barat Parman Sudarso membuka pesta panjat pinang."
    names = [o["name"] for o in nlp.extract(text).as_output()["officials"]]
    assert names == ["Parman Sudarso"]
