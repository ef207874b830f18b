"""The store's generic derive step: one step per derived table record, run in the records' order."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.tables import DERIVED
from pipeline.store import TableStore, rebuild
from pipeline.store import manifest as mf
from pipeline.store.synthetic import example_world


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def written(data_dir: Path) -> TableStore:
    store = TableStore(data_dir)
    pairs = example_world()
    store.upsert_articles([a for a, _ in pairs])
    store.replace_mentions([a["article_id"] for a, _ in pairs], [m for _, ms in pairs for m in ms])
    return store


def test_every_derived_table_has_a_derive_step_and_no_other_table_has_one() -> None:
    assert tuple(rebuild.STEPS) == DERIVED


def test_derive_gives_the_files_of_the_named_rebuilds(tmp_path: Path) -> None:
    generic, named = written(tmp_path / "a"), written(tmp_path / "b")
    generic.derive()
    named.rebuild_entities()
    named.rebuild_engagements()
    assert snapshot(generic.root) == snapshot(named.root) and snapshot(generic.root)
    assert not generic.derived_stale()


@pytest.mark.parametrize(
    ("rebuilt", "marker"), [("entities", "engagements"), ("engagements", None)]
)
def test_each_derive_step_moves_the_stale_marker_past_its_table(
    tmp_path: Path, rebuilt: str, marker: str | None
) -> None:
    store = written(tmp_path)
    assert store.manifest().sources.get(mf.STALE_KEY) == "1"
    store.derive_table(rebuilt)
    assert store.manifest().sources.get(mf.STALE_KEY) == marker


def test_deriving_a_later_table_first_rebuilds_a_stale_earlier_one(tmp_path: Path) -> None:
    store = written(tmp_path)
    store.derive_table("engagements")
    assert not store.read("entities").empty and not store.read("engagements").empty
    assert not store.derived_stale()


def test_a_fresh_earlier_table_is_not_rebuilt_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = written(tmp_path)
    store.derive_table("entities")
    calls: list[str] = []
    original = TableStore.derive_table

    def counting(self: TableStore, table: str) -> int:
        calls.append(table)
        return original(self, table)

    monkeypatch.setattr(TableStore, "derive_table", counting)
    store.derive_table("engagements")
    assert calls == ["engagements"]
