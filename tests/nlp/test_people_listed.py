"""A government body standing for its official in an attendance list (fictional names)."""

from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kegiatan dihadiri oleh Bakesbangpol Propinsi Jawa Timur Jonatan, dan para camat.",
            "Jonatan",
            "Bakesbangpol Propinsi Jawa Timur",
        ),
        (
            "Turut hadir Sekdin DPMD Ahmad Zulkarnain, Kominfo Rudi Hartawan. Audiensi berjalan baik.",
            "Rudi Hartawan",
            "Kominfo",
        ),
    ],
)
def test_a_listed_body_then_a_name_is_its_official(text: str, name: str, role: str) -> None:
    officials = nlp.extract(text).as_output()["officials"]
    assert (name, role) in [(o["name"], o["role"]) for o in officials]


@pytest.mark.parametrize(
    "text",
    [
        "Dana hibah untuk MUI Rp335.000.000, Baznas Rp125.150.000, Muslimat NU Rp20.000.000.",
        "Hadir pula, Kominfo Rudi Hartawan menyebut jaringan belum stabil di desa itu.",
    ],
)
def test_a_body_before_an_amount_or_a_clause_names_no_official(text: str) -> None:
    roles = [o["role"] for o in nlp.extract(text).as_output()["officials"]]
    assert "Baznas" not in roles
    assert "Kominfo" not in roles
