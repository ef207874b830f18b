"""`process` stopped between the mentions commit and the derived tables, or facing a damaged
table file: the next run finds it and finishes the work, with nothing lost."""

from __future__ import annotations

from typing import Any

import pytest

import flows.process as process
from flows.steps import Extracted
from pipeline.core.article import Article
from pipeline.core.config import settings
from pipeline.core.errors import DropCounter
from pipeline.store import TableStore
from pipeline.store.synthetic import mention
from tests.flows.test_process import fake_articles


def _pipeline(monkeypatch: pytest.MonkeyPatch, articles: list[Article]) -> None:
    def fake_extract(arts: list[Article], *_: Any, **__: Any) -> Extracted:
        return Extracted(
            {
                a.article_id: [mention(a.article_id, "ORG", "Forum Warga Peduli Sungai", a.body)]
                for a in arts
            }
        )

    monkeypatch.setattr(
        process,
        "pending_page_index",
        lambda *_: [{"url": a.url, "portal": "kota"} for a in articles],
    )
    monkeypatch.setattr(process, "portal_parsers", lambda *_: {})
    monkeypatch.setattr(
        process, "clean_all", lambda *_a, **_k: (list(articles), DropCounter(), set())
    )
    monkeypatch.setattr(process, "extract_all", fake_extract)


@pytest.mark.parametrize("stop_in", ["entities", "engagements"])
def test_a_run_stopped_before_the_derived_tables_is_completed_by_the_next(
    data_dir, monkeypatch, stop_in: str
):
    articles = fake_articles(3)
    _pipeline(monkeypatch, articles)
    original = TableStore.derive_table

    def disk_full(self: TableStore, table: str) -> int:
        if table == stop_in:
            raise OSError(28, "No space left on device")
        return original(self, table)

    with monkeypatch.context() as crash:
        crash.setattr(TableStore, "derive_table", disk_full)
        with pytest.raises(OSError, match="No space"):
            process.process_pages(data_dir, settings())
    store = TableStore(data_dir)
    assert store.derived_stale()
    _pipeline(monkeypatch, [])  # the next run: "0 new pages"
    summary = process.process_pages(data_dir, settings())
    assert summary["pages"] == 0
    assert not store.derived_stale()
    (entity,) = store.read("entities", ["name", "n_articles"]).to_dict("records")
    assert entity == {"name": "Forum Warga Peduli Sungai", "n_articles": 3}


def test_a_damaged_articles_file_is_quarantined_and_rebuilt_by_the_next_run(data_dir, monkeypatch):
    articles = fake_articles(3)
    _pipeline(monkeypatch, articles)
    process.process_pages(data_dir, settings())
    store = TableStore(data_dir)
    damaged = store.files("articles")[0]
    good = damaged.read_bytes()
    damaged.write_bytes(good[: len(good) // 3])
    summary = process.process_pages(data_dir, settings())
    assert any("quarantined" in line for line in summary["repaired"])
    assert len(store.read("articles")) == 3
    assert damaged.read_bytes() == good  # rewritten whole under its own name
    assert list((data_dir / "quarantine").rglob(damaged.name))
