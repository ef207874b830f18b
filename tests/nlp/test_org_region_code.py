"""Every form of one regional government is one organisation (fictional sentences)."""

from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize(
    "text",
    [
        # the city, not the regency of the same name, whose head the definition names
        "Pemerintah Kota (Pemkot) Sukabumi menggelar rapat. Pemkot Sukabumi mengundang ormas.",
        # the region inside the defined long form
        "Pemkab Bolaang Mongondow (Bolmong) menggelar rapat. Pemkab Bolmong mengundang ormas.",
    ],
)
def test_a_regional_governments_forms_are_one_organisation(text: str) -> None:
    orgs = nlp.extract(text).as_output()["organisations"]
    assert len(orgs) == 1, orgs
