"""The engagement oracle finds the gold's officials and organisations in a body as mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.engagement_oracle import gold_mentions, main
from nlp.mention import OFFICIAL, ORG

BODY = (
    "Kepala Kesbangpol Garut, Drs. Asep Permana, M.Si., menerima audiensi pengurus Forum Warga "
    "Peduli Sungai (FWPS). Asep berharap FWPS terus aktif. Pemkab Garut mendukung forum itu."
)
GOLD = {
    "officials": [{"name": "Asep Permana", "as_written": "Drs. Asep Permana, M.Si."}],
    "organisations": [
        {"name": "Forum Warga Peduli Sungai", "acronym": "FWPS", "kind": "ormas_cso"},
        {
            "name": "Pemerintah Kabupaten Garut",
            "aliases": ["Pemkab Garut"],
            "kind": "government_agency",
        },
    ],
}


def test_gold_entities_become_mentions_keyed_and_named_as_the_gold() -> None:
    found = [(m.type, m.text, m.normalized) for m in gold_mentions(BODY, GOLD)]
    assert found == [
        (OFFICIAL, "Drs. Asep Permana, M.Si.", "Asep Permana"),
        (ORG, "Forum Warga Peduli Sungai", "Forum Warga Peduli Sungai"),
        (ORG, "FWPS", "Forum Warga Peduli Sungai"),
        (OFFICIAL, "Asep", "Asep Permana"),  # a surname after the full name refers back
        (ORG, "FWPS", "Forum Warga Peduli Sungai"),
        (ORG, "Pemkab Garut", "Pemerintah Kabupaten Garut"),
    ]


def test_without_texts_it_says_why_it_skips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PANTAU_REAL_TEXTS", str(tmp_path))
    assert "skipped" in main([])
