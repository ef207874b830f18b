"""End-to-end crawls (one subprocess each) against fictional sites served on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawlers.runner import run_crawl
from crawlers.warc import warc_path
from tests.crawlers import sites
from tests.crawlers.conftest import FAST, article_requests, fixture_portal, stored_rows
from tests.crawlers.fixture_server import Reply, serve

pytestmark = pytest.mark.slow


def test_every_source_of_a_wordpress_site_is_walked_and_each_article_fetched_once(
    data_dir: Path,
) -> None:
    with serve(sites.wordpress_site(n=6)) as site:
        stats = run_crawl(
            fixture_portal(site.base_url), data_dir=data_dir, run_id="r1", allow_private=True
        )
    assert stats["status"] == "ok"
    assert {s["source"] for s in stats["discovery"]} == {"sitemap", "feed", "wp-json", "listing"}
    assert (
        site.log.index("/robots.txt")
        < site.log.index("/wp-sitemap.xml")
        < site.log.index("/wp-sitemap-posts-post-1.xml")
    )
    assert site.requested("/feed/") and site.requested("/wp-json")
    assert site.log.count("/robots.txt") == 1  # the rules and the Sitemap lines share one download
    assert (
        site.log.count("/") == 1
    )  # the homepage is both the first listing page and the feed's pointer
    assert all(site.log.count(p) == 1 for p in site.articles)
    rows = stored_rows(data_dir, "fixture")
    assert len(rows) == 6 and stats["articles"] == 6


@pytest.mark.parametrize(
    ("make_site", "used", "missing"),
    [
        (sites.feed_only_site, "feed", ["sitemap", "wp-json"]),
        (sites.cms_site, "listing", ["sitemap", "wp-json"]),
    ],
)
def test_a_site_with_one_working_source_is_crawled_through_it_and_the_absent_ones_are_marked(
    data_dir: Path, make_site, used: str, missing: list[str]
) -> None:
    with serve(make_site()) as site:
        stats = run_crawl(
            fixture_portal(site.base_url), data_dir=data_dir, run_id="r1", allow_private=True
        )
    stops = {s["source"]: s["stop"] for s in stats["discovery"] if s["source"] in missing}
    assert stops == dict.fromkeys(missing, "missing")
    rows = stored_rows(data_dir, "fixture")
    assert rows and {r["discovered_via"] for r in rows} == {used}
    assert stats["new_articles"] == len(rows) == len(site.articles)


def test_wordpress_rest_walk_asks_newest_modified_first_and_stops_at_known_posts(
    data_dir: Path,
) -> None:
    with serve(sites.wordpress_site(n=4)) as site:
        portal = fixture_portal(site.base_url, discovery=("wp-json",))
        first = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True)
        site.log.clear()
        second = run_crawl(portal, data_dir=data_dir, run_id="r2", allow_private=True)
    assert first["new_articles"] == 4
    assert "orderby=modified" in site.requested("/wp-json")[0]
    assert second["new_articles"] == 0 and not article_requests(site.log, "pemkab-contoh")
    assert second["discovery"][0]["stop"] == "known"


def test_generic_crawl_of_an_unregistered_site_from_its_url_alone_with_a_warc_copy(
    data_dir: Path,
) -> None:
    # a URL named explicitly on loopback is allowed without --allow-private
    with serve(sites.sitemap_only_site(n=8)) as site:
        stats = run_crawl(
            url=site.base_url,
            data_dir=data_dir,
            run_id="r1",
            settings={**FAST, "PANTAU_WARC": True},
        )
    name = stats["portal"]
    assert name.startswith("127.0.0.1-")
    assert stats["status"] == "ok" and stats["new_articles"] == 8
    rows = stored_rows(data_dir, name)
    assert len(rows) == 8
    with open(warc_path(data_dir, name, "r1"), "rb") as handle:
        records = [
            (r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(handle)
        ]
    assert sorted(uri for uri, _ in records) == sorted(r["final_url"] for r in rows)
    assert all(b"Pemkab Contoh" in body for _, body in records)
    assert json.loads((data_dir / "raw" / "runs" / "r1" / f"{name}.json").read_text()) == stats


def test_recrawl_of_an_unchanged_site_downloads_no_known_article(data_dir: Path) -> None:
    with serve(sites.cms_site(n=25)) as site:
        portal = fixture_portal(site.base_url)
        first = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True)
        site.log.clear()
        second = run_crawl(portal, data_dir=data_dir, run_id="r2", allow_private=True)
    assert first["new_articles"] == 25
    assert article_requests(site.log, "/berita/detail/") == []
    assert "/berita" in site.log  # listing pages are always re-fetched
    assert second["new_articles"] == 0 and second["status"] == "ok"
    assert len(stored_rows(data_dir, "fixture")) == 25


def test_interrupted_crawl_resumes_where_it_stopped(data_dir: Path) -> None:
    with serve(sites.sitemap_only_site(n=12)) as site:
        portal = fixture_portal(
            site.base_url, politeness={"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "PANTAU_FLUSH_ITEMS": 2}
        )
        first = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True, max_pages=5)
        stored_first = {r["url"] for r in stored_rows(data_dir, "fixture")}
        site.log.clear()
        second = run_crawl(portal, data_dir=data_dir, run_id="r2", allow_private=True)
        second_log = list(site.log)
        third = run_crawl(portal, data_dir=data_dir, run_id="r3", allow_private=True)
    # the partial run settled nothing: the second walked the whole sitemap; the third fetches nothing
    assert second["coverage"]["mode"] == "backfill" and third["coverage"]["mode"] == "incremental"
    assert third["stats"]["pantau/articles_known"] == 12 and third["new_articles"] == 0
    assert first["status"] == "partial" and first["finish_reason"] == "max_pages"
    assert len(stored_first) == 5
    rows = stored_rows(data_dir, "fixture")
    urls = [r["url"] for r in rows]
    assert len(urls) == len(set(urls)) == 12  # nothing lost, nothing fetched twice
    refetched = [
        p
        for p in article_requests(second_log, "/read/")
        if site.base_url.rstrip("/") + p in stored_first
    ]
    assert refetched == []
    assert second["new_articles"] == 12 - len(stored_first)


OFFSITE = (
    "http://portal-lain.invalid/berita/pindahan"  # never resolved: the offsite check comes first
)


def redirect(location: str) -> Reply:
    return Reply(302, body=b"pindah", headers={"Location": location})


def endless_redirects() -> Reply:
    """Each answer redirects to a new URL (as session-id loops do): only REDIRECT_MAX_TIMES ends it."""
    endless_redirects.count = getattr(endless_redirects, "count", 0) + 1  # type: ignore[attr-defined]
    return redirect(f"/sesi?n={endless_redirects.count}")  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One crawl of a site with a robots-disallowed page, a flaky page, an oversize page, a PDF,
    an article and a sitemap redirecting offsite, a redirect loop and an endless redirect chain."""
    site_def = sites.sitemap_only_site(n=9)
    disallowed, flaky, big, pdf, offsite, loop, chain = (
        f"/read/{100 + i}/{sites.slug(i)}" for i in range(7)
    )
    site_def.routes["/robots.txt"] = Reply(
        content_type="text/plain",
        body=(
            f"User-agent: *\nDisallow: {disallowed}\nSitemap: {{BASE}}/peta-situs\nSitemap: {{BASE}}/sitemap-lama.xml\n"
            "Sitemap: {BASE}/indeks.xml\n"
        ).encode(),
    )
    site_def.routes["/indeks.xml"] = Reply(
        content_type=sites.XML, body=sites._sitemap_index(["/indeks.xml", "/peta-situs"])
    )
    site_def.routes["/peta-situs"] = redirect("/sitemap.xml")  # discovery follows an onsite move
    good = site_def.routes[flaky]
    answers = [Reply(503, body=b"sibuk"), Reply(500, body=b"galat")]
    site_def.routes[flaky] = lambda: answers.pop(0) if answers else good  # type: ignore[assignment,return-value]
    site_def.routes[big] = Reply(body=b"<html><body>" + b"x" * 300_000 + b"</body></html>")
    site_def.routes[pdf] = Reply(content_type="application/pdf", body=b"%PDF-1.4 contoh")
    site_def.routes[offsite] = redirect(OFFSITE)
    site_def.routes["/sitemap-lama.xml"] = redirect(
        OFFSITE + ".xml"
    )  # discovery requests bypass the dupe filter
    site_def.routes[loop] = redirect("/putar")
    site_def.routes["/putar"] = redirect(loop)
    site_def.routes[chain] = site_def.routes["/sesi"] = endless_redirects  # type: ignore[assignment]
    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    with serve(site_def) as site:
        portal = fixture_portal(site.base_url, politeness={"DOWNLOAD_MAXSIZE": 100_000})
        stats = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True)
    stored = {
        r["url"].removeprefix(site.base_url.rstrip("/")) for r in stored_rows(data_dir, "fixture")
    }
    return {
        "stats": stats,
        "log": site.log,
        "stored": stored,
        "disallowed": disallowed,
        "flaky": flaky,
        "big": big,
        "pdf": pdf,
        "offsite": offsite,
        "loop": loop,
        "chain": chain,
    }


