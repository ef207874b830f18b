"""Banten (36)."""

from __future__ import annotations

from crawlers.portals.model import Portal

PROVINCE = "Banten"

PORTALS = (
    Portal(
        name="serangkab",
        base_url="https://serangkab.go.id/",
        province=PROVINCE,
        region_code="36.04",
        kind="regency",
        discovery=("sitemap", "feed", "listing"),
        parser="serangkab",
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
        parser="tangerangkota",
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
        parser="sabba",
        status="stable",
        notes="WordPress news site covering Lebak; seed site",
    ),
)
