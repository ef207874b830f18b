"""Pure processing steps the process flow runs as tasks (importable by Dask workers).

No Prefect here: plain functions from pages to articles and mentions, so they run the same in
a thread, a Dask worker or a test. Heavy imports (the cleaner, spaCy) happen inside the
functions, once per worker process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.clean import clean_html
from pipeline.core.article import Article, canonical_url
from pipeline.core.errors import Dropped
from pipeline.core.parquet_io import parquet_files

PAGE_COLUMNS = [
    "url",
    "final_url",
    "portal",
    "province",
    "fetched_at",
    "status",
    "content_type",
    "encoding",
    "sha256",
]


@dataclass
class CleanResult:
    articles: list[Article] = field(default_factory=list)
    drops: list[tuple[str, str, str]] = field(default_factory=list)  # (url, reason, detail)


def page_key(page: dict[str, Any]) -> tuple[str, str]:
    """What makes a page already processed: its canonical URL and its content hash."""
    return canonical_url(page["url"]), str(page.get("sha256") or "")


def latest_pages(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The newest fetch of each canonical URL (status 200 only), in a stable order."""
    best: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row.get("status") != 200 or not row.get("url"):
            continue
        key = canonical_url(row["url"])
        if key not in best or (row.get("fetched_at") or datetime.min) > (
            best[key].get("fetched_at") or datetime.min
        ):
            best[key] = row
    return [best[k] for k in sorted(best)]


def _page_index(path: Path) -> list[dict[str, Any]]:
    """The page rows of one file without their HTML (cheap), each with its file and row number."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.core.errors import DamagedFileError
    from pipeline.core.parquet_io import RECOVERY, file_metadata

    file_metadata(path, "pages")  # a damaged file is named, with the recovery step
    try:
        rows: list[dict[str, Any]] = pq.read_table(path, columns=PAGE_COLUMNS).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise DamagedFileError(f"{path}: unreadable page file ({exc}); {RECOVERY}") from exc
    for number, row in enumerate(rows):
        row["_file"], row["_row"] = str(path), number
    return rows


def _file_html(file: str, rows: set[int], chunk: int = 256) -> dict[int, Any]:
    """The HTML of some rows of one file, read a few hundred rows at a time and only from the row
    groups that hold them: a file's whole HTML column is never in memory at once."""
    parquet = pq.ParquetFile(file)
    wanted: list[tuple[int, int]] = []  # (row group, its first row)
    start = 0
    for group in range(parquet.metadata.num_row_groups):
        size = parquet.metadata.row_group(group).num_rows
        if any(start <= r < start + size for r in rows):
            wanted.append((group, start))
        start += size
    found: dict[int, Any] = {}
    for group, offset in wanted:
        for batch in parquet.iter_batches(batch_size=chunk, row_groups=[group], columns=["html"]):
            column = batch.column(0)
            for r in rows.intersection(range(offset, offset + len(column))):
                found[r] = column[r - offset].as_py()
            offset += len(column)
    return found


