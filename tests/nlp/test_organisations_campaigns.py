from __future__ import annotations

import pytest

import nlp


def _names(text: str) -> list[str]:
    return [o["name"] for o in nlp.extract(text).as_output()["organisations"]]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Sukamaju meluncurkan Gerakan Sayang Sungai di lapangan kecamatan.",
        "Pemkab Sukamaju menggelar Gerakan Sedekah Jumat bersama warga desa.",
        "Camat membuka Gerakan Makan Ikan Bergizi di halaman kantor desa.",
    ],
)
def test_a_movement_named_by_what_is_done_is_a_campaign_not_a_body(text: str) -> None:
    assert not [n for n in _names(text) if n.startswith("Gerakan")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gerakan Pemuda Sukamaju Bersatu bertemu Bupati di pendopo.",
            "Gerakan Pemuda Sukamaju Bersatu",
        ),
        (
            "Gerakan Mahasiswa Peduli Lingkungan berdialog dengan Wali Kota Sukamaju.",
            "Gerakan Mahasiswa Peduli Lingkungan",
        ),
        ("Kwartir Cabang Gerakan Pramuka Sukamaju menggelar apel.", "Gerakan Pramuka"),
    ],
)
def test_a_movement_named_by_its_members_stays_a_body(text: str, name: str) -> None:
    assert any(name in n for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Staf Bagian Kesra Setda Kabupaten Boyolali menyerahkan hibah.",
            "Bagian Kesra Setda Kabupaten Boyolali",
        ),
        ("Biro Umum menyerahkan hibah kepada Jemaat GKI Sukamaju.", "Biro Umum"),
    ],
)
def test_a_section_with_its_secretariat_and_a_bureau_stay_bodies(text: str, name: str) -> None:
    assert name in _names(text)
