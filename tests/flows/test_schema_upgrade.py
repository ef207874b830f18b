"""A data folder processed by schema version 1, then by this version: the next processing run adds
version-2 rows (with their closing credit) beside the old ones, and the query command, the export
and the web UI's SQLite file all carry the `credit` column."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

import flows.process as process
from pantau.cli import app
from pantau.ui.sqlite_build import refresh
from pipeline.core.config import settings
from pipeline.core.schema import ARTICLES
from pipeline.store import TableStore
from pipeline.store.layout import partition_of
from tests.fixtures.clean.articles import ARTICLES as FIXTURE_ARTICLES
from tests.flows.test_process import fixture_pages, inline_tasks, write_pages
from tests.pipeline.store.legacy import file_columns, file_version, written_as_v1

__all__ = ["inline_tasks"]  # a fixture, used by name

CREDIT_OF_SLUG = {a["slug"]: a["credit"] for a in FIXTURE_ARTICLES}
UNTOUCHED = "musrenbang"  # a story processed only by version 1: its partition is never rewritten


def slug_credit(url: str) -> str | None:
    return next(credit for slug, credit in CREDIT_OF_SLUG.items() if url.endswith(slug))


def article_versions(store: TableStore) -> dict[str, int]:
    return {
        p: file_version(store.root / "articles" / p / n)
        for p, n in store.manifest().partitions("articles").items()
    }


def test_processing_a_v1_folder_adds_v2_rows_with_credit_and_keeps_the_old_ones(
    data_dir: Path, inline_tasks: list[int]
) -> None:
    pages = fixture_pages()
    old = [p for i, p in enumerate(pages) if i % 2 == 0 or UNTOUCHED in p["url"]]
    new = [p for p in pages if p not in old]
    store = TableStore(data_dir)
    with written_as_v1():
        write_pages(data_dir, old, "run1")
        process.process_pages(data_dir, settings(), batch_size=4)
        ui_db, _, _ = refresh(data_dir)
    old_manifest = store.manifest()
    assert old_manifest.schema_version == 1
    assert all("credit" not in file_columns(f) for f in store.files("articles"))
    before = store.read("articles").set_index("article_id")
    assert len(before) >= 10 and before["credit"].isna().all()

    write_pages(data_dir, new, "run2")
    summary = process.process_pages(data_dir, settings(), batch_size=4)
    after = store.read("articles").set_index("article_id")
    assert summary["stored"] == len(after) - len(before) > 0
    kept = after.loc[before.index]  # every old row, unchanged, still without a credit
    pd.testing.assert_frame_equal(kept.drop(columns="credit"), before.drop(columns="credit"))
    assert kept["credit"].isna().all()
    added = after.drop(index=before.index)
    assert added["credit"].notna().sum() >= len(added) // 2
    for (
        _,
        row,
    ) in added.iterrows():  # a layout may not print the credit; when found, it is the story's
        assert pd.isna(row["credit"]) or row["credit"] == slug_credit(row["url"])

    manifest = store.manifest()
    assert manifest.schema_version == 2
    assert {"articles", "mentions", "entities"} <= set(old_manifest.tables)
    for table, parts in old_manifest.tables.items():  # no table, no partition lost
        assert set(parts) <= set(manifest.partitions(table)), table
    versions = article_versions(store)
    partitions = {partition_of("articles", row): row["url"] for row in after.to_dict("records")}
    untouched = {p for p, url in partitions.items() if UNTOUCHED in url}
    assert untouched and {versions[p] for p in untouched} == {1}
    assert {v for p, v in versions.items() if p not in untouched} == {2}

    result = CliRunner().invoke(
        app,
        [
            "query",
            "SELECT count(*) AS n, count(credit) AS credited FROM articles",
            "--format",
            "csv",
            "--data-dir",
            str(data_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == f"{len(after)},{after['credit'].notna().sum()}"

    out = data_dir / "export"
    result = CliRunner().invoke(
        app,
        [
            "export",
            "--format",
            "csv",
            "--table",
            "articles",
            "--output",
            str(out),
            "--data-dir",
            str(data_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    with open(out / "articles.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ARTICLES.names and len(rows) == len(after)

    _, counts, rebuilt = refresh(data_dir)
    assert rebuilt and counts["articles"] == len(after)
    conn = sqlite3.connect(ui_db)
    try:
        credits = conn.execute("SELECT count(*), count(credit) FROM articles").fetchone()
    finally:
        conn.close()
    assert credits == (len(after), after["credit"].notna().sum())


def test_the_ui_file_of_a_v1_folder_is_rebuilt_with_the_credit_column(
    data_dir: Path, inline_tasks: list[int]
) -> None:
    with written_as_v1():
        write_pages(data_dir, fixture_pages()[:4], "run1")
        process.process_pages(data_dir, settings(), batch_size=4)
        ui_db, _, rebuilt = refresh(data_dir)
        assert rebuilt and refresh(data_dir)[2] is False
    conn = sqlite3.connect(ui_db)
    try:
        assert "credit" not in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    finally:
        conn.close()
    _, counts, rebuilt = refresh(data_dir)  # the table files are unchanged, the schema is not
    assert rebuilt
    conn = sqlite3.connect(ui_db)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
        assert columns[columns.index("dateline") + 1] == "credit"
        assert conn.execute("SELECT count(credit) FROM articles").fetchone() == (0,)
    finally:
        conn.close()
