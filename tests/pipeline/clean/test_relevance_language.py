"""Relevance keywords and language identification."""

from __future__ import annotations

import pytest

from pipeline.clean import relevance
from pipeline.clean.language import detect


@pytest.mark.parametrize(
    "text,terms",
    [
        ("Kesbangpol membina Ormas dan LSM di daerah.", ["Ormas", "LSM", "Kesbangpol"]),
        ("Ketua FK-Ormas hadir bersama FKUB.", ["Ormas", "FKUB", "FK-Ormas"]),
        (
            "Rapat organisasi kemasyarakatan dan organisasi masyarakat sipil.",
            ["organisasi kemasyarakatan", "organisasi masyarakat", "masyarakat sipil"],
        ),
        ("Pemkot memperbaiki jalan dan drainase di tiga kelurahan.", []),
        ("Kata-kata seperti rooms dan atoms bukan singkatan oms.", []),
    ],
)
def test_relevance_reports_matched_keywords(text, terms):
    relevant, found = relevance(text)
    assert found == terms
    assert relevant is bool(terms)


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "Pemerintah kabupaten menggelar pertemuan dengan organisasi kemasyarakatan untuk membahas program yang akan "
            "dilaksanakan pada tahun depan di setiap kecamatan.",
            "id",
        ),
        (
            "The regency government held a meeting with civil society organisations to discuss the programme that will "
            "be carried out next year in every district.",
            "en",
        ),
        (
            "Le gouvernement régional a organisé une réunion avec les associations pour discuter du programme de "
            "l'année prochaine dans chaque district.",
            "other",
        ),
        ("", None),
    ],
)
def test_language_is_id_en_or_other(text, lang):
    assert detect(text) == lang
