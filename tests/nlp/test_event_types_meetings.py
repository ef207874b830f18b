"""Which kind of meeting an event word names (nlp.lexicons.events), on fictional sentences: a bare
"rapat" of the government with organisations is a coordination meeting, a legislature's hearing
and an audience (however spelled) are meetings; religious gatherings (pengajian, munajat, zikir,
observances) and a central congress (Muspus) are ceremonies."""

from __future__ import annotations

import pytest

from nlp import engagements as eng


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat dibuka Kepala Kesbangpol dan dihadiri tokoh paguyuban", "coordination"),
        (
            "Kesbangpol menggelar rapat bersama Forum Warga membahas sengketa tapal batas",
            "coordination",
        ),
        ("DPRD menggelar rapat dengar pendapat dengan Forum Warga", "meeting"),
        ("Komisi A menggelar RDP bersama pengurus Forum Warga", "meeting"),
        ("Forum Warga beraudience dengan Wali Kota di kantornya", "meeting"),
        # a strong word wins over the bare one
        ("Rapat itu dirangkai silaturahmi dengan pengurus Forum Warga", "meeting"),
    ],
)
def test_meeting_words_map_to_their_type(text: str, expected: str) -> None:
    assert eng.event_type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bupati menghadiri pengajian umum yang digelar Forum Warga di alun-alun",
        "Wali Kota hadir dalam kegiatan Sukamaju Bermunajat yang diselenggarakan Forum Warga",
        "Forum Warga menggelar Musyawarah Pusat (Muspus) ke-3, dibuka Sekda",
        "Gubernur menghadiri Maulid Nabi bersama pengurus Forum Warga",
    ],
)
def test_religious_gatherings_and_an_organisations_central_congress_are_ceremonies(
    text: str,
) -> None:
    assert eng.event_type(text) == "ceremony"
