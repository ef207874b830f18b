"""Division and expert-staff titles whose field words run up to the holder's name (fictional text)."""

from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hadir Kepala Bidang Advokasi, Sosialisasi, dan Edukasi, Rina Marlina di aula.",
            "Rina Marlina",
            "Kepala Bidang Advokasi, Sosialisasi, dan Edukasi",
        ),
        (
            "Tim dipimpin Kepala Bidang Informasi dan Komunikasi Publik Dedi Kurnia bersama staf.",
            "Dedi Kurnia",
            "Kepala Bidang Informasi dan Komunikasi Publik",
        ),
    ],
)
def test_field_words_end_the_unit_not_start_the_name(text: str, name: str, role: str) -> None:
    officials = nlp.extract(text).as_output()["officials"]
    assert [(o["name"], o["role"]) for o in officials] == [(name, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat dihadiri Staf Ahli Ekbang, Kadinsos dan jajaran dinas.",
        "Hadir pula Plt. Kasubdit Ormas Asing. Kegiatan berlangsung lancar.",
        "Ia mewakili Kabid Penais dan Pemberdayaan Zakat Wakaf yang berhalangan.",
    ],
)
def test_a_field_word_after_a_title_is_no_official(text: str) -> None:
    assert nlp.extract(text).as_output()["officials"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Acara menghadirkan Ketua dan Komisioner KI Jambi, Narasumber dari Bappenas dan panitia.",
        "Hadir Ketua KPU Kota Sorong, Yakob Manuel sebagai Narasumber, dan tamu undangan.",
        "Turut hadir Kalapas Kelas IIA Kotabumi dan Kepala Kantor Imigrasi.",
    ],
)
def test_event_parts_and_unit_grades_are_not_names(text: str) -> None:
    names = [o["name"] for o in nlp.extract(text).as_output()["officials"]]
    assert not any(n.split()[0] in {"Narasumber", "Kelas"} for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Kakankemenag menuturkan sesuai surat edaran Menag RI No. SE 12 tahun 2021 tentang ibadah.",
        "Rapat di ruang Walikota, Jl. Kapten Maulana Lubis No.7, Petisah Tengah, berjalan lancar.",
    ],
)
def test_a_number_abbreviation_is_not_a_name(text: str) -> None:
    names = [o["name"] for o in nlp.extract(text).as_output()["officials"]]
    assert not any("No." in n for n in names)
