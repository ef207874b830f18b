"""A data folder written by schema version 1 (no `articles.credit`), opened by this version:
everything reads (credit null), a write rewrites only the partitions it touches at version 2,
and nothing stored is lost. A file of a version this Pantau cannot read is refused by name."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.core.article import article_id_for
from pipeline.core.errors import SchemaVersionError
from pipeline.core.schema import ARTICLES, SCHEMA_VERSION
from pipeline.store import TableStore, api
from pipeline.store.export import export_tables
from pipeline.store.query import connect
from pipeline.store.synthetic import example_world, write_world
from tests.pipeline.store.legacy import file_columns, file_version, set_file_version, written_as_v1

DERIVED = ("articles", "mentions", "entities", "engagements")


@pytest.fixture
def v1_store(data_dir: Path) -> TableStore:
    store = TableStore(data_dir)
    with written_as_v1():
        write_world(store, example_world())
    return store


def versions(store: TableStore, table: str) -> dict[str, int]:
    manifest = store.manifest()
    return {
        part: file_version(store.root / table / part / name)
        for part, name in manifest.partitions(table).items()
    }


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("article_id").sort_index()


def test_the_v1_folder_is_what_version_1_wrote(v1_store: TableStore) -> None:
    assert SCHEMA_VERSION == 2
    assert v1_store.manifest().schema_version == 1
    assert set(versions(v1_store, "articles").values()) == {1}
    assert all("credit" not in file_columns(f) for f in v1_store.files("articles"))


def test_every_article_of_a_v1_folder_reads_with_a_null_credit(v1_store: TableStore) -> None:
    got = v1_store.read("articles")
    assert list(got.columns) == ARTICLES.names
    assert sorted(got["article_id"]) == sorted(a["article_id"] for a, _ in example_world())
    assert got["credit"].isna().all()
    assert got["title"].notna().all()
    assert v1_store.read("articles", ["credit"])["credit"].isna().sum() == len(got)
    manifest = v1_store.manifest()
    part = next(iter(manifest.partitions("articles")))
    assert v1_store.read_partition(manifest, "articles", part)["credit"].null_count > 0


def test_query_and_api_over_a_v1_folder_give_a_null_credit(v1_store: TableStore) -> None:
    folder = v1_store.data_dir
    counts = api.sql("SELECT count(*) AS n, count(credit) AS credited FROM articles", folder)
    assert counts.to_dict("records") == [{"n": 4, "credited": 0}]
    with connect(folder) as db:
        assert list(db.sql("SELECT * FROM articles LIMIT 1").columns) == ARTICLES.names
        assert len(db.search("Jaelani")) > 0
    assert len(api.engagements(data_dir=folder)) > 0
    assert api.table("articles", folder)["credit"].isna().all()


def credited(pairs: list, index: int, n: int) -> list[dict[str, Any]]:
    """A stored article of `pairs` again with a credit, and a new one in the same partition."""
    old = {**pairs[index][0], "credit": "(Humas)"}
    url = old["url"].replace(f"/{index + 1}", f"/{n}")
    new = {**old, "url": url, "article_id": None, "title": f"Baru {n}", "credit": "(ant/jpnn)"}
    return [old, new]


# the manifest lists partitions in name order: the lembahkota one is first, the 2024-05 one third;
# a plain multi-file read would fail on a v2 file before a v1 one, and drop credit the other way
@pytest.mark.parametrize("touched", [2, 1], ids=["v2-file-first", "v1-file-first"])
def test_a_write_rewrites_only_touched_partitions_at_v2_and_keeps_every_row(
    v1_store: TableStore, touched: int
) -> None:
    pairs = example_world()
    before = {t: v1_store.read(t) for t in DERIVED}
    rows = credited(pairs, touched, 50)
    assert v1_store.upsert_articles(rows) == 1
    after = by_id(v1_store.read("articles"))
    assert len(after) == 5
    untouched = by_id(before["articles"]).drop(index=pairs[touched][0]["article_id"])
    pd.testing.assert_frame_equal(after.loc[untouched.index], untouched)
    assert after.loc[pairs[touched][0]["article_id"], "credit"] == "(Humas)"
    assert sorted(after["credit"].dropna()) == ["(Humas)", "(ant/jpnn)"]
    for table in DERIVED[1:]:  # tables the write did not touch are still there, unchanged
        pd.testing.assert_frame_equal(v1_store.read(table), before[table])
    manifest = v1_store.manifest()
    assert manifest.schema_version == 2 and set(manifest.tables) == set(DERIVED)
    part = next(
        p
        for p in manifest.partitions("articles")
        if str(pairs[touched][0]["published_at"])[:7] in p
    )
    assert {p: v for p, v in versions(v1_store, "articles").items() if v == 2} == {part: 2}
    assert "credit" in file_columns(
        v1_store.root / "articles" / part / manifest.partitions("articles")[part]
    )
    with connect(v1_store.data_dir) as db:
        got = db.sql("SELECT article_id, credit, title FROM articles ORDER BY article_id")
    assert (
        got.set_index("article_id")["credit"].dropna().to_dict()
        == after["credit"].dropna().to_dict()
    )
    assert got["title"].tolist() == after["title"].tolist()


def test_derived_tables_rebuild_after_the_upgrade_without_losing_rows(v1_store: TableStore) -> None:
    pairs = example_world()
    before = {t: v1_store.read(t) for t in DERIVED}
    article, mentions = pairs[3]
    url = article["url"] + "-ulang"
    copy = {**article, "url": url, "article_id": article_id_for(url), "credit": "(kn-2)"}
    write_world(v1_store, [(copy, [{**m, "article_id": copy["article_id"]} for m in mentions])])
    after = {t: v1_store.read(t) for t in DERIVED}
    assert len(after["mentions"]) == len(before["mentions"]) + len(mentions)
    assert set(before["entities"]["entity_id"]) <= set(after["entities"]["entity_id"])
    assert set(before["engagements"]["engagement_id"]) < set(after["engagements"]["engagement_id"])
    assert set(versions(v1_store, "entities").values()) == {2}  # rebuilt: written at v2
    assert v1_store.manifest().schema_version == 2


def test_export_of_a_partly_upgraded_folder_carries_credit(
    v1_store: TableStore, tmp_path: Path
) -> None:
    v1_store.upsert_articles(credited(example_world(), 2, 60))
    (path,) = export_tables(v1_store.data_dir, "csv", tmp_path, ["articles"])
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ARTICLES.names
    assert len(rows) == 5
    assert sorted(r["credit"] for r in rows if r["credit"]) == ["(Humas)", "(ant/jpnn)"]


READERS: dict[str, Callable[[TableStore], object]] = {
    "store.read": lambda s: s.read("articles"),
    "api.sql": lambda s: api.sql("SELECT count(*) FROM articles", s.data_dir),
    "export": lambda s: export_tables(s.data_dir, "json", s.data_dir / "out", ["articles"]),
    "upsert into its partition": lambda s: s.upsert_articles(
        [{**example_world()[0][0], "credit": "(x)"}]
    ),
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_file_of_an_unreadable_version_is_refused_naming_it(
    v1_store: TableStore, reader: str
) -> None:
    a1 = example_world()[0][0]
    manifest = v1_store.manifest()
    part = next(p for p in manifest.partitions("articles") if "2024-03" in p)
    victim = v1_store.root / "articles" / part / manifest.partitions("articles")[part]
    assert a1["article_id"] in set(v1_store.read("articles")["article_id"])
    set_file_version(victim, 99)
    with pytest.raises(
        SchemaVersionError, match=re.escape(str(victim)) + r".*schema version 99.*reads \[1, 2\]"
    ):
        READERS[reader](v1_store)
