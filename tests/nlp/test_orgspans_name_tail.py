"""A body named in its head's title ends where the head's name begins (fictional sentences)."""

from __future__ import annotations

import pytest

import nlp

CASES = [
    # a unit head's name whose first word is also a village's name ("Sukamaju")
    (
        "Hadir pula Kepala Dinas Satpol PP Sukamaju Rantelangi, Kepala Dinas Sosial Budi Harso.",
        "Dinas Satpol PP",
        "Sukamaju Rantelangi",
    ),
    # a name opened by a name-forming first word after a bare head
    (
        "Kepala Pengadilan Negeri Lalu Moh. Arif Wirasena menyampaikan bahwa sidang ditunda.",
        "Pengadilan Negeri",
        "Lalu Moh. Arif Wirasena",
    ),
    # the body's acronym in brackets, then its chair's name
    (
        "Acara dihadiri ketua Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga (TP-PKK) "
        "Sarinah Lamato, dan para camat.",
        "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga",
        "Sarinah Lamato",
    ),
]


@pytest.mark.parametrize(("text", "body", "head"), CASES)
def test_a_body_in_its_heads_title_leaves_the_heads_name_out(
    text: str, body: str, head: str
) -> None:
    out = nlp.extract(text).as_output()
    assert body in [o["name"] for o in out["organisations"]]
    assert not any(head.split()[-1] in o["name"] for o in out["organisations"])


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a region after the body is its own, not a name's first word
        ("Kepala Badan Kesbangpol Aceh Nasir Zalbani, SE menjelaskan.", "Badan Kesbangpol Aceh"),
        (
            "Laporan diteruskan kepada Badan Narkotika Nasional Bangka Belitung.",
            "Badan Narkotika Nasional Bangka Belitung",
        ),
    ],
)
def test_a_region_after_the_body_stays_in_its_name(text: str, body: str) -> None:
    names = [o["name"] for o in nlp.extract(text).as_output()["organisations"]]
    assert body in names, names
