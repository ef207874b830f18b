"""The table records: each is consistent with itself, and the docs are generated from them."""

from __future__ import annotations

import pytest

from pipeline.core import tables_doc
from pipeline.core.schema import SCHEMA_VERSION, TABLES
from pipeline.core.table_spec import Column, TableSpec
from pipeline.core.tables import DERIVED, SPECS, STORED, UI

ALL = list(SPECS.values())


@pytest.mark.parametrize("spec", ALL, ids=lambda s: s.name)
def test_key_partition_and_sort_columns_are_columns_of_the_table(spec: TableSpec) -> None:
    names = set(spec.schema.names)
    assert set(spec.key) <= names
    assert set(spec.partition_by) <= names
    assert set(spec.sort_by) <= names


@pytest.mark.parametrize("spec", ALL, ids=lambda s: s.name)
def test_a_table_sorted_on_disk_sorts_by_its_whole_key(spec: TableSpec) -> None:
    # equal rows give equal bytes only when the sort order decides between any two keys
    assert not spec.sort_by or set(spec.key) <= set(spec.sort_by)


@pytest.mark.parametrize("spec", ALL, ids=lambda s: s.name)
def test_no_column_or_version_is_newer_than_the_current_schema_version(spec: TableSpec) -> None:
    assert all(1 <= c.since <= SCHEMA_VERSION for c in spec.columns)
    assert [v for v, _ in spec.history] == sorted({v for v, _ in spec.history})
    assert spec.history[-1][0] <= SCHEMA_VERSION


@pytest.mark.parametrize("spec", [s for s in ALL if s.ui], ids=lambda s: s.name)
def test_ui_links_and_full_text_name_columns_and_one_column_keys(spec: TableSpec) -> None:
    assert spec.ui is not None
    names = set(spec.schema.names)
    assert set(spec.ui.references) | set(spec.ui.full_text) | set(spec.ui.indexes) <= names
    for target in spec.ui.references.values():
        # a FOREIGN KEY of the UI copy needs the other table there, with a one-column key
        assert target in UI and len(SPECS[target].key) == 1, target


@pytest.mark.parametrize("name", DERIVED)
def test_a_derived_table_follows_the_tables_it_is_derived_from(name: str) -> None:
    order = list(SPECS)
    assert all(order.index(source) < order.index(name) for source in SPECS[name].derived_from)


def test_the_schemas_are_the_records_schemas() -> None:
    assert {name: s.schema for name, s in SPECS.items()} == TABLES


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        (STORED, ("articles", "mentions", "entities", "engagements", "crawl_runs")),
        (UI, ("articles", "mentions", "entities", "engagements", "crawl_runs")),
        (DERIVED, ("entities", "engagements")),
    ],
)
def test_table_groups_follow_from_the_records(
    group: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert group == expected


def test_the_contract_doc_holds_the_generated_tables() -> None:
    text = tables_doc.CONTRACTS.read_text(encoding="utf-8")
    assert tables_doc.updated(text) == text, (
        "docs/contracts.md is stale: run python -m pipeline.core.tables_doc"
    )


def test_a_changed_record_makes_the_doc_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    text = tables_doc.CONTRACTS.read_text(encoding="utf-8")
    crawl = SPECS["crawl_runs"]
    longer = TableSpec(
        **{
            **crawl.__dict__,
            "columns": (*crawl.columns, Column("coverage", crawl.columns[-1].type)),
        }
    )
    monkeypatch.setitem(SPECS, "crawl_runs", longer)
    assert tables_doc.updated(text) != text
    assert tables_doc.main(["--check"]) == 1
