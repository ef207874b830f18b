"""The process flow's store step: entities are rebuilt once per processing run, after every batch."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import flows.process as process
from pipeline.article import Article
from pipeline.config import settings
from pipeline.errors import DropCounter
from pipeline.store import TableStore
from pipeline.store.synthetic import mention

BODY = "Bupati Sukamaju Asep Permana membuka rapat bersama Forum Warga Peduli Sungai di kantor bupati."


def fake_articles(n: int) -> list[Article]:
    return [Article(url=f"https://kota.example/berita/{i}", title=f"Judul {i}", body=f"{BODY} Nomor {i}.",
                    published_at=datetime(2026, 11, 1 + i, tzinfo=UTC), portal="kota", province="Banten",
                    relevant=True, fetched_at=datetime(2026, 11, 20, tzinfo=UTC)) for i in range(n)]


def test_entities_are_rebuilt_once_per_run_not_per_batch(data_dir, monkeypatch):
    articles = fake_articles(4)
    batches_seen: list[int] = []

    def fake_extract(arts: list[Article], size: int, *_: Any, **__: Any) -> dict[str, list[dict]]:
        batches_seen.append(len(process.batches(arts, size)))
        return {a.article_id: [mention(a.article_id, "ORG", "Forum Warga Peduli Sungai", a.body)] for a in arts}

    monkeypatch.setattr(process, "read_pending_pages", lambda *_: [{"url": a.url, "portal": "kota"} for a in articles])
    monkeypatch.setattr(process, "portal_parsers", lambda *_: {})
    monkeypatch.setattr(process, "clean_all", lambda *_a, **_k: (articles, DropCounter(), set()))
    monkeypatch.setattr(process, "extract_all", fake_extract)
    rebuilds: list[int] = []
    original = TableStore.rebuild_entities

    def counting(self: TableStore) -> int:
        rebuilds.append(1)
        return original(self)

    monkeypatch.setattr(TableStore, "rebuild_entities", counting)
    summary = process.process_pages(data_dir, settings(), batch_size=1)
    assert batches_seen == [4] and summary["stored"] == 4
    assert len(rebuilds) == 1
    (entity,) = TableStore(data_dir).read("entities", ["name", "n_articles"]).to_dict("records")
    assert entity == {"name": "Forum Warga Peduli Sungai", "n_articles": 4}
