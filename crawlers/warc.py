"""Optional WARC copy of the article pages a crawl stores (`PANTAU_WARC = True` in the settings).

One gzip WARC per run and portal: `raw/warc/portal=<name>/<run_id>.warc.gz`, a `response` record
per stored page (full response headers, body as received). Each record is its own gzip member,
so a file cut short by a kill still reads up to its last complete record.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

HTTP_HEADERS_KEY = "_http_headers"  # item key carrying the full headers; not a PAGES column


def warc_path(data_dir: Path, portal: str, run_id: str) -> Path:
    return data_dir / "raw" / "warc" / f"portal={portal}" / f"{run_id}.warc.gz"


class WarcPipeline:
    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("PANTAU_WARC"):
            raise NotConfigured("PANTAU_WARC is off")
        self.crawler = crawler
        self.handle: IO[bytes] | None = None
        self.writer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        from warcio.warcwriter import WARCWriter

        spider: Any = self.crawler.spider
        path = warc_path(
            Path(str(self.crawler.settings.get("PANTAU_DATA_DIR"))),
            spider.portal.name,
            spider.run_id,
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(path, "ab")  # noqa: SIM115 (closed in close_spider)
        self.writer = WARCWriter(self.handle, gzip=True)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        from warcio.statusandheaders import StatusAndHeaders

        headers = item.pop(HTTP_HEADERS_KEY, None) or []
        http_headers = StatusAndHeaders(f"{item['status']} OK", headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            item["final_url"],
            "response",
            payload=BytesIO(item["html"]),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": item["fetched_at"].strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        self.writer.write_record(record)
        return item

    def close_spider(self) -> None:
        if self.handle is not None:
            self.handle.close()
