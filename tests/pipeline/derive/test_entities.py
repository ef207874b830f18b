"""Canonical entities: spelling variants and acronyms merge; different people stay apart."""

from __future__ import annotations

import random
from datetime import date

import pandas as pd
import pytest

from pipeline.derive.entities import resolve
from pipeline.derive.name_folding import fold, same_person

SUKAMAJU = {"role": "Bupati", "jurisdiction": "Kabupaten Sukamaju", "code": "99.01"}


def official(aid: str, name: str, **office: str | None) -> dict:
    return {
        "article_id": aid,
        "type": "OFFICIAL",
        "text": name,
        "normalized": name,
        **SUKAMAJU,
        **office,
    }


def org(aid: str, name: str, acronym: str | None = None) -> dict:
    return {
        "article_id": aid,
        "type": "ORG",
        "text": name,
        "normalized": name,
        "acronym": acronym,
        "kind": "ormas_cso",
    }


def place(aid: str, name: str, code: str | None) -> dict:
    return {
        "article_id": aid,
        "type": "PLACE",
        "text": name,
        "normalized": name,
        "code": code,
        "kind": "regency",
    }


def n_entities(rows: list[dict]) -> int:
    return len(resolve(pd.DataFrame(rows), {}).entities)


CASES = {
    "spelling variant of one official": (
        [official("a1", "Dede Jaelani"), official("a2", "Dede Jailani")],
        1,
    ),
    "old orthography": ([official("a1", "Soekarno Wibowo"), official("a2", "Sukarno Wibowo")], 1),
    "dotted region prefix": (
        [
            official("a1", "Dede Jaelani", code=None),
            official("a2", "Dede Jaelani", code=None, jurisdiction="Kab. Sukamaju"),
        ],
        1,
    ),
    "two people sharing a first name": (
        [official("a1", "Dede Jaelani"), official("a2", "Dede Supriatna")],
        2,
    ),
    "short surnames one letter apart": (
        [official("a1", "Ahmad Yani"), official("a2", "Ahmad Yadi")],
        2,
    ),
    "same name, another regency": (
        [
            official("a1", "Dede Jaelani"),
            official("a2", "Dede Jaelani", jurisdiction="Kota Lembah", code="99.71"),
        ],
        2,
    ),
    "office abbreviation": (
        [
            official("a1", "Dede Jaelani", role="Sekda"),
            official("a2", "Dede Jaelani", role="Sekretaris Daerah"),
        ],
        1,
    ),
    "office missing joins the one holder across abbreviations": (
        [
            official("a1", "Dede Jaelani", role="Sekda"),
            official("a2", "Dede Jaelani", role="Sekretaris Daerah"),
            official("a3", "Dede Jaelani", role=None, jurisdiction=None, code=None),
        ],
        1,
    ),
    "same name, another office": (
        [official("a1", "Dede Jaelani"), official("a2", "Dede Jaelani", role="Sekda")],
        2,
    ),
    "office missing joins the one holder": (
        [
            official("a1", "Dede Jaelani"),
            official("a2", "Dede Jailani", role=None, jurisdiction=None, code=None),
        ],
        1,
    ),
    "acronym and long form": (
        [org("a1", "Forum Warga Peduli Sungai", "FWPS"), org("a2", "FWPS")],
        1,
    ),
    "acronym of two long forms stays apart": (
        [
            org("a1", "Pemuda Muda Indonesia", "PMI"),
            org("a2", "Pekerja Migran Indonesia", "PMI"),
            org("a3", "PMI"),
        ],
        3,
    ),
    "long form case and punctuation": (
        [org("a1", "Forum Warga Peduli Sungai"), org("a2", "forum warga peduli-sungai")],
        1,
    ),
    "places by region code": (
        [place("a1", "Kab. Sukamaju", "99.01"), place("a2", "Kabupaten Sukamaju", "99.01")],
        1,
    ),
    "places with different codes": (
        [place("a1", "Cibeureum", "99.01.05"), place("a2", "Cibeureum", "99.02.03")],
        2,
    ),
}


@pytest.mark.parametrize(("rows", "expected"), CASES.values(), ids=CASES.keys())
def test_entity_resolution_merges_and_separates(rows: list[dict], expected: int) -> None:
    assert n_entities(rows) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dede Jaelani", "Dede Jailani", True),
        ("Muhammad Ridwan", "Mochammad Ridwan", True),
        ("Siti Chasanah", "Siti Khasanah", True),
        ("Dede Jaelani", "Dede Supriatna", False),
        ("Rina Kurniawan", "Rina Kurniawati", False),
        ("Rina Wati", "Rina Wati Saputra", False),
    ],
)
def test_same_person_tolerates_spelling_slips_only(a: str, b: str, same: bool) -> None:
    assert same_person(fold(a), fold(b)) is same