def test_robots_txt_is_honoured_and_fetched_once_and_each_sitemap_once(
    hostile_crawl: dict[str, Any],
) -> None:
    log = hostile_crawl["log"]
    assert hostile_crawl["disallowed"] not in log
    assert hostile_crawl["stats"]["drops"]["robots_disallowed"] == 1
    assert log.count("/robots.txt") == 1  # rules and Sitemap lines from one download
    # an index listing itself and a sitemap it shares with robots.txt: each requested once
    assert [log.count(p) for p in ("/indeks.xml", "/peta-situs", "/sitemap.xml")] == [1, 1, 1]


def test_redirects_offsite_are_dropped_and_redirect_loops_end(
    hostile_crawl: dict[str, Any],
) -> None:
    stats, log = hostile_crawl["stats"], hostile_crawl["log"]
    assert stats["drops"]["offsite"] == 2  # the article's and the sitemap's redirect
    assert stats["drops"]["redirect_loop"] == 2  # the loop and the endless chain
    assert log.count(hostile_crawl["loop"]) == 1 and log.count("/putar") == 1
    assert len([p for p in log if p.startswith("/sesi")]) == 5  # REDIRECT_MAX_TIMES
    assert (
        not {hostile_crawl["offsite"], hostile_crawl["loop"], hostile_crawl["chain"]}
        & hostile_crawl["stored"]
    )


