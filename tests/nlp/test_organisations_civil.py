"""Civil society named the ways local news names it: national Ormas under a board level, customary
councils, family and home-region associations, Islamic schools, groups named by what they unite,
and a body's secretariat standing for the body. Fictional sentences; real regions."""

from __future__ import annotations

import pytest

import nlp


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o["name"], o["kind"]) for o in nlp.extract(text).as_output()["organisations"]]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # national Ormas under a board level, with their usual spellings
        (
            "Wali Kota menerima pengurus DPC Granat Kota Blitar di rumah dinasnya, Senin.",
            "DPC Granat Kota Blitar",
            "ormas_cso",
        ),
        (
            "Pengurus Karangtaruna Kabupaten Kebumen dikukuhkan oleh bupati pada Rabu.",
            "Karangtaruna Kabupaten Kebumen",
            "ormas_cso",
        ),
        (
            "Rapat itu dihadiri PCNU, Muhamadiyah, Wahda Islamiyah dan PHBI Kabupaten Sinjai.",
            "PHBI Kabupaten Sinjai",
            "religious",
        ),
        (
            "Rapat itu dihadiri PCNU, Muhamadiyah, Wahda Islamiyah dan PHBI Kabupaten Sinjai.",
            "Muhamadiyah",
            "religious",
        ),
        (
            "Bupati menerima MPC PP Kabupaten Bekasi di pendopo, Senin.",
            "MPC PP Kabupaten Bekasi",
            "ormas_cso",
        ),
        (
            "Bupati menerima PDA Kabupaten Kendal di pendopo, Senin.",
            "PDA Kabupaten Kendal",
            "religious",
        ),
        (
            "Bupati menerima DPK KNPI Kecamatan Ngoro di pendopo, Senin.",
            "DPK KNPI Kecamatan Ngoro",
            "ormas_cso",
        ),
        # a board level before a civil body named by its head word
        (
            "Bupati menerima Pengurus Besar Ikatan Pemuda Simeulue di pendopo, Senin.",
            "Pengurus Besar Ikatan Pemuda Simeulue",
            "ormas_cso",
        ),
        (
            "Wali Kota melantik Dewan Pimpinan Daerah Lembaga Adat Moronene Kota Kendari, Senin.",
            "Dewan Pimpinan Daerah Lembaga Adat Moronene Kota Kendari",
            "ormas_cso",
        ),
        # customary councils, region by region
        (
            "Bupati menghadiri pelantikan pengurus LKAAM Kecamatan Lubuk Sikaping, Kamis.",
            "LKAAM Kecamatan Lubuk Sikaping",
            "ormas_cso",
        ),
        (
            "Gubernur menyerahkan bantuan kepada Ketua BMA Bengkulu Selatan, Ahmad Yani.",
            "BMA Bengkulu Selatan",
            "ormas_cso",
        ),
        (
            "Pemkab Agam menyerahkan hibah kepada LAMR Kabupaten Kampar dan MPAL Kabupaten Tanggamus.",
            "MPAL Kabupaten Tanggamus",
            "ormas_cso",
        ),
        (
            "Hadir Ketua Dewan Adat Papua Wilayah II, Yakob Wenda, dan Bupati Jayapura.",
            "Dewan Adat Papua Wilayah II",
            "ormas_cso",
        ),
        # family and home-region associations: the home region is part of the name
        (
            "Bupati membuka musyawarah Pakuwaja Nunukan di gedung serbaguna.",
            "Pakuwaja Nunukan",
            "ormas_cso",
        ),
        (
            "Bupati melantik pengurus Ikatan Keluarga Simalungun Kota Batam di aula kantor bupati.",
            "Ikatan Keluarga Simalungun Kota Batam",
            "ormas_cso",
        ),
        # Aceh's pesantren
        (
            "Pj Bupati menyerahkan bantuan kepada pimpinan Dayah Darul Ihsan, Jumat.",
            "Dayah Darul Ihsan",
            "religious",
        ),
        # a group named by what it unites
        (
            "Gubernur mengukuhkan Pemuda Toraja Bersatu Kalimantan Timur di Samarinda.",
            "Pemuda Toraja Bersatu Kalimantan Timur",
            "ormas_cso",
        ),
        # a civil body's secretariat stands for the body
        (
            "Wakil Bupati berkunjung ke Sekretariat Keluarga Besar Sumba (KBS) di Kupang.",
            "Keluarga Besar Sumba",
            "ormas_cso",
        ),
        (
            "Wakil Bupati berkunjung ke Sekretariat DPC Granat Kota Blitar, Selasa.",
            "DPC Granat Kota Blitar",
            "ormas_cso",
        ),
    ],
)
def test_civil_bodies_are_found_with_name_and_kind(text: str, name: str, kind: str) -> None:
    assert (name, kind) in _orgs(text)


def test_a_government_secretariat_stays_the_government_body() -> None:
    text = "Sekda hadir di Sekretariat Daerah Kabupaten Bone untuk rapat."
    assert _orgs(text) == [("Sekretariat Daerah Kabupaten Bone", "government_agency")]


@pytest.mark.parametrize(
    "text",
    [
        "Sumpah Pemuda Tahun ini diperingati dengan upacara sederhana.",
        "Indonesia Bersatu adalah semboyan yang dibacakan peserta upacara.",
        "Rakyat Bersatu menjadi tema peringatan hari itu.",
    ],
)
def test_unity_words_without_a_named_group_are_no_organisation(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("province", "expected"),
    [
        ("Bali", [("Prajuru Adat Banjar Sukasari", "ormas_cso"), ("Banjar Kaja", "ormas_cso")]),
        ("Kalimantan Selatan", [("Prajuru Adat Banjar", "ormas_cso")]),
    ],
)
def test_a_named_banjar_is_a_customary_body_in_bali_only(
    province: str, expected: list[tuple[str, str]]
) -> None:
    text = "Bupati menemui Prajuru Adat Banjar Sukasari dan menyerahkan hibah kepada Banjar Kaja."
    orgs = [
        (o["name"], o["kind"])
        for o in nlp.extract(text, province=province).as_output()["organisations"]
    ]
    assert orgs == expected


def test_a_board_chairs_name_is_cut_from_the_body_in_his_title() -> None:
    text = "Hadir pula Ketua Umum Keluarga Besar Flobamorata Yohanes Lende, bersama Bupati Kupang."
    assert ("Keluarga Besar Flobamorata", "ormas_cso") in _orgs(text)
