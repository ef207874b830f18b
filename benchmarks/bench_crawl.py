"""Crawl speed on loopback and the request count of a recrawl.

`python -m benchmarks.bench_crawl` serves a fictional 2,000-article site on 127.0.0.1 (robots.txt
-> sitemap -> articles), crawls it once with politeness off, then crawls it again. It prints:
- pages/s of the first crawl (Scrapy's own elapsed time, and wall time including the ~1-2 s
  subprocess start), against a baseline measured in the same run: a plain sequential urllib
  loop over the same pages (the server's single-client speed, no parsing or storage);
- how many requests the recrawl of the unchanged site sent (and how many were articles: 0).
Needs no ../shared data.
"""

from __future__ import annotations

import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from crawlers.portals import Portal
from crawlers.runner import run_crawl
from tests.crawlers.fixture_server import Reply, Site, serve
from tests.crawlers.sites import XML, article_html

N_PAGES = 2000
POLITENESS_OFF = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "PANTAU_FLUSH_ITEMS": 200,
    "LOG_LEVEL": "WARNING",
}


def big_site(n: int = N_PAGES) -> Site:
    paths = [f"/berita/{i}/kegiatan-pemerintah-dan-ormas-nomor-{i}" for i in range(n)]
    urls = "".join(f"<url><loc>{{BASE}}{p}</loc><lastmod>2025-03-01</lastmod></url>" for p in paths)
    sitemap = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    routes: dict[str, Any] = {
        "/robots.txt": Reply(
            content_type="text/plain", body=b"User-agent: *\nSitemap: {BASE}/sitemap.xml\n"
        ),
        "/sitemap.xml": Reply(content_type=XML, body=sitemap.encode()),
    }
    routes.update({p: Reply(body=article_html(i)) for i, p in enumerate(paths)})
    return Site(routes, paths)


def urllib_baseline(site: Site, sample: int = 500) -> float:
    """Pages/s of a plain sequential GET loop (no parsing, no storage) over `sample` pages."""
    base = site.base_url.rstrip("/")
    started = time.perf_counter()
    for path in site.articles[:sample]:
        with urllib.request.urlopen(base + path, timeout=10) as response:
            response.read()
    return sample / (time.perf_counter() - started)


def main() -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory(prefix="pantau-bench-crawl-") as tmp,
        serve(big_site()) as site,
    ):
        data_dir = Path(tmp)
        baseline = urllib_baseline(site)
        site.log.clear()
        portal = Portal(name="bench", base_url=site.base_url, politeness=POLITENESS_OFF)
        started = time.perf_counter()
        first = run_crawl(portal, data_dir=data_dir, run_id="first", allow_private=True)
        wall = time.perf_counter() - started
        site.log.clear()
        second = run_crawl(portal, data_dir=data_dir, run_id="second", allow_private=True)
        recrawl_requests = len(site.log)
        recrawl_articles = sum(1 for p in site.log if p.startswith("/berita/"))
    elapsed = float(first["stats"].get("elapsed_time_seconds") or wall)
    figures = {
        "pages": first["new_articles"],
        "crawl_pages_per_s": round(first["new_articles"] / elapsed, 1),
        "crawl_pages_per_s_wall": round(first["new_articles"] / wall, 1),
        "baseline_urllib_sequential_pages_per_s": round(baseline, 1),
        "first_status": first["status"],
        "recrawl_requests": recrawl_requests,
        "recrawl_article_requests": recrawl_articles,
        "recrawl_new_articles": second["new_articles"],
    }
    print(
        f"crawl of {figures['pages']} loopback pages, politeness off: {figures['crawl_pages_per_s']} pages/s "
        f"({figures['crawl_pages_per_s_wall']} pages/s wall, with subprocess start); "
        f"baseline sequential urllib: {figures['baseline_urllib_sequential_pages_per_s']} pages/s"
    )
    print(
        f"recrawl of the unchanged site: {recrawl_requests} requests "
        f"({recrawl_articles} article requests, {figures['recrawl_new_articles']} new articles)"
    )
    return figures


if __name__ == "__main__":
    main()