def test_one_official_in_forty_articles_is_one_entity_with_aliases_and_dates() -> None:
    spellings = ["Dede Jaelani", "Dede Jailani", "Dédé Jaelani"]
    rows = [official(f"a{i}", spellings[i % 3]) for i in range(40)]
    dates = {f"a{i}": date(2024, 1, 1 + i % 28) for i in range(40)}
    (entity,) = resolve(pd.DataFrame(rows), dates).entities
    assert entity["name"] == "Dede Jaelani"  # the most frequent spelling names the entity
    assert set(entity["aliases"]) == {"Dede Jailani", "Dédé Jaelani"}
    assert (entity["n_articles"], entity["first_seen"], entity["last_seen"]) == (
        40,
        date(2024, 1, 1),
        date(2024, 1, 28),
    )
    assert (entity["role"], entity["region_code"]) == ("Bupati", "99.01")


def test_entity_ids_are_hashes_independent_of_input_order() -> None:
    rows = [
        official("a1", "Dede Jaelani"),
        official("a2", "Dede Jailani"),
        org("a1", "FWPS"),
        org("a2", "Forum Warga Peduli Sungai", "FWPS"),
        place("a3", "Kota Lembah", "99.71"),
    ]
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    first, second = resolve(pd.DataFrame(rows), {}), resolve(pd.DataFrame(shuffled), {})
    assert first.entities == second.entities
    assert all(len(e["entity_id"]) == 16 and not e["entity_id"].isdigit() for e in first.entities)


def test_acronym_merge_keeps_long_form_as_name() -> None:
    (entity,) = resolve(
        pd.DataFrame(
            [org("a1", "FWPS"), org("a2", "FWPS"), org("a3", "Forum Warga Peduli Sungai", "FWPS")]
        ),
        {},
    ).entities
    assert (entity["name"], entity["acronym"], entity["n_articles"]) == (
        "Forum Warga Peduli Sungai",
        "FWPS",
        3,
    )


def test_dates_get_no_entity() -> None:
    rows = [{"article_id": "a1", "type": "DATE", "text": "Senin (5/2)", "normalized": "2024-02-05"}]
    resolution = resolve(pd.DataFrame(rows), {})
    assert resolution.entities == [] and resolution.entity_id(rows[0]) is None


def test_mention_without_normalized_form_is_named_by_its_text() -> None:
    rows = pd.DataFrame(
        [org("a1", "Forum Warga Peduli Sungai"), org("a2", "Forum Warga Peduli Sungai")]
    )
    rows.loc[1, "normalized"] = float("nan")  # how pandas reads a missing string back
    (entity,) = resolve(rows, {}).entities
    assert entity["n_articles"] == 2


BRANCHES = {
    "long-form parent": (
        [org("a1", "Nahdlatul Ulama", "NU")],
        "Pengurus Cabang Nahdlatul Ulama Kabupaten Sukamaju",
        "Nahdlatul Ulama",
    ),
    "acronym parent via its expansion": (
        [org("a1", "Nahdlatul Ulama", "NU")],
        "Majelis Wakil Cabang NU",
        "Nahdlatul Ulama",
    ),
    "short branch prefix": ([org("a1", "Fatayat")], "PC Fatayat NU Sukamaju", "Fatayat"),
    "regional board": (
        [org("a1", "Komite Pemuda Lembah", "KPL")],
        "Dewan Pengurus Daerah Komite Pemuda Lembah Kota Lembah",
        "Komite Pemuda Lembah",
    ),
    "parent never mentioned": (
        [org("a1", "Forum Warga Peduli Sungai")],
        "Pengurus Cabang Ikatan Pemuda Lembah Sukamaju",
        None,
    ),
    "not a branch": ([org("a1", "Nahdlatul Ulama", "NU")], "Forum Nahdlatul Ulama Muda", None),
}


@pytest.mark.parametrize(("parents", "branch", "linked"), BRANCHES.values(), ids=BRANCHES.keys())
def test_branch_org_stays_separate_and_links_its_parent(
    parents: list[dict], branch: str, linked: str | None
) -> None:
    entities = resolve(pd.DataFrame([*parents, org("a2", branch)]), {}).entities
    by_id = {e["entity_id"]: e for e in entities}
    (row,) = [e for e in entities if e["name"] == branch]
    assert len(entities) == len(parents) + 1  # linked, never merged
    assert (by_id[row["parent_id"]]["name"] if row["parent_id"] else None) == linked
    assert all(e["parent_id"] is None for e in entities if e is not row)
