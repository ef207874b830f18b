"""TableStore: idempotent upserts, partition-local rewrites, crash safety, schema versions."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from filelock import FileLock

from pipeline.core.errors import InputError, LockedError, SchemaVersionError
from pipeline.store import TableStore, table_store
from pipeline.store import manifest as mf
from pipeline.store.synthetic import WIB, article, example_world, write_world


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def frames(store: TableStore) -> dict[str, pd.DataFrame]:
    return {t: store.read(t) for t in ("articles", "mentions", "entities", "engagements")}


@pytest.fixture
def store(data_dir: Path) -> TableStore:
    return TableStore(data_dir)


def test_processing_twice_gives_byte_identical_tables(store: TableStore) -> None:
    write_world(store, example_world())
    first = snapshot(store.root)
    write_world(store, example_world())
    assert snapshot(store.root) == first
    assert len(store.read("articles")) == 4


def test_tables_are_partitioned_by_portal_and_month(store: TableStore) -> None:
    write_world(store, example_world())
    parts = store.manifest().partitions("articles")
    assert "portal=lembahkota/month=2024-07" in parts
    assert "portal=sukamajukab/month=2024-03" in parts
    meta = pq.read_metadata(store.files("articles")[0])
    assert meta.row_group(0).column(0).compression == "ZSTD"


def test_reextraction_replaces_only_that_articles_rows(store: TableStore) -> None:
    pairs = example_world()
    write_world(store, pairs)
    before = store.read("articles").set_index("article_id")
    newer = {**pairs[1][0], "title": "Judul versi baru", "extractor": "clean/2"}
    rewritten = store.upsert_articles([newer])
    after = store.read("articles").set_index("article_id")
    assert rewritten == 1  # one partition, the article's own
    assert after.loc[newer["article_id"], "title"] == "Judul versi baru"
    others = before.index.drop(newer["article_id"])
    pd.testing.assert_frame_equal(after.loc[others].sort_index(), before.loc[others].sort_index())
    assert store.processed_urls("clean/2") == {newer["url"]}
    assert newer["url"] not in store.processed_urls("clean/1")
    assert len(store.processed_urls()) == 4


def test_article_whose_month_changes_leaves_no_copy_behind(store: TableStore) -> None:
    row = article(7, published=datetime(2024, 1, 5, tzinfo=WIB))
    store.upsert_articles([row])
    store.upsert_articles([{**row, "published_at": datetime(2024, 2, 5, tzinfo=WIB)}])
    got = store.read("articles")
    assert got["month"].tolist() == ["2024-02"]
    assert list(store.manifest().partitions("articles")) == ["portal=sukamajukab/month=2024-02"]


def test_replace_mentions_keeps_other_articles_mentions(store: TableStore) -> None:
    pairs = example_world()
    write_world(store, pairs)
    target = pairs[0][0]["article_id"]
    store.replace_mentions([target], [pairs[0][1][0]])
    got = store.read("mentions")
    assert (got["article_id"] == target).sum() == 1
    assert len(got) == 1 + sum(len(ms) for _, ms in pairs[1:])


def test_mentions_are_placed_beside_their_article(store: TableStore) -> None:
    pairs = example_world()
    write_world(store, pairs)
    got = store.read("mentions")
    lembah = got[got["article_id"] == pairs[2][0]["article_id"]]
    assert set(lembah["portal"]) == {"lembahkota"} and set(lembah["month"]) == {"2024-07"}


def test_crawl_runs_appended_twice_are_stored_once(store: TableStore) -> None:
    run = {
        "run_id": "r1",
        "portal": "sukamajukab",
        "pages": 3,
        "status": "ok",
        "started_at": datetime(2024, 1, 1, tzinfo=WIB),
    }
    store.append_crawl_runs([run, {**run, "portal": "lembahkota"}])
    store.append_crawl_runs([{**run, "pages": 5}])
    got = store.read("crawl_runs").sort_values("portal")
    assert got["pages"].tolist() == [3, 5]


@pytest.mark.parametrize("fail_at", ["second_partition_file", "manifest_swap"])
def test_crash_mid_commit_leaves_previous_tables_readable(
    store: TableStore, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    pairs = example_world()
    write_world(store, pairs)
    before = frames(store)
    changed = [{**a, "title": f"ubah {a['article_id']}", "extractor": "clean/2"} for a, _ in pairs]

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full (simulated)")

    if fail_at == "manifest_swap":
        monkeypatch.setattr(mf, "save", boom)
    else:
        real, calls = table_store.write_bytes_atomic, []

        def second_fails(data: bytes, path: Path) -> Path:
            calls.append(path)
            return boom() if len(calls) == 2 else real(data, path)  # type: ignore[func-returns-value]

        monkeypatch.setattr(table_store, "write_bytes_atomic", second_fails)
    with pytest.raises(OSError, match="simulated"):
        store.upsert_articles(changed)
    after = frames(TableStore(store.data_dir))
    for name, frame in before.items():
        pd.testing.assert_frame_equal(after[name], frame)
    monkeypatch.undo()
    store.upsert_articles(changed)  # the next commit succeeds and sweeps the orphans
    named = {str(p) for p in store.files("articles")}
    on_disk = {str(p) for p in (store.root / "articles").rglob("*.parquet")}
    assert on_disk == named
    assert set(store.read("articles")["extractor"]) == {"clean/2"}


def test_manifest_of_a_newer_schema_version_is_refused_clearly(store: TableStore) -> None:
    write_world(store, example_world())
    path = store.root / mf.MANIFEST_NAME
    body = json.loads(path.read_text())
    path.write_text(json.dumps({**body, "schema_version": 99}))
    for action in (lambda: store.read("articles"), lambda: store.upsert_articles([article(9)])):
        with pytest.raises(SchemaVersionError, match=r"schema version 99.*reads \[1, 2\]"):
            action()


def test_partition_file_of_a_newer_schema_version_is_refused_clearly(store: TableStore) -> None:
    write_world(store, example_world())
    victim = store.files("entities")[0]
    table = pq.read_table(victim)
    meta = {**table.schema.metadata, b"pantau.schema_version": b"99"}
    pq.write_table(table.replace_schema_metadata(meta), victim)
    with pytest.raises(SchemaVersionError, match=str(victim)):
        store.read("entities")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([{"title": "no id, no url"}], "without article_id or url"),
        ([{**article(1), "word_count": "many"}], "articles rows do not fit the schema"),
        (["not a row"], "expected a mapping"),
    ],
)
def test_bad_article_rows_give_an_input_error(store: TableStore, rows: list, message: str) -> None:
    with pytest.raises(InputError, match=message):
        store.upsert_articles(rows)
    assert store.read("articles").empty


def test_mentions_of_unlisted_articles_are_refused(store: TableStore) -> None:
    pairs = example_world()
    with pytest.raises(InputError, match="outside the replaced ids"):
        store.replace_mentions([pairs[0][0]["article_id"]], pairs[1][1])


def test_a_second_writer_gets_a_locked_error(data_dir: Path) -> None:
    store = TableStore(data_dir, lock_timeout=0.05)
    (data_dir / "state").mkdir(parents=True)
    with FileLock(data_dir / "state" / "store.lock"), pytest.raises(LockedError, match="another"):
        store.upsert_articles([article(1)])


def test_empty_store_reads_empty_tables_with_columns(store: TableStore) -> None:
    got = store.read("engagements")
    assert got.empty and "official_ids" in got.columns
    assert store.processed_urls() == set()


def test_engagements_rebuild_recomputes_only_changed_partitions(
    store: TableStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.store import rebuild

    pairs = example_world()
    write_world(store, pairs)
    before = store.read("engagements")
    computed: list[str] = []
    real = rebuild._engagements_of

    def spy(store_: TableStore, manifest: mf.Manifest, part: str) -> str | None:
        computed.append(part)
        return real(store_, manifest, part)

    monkeypatch.setattr(rebuild, "_engagements_of", spy)
    store.rebuild_engagements()
    assert computed == []
    store.upsert_articles([{**pairs[2][0], "title": "Festival pemuda"}])
    store.rebuild_engagements()
    assert computed == ["portal=lembahkota/month=2024-07"]
    pd.testing.assert_frame_equal(store.read("engagements"), before)


def test_files_written_before_a_column_was_added_read_it_as_null(store: TableStore) -> None:
    write_world(store, example_world())
    before = store.read("entities")
    for path in store.files("entities"):  # as an older version wrote them: no parent_id column
        old = pq.read_table(path)
        pq.write_table(
            old.drop_columns(["parent_id"]).replace_schema_metadata(old.schema.metadata), path
        )
    got = store.read("entities")
    assert got["parent_id"].isna().all()
    pd.testing.assert_frame_equal(got.drop(columns="parent_id"), before.drop(columns="parent_id"))
    assert store.read("entities", ["name", "parent_id"])["name"].tolist() == before["name"].tolist()
    manifest = store.manifest()
    (part, *_) = manifest.partitions("entities")
    assert store.read_partition(manifest, "entities", part)["parent_id"].null_count > 0
