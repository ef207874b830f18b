from __future__ import annotations

import pytest

import nlp
from nlp import gazetteer
from nlp.lexicons.places_short import SHORT_FORMS


@pytest.mark.parametrize("short", sorted(SHORT_FORMS))
def test_short_form_resolves_to_one_real_region(short: str) -> None:
    name, level = SHORT_FORMS[short]
    targets = [r for r in gazetteer.lookup(name) if r.level == level]
    assert len(targets) == 1
    assert [r.code for r in gazetteer.lookup(short) if r.level == level] == [targets[0].code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Warga Morut mengikuti dialog kerukunan di Kolonodale.", "72.12"),
        ("Pemuda Polman menggelar doa bersama.", "76.04"),
        ("Tokoh agama se-Sumatra Barat berkumpul di Padang.", "13"),
    ],
)
def test_short_forms_are_places(text: str, code: str) -> None:
    places = nlp.extract(text).as_output()["places"]
    assert code in [p["code"] for p in places]


def test_short_forms_that_are_words_need_a_prefix() -> None:
    text = "Yayasan menggandeng Mitra dari Basel dan warga Tala."
    codes = [p["code"] for p in nlp.extract(text).as_output()["places"]]
    assert not {"71.07", "19.03", "63.01"} & set(codes)
    prefixed = nlp.extract("Rapat di Kabupaten Tanah Laut dan Kabupaten Tala.").as_output()
    assert "63.01" in [p["code"] for p in prefixed["places"]]
