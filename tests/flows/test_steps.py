"""Pure processing steps: which pages are pending, newest fetch wins, dedup order, batching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from flows.steps import (
    attach_html,
    batches,
    extract_mentions,
    latest_pages,
    order_for_dedup,
    pending_page_index,
    read_pending_pages,
)
from pipeline.core.article import Article
from pipeline.core.parquet_io import to_table, write_atomic

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def page(url: str, *, status: int = 200, hours: int = 0, html: bytes = b"<html></html>") -> dict:
    return {
        "url": url,
        "final_url": url,
        "portal": "kota",
        "province": "Banten",
        "status": status,
        "fetched_at": T0 + timedelta(hours=hours),
        "html": html,
        "sha256": f"sha-{url}-{hours}",
        "encoding": "utf-8",
        "content_type": "text/html",
    }


def test_latest_pages_keeps_newest_ok_fetch_per_canonical_url():
    rows = [
        page("https://kota.go.id/a/", hours=1),
        page("https://KOTA.go.id/a", hours=5),
        page("https://kota.go.id/b", status=404),
        page("https://kota.go.id/c", hours=2),
    ]
    got = latest_pages(rows)
    assert [(p["url"], p["fetched_at"].hour) for p in got] == [
        ("https://KOTA.go.id/a", 5),
        ("https://kota.go.id/c", 2),
    ]


def test_read_pending_pages_skips_processed_and_dropped(data_dir: Path):
    rows = [
        page("https://kota.go.id/a", html=b"A"),
        page("https://kota.go.id/b", html=b"B"),
        page("https://kota.go.id/c", html=b"C"),
    ]
    folder = data_dir / "raw" / "pages" / "portal=kota"
    write_atomic(to_table(rows[:2], "pages"), folder / "run1-00000.parquet", "pages")
    write_atomic(to_table(rows[2:], "pages"), folder / "run1-00001.parquet", "pages")
    pending = read_pending_pages(
        data_dir, {("https://kota.go.id/b", "sha-https://kota.go.id/b-0")}, {"https://kota.go.id/c"}
    )
    assert [(p["url"], p["html"]) for p in pending] == [("https://kota.go.id/a", b"A")]


def test_dedup_order_is_earliest_first_undated_last():
    def art(url, day):
        return Article(
            url=url,
            title="t",
            body="b",
            published_at=T0 + timedelta(days=day) if day is not None else None,
        )

    got = order_for_dedup([art("u3", None), art("u2", 3), art("u1", 1)])
    assert [a.url for a in got] == ["u1", "u2", "u3"]


WIT = timezone(timedelta(hours=9))  # Papua: 09:00 WIT is 00:00 UTC


def test_dedup_order_compares_times_in_utc_across_time_zones():
    # 08:00 WIT (23:00 UTC the day before) was published before 01:00 UTC, although 08 > 01
    papua = Article(
        url="papua", title="t", body="b", published_at=datetime(2026, 11, 2, 8, tzinfo=WIT)
    )
    java = Article(
        url="java", title="t", body="b", published_at=datetime(2026, 11, 2, 1, tzinfo=UTC)
    )
    assert [a.url for a in order_for_dedup([java, papua])] == ["papua", "java"]


def test_dedup_keeps_the_cleaners_relevance_and_fills_it_only_when_missing(monkeypatch):
    import pipeline.clean
    from flows.process import dedup_and_score

    calls: list[str] = []

    def counting_relevance(text: str) -> tuple[bool, list[str]]:
        calls.append(text)
        return True, ["ormas"]

    monkeypatch.setattr(pipeline.clean, "relevance", counting_relevance)
    cleaned = Article(url="a", title="t", body="satu dua", published_at=T0, relevant=False)
    bare = Article(url="b", title="t", body="tiga empat", published_at=T0)
    got = {a.url: (a.relevant, a.relevance_terms) for a in dedup_and_score([cleaned, bare], [])}
    assert got == {"a": (False, []), "b": (True, ["ormas"])}
    assert len(calls) == 1


@pytest.mark.parametrize(("n", "size", "shape"), [(0, 3, []), (5, 2, [2, 2, 1]), (3, 0, [1, 1, 1])])
def test_batches(n, size, shape):
    assert [len(b) for b in batches(list(range(n)), size)] == shape


def test_pending_index_has_no_html_and_attach_html_reads_rows_across_row_groups(data_dir: Path):
    import pyarrow.parquet as pq

    rows = [page(f"https://kota.go.id/{n}", html=f"H{n}".encode()) for n in range(7)]
    folder = data_dir / "raw" / "pages" / "portal=kota"
    folder.mkdir(parents=True)
    write_atomic(to_table(rows, "pages"), folder / "run1-00000.parquet", "pages")
    index = pending_page_index(data_dir, set(), set())
    assert len(index) == 7 and not any("html" in p for p in index)
    # several row groups: the HTML of a batch comes from the row groups that hold it
    grouped = folder / "run1-00000.parquet"
    pq.write_table(pq.read_table(grouped), grouped, row_group_size=2)
    chosen = [p for p in index if p["url"].endswith(("/5", "/0", "/3"))][::-1]
    got = attach_html(chosen)
    assert [(p["url"][-1], p["html"]) for p in got] == [
        (p["url"][-1], f"H{p['url'][-1]}".encode()) for p in chosen
    ]
    assert not any(k.startswith("_") for p in got for k in p)


_DAY_MONTH_BODY = (
    "Bupati Contoh menerima audiensi pengurus PCNU Contoh di pendopo kabupaten, Kamis (8/2). "
    "Pertemuan itu membahas rencana kegiatan bersama."
)


@pytest.mark.parametrize("page_year,expected", [(2024, ["2024-02-08"]), (None, [])])
def test_a_day_month_date_takes_the_url_year_when_the_article_has_no_publication_date(
    page_year: int | None, expected: list[str]
) -> None:
    item = {"article_id": "a", "body": _DAY_MONTH_BODY, "published": None, "province": None}
    mentions = extract_mentions([{**item, "page_year": page_year}])["a"]
    assert [m["normalized"] for m in mentions if m["type"] == "DATE"] == expected
