"""Backfill and gap-free incremental crawls (one subprocess each) of portals that publish between runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crawlers.runner import run_crawl
from tests.crawlers import blog
from tests.crawlers.conftest import FAST, fixture_portal, stored_rows
from tests.crawlers.fixture_server import Reply, Site, serve

pytestmark = pytest.mark.slow


def article_hits(site: Site) -> list[str]:
    return [p for p in site.log if p in site.articles]


def crawl_url(site: Site, data_dir: Path, run_id: str, **settings: Any) -> dict[str, Any]:
    return run_crawl(
        url=site.base_url, data_dir=data_dir, run_id=run_id, settings={**FAST, **settings}
    )


def test_wordpress_blog_is_backfilled_whole_then_crawled_without_gaps_or_refetches(
    data_dir: Path,
) -> None:
    wordpress = blog.Blog(blog.posts(60))  # feed of the latest 10, /page/N/ listing, no sitemap
    with serve(wordpress.site) as site:
        first = crawl_url(site, data_dir, "r1")
        site.log.clear()
        second = crawl_url(site, data_dir, "r2")
        second_hits = article_hits(site)
        # 25 posts dated after the newest stored one but long before the first crawl (back-dated)
        wordpress.publish(blog.posts(25, first=100, start=date(2025, 3, 5)))
        site.log.clear()
        third = crawl_url(site, data_dir, "r3")
        third_hits = article_hits(site)
    assert first["new_articles"] == 60 and first["coverage"]["mode"] == "backfill"
    assert {"feed", "listing"} <= set(first["coverage"]["sources"])
    assert second["new_articles"] == 0 and second_hits == [] and second["status"] == "ok"
    assert second["coverage"]["stop_reason"] == "known"
    new_paths = {p.path for p in wordpress.posts if p.number >= 100}
    assert third["new_articles"] == 25 and set(third_hits) == new_paths and len(third_hits) == 25
    assert "/page/4/" in site.log and "/page/5/" not in site.log  # page 4 held only known posts
    assert len(stored_rows(data_dir, first["portal"])) == 85


def test_rest_api_finds_posts_back_dated_deep_into_the_archive(data_dir: Path) -> None:
    wordpress = blog.Blog(blog.posts(60), rest=True)
    with serve(wordpress.site) as site:
        crawl_url(site, data_dir, "r1")
        wordpress.publish(
            blog.posts(3, first=200, start=date(2025, 1, 5))
        )  # buried on listing page 6
        site.log.clear()
        second = crawl_url(site, data_dir, "r2")
    assert second["new_articles"] == 3
    assert {p.removeprefix(site.base_url.rstrip("/")) for p in article_hits(site)} == {
        p.path for p in wordpress.posts if p.number >= 200
    }
    rest = next(w for w in second["discovery"] if w["source"] == "wp-json")
    assert rest["new"] == 3 and rest["stop"] == "end"


@pytest.mark.parametrize("shape", ["page", "offset", "index", "json"])
def test_custom_cms_pagination_shapes_are_walked_to_the_end_then_not_again(
    data_dir: Path, shape: str
) -> None:
    with serve(blog.cms_site(35, shape)) as site:
        portal = fixture_portal(site.base_url, discovery=("listing",))
        first = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True)
        site.log.clear()
        second = run_crawl(portal, data_dir=data_dir, run_id="r2", allow_private=True)
    assert first["new_articles"] == 35 and first["coverage"]["stop_reason"] == "end"
    assert second["new_articles"] == 0 and article_hits(site) == []
    assert second["coverage"]["stop_reason"] == "known"


def test_registry_pagination_template_overrides_the_generic_guess(data_dir: Path) -> None:
    site_def = blog.cms_site(25, "page")
    for route in list(site_def.routes):  # the page links are gone: only the template knows them
        if route.startswith("/berita"):
            reply = site_def.routes[route]
            assert isinstance(reply, Reply)
            site_def.routes[route] = Reply(body=reply.body.split(b"<nav>")[0])
    with serve(site_def) as site:
        portal = fixture_portal(
            site.base_url,
            discovery=("listing",),
            listing_paths=("/berita",),
            pagination="/berita?page={n}",
        )
        stats = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True)
    assert stats["new_articles"] == 25
    assert (
        "/berita?page=4" in site.log and "/berita?page=5" not in site.log
    )  # page 4 is absent: the end


def test_sitemap_index_lastmod_narrows_to_changed_children_with_a_date_only_margin(
    data_dir: Path,
) -> None:
    months = {"2025-01": [1, 2, 3], "2025-02": [4, 5, 6]}
    lastmod = {"2025-01": "2025-01-31", "2025-02": "2025-02-28"}
    with serve(blog.sitemap_index_site(months, lastmod)) as site:
        portal = fixture_portal(site.base_url, discovery=("sitemap",))
        first = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True)
        # a back-dated post lands in January's sitemap; its lastmod is a date only (today's)
        months["2025-01"].append(7)
        lastmod["2025-01"] = date.today().isoformat()
        changed = blog.sitemap_index_site(months, lastmod)
        site.routes.update(changed.routes)
        site.articles[:] = changed.articles
        site.log.clear()
        second = run_crawl(portal, data_dir=data_dir, run_id="r2", allow_private=True)
    assert first["new_articles"] == 6
    assert "/sitemap-2025-01.xml" in site.log and "/sitemap-2025-02.xml" not in site.log
    assert article_hits(site) == [f"/read/7/{blog.slug(7)}"] and second["new_articles"] == 1
    assert second["stats"]["pantau/sitemaps_skipped_by_lastmod"] == 1


def endless_listing() -> Site:
    """Every page links to the next with one more fresh article: only the budget ends it."""
    routes: dict[str, Any] = {
        "/robots.txt": Reply(content_type="text/plain", body=b"User-agent: *\nDisallow:\n")
    }
    for n in range(1, 40):
        body = (
            f'<html><body><a href="/berita/detail/{n}/{blog.slug(n)}">x</a>'
            f'<a href="/berita?page={n + 1}">Berikutnya</a></body></html>'
        ).encode()
        routes[f"/berita?page={n}"] = Reply(body=body)
        routes[f"/berita/detail/{n}/{blog.slug(n)}"] = Reply(body=blog.article_html(n))
    routes["/"] = routes["/berita?page=1"]
    return Site(routes)


def test_a_pagination_trap_is_bounded_by_the_listing_budget_and_reported(data_dir: Path) -> None:
    with serve(endless_listing()) as site:
        portal = fixture_portal(
            site.base_url, discovery=("listing",), politeness={"PANTAU_LISTING_BUDGET": 8}
        )
        stats = run_crawl(portal, data_dir=data_dir, run_id="r1", allow_private=True)
    assert len([p for p in site.log if p.startswith("/berita?page=") or p == "/"]) == 8
    assert stats["coverage"]["stop_reason"] == "budget"
