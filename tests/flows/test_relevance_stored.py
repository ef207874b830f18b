"""The process flow stores `articles.relevant` from the engagement rule (as `pantau extract`),
for new articles and for stored ones extracted again; the cleaner's keyword flag is replaced."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

import flows.process as process
from flows.steps import Extracted, extract_batch
from pipeline.core.article import Article
from pipeline.core.config import settings
from pipeline.core.errors import DropCounter
from pipeline.store import TableStore
from pipeline.store.synthetic import article, mention
from tests.flows.test_process import inline_tasks

__all__ = ["inline_tasks"]  # a fixture, used by name

ENGAGED = (
    "Bupati Sukamaju Asep Permana menerima audiensi pengurus Forum Warga Peduli Sungai di pendopo."
)
ORDINARY = (
    "Bupati Sukamaju Asep Permana meninjau jembatan desa yang dibangun Dinas PU.\n"
    "Warga menyebut yayasan setempat pernah menanam pohon di sana."
)


def flagged(folder: Any) -> dict[str, bool]:
    rows = TableStore(folder).read("articles", ["body", "relevant"]).to_dict("records")
    return {r["body"]: bool(r["relevant"]) for r in rows}


def test_new_articles_store_the_rules_flag_not_the_keyword_one(data_dir, monkeypatch):
    articles = [
        Article(
            url=f"https://kota.example/berita/{n}",
            title="Berita",
            body=body,
            published_at=datetime(2026, 11, 2, tzinfo=UTC),
            relevant=keyword,  # what the cleaner said
        )
        for n, (body, keyword) in enumerate([(ENGAGED, False), (ORDINARY, True)])
    ]

    def extract(arts: list[Article], *_: Any, **__: Any) -> Extracted:
        return extract_batch([{"article_id": a.article_id, "body": a.body} for a in arts])

    monkeypatch.setattr(
        process, "pending_page_index", lambda *_: [{"url": a.url} for a in articles]
    )
    monkeypatch.setattr(process, "portal_parsers", lambda *_: {})
    monkeypatch.setattr(process, "clean_all", lambda *_a, **_k: (articles, DropCounter(), set()))
    monkeypatch.setattr(process, "extract_all", extract)
    summary = process.process_pages(data_dir, settings(), batch_size=4)
    assert summary["relevant"] == 1
    assert flagged(data_dir) == {ENGAGED: True, ORDINARY: False}


@pytest.mark.parametrize(("body", "expected"), [(ENGAGED, True), (ORDINARY, False)])
def test_articles_extracted_again_get_the_rules_flag(data_dir, inline_tasks, body, expected):
    store = TableStore(data_dir)
    row = {**article(1, body=body), "relevant": not expected}
    store.upsert_articles([row])
    store.replace_mentions(
        [row["article_id"]],
        [mention(row["article_id"], "ORG", "Forum", body, extractor="pantau-nlp/old")],
    )
    assert process.process_pages(data_dir, settings(), batch_size=4)["reextracted"] == 1
    assert flagged(data_dir) == {body: expected}
