"""The store under damage: nothing lost silently, nothing it did not write deleted, every damaged
file named with its recovery step, `pantau verify` / `pantau repair` finding and mending it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.core.errors import DamagedFileError, PantauError
from pipeline.store import TableStore
from pipeline.store import manifest as mf
from pipeline.store.query import connect
from pipeline.store.synthetic import article, example_world, write_world
from pipeline.store.verify import heal, repair, verify
from tests.hostile.cli import run_cli


@pytest.fixture
def store(tmp_path: Path) -> TableStore:
    store = TableStore(tmp_path / "data")
    write_world(store, example_world())
    return store


def _first(store: TableStore, table: str = "articles") -> Path:
    return store.files(table)[0]


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _garbage(path: Path) -> None:
    path.write_bytes(b"PAR1 not really parquet PAR1")


def _missing(path: Path) -> None:
    path.unlink()


def _other_table(path: Path) -> None:
    root = next(p for p in path.parents if p.name == "tables")
    other = "articles" if path.relative_to(root).parts[0] != "articles" else "entities"
    shutil.copyfile(next((root / other).rglob("*.parquet")), path)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "empty": _empty,
    "garbage": _garbage,
    "missing": _missing,
    "another table's file": _other_table,
}


def test_missing_manifest_fails_queries_naming_it_and_the_recovery(store: TableStore) -> None:
    (store.root / mf.MANIFEST_NAME).unlink()
    with pytest.raises(DamagedFileError, match=r"_manifest.json is missing.*pantau repair"):
        connect(store.data_dir)


@pytest.mark.parametrize("write", ["upsert_articles", "append_crawl_runs", "rebuild_entities"])
def test_missing_manifest_stops_every_writer_and_deletes_nothing(
    store: TableStore, write: str
) -> None:
    (store.root / mf.MANIFEST_NAME).unlink()
    before = sorted(mf.part_files(store.root))
    with pytest.raises(DamagedFileError, match="missing"):
        method = getattr(store, write)
        method() if write == "rebuild_entities" else method([article(99)])
    assert sorted(mf.part_files(store.root)) == before


def test_repair_rebuilds_a_missing_manifest_to_the_same_rows(store: TableStore) -> None:
    rows = {t: len(store.read(t)) for t in ("articles", "mentions", "entities", "engagements")}
    (store.root / mf.MANIFEST_NAME).unlink()
    report = repair(store.data_dir)
    assert any("wrote" in a for a in report.actions)
    assert {t: len(store.read(t)) for t in rows} == rows


def test_repair_quarantines_an_unreadable_manifest_instead_of_deleting_it(
    store: TableStore,
) -> None:
    (store.root / mf.MANIFEST_NAME).write_text("{ torn")
    repair(store.data_dir)
    kept = list((store.data_dir / "quarantine").rglob(mf.MANIFEST_NAME))
    assert kept and kept[0].read_text() == "{ torn"
    assert len(store.read("articles")) > 0


@pytest.mark.parametrize(
    "foreign", ["notes.txt", "part-0000.parquet", "portal=x/month=y/part-mine.parquet"]
)
def test_a_commit_never_deletes_a_file_it_did_not_write(store: TableStore, foreign: str) -> None:
    path = store.root / "articles" / foreign
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"someone else's")
    store.upsert_articles([article(77)])
    store.rebuild_engagements()
    assert path.read_bytes() == b"someone else's"


def test_a_crashed_commits_orphans_are_swept_by_the_next_commit(
    store: TableStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_: object) -> None:
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(mf, "save", boom)
    with pytest.raises(OSError):
        store.upsert_articles([article(55)])
    monkeypatch.undo()
    assert set(mf.part_files(store.root / "articles")) > set(store.files("articles"))
    store.upsert_articles([article(56)])
    assert set(mf.part_files(store.root / "articles")) == set(store.files("articles"))


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("reader", ["query", "read", "export"])
def test_a_damaged_file_is_named_with_the_recovery_step(
    store: TableStore, damage: str, reader: str, tmp_path: Path
) -> None:
    path = _first(store)
    DAMAGE[damage](path)
    with pytest.raises(DamagedFileError) as caught:
        if reader == "query":
            connect(store.data_dir).sql("SELECT * FROM articles")
        elif reader == "read":
            store.read("articles")
        else:
            from pipeline.store.export import export_tables

            export_tables(store.data_dir, "csv", tmp_path / "out", ["articles"])
    assert str(path) in str(caught.value) and "pantau repair" in str(caught.value)


@pytest.mark.parametrize("damage", [*DAMAGE, "changed in place"])
@pytest.mark.parametrize("table", ["articles", "mentions", "entities", "engagements", "crawl_runs"])
def test_verify_finds_each_damage_and_repair_quarantines_it(
    store: TableStore, damage: str, table: str
) -> None:
    if not store.files(table):
        store.append_crawl_runs([{"run_id": "r1", "portal": "sukamajukab", "status": "ok"}])
    path = _first(store, table)
    original = path.read_bytes()
    (_flip if damage == "changed in place" else DAMAGE[damage])(path)
    found = verify(store.data_dir)
    assert [f.path for f in found.damaged] == [path]
    report = repair(store.data_dir)
    assert not verify(store.data_dir).damaged
    if damage != "missing":  # the damaged bytes are kept, never deleted
        assert list((store.data_dir / "quarantine").rglob(path.name))
    assert any(str(path) in a for a in report.actions) or damage == "missing"
    if table in ("articles", "mentions", "engagements"):  # the partition is left for `process`
        part = str(path.parent.relative_to(store.root / table))
        assert all(
            part not in store.manifest().partitions(t)
            for t in ("articles", "mentions", "engagements")
        )
    assert original  # the test damaged a real file


def test_a_file_damaged_in_place_is_rewritten_when_staged_again(store: TableStore) -> None:
    path = _first(store)
    table = store.read_partition(
        store.manifest(), "articles", str(path.parent.relative_to(store.root / "articles"))
    )
    good = path.read_bytes()
    _flip(path)
    store.stage("articles", str(path.parent.relative_to(store.root / "articles")), table)
    assert path.read_bytes() == good


def test_heal_drops_a_damaged_partition_so_its_pages_are_processed_again(store: TableStore) -> None:
    urls = store.processed_urls()
    path = _first(store)
    _truncate(path)
    actions = heal(store.data_dir)
    assert any("quarantined" in a for a in actions)
    assert store.processed_urls() < urls
    assert store.derived_stale()


def test_heal_leaves_a_missing_manifest_to_repair(store: TableStore) -> None:
    (store.root / mf.MANIFEST_NAME).unlink()
    with pytest.raises(DamagedFileError, match="pantau repair"):
        heal(store.data_dir)


def test_an_interrupted_run_is_completed_by_the_next(store: TableStore) -> None:
    entities = len(store.read("entities"))
    store.upsert_articles([article(91)])
    from pipeline.store.synthetic import mention

    aid = store.read("articles").query("url.str.endswith('/91')")["article_id"].iloc[0]
    store.replace_mentions(
        [aid], [mention(aid, "ORG", "Paguyuban Warga Baru", "Paguyuban Warga Baru hadir.")]
    )
    # the run stops here (disk full before the entity rebuild)
    assert store.derived_stale()
    assert store.complete_derived()
    assert not store.derived_stale()
    assert len(store.read("entities")) == entities + 1
    assert not store.complete_derived()


@pytest.mark.parametrize("command", ["verify", "repair"])
def test_verify_and_repair_commands_report_and_exit(store: TableStore, command: str) -> None:
    _truncate(_first(store))
    got = run_cli([command, "--data-dir", str(store.data_dir)])
    assert got.code == (1 if command == "verify" else 0), got.output
    assert "DAMAGED" in got.output or "quarantined" in got.output


def test_verify_on_a_sound_store_exits_0(store: TableStore) -> None:
    got = run_cli(["verify", "--data-dir", str(store.data_dir)])
    assert got.code == 0 and "0 damaged" in got.output


def test_verify_on_a_missing_folder_exits_2(tmp_path: Path) -> None:
    assert run_cli(["verify", "--data-dir", str(tmp_path / "none")]).code == 2


def test_errors_are_pantau_errors() -> None:
    assert issubclass(DamagedFileError, PantauError)
