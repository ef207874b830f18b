"""Scrapy settings of the Pantau crawler project (`scrapy.cfg` points here).

Politeness comes from Pantau's config (`[crawl]` in defaults.toml / pantau.toml / PANTAU_CRAWL__*);
a portal's `politeness` dict and the runner's overrides are applied on top (crawlers.run).
"""

from __future__ import annotations

from typing import Any

from pipeline.core.config import settings as pantau_settings
from pipeline.core.settings_model import Settings


def from_pantau_config(config: Settings) -> dict[str, Any]:
    """Scrapy settings derived from Pantau's effective config."""
    crawl = config.crawl
    return {
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "DOWNLOAD_DELAY": float(crawl.download_delay),
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrent_requests_per_domain,
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(float(crawl.download_delay), 0.5),
        "DOWNLOAD_MAXSIZE": crawl.max_bytes,
        "DOWNLOAD_WARNSIZE": crawl.max_bytes // 2,
        "DOWNLOAD_TIMEOUT": crawl.timeout,
        "RETRY_TIMES": crawl.retry_times,
        "PANTAU_SINCE": crawl.since,
        "PANTAU_BACKFILL_DAYS": crawl.backfill_days,
        "PANTAU_LISTING_BUDGET": crawl.listing_budget,
        "PANTAU_MAX_LISTING_PAGES": crawl.max_listing_pages,
        "PANTAU_DATA_DIR": str(config.data_dir),
    }


BOT_NAME = "pantau"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

RETRY_ENABLED = True
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
PANTAU_RETRY_BACKOFF = 2.0  # seconds before the first retry, doubled each time
PANTAU_RETRY_BACKOFF_MAX = 60.0
PANTAU_FLUSH_ITEMS = 25  # pages per Parquet batch file
PANTAU_FLUSH_SECONDS = 5.0  # ... or at most this long between batches
PANTAU_MAX_LISTING_PAGES = 50  # listing / REST pages followed per listing path
# discovery pages (sitemaps, feeds, listings) per crawl: PANTAU_LISTING_BUDGET, and with --max-pages
# at most 2 per article (at least 10) -- a calendar trap ends there, not at the crawl's hard timeout
PANTAU_DISCOVERY_PER_PAGE = 2
PANTAU_MIN_DISCOVERY_PAGES = 10
PANTAU_CUTOFF_MARGIN_DAYS = 2.0  # re-look this far behind the last complete crawl

CONCURRENT_REQUESTS = 16
# Scrapy runs each callback's output through CONCURRENT_ITEMS asyncio tasks: 100 (its default)
# tasks per callback for the few items and requests ours yield dominated the CPU of a daily run
CONCURRENT_ITEMS = 8
# Scrapy parses every callback's source (per spider instance) to warn about generator return
# values: ~20 ms per callback and crawl, most of a crawl's start-up CPU in crawlers.many
WARN_ON_GENERATOR_RETURN_VALUE = False
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening port per crawl
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 0
LOG_LEVEL = "INFO"
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "id,en;q=0.8",
}

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.SafetyMiddleware": 60,  # before robots.txt is fetched
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.robots.SharedRobotsTxtMiddleware": 100,  # one robots.txt download per host
    "crawlers.middlewares.DnsTimeoutMiddleware": 540,  # sees a lookup failure after Retry gave up
    "crawlers.request_limits.BackoffMiddleware": 560,
    "crawlers.request_limits.DiscoveryBudgetMiddleware": 570,
    "crawlers.middlewares.RefusedAddressMiddleware": 595,  # its exceptions are seen before Retry's
    "crawlers.middlewares.ProxySafetyMiddleware": 950,  # after HttpProxyMiddleware has chosen the proxy
}
# the connected address is checked where Twisted decides it (DNS rebinding): crawlers.resolver
TWISTED_DNS_RESOLVER = "crawlers.resolver.SafeHostnameResolver"
# Scrapy's 60 s applies only to its threaded resolver; ours and SafetyMiddleware's lookups use this.
# Below the configured DOWNLOAD_TIMEOUT (30 s), so a dead DNS is reported as such, not as a slow site
DNS_TIMEOUT = 20.0
ITEM_PIPELINES = {"crawlers.warc.WarcPipeline": 200, "crawlers.pipelines.PagesParquetPipeline": 300}
PANTAU_WARC = False  # True: also write raw/warc/portal=<name>/<run_id>.warc.gz (crawlers.warc)
EXTENSIONS = {"crawlers.runstats.RunStatsExtension": 500}

globals().update(from_pantau_config(pantau_settings()))
