"""The extractor's flags (a text read in pieces, a time budget spent) reach articles.flags, for new
articles and for articles extracted again, so a reader of the table knows what was not looked for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import flows.process as process
import nlp
from flows.steps import Extracted, extract_batch, with_nlp_flags
from nlp.chunking import CHUNKED, OVER_BUDGET
from nlp.extraction import Extraction
from pipeline.core.article import Article
from pipeline.core.config import settings
from pipeline.core.errors import DropCounter
from pipeline.store import TableStore
from pipeline.store.synthetic import article, mention
from tests.flows.test_process import BODY, fake_articles, inline_tasks

__all__ = ["inline_tasks"]  # a fixture, used by name


@pytest.mark.parametrize(
    ("stored", "found", "expected"),
    [
        ([], [CHUNKED], [CHUNKED]),
        (
            ["date_rejected:site_widget"],
            [CHUNKED, OVER_BUDGET],
            ["date_rejected:site_widget", CHUNKED, OVER_BUDGET],
        ),
        ([CHUNKED, OVER_BUDGET, "parser_missed_body"], [CHUNKED], ["parser_missed_body", CHUNKED]),
        ([OVER_BUDGET], [], []),
        (["parser_missed_body"], [], ["parser_missed_body"]),
    ],
)
def test_an_extraction_replaces_the_older_extractors_flags_and_keeps_the_cleaners(
    stored: list[str], found: list[str], expected: list[str]
) -> None:
    assert with_nlp_flags(stored, found) == expected


def test_a_batch_carries_the_flags_of_the_articles_read_in_pieces(monkeypatch) -> None:
    def extractions(items: list[tuple[Any, ...]]) -> list[Extraction]:
        return [
            Extraction(item[0], [], [], "v", flags=[CHUNKED] if len(item[0]) > 10 else [])
            for item in items
        ]

    monkeypatch.setattr(nlp, "extract_many", extractions)
    got = extract_batch(
        [{"article_id": "long", "body": "x" * 20}, {"article_id": "short", "body": "x"}]
    )
    assert got.flags == {"long": [CHUNKED]}
    assert set(got.mentions) == {"long", "short"}


def stored_flags(folder: Path) -> dict[str, list[str]]:
    rows = TableStore(folder).read("articles", ["article_id", "flags"]).to_dict("records")
    return {r["article_id"]: list(r["flags"]) for r in rows}


def test_a_new_article_read_in_pieces_is_stored_with_the_flag(data_dir, monkeypatch) -> None:
    articles = fake_articles(2)
    cut = articles[0].article_id

    def fake_extract(arts: list[Article], *_: Any, **__: Any) -> Extracted:
        found = {
            a.article_id: [mention(a.article_id, "ORG", "Forum Warga Peduli Sungai", a.body)]
            for a in arts
        }
        return Extracted(found, {cut: [CHUNKED, OVER_BUDGET]})

    monkeypatch.setattr(
        process, "pending_page_index", lambda *_: [{"url": a.url} for a in articles]
    )
    monkeypatch.setattr(process, "portal_parsers", lambda *_: {})
    monkeypatch.setattr(process, "clean_all", lambda *_a, **_k: (articles, DropCounter(), set()))
    monkeypatch.setattr(process, "extract_all", fake_extract)
    process.process_pages(data_dir, settings(), batch_size=4)
    flags = stored_flags(data_dir)
    assert flags[cut] == [CHUNKED, OVER_BUDGET]
    assert flags[articles[1].article_id] == []


def test_an_article_extracted_again_loses_the_old_extractors_flag(data_dir, inline_tasks) -> None:
    store = TableStore(data_dir)
    row = {**article(1, body=BODY), "flags": [OVER_BUDGET, "parser_missed_body"]}
    store.upsert_articles([row])
    store.replace_mentions(
        [row["article_id"]],
        [mention(row["article_id"], "ORG", "Forum", BODY, extractor="pantau-nlp/old")],
    )
    assert process.process_pages(data_dir, settings(), batch_size=4)["reextracted"] == 1
    assert stored_flags(data_dir)[row["article_id"]] == ["parser_missed_body"]
