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


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Hadir Kepala BNN Waykanan dan Lampung Utara, serta para camat.",
            "BNN Waykanan dan Lampung Utara",
        ),
        (
            "Penghargaan diberikan oleh Kantor Wilayah Direktorat Jenderal Pajak Sulawesi Selatan, "
            "Sulawesi Barat, dan Sulawesi Tenggara kepada pemda.",
            "Kantor Wilayah Direktorat Jenderal Pajak Sulawesi Selatan, Sulawesi Barat, dan "
            "Sulawesi Tenggara",
        ),
    ],
)
def test_one_office_serving_regions_listed_up_to_dan_is_one_body(text: str, body: str) -> None:
    names = [o["name"] for o in nlp.extract(text).as_output()["organisations"]]
    assert body in names, names


def test_the_governments_of_two_regions_are_not_joined() -> None:
    text = "Izin itu diterbitkan Pemerintah Provinsi Papua dan Papua Barat Daya tahun lalu."
    names = [o["name"] for o in nlp.extract(text).as_output()["organisations"]]
    assert "Pemerintah Provinsi Papua" in names, names


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Naskah itu ditandatangani bupati dan dari pihak Polres oleh kapolres.", []),
        ("Bantuan juga datang dari Kodim, dan kini dilanjutkan warga.", []),
        ("Polres Gowa menggelar apel bersama warga.", ["Polres Gowa"]),
    ],
)
def test_a_police_or_military_unit_named_bare_is_not_listed(text: str, listed: list[str]) -> None:
    assert [o["name"] for o in nlp.extract(text).as_output()["organisations"]] == listed
