"""The process flow's store step: entities are rebuilt once per processing run, after every batch."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import flows.batch_tasks as batch_tasks
import flows.process as process
from flows.steps import Extracted
from pipeline.core.article import Article
from pipeline.core.config import settings
from pipeline.core.errors import DropCounter
from pipeline.core.parquet_io import to_table, write_atomic
from pipeline.store import TableStore
from pipeline.store.synthetic import mention

BODY = (
    "Bupati Sukamaju Asep Permana membuka rapat bersama Forum Warga Peduli Sungai di kantor bupati."
)


def fake_articles(n: int) -> list[Article]:
    return [
        Article(
            url=f"https://kota.example/berita/{i}",
            title=f"Judul {i}",
            body=f"{BODY} Nomor {i}.",
            published_at=datetime(2026, 11, 1 + i, tzinfo=UTC),
            portal="kota",
            province="Banten",
            relevant=True,
            fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
        )
        for i in range(n)
    ]


def test_entities_are_rebuilt_once_per_run_not_per_batch(data_dir, monkeypatch):
    articles = fake_articles(4)
    batches_seen: list[int] = []

    def fake_extract(arts: list[Article], size: int, *_: Any, **__: Any) -> Extracted:
        batches_seen.append(len(process.batches(arts, size)))
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
    monkeypatch.setattr(process, "clean_all", lambda *_a, **_k: (articles, DropCounter(), set()))
    monkeypatch.setattr(process, "extract_all", fake_extract)
    rebuilds: list[int] = []
    original = TableStore.derive_table

    def counting(self: TableStore, table: str) -> int:
        rebuilds.extend([1] if table == "entities" else [])
        return original(self, table)

    monkeypatch.setattr(TableStore, "derive_table", counting)
    summary = process.process_pages(data_dir, settings(), batch_size=1)
    assert batches_seen == [4] and summary["stored"] == 4
    assert len(rebuilds) == 1
    (entity,) = TableStore(data_dir).read("entities", ["name", "n_articles"]).to_dict("records")
    assert entity == {"name": "Forum Warga Peduli Sungai", "n_articles": 4}


# ---- streaming: HTML read a batch at a time; dedup seeded from persisted signatures -----------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"
START = datetime(2026, 11, 20, tzinfo=UTC)


def fixture_pages() -> list[dict[str, Any]]:
    """Raw page rows from the generic-layout cleaning fixtures: several layouts of each story,
    so near-copies land in different batches."""
    rows = [
        r
        for r in json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
        if r["kind"] == "html" and r["parser"] is None
    ]
    return [
        raw_page(f"https://kota.example/berita/{r['id']}", (FIXTURES / r["file"]).read_bytes(), n)
        for n, r in enumerate(rows)
    ]


def raw_page(url: str, html: bytes, n: int) -> dict[str, Any]:
    return {
        "url": url,
        "final_url": url,
        "portal": "kota",
        "province": "Banten",
        "status": 200,
        "fetched_at": START + timedelta(minutes=n),
        "html": html,
        "sha256": hashlib.sha256(html).hexdigest(),
        "encoding": "utf-8",
        "content_type": "text/html",
    }


def write_pages(folder: Path, rows: list[dict[str, Any]], run: str) -> None:
    half = len(rows) // 2 or 1
    for number, part in enumerate((rows[:half], rows[half:])):
        if part:
            target = folder / "raw" / "pages" / "portal=kota" / f"{run}-{number:05d}.parquet"
            write_atomic(to_table(part, "pages"), target, "pages")


class InlineTask:
    """A Prefect task's function on a thread pool: the flow's batching without a Prefect run."""

    def __init__(self, task_obj: Any, pool: ThreadPoolExecutor) -> None:
        self.fn, self.pool = task_obj.fn, pool

    def submit(self, *args: Any) -> Future:
        return self.pool.submit(self.fn, *args)


@pytest.fixture
def inline_tasks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Run batch tasks in threads; yields the size of every batch whose HTML was read."""
    html_batches: list[int] = []
    real_attach = batch_tasks.attach_html

    def counting_attach(chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
        html_batches.append(len(chunk))
        return real_attach(chunk)

    with ThreadPoolExecutor(max_workers=2) as pool:
        monkeypatch.setattr(process, "retrying", lambda task_obj, *_: InlineTask(task_obj, pool))
        monkeypatch.setattr(batch_tasks, "attach_html", counting_attach)
        yield html_batches


def stored_articles(folder: Path) -> list[dict[str, Any]]:
    table = TableStore(folder).read("articles", ["article_id", "url", "body", "dup_of", "relevant"])
    return table.sort_values("article_id").to_dict("records")


def test_streamed_processing_stores_what_one_batch_stores(tmp_path, inline_tasks):
    pages = fixture_pages()
    streamed, whole = tmp_path / "streamed", tmp_path / "whole"
    for folder in (streamed, whole):
        write_pages(folder, pages, "run1")
    small = process.process_pages(streamed, settings(), batch_size=2)
    assert inline_tasks == [2] * (len(pages) // 2) + [1] * (len(pages) % 2)
    inline_tasks.clear()
    big = process.process_pages(whole, settings(), batch_size=1000)
    assert inline_tasks == [len(pages)]
    assert small["stored"] == big["stored"] > 2 and small["duplicates"] == big["duplicates"] > 0
    assert small["mentions"] == big["mentions"]
    assert stored_articles(streamed) == stored_articles(whole)


def test_dedup_signatures_are_saved_and_seed_the_next_run_without_bodies(
    data_dir, inline_tasks, monkeypatch
):
    from pipeline.dedup.deduper import Deduper
    from pipeline.dedup.signature_file import signature_path

    pages = fixture_pages()
    write_pages(data_dir, pages[:1], "run1")
    process.process_pages(data_dir, settings(), batch_size=2)
    assert signature_path(data_dir).is_file()
    # a near-copy (one word changed): only the MinHash signature, not the content hash, finds it
    html = pages[0]["html"].replace(b"</p>", b" tambahan</p>", 1)
    assert html != pages[0]["html"]
    write_pages(data_dir, [raw_page("https://kota.example/berita/salinan", html, 99)], "run2")
    columns_read: list[list[str]] = []
    loaded: list[int] = []
    real_read, real_load = TableStore.read, Deduper.load_signatures

    def spying_read(self: TableStore, table: str, columns: list[str] | None = None) -> Any:
        columns_read.append([table, *(columns or ["*"])])
        return real_read(self, table, columns)

    def spying_load(self: Deduper, path: Any) -> int:
        loaded.append(real_load(self, path))
        return loaded[-1]

    monkeypatch.setattr(TableStore, "read", spying_read)
    monkeypatch.setattr(Deduper, "load_signatures", spying_load)
    summary = process.process_pages(data_dir, settings(), batch_size=2)
    assert loaded == [1]
    assert not [c for c in columns_read if c[0] == "articles" and ("body" in c or "*" in c)]
    copy = [a for a in stored_articles(data_dir) if a["url"].endswith("/salinan")]
    assert summary["duplicates"] == 1 and copy and copy[0]["dup_of"]
