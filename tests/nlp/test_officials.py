from __future__ import annotations

import pytest

import nlp
from tests.nlp.conftest import table


@pytest.mark.parametrize("row", table("officials"))
def test_officials_name_role_and_jurisdiction(row: dict) -> None:
    officials = nlp.extract(row["text"]).as_output()["officials"]
    assert {
        "name": row["name"],
        "role": row["role"],
        "jurisdiction": row["jurisdiction"],
    } in officials


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Sekda Lebak, Ir. H. Dede Saputra, MM, hadir.", "Dede Saputra"),
        ("Bupati Serang Hj. Nur Aini, S.Sos., M.Si. hadir.", "Nur Aini"),
        ("Camat Cibeber Drs. Tono Sutrisno, M.Pd menyampaikan sambutan.", "Tono Sutrisno"),
        ("Lurah Gambir, dr. Maya Sari, Sp.A membuka posyandu.", "Maya Sari"),
    ],
)
def test_officials_strips_degrees(text: str, clean: str) -> None:
    names = [o["name"] for o in nlp.extract(text).as_output()["officials"]]
    assert names == [clean]


def test_officials_listed_once_with_short_references() -> None:
    text = (
        "Bupati Serang Ratna Dewi Lestari membuka acara. Hal itu disampaikan Ratna saat hadir. "
        '"Kami mendukung," kata Ratna. Bupati Serang berharap ormas aktif.'
    )
    officials = nlp.extract(text).as_output()["officials"]
    assert [o["name"] for o in officials] == ["Ratna Dewi Lestari"]


def test_officials_bare_title_resolves_to_holder_named_before() -> None:
    text = 'Sekretaris Daerah, Joko Purnomo, membuka bimtek. "Harus seimbang," tegas Sekda.'
    extraction = nlp.extract(text)
    sekda = [m for m in extraction.mentions if m["type"] == "OFFICIAL" and m["text"] == "Sekda"]
    assert sekda and sekda[0]["normalized"] == "Joko Purnomo"
    assert len(extraction.as_output()["officials"]) == 1


def test_officials_misspelt_reference_links_to_full_name() -> None:
    text = "Sekda Lebak, Ir. H. Dede Jaelani, MM membuka acara. Dede Jailani menegaskan hal itu."
    assert [o["name"] for o in nlp.extract(text).as_output()["officials"]] == ["Dede Jaelani"]


def test_officials_nameless_title_is_not_an_official() -> None:
    text = "Program ini mendukung visi misi Bupati Serang, katanya."
    assert nlp.extract(text).as_output()["officials"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Inf Budi Santoso memimpin apel di Makodim Sleman.",
        "Upacara di Bandung Mayor Budi Hartono bertindak sebagai inspektur upacara.",
        "Danramil Bandung Mayor Inf Budi Hartono said the soldiers were ready.",
        "The parade in Bandung Mayor Czi Budi Hartono led was short.",
    ],
)
def test_officials_mayor_as_military_rank_is_no_english_title(text: str) -> None:
    out = nlp.extract(text).as_output()
    assert not any(p.get("role") == "Mayor" for p in out["officials"] + out["persons"])


def test_officials_nickname_in_brackets_is_an_alias_not_a_second_official() -> None:
    text = (
        "Bupati Pidie, Teuku Hasan Basri (Abu Hasan), menerima audiensi. "
        "Lebih lanjut, Bupati Abu Hasan menegaskan komitmennya."
    )
    officials = nlp.extract(text).as_output()["officials"]
    assert [o["name"] for o in officials] == ["Teuku Hasan Basri"]


def test_officials_lower_case_deputy_before_an_office_is_the_deputy() -> None:
    text = (
        "Bupati Lampung Timur Dawam Rahardjo hadir. Hadir pula wakil Bupati, Azwar Hadi, dan camat."
    )
    roles = {o["name"]: o["role"] for o in nlp.extract(text).as_output()["officials"]}
    assert roles["Azwar Hadi"] == "Wakil Bupati"


@pytest.mark.parametrize("body", ["Bapedalitbang", "Bapenda", "BPKAD", "Dinbudparpora", "BKPSDM"])
def test_officials_a_head_of_a_public_body_written_as_its_acronym_is_an_official(
    body: str,
) -> None:
    out = nlp.extract(f"Hadir Kepala {body} Provinsi Jambi, Hendra Gunawan, dalam rapat.")
    assert [o["name"] for o in out.as_output()["officials"]] == ["Hendra Gunawan"]