def test_server_errors_are_retried_with_backoff_until_the_page_arrives(
    hostile_crawl: dict[str, Any],
) -> None:
    assert hostile_crawl["log"].count(hostile_crawl["flaky"]) == 3
    assert hostile_crawl["stats"]["stats"]["retry/count"] == 2
    assert hostile_crawl["flaky"] in hostile_crawl["stored"]


def test_oversize_and_non_html_responses_are_refused_and_counted(
    hostile_crawl: dict[str, Any],
) -> None:
    stats = hostile_crawl["stats"]
    assert (
        hostile_crawl["big"] not in hostile_crawl["stored"]
        and hostile_crawl["pdf"] not in hostile_crawl["stored"]
    )
    assert {k: stats["drops"][k] for k in ("too_large", "not_html")} == {
        "too_large": 1,
        "not_html": 1,
    }
    assert (
        stats["errors"] == 4
    )  # + 2 redirect loops; robots and offsite refusals are policy, not errors


def test_everything_else_is_stored_and_the_stats_json_matches_the_contract(
    hostile_crawl: dict[str, Any],
) -> None:
    stats = hostile_crawl["stats"]
    assert len(hostile_crawl["stored"]) == stats["new_articles"] == 3
    for key in (
        "portal",
        "run_id",
        "started_at",
        "finished_at",
        "pages",
        "articles",
        "new_articles",
        "errors",
        "status",
        "finish_reason",
        "stats",
    ):
        assert key in stats
    assert stats["status"] == "ok" and stats["articles"] == 9


@pytest.mark.parametrize(
    "overrides",
    [
        {},  # the middleware refuses early, with a clear message
        {
            "DOWNLOADER_MIDDLEWARES": {"crawlers.middlewares.SafetyMiddleware": None}
        },  # the resolver alone
    ],
    ids=["middleware", "resolver"],
)
def test_private_addresses_are_refused_without_allow_private(
    data_dir: Path, overrides: dict[str, Any]
) -> None:
    # "localhost" is a name: the check runs on the address it resolves to
    with serve(sites.sitemap_only_site(n=3)) as site:
        portal = fixture_portal(
            site.base_url.replace("127.0.0.1", "localhost"), politeness=overrides
        )
        stats = run_crawl(portal, data_dir=data_dir, run_id="r1")
    assert site.log == []  # not even robots.txt was requested
    assert stats["drops"]["private_address"] >= 1
    assert "retry/count" not in stats["stats"]  # a refusal is not a network error to retry
    assert stats["status"] == "failed" and stats["new_articles"] == 0
