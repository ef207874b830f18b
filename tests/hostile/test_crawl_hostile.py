"""The real crawler subprocess against the hostile site: bounded time, the good article stored,
the bad ones counted, nothing stored before lost or fetched again."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from pipeline.core.article import canonical_url
from tests.hostile.crawling import portal_json, run_crawl, seed_page, stored_pages
from tests.hostile.server import GOOD_PATH, HOSTILE_ARTICLES, OLD_PATH, HostileSite, serve_hostile

pytest.importorskip("crawlers.run")
pytestmark = pytest.mark.slow

PORTAL = "hostile-site"
CRAWL_BUDGET_S = 60
# reasons each hostile article may be counted under ("stored": kept raw, the cleaner drops it later)
EXPECTED: dict[str, tuple[str, ...]] = {
    "redirect_loop": ("redirect_loop",),
    "redirect_cross_domain": ("offsite",),
    "redirect_to_loopback_alias": ("offsite", "private_address"),
    "rate_limited": ("http_error",),
    "server_error_storm": ("http_error",),
    "slow_drip": ("timeout",),
    "gzip_bomb": ("too_large",),
    "big_page_with_length": ("too_large",),
    "big_page_streamed": (
        "too_large",
        "timeout",
    ),  # cut at the size limit, or slower than the timeout
    "octet_stream": ("not_html",),
    "png_as_html": ("stored",),
    "empty_200": ("stored",),
}
BOUNDED_HITS = {"redirect_loop": 3}  # a, b, a again: where the loop shows; others: try + one retry


class Crawl:
    def __init__(
        self,
        site: HostileSite,
        stats: dict,
        seconds: float,
        seeded: Path,
        seeded_sha: str,
        data_dir: Path,
    ) -> None:
        self.site, self.stats, self.seconds = site, stats, seconds
        self.seeded, self.seeded_sha, self.data_dir = seeded, seeded_sha, data_dir


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    with serve_hostile() as site:
        base = site.base_url.rstrip("/")
        seeded = seed_page(data_dir, PORTAL, base + OLD_PATH)
        seeded_sha = hashlib.sha256(seeded.read_bytes()).hexdigest()
        started = time.monotonic()
        stats = run_crawl(
            portal_json(PORTAL, site.base_url), data_dir, "hostile-1", timeout=CRAWL_BUDGET_S + 20
        )
        seconds = time.monotonic() - started
    return Crawl(site, stats, seconds, seeded, seeded_sha, data_dir)


def test_hostile_crawl_finishes_in_bounded_time(crawl: Crawl) -> None:
    assert crawl.seconds < CRAWL_BUDGET_S
    assert crawl.stats["finish_reason"] == "finished"


def test_hostile_crawl_stores_the_good_article_once(crawl: Crawl) -> None:
    # canonical: the huge sitemap lists the same article under fragments, any one may come first
    urls = [
        canonical_url(row["url"]) for row in stored_pages(crawl.data_dir) if row["status"] == 200
    ]
    good = canonical_url(crawl.site.base_url.rstrip("/") + GOOD_PATH)
    assert urls.count(good) == 1


def test_hostile_crawl_keeps_and_skips_what_was_stored_before(crawl: Crawl) -> None:
    assert hashlib.sha256(crawl.seeded.read_bytes()).hexdigest() == crawl.seeded_sha
    assert crawl.site.hits_for(OLD_PATH) == 0
    urls = [canonical_url(row["url"]) for row in stored_pages(crawl.data_dir)]
    assert len(urls) == len(set(urls)), "a page was stored twice"


def test_hostile_crawl_stores_no_hostile_page_but_the_raw_ones(crawl: Crawl) -> None:
    base = crawl.site.base_url.rstrip("/")
    stored = {row["url"] for row in stored_pages(crawl.data_dir)}
    for name, path in HOSTILE_ARTICLES.items():
        assert (base + path in stored) == (EXPECTED[name] == ("stored",)), name


@pytest.mark.parametrize(
    "reasons", sorted({r for r in EXPECTED.values() if r != ("stored",)}), ids="+".join
)
def test_hostile_crawl_counts_each_bad_article_under_its_reason(
    crawl: Crawl, reasons: tuple[str, ...]
) -> None:
    """Articles whose reasons all lie within `reasons` are counted there (at least one each)."""
    expected = sum(1 for r in EXPECTED.values() if r != ("stored",) and set(r) <= set(reasons))
    counted = sum(crawl.stats["drops"].get(reason, 0) for reason in reasons)
    assert counted >= expected, crawl.stats["drops"]


@pytest.mark.parametrize("name", sorted(HOSTILE_ARTICLES))
def test_hostile_crawl_requests_each_bad_article_a_bounded_number_of_times(
    crawl: Crawl, name: str
) -> None:
    assert crawl.site.hits_for(HOSTILE_ARTICLES[name]) <= BOUNDED_HITS.get(name, 2)  # RETRY_TIMES=1


@pytest.mark.parametrize(
    "path",
    ["/sitemap_index.xml", "/sitemap-putar-a.xml", "/sitemap-putar-b.xml", "/sitemap-artikel.xml"],
)
def test_hostile_crawl_fetches_each_sitemap_once_despite_recursive_indexes(
    crawl: Crawl, path: str
) -> None:
    assert 1 <= crawl.site.hits_for(path) <= 2, f"{path} fetched {crawl.site.hits_for(path)} times"


def test_hostile_pages_stored_raw_are_dropped_by_the_cleaner_with_reasons(crawl: Crawl) -> None:
    """The hand-off to processing: the raw PNG and the empty page become reason-coded drops."""
    steps = pytest.importorskip("flows.steps")
    pages = [
        p for p in steps.read_pending_pages(crawl.data_dir, set(), set()) if p["portal"] == PORTAL
    ]
    result = steps.clean_pages(pages, {})
    base = crawl.site.base_url.rstrip("/")
    drops = {url: reason for url, reason, _ in result.drops}
    assert drops[base + HOSTILE_ARTICLES["png_as_html"]] == "binary"
    assert drops[base + HOSTILE_ARTICLES["empty_200"]] == "empty"
    assert canonical_url(base + GOOD_PATH) in {canonical_url(a.url) for a in result.articles}
