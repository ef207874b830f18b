from __future__ import annotations

import pytest

import nlp
from nlp.acronyms import aligns
from tests.nlp.conftest import table


@pytest.mark.parametrize("row", table("organisations"))
def test_organisations_name_acronym_and_kind(row: dict) -> None:
    orgs = nlp.extract(row["text"]).as_output()["organisations"]
    assert {"name": row["name"], "acronym": row["acronym"], "kind": row["kind"]} in orgs


@pytest.mark.parametrize("row", table("not_organisations"))
def test_organisations_skips_classes_titles_glosses_and_venues(row: dict) -> None:
    assert nlp.extract(row["text"]).as_output()["organisations"] == []


@pytest.mark.parametrize(
    ("acronym", "long_form", "expected"),
    [
        ("SMS", "Simpul Madani Serang", True),
        ("Kesbangpol", "Kesatuan Bangsa dan Politik", True),
        ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", True),
        ("Pemkab", "Pemerintah kabupaten", True),
        ("OMS", "Festival Inovasi", False),
        ("KNPI", "Komite Nasional Pemuda", False),
        ("PGGS", "Persekutuan Gereja-Gereja Sukamaju", True),
        ("IPA", "Ikatan Pelajar Al-Ikhlas", True),
    ],
)
def test_organisations_acronym_alignment(acronym: str, long_form: str, expected: bool) -> None:
    assert aligns(acronym, tuple(long_form.split())) is expected


def test_organisations_acronym_links_back_to_long_form() -> None:
    text = (
        "Jaringan Warga Peduli (JWP) menggelar diskusi. Menurut JWP, partisipasi warga naik. "
        "JWP juga mengundang Pemkab Lebak."
    )
    out = nlp.extract(text).as_output()["organisations"]
    assert [o["name"] for o in out] == ["Jaringan Warga Peduli", "Pemkab Lebak"]


def test_organisations_regional_government_variants_are_one_entity() -> None:
    text = "Pemerintah kabupaten (Pemkab) Lebak bersama Pemda Lebak dan Pemkab Lebak hadir."
    names = [o["name"] for o in nlp.extract(text).as_output()["organisations"]]
    assert names == ["Pemerintah Kabupaten Lebak"]


def test_organisations_branch_forms_are_one_entity() -> None:
    text = (
        "Pengurus Daerah Nahdlatul Wathan (NW) Lombok Timur berkunjung. Ketua PD NW Lombok Timur, "
        "TGH. Ahmad Munawir, menyampaikan NW mengelola madrasah."
    )
    orgs = nlp.extract(text).as_output()["organisations"]
    assert [o["name"] for o in orgs] == ["Pengurus Daerah Nahdlatul Wathan Lombok Timur"]


def test_organisations_unit_and_its_acronym_form_are_one_entity() -> None:
    text = (
        "Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Pandeglang menggelar rakor. "
        "Kepala Badan Kesbangpol Pandeglang Endang Suherman menambahkan."
    )
    out = nlp.extract(text).as_output()
    assert [o["name"] for o in out["organisations"]] == [
        "Badan Kesatuan Bangsa dan Politik Kabupaten Pandeglang"
    ]
    assert out["officials"] == [
        {
            "name": "Endang Suherman",
            "role": "Kepala Badan Kesbangpol",
            "jurisdiction": "Kabupaten Pandeglang",
        }
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dinas Sosial Kabupaten Karo menyalurkan bantuan. Dinsos Karo mendata warga.",
            "Dinas Sosial Kabupaten Karo",
        ),
        (
            "Lembaga Masyarakat Adat (LMA) Malind Anim menolak. LMA Malind Anim juga meminta dialog.",
            "Lembaga Masyarakat Adat Malind Anim",
        ),
    ],
)
def test_organisations_short_and_full_forms_are_one_organisation(text: str, name: str) -> None:
    assert [o["name"] for o in nlp.extract(text).as_output()["organisations"]] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pimpinan Cabang Gerakan Pemuda Ansor (PC GP Ansor) Garut menggelar apel. "
            "Ketua PC GP Ansor Garut, Asep Saepudin, hadir.",
            "Pimpinan Cabang Gerakan Pemuda Ansor Garut",
        ),
        (
            "Dewan Pengurus Daerah Komite Nasional Pemuda Indonesia (DPD KNPI) Kabupaten Garut hadir. "
            "DPD KNPI Kabupaten Garut menyiapkan tenda.",
            "Dewan Pengurus Daerah Komite Nasional Pemuda Indonesia Kabupaten Garut",
        ),
        (
            "Kwartir Daerah (Kwarda) Gerakan Pramuka Jawa Barat membuka jambore. Kwarda Jawa Barat menyiapkan "
            "tenda.",
            "Kwartir Daerah Gerakan Pramuka Jawa Barat",
        ),
        (
            "Gereja Protestan Maluku (GPM) Jemaat Batumerah beribadah. Ketua Majelis Jemaat GPM Batumerah, "
            "Pdt. Yosua Latuheru, berdoa.",
            "Gereja Protestan Maluku Jemaat Batumerah",
        ),
    ],
)
def test_organisations_multiword_and_level_acronyms_link_to_the_definition(
    text: str, name: str
) -> None:
    assert [o["name"] for o in nlp.extract(text).as_output()["organisations"]] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Pemuda dan Olahraga, Rudi, hadir. Dinas Pemuda dan Olahraga Kabupaten Kaur menggelar lomba.",
        "FKUB (Forum Kerukunan Umat Beragama) Kota Bogor beraudiensi. FKUB Kota Bogor berterima kasih.",
        "Kantor Wilayah Kementerian Agama Provinsi Jambi menggelar rapat. Kemenag Jambi mengundang warga.",
    ],
)
def test_organisations_regionless_and_glossed_forms_are_listed_once(text: str) -> None:
    assert len(nlp.extract(text).as_output()["organisations"]) == 1


def test_organisations_regionless_form_stays_apart_from_two_regional_bodies() -> None:
    text = (
        "Dinas Pemuda dan Olahraga ikut hadir. Dinas Pemuda dan Olahraga Kabupaten Kaur "
        "dan Dinas Pemuda dan Olahraga Kota Bengkulu menggelar lomba."
    )
    assert len(nlp.extract(text).as_output()["organisations"]) == 3


def test_organisations_a_congress_number_is_no_wing_of_the_body_after_it() -> None:
    text = "Ikatan Pemuda Tani (IPT) menggelar Musda XIII IPT pekan depan."
    names = [o["name"] for o in nlp.extract(text).as_output()["organisations"]]
    assert names == ["Ikatan Pemuda Tani"]


def test_a_faction_is_never_listed_but_still_bounds_its_members_role() -> None:
    out = nlp.extract("Pendapat disampaikan Ketua Fraksi PAN Rina Wati, lalu warga.").as_output()
    assert out["organisations"] == []
    assert "Fraksi PAN" in (out["officials"] + out["persons"])[0]["role"]


def test_a_legislature_in_a_members_title_is_listed() -> None:
    out = nlp.extract("Hadir pula Anggota DPRD Kabupaten Bantul Rina Wati dan warga.").as_output()
    assert [o["name"] for o in out["organisations"]] == ["DPRD Kabupaten Bantul"]