def attach_html(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chosen index rows (from `pending_page_index`) with their HTML, in the same order."""
    by_file: dict[str, set[int]] = {}
    for page in pages:
        by_file.setdefault(page["_file"], set()).add(page["_row"])
    html = {file: _file_html(file, rows) for file, rows in by_file.items()}
    return [
        dict(
            {k: v for k, v in p.items() if not k.startswith("_")}, html=html[p["_file"]][p["_row"]]
        )
        for p in pages
    ]


def pending_page_index(
    data_dir: Path, done_keys: set[tuple[str, str]], done_urls: set[str]
) -> list[dict[str, Any]]:
    """Pages not yet processed, newest fetch per URL, WITHOUT their HTML (`attach_html` adds it a
    batch at a time); ordered by file and row, so that a batch reads few files."""
    index = [row for path in parquet_files(data_dir / "raw" / "pages") for row in _page_index(path)]
    pending = [
        page
        for page in latest_pages(index)
        if page_key(page) not in done_keys and canonical_url(page["url"]) not in done_urls
    ]
    return sorted(pending, key=lambda p: (p["_file"], p["_row"]))


def read_pending_pages(
    data_dir: Path, done_keys: set[tuple[str, str]], done_urls: set[str]
) -> list[dict[str, Any]]:
    """Pages not yet processed, with their HTML, all at once (small folders and tests), by URL."""
    pending = pending_page_index(data_dir, done_keys, done_urls)
    return attach_html(sorted(pending, key=lambda p: canonical_url(p["url"])))


def _finish(article: Article, page: dict[str, Any]) -> Article:
    """Fill what the page knows and the cleaner cannot: portal, province, fetch time."""
    article.url = article.url or page["url"]
    article.portal = page.get("portal") or article.portal
    article.province = page.get("province") or article.province
    article.fetched_at = article.fetched_at or page.get("fetched_at")
    return article


def clean_pages(pages: list[dict[str, Any]], parsers: dict[str, str | None]) -> CleanResult:
    """Clean a batch of pages; every unusable page becomes a drop with its reason."""
    result = CleanResult()
    for page in pages:
        try:
            article = clean_html(
                page["html"],
                page["url"],
                parser=parsers.get(page.get("portal") or ""),
                encoding=page.get("encoding"),
            )
        except Dropped as drop:
            result.drops.append((page["url"], drop.reason.value, drop.detail))
            continue
        result.articles.append(_finish(article, page))
    return result


def utc_naive(stamp: datetime) -> datetime:
    """One comparable time line: an aware time converted to UTC; a naive one is taken as UTC."""
    return stamp.astimezone(UTC).replace(tzinfo=None) if stamp.tzinfo else stamp


def order_for_dedup(articles: list[Article]) -> list[Article]:
    """Earliest first (in UTC: portals publish in WIB, WITA and WIT), so the first copy of a
    syndicated text is the original; undated articles last; equal times by article_id (the
    Deduper's own tie-break), so the original never depends on the order pages arrived in."""
    far = datetime.max
    return sorted(
        articles, key=lambda a: (utc_naive(a.published_at) if a.published_at else far, a.article_id)
    )


def published_date(article: dict[str, Any] | Article) -> date | None:
    stamp = article.published_at if isinstance(article, Article) else article.get("published_at")
    return stamp.date() if isinstance(stamp, datetime) else None


@dataclass
class Extracted:
    """What the NLP stage found, by article_id: mentions, and the extractor's flags for articles it
    could not read whole (nlp/chunking.py: `nlp_chunked`, `nlp_time_budget`), which go to
    articles.flags so a reader knows entities past that point were not looked for."""

    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    flags: dict[str, list[str]] = field(default_factory=dict)

    def update(self, other: Extracted) -> None:
        self.mentions.update(other.mentions)
        self.flags.update(other.flags)


def extract_batch(items: list[dict[str, Any]]) -> Extracted:
    """Mentions and flags of each article ({article_id, body, published, province, page_year})."""
    import nlp  # here, not at the top: spaCy takes seconds to load, and readers of pages never need it

    out = Extracted()
    extractions = list(
        nlp.extract_many(
            [(i["body"], i.get("published"), i.get("province"), i.get("page_year")) for i in items]
        )
    )
    for item, extraction in zip(items, extractions, strict=True):
        key = item["article_id"]
        out.mentions[key] = [dict(m, article_id=key) for m in extraction.mentions]
        if extraction.flags:
            out.flags[key] = list(extraction.flags)
    return out


def extract_mentions(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Mentions of each article ({article_id, body, published, province, page_year} items), by
    article_id."""
    return extract_batch(items).mentions


NLP_FLAG_PREFIX = "nlp_"  # every flag the extractor sets starts so (nlp/chunking.py)


def with_nlp_flags(flags: list[str], found: list[str]) -> list[str]:
    """An article's flags with the extractor's replaced by `found` (a re-extraction may read
    whole a text an older extractor cut)."""
    kept = [f for f in flags if not f.startswith(NLP_FLAG_PREFIX)]
    return kept + [f for f in dict.fromkeys(found) if f not in kept]


def stale_extractions(store: Any, version: str) -> list[str]:
    """Articles whose stored mentions another version of the extractor wrote (an article without
    mentions carries no version: it is left as it is)."""
    got = store.read_arrow("mentions", ["article_id", "extractor"])
    other = got.filter(pc.not_equal(got["extractor"], version))
    return sorted(set(other["article_id"].to_pylist()))


@cache
def code_fingerprint(*packages: str) -> str:
    """A hash of the source and data files of `packages`: a cache key part that changes with the code."""
    digest = hashlib.sha256()
    for package in packages:
        root = Path(str(resources.files(package)))
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".json", ".txt", ".toml", ".tsv", ".csv"}:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def batches(items: list[Any], size: int) -> list[list[Any]]:
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)]
