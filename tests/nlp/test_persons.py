from __future__ import annotations

import pytest

import nlp
from tests.nlp.conftest import table


@pytest.mark.parametrize("row", table("persons"))
def test_persons_with_role_when_stated(row: dict) -> None:
    persons = nlp.extract(row["text"]).as_output()["persons"]
    assert {"name": row["name"], "role": row["role"]} in persons


def test_persons_reporters_and_editors_are_not_people_of_the_article() -> None:
    out = nlp.extract("Warga antusias. Reporter: Budi Hartono Editor: Siti Aminah").as_output()
    assert out["persons"] == [] and out["officials"] == []


def test_persons_unresolved_single_word_is_dropped() -> None:
    out = nlp.extract("Menurut Andi, kegiatan itu bermanfaat.").as_output()
    assert out["persons"] == []


def test_persons_official_wins_over_person_for_same_name() -> None:
    text = "Bupati Lebak Iti Rahmawati hadir. \"Terima kasih,\" kata Iti Rahmawati."
    out = nlp.extract(text).as_output()
    assert [o["name"] for o in out["officials"]] == ["Iti Rahmawati"] and out["persons"] == []
