"""Crawl scale-out through scrapy-redis: crawl workers against a local redis-server and a fixture site."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from crawlers.runner import run_crawl
from crawlers.scale import crawl_key, redis_settings
from pipeline.core.errors import ConfigError
from pipeline.core.settings_model import CrawlSettings, Settings
from tests.crawlers import sites
from tests.crawlers.conftest import fixture_portal, stored_rows
from tests.crawlers.fixture_server import serve

redis = pytest.importorskip(
    "redis", reason="the redis extra is not installed: pip install -e '.[redis]'"
)
pytest.importorskip(
    "scrapy_redis", reason="the redis extra is not installed: pip install -e '.[redis]'"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(
            "redis-server is not on PATH (CI installs it; locally: apt-get install -y redis-server)"
        )
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        _wait_for(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(url: str, server: subprocess.Popen[bytes], seconds: float = 10.0) -> None:
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            client.ping()
            return
        except redis.ConnectionError:
            time.sleep(0.05)
    pytest.fail(f"redis-server on {url} did not start (exit code {server.poll()})")


@pytest.fixture
def client(redis_url: str) -> Iterator[Any]:
    connection = redis.Redis.from_url(redis_url)
    connection.flushall()
    yield connection
    connection.close()


def crawl(
    portal: Any, data_dir: Path, run_id: str, redis_url: str, **kwargs: Any
) -> dict[str, Any]:
    return run_crawl(
        portal,
        data_dir=data_dir,
        run_id=run_id,
        allow_private=True,
        env={"PANTAU_CRAWL__REDIS_URL": redis_url},
        **kwargs,
    )


def article_fetches(log: list[str], articles: list[str]) -> Counter[str]:
    return Counter(path for path in log if path in set(articles))


@pytest.mark.slow
def test_two_workers_on_one_portal_share_the_articles_fetching_each_once(
    data_dir: Path, redis_url: str, client: Any
) -> None:
    site_data = sites.sitemap_only_site(n=30)
    site_data.article_delay = 0.15  # a slow site: both workers are still busy when the other starts
    with serve(site_data) as site:
        portal = fixture_portal(site.base_url, name="shared")
        with ThreadPoolExecutor(2) as pool:
            runs = list(
                pool.map(lambda run_id: crawl(portal, data_dir, run_id, redis_url), ["wa", "wb"])
            )
    fetched = article_fetches(site.log, site.articles)
    assert sorted(fetched) == sorted(site.articles) and set(fetched.values()) == {1}
    rows = stored_rows(data_dir, "shared")
    stored = Counter(r["url"].removeprefix(site.base_url.rstrip("/")) for r in rows)
    assert sorted(stored) == sorted(site.articles) and set(stored.values()) == {1}
    by_run = Counter(r["run_id"] for r in rows)
    assert by_run["wa"] > 0 and by_run["wb"] > 0, f"one worker did all the work: {by_run}"
    assert [s["status"] for s in runs] == ["ok", "ok"]
    assert not client.keys(
        crawl_key("shared") + ":*"
    )  # the crawl is complete: the next starts afresh


@pytest.mark.slow
def test_a_worker_started_later_continues_the_queue_an_early_stop_left_in_redis(
    data_dir: Path, redis_url: str, client: Any
) -> None:
    with serve(sites.sitemap_only_site(n=12)) as site:
        portal = fixture_portal(
            site.base_url, name="resumed", politeness={"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
        )
        first = crawl(portal, data_dir, "w1", redis_url, max_pages=3)
        left = client.zcard(crawl_key("resumed") + ":requests")
        second = crawl(portal, data_dir, "w2", redis_url)
    assert first["new_articles"] == 3 and left > 0
    assert second["new_articles"] == left  # exactly the queue the first worker left
    fetched = article_fetches(site.log, site.articles)
    assert set(fetched.values()) == {1}  # nothing fetched twice across the two workers
    rows = stored_rows(data_dir, "resumed")
    assert len(site.articles) - len(rows) <= 1  # at most the one download in flight at the stop
    assert not client.keys(crawl_key("resumed") + ":*")


def _with_redis(url: str) -> Settings:
    return Settings(crawl=CrawlSettings(redis_url=url))


def test_without_a_redis_url_the_crawl_keeps_scrapys_own_scheduler() -> None:
    assert redis_settings(Settings(), "any") == {}


def test_an_unreachable_redis_is_a_config_error_naming_the_setting() -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    with pytest.raises(ConfigError, match="crawl.redis_url"):
        redis_settings(_with_redis(url), "any")


def test_redis_settings_key_the_shared_queue_by_portal(redis_url: str) -> None:
    settings = redis_settings(_with_redis(redis_url), "kab serang%")
    assert settings["SCHEDULER"] == "crawlers.scale.SharedScheduler"
    assert settings["SCHEDULER_PERSIST"] is True
    assert settings["SCHEDULER_QUEUE_KEY"] == "pantau:crawl:kab_serang_:requests"
    assert settings["SCHEDULER_DUPEFILTER_KEY"] == "pantau:crawl:kab_serang_:seen"
