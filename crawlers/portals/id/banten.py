"""Banten (36)."""

from __future__ import annotations

from crawlers.portals.model import Portal
from pipeline.core.selectors import Selectors

PROVINCE = "Banten"

PORTALS = (
    Portal(
        name="serangkab",
        base_url="https://serangkab.go.id/",
        province=PROVINCE,
        region_code="36.04",
        kind="regency",
        discovery=("sitemap", "feed", "listing"),
        # regency portal; breadcrumb, slug line, date, unit and view counter above the body.
        selectors=Selectors(
            title=("//h1[contains(@class,'post-title')]", "//h1"),
            date=(
                "//*[contains(@class,'post-date')]",
                "//meta[@property='article:published_time']/@content",
            ),
            author=("//*[contains(@class,'post-author')]",),
            body=("//div[contains(@class,'post-content')]",),
            boilerplate=(
                ".//*[contains(@class,'post-views')]",
                ".//*[contains(@class,'related')]",
                ".//figure",
                ".//script",
            ),
        ),
        status="stable",
        listing_paths=("/berita",),
        article_pattern=r"/berita/[a-z0-9-]{12,}$",
        notes="Pemkab Serang; seed site (an article page is in the shared seeds)",
    ),
    Portal(
        name="tangerangkota",
        base_url="https://tangerangkota.go.id/",
        province=PROVINCE,
        region_code="36.71",
        kind="city",
        discovery=("sitemap", "feed", "listing"),
        # city portal; "date | Dibaca : N" line; headline repeated in image alt/captions.
        selectors=Selectors(
            title=("//h1", "//*[contains(@class,'judul')]"),
            date=("//*[contains(@class,'tanggal')]",),
            body=("//div[contains(@class,'isi-berita')]",),
            boilerplate=(
                ".//*[contains(@class,'slider')]",
                ".//*[contains(@class,'caption')]",
                ".//*[contains(@class,'komentar')]",
            ),
        ),
        status="stable",
        listing_paths=("/berita",),
        article_pattern=r"/berita/detail/\d+/[a-z0-9-]+",
        notes="Pemkot Tangerang; seed site",
    ),
    Portal(
        name="sabba",
        base_url="https://sabba.id/",
        province=PROVINCE,
        region_code="36.02",
        kind="local_news",
        discovery=("sitemap", "feed", "wp-json", "listing"),
        # WordPress news theme; dateline in the first paragraph, ad slots inside the body.
        selectors=Selectors(
            title=("//h1[contains(@class,'entry-title')]", "//h1"),
            date=(
                "//time[contains(@class,'published')]/@datetime",
                "//meta[@property='article:published_time']/@content",
                "//*[contains(@class,'date')]",
            ),
            author=(
                "//*[contains(@class,'author')]//a[contains(@class,'url')]",
                "//*[contains(@class,'author-name')]",
            ),
            body=("//div[contains(@class,'entry-content')]",),
            boilerplate=(
                ".//*[contains(@class,'ads') or contains(@class,'advert')]",
                ".//*[contains(@class,'sharedaddy')]",
                ".//*[contains(@class,'jp-relatedposts')]",
                ".//script",
                ".//figure",
            ),
        ),
        status="stable",
        notes="WordPress news site covering Lebak; seed site",
    ),
)
