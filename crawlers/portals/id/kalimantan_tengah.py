"""Kalimantan Tengah (62)."""

from __future__ import annotations

from crawlers.portals.model import Portal

PROVINCE = "Kalimantan Tengah"

PORTALS = (
    Portal(
        name="kupasonline",
        base_url="https://kupasonline.com/",
        province=PROVINCE,
        region_code="62",
        kind="local_news",
        discovery=("sitemap", "feed", "listing"),
        parser="kupasonline",
        status="stable",
        listing_paths=("/berita",),
        article_pattern=r"/berita/\d+/[a-z0-9-]+",
        notes="Local news site; seed site (paginated articles: /halaman/N)",
    ),
)
