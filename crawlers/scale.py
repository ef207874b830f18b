"""Crawl scale-out: the crawl workers of one portal share an article queue and a seen-set in Redis.

With `crawl.redis_url` set (pantau.toml or PANTAU_CRAWL__REDIS_URL), crawlers.run swaps Scrapy's
scheduler for SharedScheduler, built on scrapy-redis (an optional extra: `pip install 'pantau[redis]'`).

- Article requests go through Redis: scrapy-redis' dupefilter (a shared seen-set) and priority
  queue, so each article URL is fetched by one worker only and stored once, under that worker's run.
- Discovery requests (robots.txt, sitemaps, feeds, listings, and retries) carry `dont_filter` and
  stay in the worker that made them: the spider decides which discovery source to try next from
  what its own callbacks listed, so they must run in the worker that asked for them.
- Keys `pantau:crawl:<portal>:{requests,seen,workers}` persist (SCHEDULER_PERSIST) while a worker
  of the crawl runs or requests are left: a worker started later continues the queue. The last
  worker to leave a drained queue deletes them, so the next scheduled crawl starts afresh (known
  articles are skipped through the raw page store, as without Redis).

Politeness, robots.txt, the safety middlewares and the page store are untouched: they act on the
requests each worker downloads, whichever queue those came from.
"""

from __future__ import annotations

import heapq
import itertools
import re
from typing import Any

from pipeline.core.errors import ConfigError
from pipeline.core.settings_model import Settings

KEY_PREFIX = "pantau:crawl:"
KEY_TTL_SECONDS = (
    2 * 24 * 3600
)  # keys left by a killed worker expire instead of blocking the next crawl
SCHEDULER_PATH = "crawlers.scale.SharedScheduler"


def crawl_key(portal: str) -> str:
    """The Redis key prefix of one portal's crawl (scrapy-redis %-formats keys: keep it plain)."""
    return KEY_PREFIX + re.sub(r"[^A-Za-z0-9._-]", "_", portal)


def redis_settings(config: Settings, portal: str) -> dict[str, Any]:
    """Scrapy settings that switch a crawl of `portal` to the shared Redis queue ({} when not configured)."""
    url = config.crawl.redis_url.strip()
    if not url:
        return {}
    check_redis(url)
    key = crawl_key(portal)
    return {
        "SCHEDULER": SCHEDULER_PATH,
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": f"{key}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{key}:seen",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "REDIS_URL": url,
        "PANTAU_REDIS_KEY": key,
    }


def check_redis(url: str) -> None:
    """A clear error naming crawl.redis_url when scrapy-redis is missing or Redis does not answer."""
    try:
        import redis
        import scrapy_redis  # noqa: F401 (only its presence is checked here)
    except ImportError as exc:
        raise ConfigError(
            f"crawl.redis_url is set but {exc.name} is not installed: pip install 'pantau[redis]'"
        ) from exc
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5)
        client.ping()
        client.close()
    except (ValueError, redis.RedisError) as exc:
        raise ConfigError(f"crawl.redis_url={url!r}: Redis does not answer ({exc})") from exc


def _base_scheduler() -> type:
    try:
        from scrapy_redis.scheduler import Scheduler
    except ImportError:  # the optional extra is absent: crawlers.run never selects this scheduler
        return object
    return Scheduler  # type: ignore[no-any-return]


class SharedScheduler(_base_scheduler()):  # type: ignore[misc]
    """scrapy-redis' scheduler, with discovery kept local and the shared keys cleaned up at the end.

    scrapy-redis 0.9 calls `stats.inc_value(..., spider=)`, which Scrapy 2.19 deprecates, shares
    every request (discovery included), lets one worker hoard the queue and never deletes a
    persisted seen-set: those parts are replaced here; queue, dupefilter, serialisation and
    connection are scrapy-redis' own.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.local: list[tuple[int, int, Any]] = []  # heap of (-priority, order, request)
        self.order = itertools.count()
        self.key = ""
        self.crawler: Any = None
        self.in_flight_cap = 1

    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedScheduler:
        instance: SharedScheduler = super().from_crawler(crawler)
        instance.key = crawler.settings.get("PANTAU_REDIS_KEY") or crawl_key("default")
        instance.crawler = crawler
        instance.in_flight_cap = max(1, crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        return instance

    @property
    def workers_key(self) -> str:
        return f"{self.key}:workers"

    def open(self, spider: Any) -> None:
        super().open(spider)
        self.server.incr(self.workers_key)
        for key in (self.workers_key, self.queue.key, self.df.key):
            self.server.expire(key, KEY_TTL_SECONDS)

    def close(self, reason: str) -> None:
        left = int(self.server.decr(self.workers_key))
        if left <= 0 and len(self.queue) == 0:
            # the crawl is complete: the next one must not inherit its seen-set
            self.server.delete(self.queue.key, self.df.key, self.workers_key)

    def enqueue_request(self, request: Any) -> bool:
        if request.dont_filter:
            heapq.heappush(self.local, (-request.priority, next(self.order), request))
            self._count("scheduler/enqueued/local")
            return True
        if self.df.request_seen(request):
            self.df.log(request, self.spider)
            self._count("scheduler/filtered/redis")
            return False
        self.queue.push(request)
        self._count("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Any:
        if self.local:
            self._count("scheduler/dequeued/local")
            return heapq.heappop(self.local)[2]
        if self._downloader_full():
            return None  # the engine asks again when a download ends (and on its 5 s heartbeat)
        request = self.queue.pop(0)  # never a blocking pop: it would stall Twisted's reactor
        if request is not None:
            self._count("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        return bool(self.local) or len(self.queue) > 0

    def __len__(self) -> int:
        return len(self.local) + len(self.queue)

    def _downloader_full(self) -> bool:
        """True while this worker downloads as much as politeness lets it.

        Scrapy pops up to CONCURRENT_REQUESTS at once into the downloader's per-site queue: a
        worker would hoard the shared queue (the other workers idle) and, stopped early, lose the
        requests it held. So a shared request is taken only when it can be downloaded now.
        """
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        return downloader is not None and len(downloader.active) >= self.in_flight_cap

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
