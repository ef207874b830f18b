"""Item pipeline: article pages to `raw/pages/portal=<name>/<run_id>-<seq>.parquet` in small batches.

Each batch is its own atomically written file, so a crawl killed at any moment keeps every batch
already flushed; the next crawl skips those URLs and fetches the rest.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

from crawlers.runstats import FLUSH_REQUESTED
from crawlers.state import next_sequence, pages_dir
from pipeline.core.parquet_io import to_table, write_atomic


class PagesParquetPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.batch_items = settings.getint("PANTAU_FLUSH_ITEMS", 25)
        self.batch_seconds = settings.getfloat("PANTAU_FLUSH_SECONDS", 5.0)
        self.rows: list[dict[str, Any]] = []
        self.last_flush = time.monotonic()
        self.seq = 0
        self.folder: Path | None = None
        self.run_id = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PagesParquetPipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.flush, signal=FLUSH_REQUESTED)  # a shutdown has begun
        return pipeline

    def open_spider(self) -> None:
        spider: Any = self.crawler.spider
        data_dir = Path(self.crawler.settings.get("PANTAU_DATA_DIR"))
        self.run_id = spider.run_id
        self.folder = pages_dir(data_dir, spider.portal.name)
        self.seq = next_sequence(data_dir, spider.portal.name, self.run_id)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self.rows.append({k: v for k, v in item.items() if not k.startswith("_")})
        due = time.monotonic() - self.last_flush >= self.batch_seconds
        if len(self.rows) >= self.batch_items or due:
            self.flush()
        return item

    def close_spider(self) -> None:
        self.flush()

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        if not self.rows or self.folder is None:
            return
        path = self.folder / f"{self.run_id}-{self.seq:05d}.parquet"
        write_atomic(to_table(self.rows, "pages"), path, "pages")
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("pantau/pages_stored", len(self.rows))
        stats.inc_value("pantau/page_files", 1)
        self.seq += 1
        self.rows = []
