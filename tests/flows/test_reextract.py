"""Stored articles whose mentions another extractor version wrote are extracted again on the next
processing run; the ones this version wrote, and copies, are left alone."""

from __future__ import annotations

from pathlib import Path

import flows.process as process
from nlp.version import VERSION
from pipeline.core.config import settings
from pipeline.store import TableStore
from pipeline.store.synthetic import article, mention
from tests.flows.test_process import fixture_pages, inline_tasks, write_pages

__all__ = ["inline_tasks"]  # a fixture, used by name

BODY = (
    "Bupati Sukamaju Asep Permana membuka rapat bersama Forum Warga Peduli Sungai di kantor bupati."
)


def stored(folder: Path, extractors: dict[int, str]) -> TableStore:
    """A store with one article per number, each with one mention written by the given extractor."""
    store = TableStore(folder)
    rows = [article(n, body=BODY) for n in extractors]
    store.upsert_articles(rows)
    store.replace_mentions(
        [r["article_id"] for r in rows],
        [
            mention(
                r["article_id"], "ORG", "Forum Warga Peduli Sungai", BODY, extractor=extractors[n]
            )
            for n, r in zip(extractors, rows, strict=True)
        ],
    )
    store.rebuild_entities()
    return store


def mention_extractors(store: TableStore) -> dict[str, set[str]]:
    rows = store.read("mentions", ["article_id", "extractor"])
    return {i: set(group["extractor"]) for i, group in rows.groupby("article_id")}


def test_only_articles_of_another_extractor_version_are_extracted_again(data_dir, inline_tasks):
    store = stored(data_dir, {1: "pantau-nlp/2", 2: VERSION})
    old, current = (article(n)["article_id"] for n in (1, 2))
    before = store.read("mentions").set_index("article_id").loc[current].to_dict()

    summary = process.process_pages(data_dir, settings(), batch_size=4)
    assert summary["reextracted"] == 1 and summary["pages"] == 0
    extractors = mention_extractors(store)
    assert extractors[old] == {VERSION} and extractors[current] == {VERSION}
    found = set(store.read("mentions").query("article_id == @old")["type"])
    assert {"OFFICIAL", "ORG"} <= found  # the rules of today, not the stored row copied over
    assert store.read("mentions").set_index("article_id").loc[current].to_dict() == before

    again = process.process_pages(data_dir, settings(), batch_size=4)
    assert again["reextracted"] == 0


def test_new_pages_and_stale_articles_in_one_run_are_each_extracted_once(data_dir, inline_tasks):
    store = stored(data_dir, {1: "pantau-nlp/2"})
    write_pages(data_dir, fixture_pages()[:4], "run1")
    summary = process.process_pages(data_dir, settings(), batch_size=4)
    assert summary["reextracted"] == 1 and summary["stored"] >= 1
    assert {e for found in mention_extractors(store).values() for e in found} == {VERSION}
