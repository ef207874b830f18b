"""Kalimantan Tengah (62)."""

from __future__ import annotations

from crawlers.portals.model import Portal
from pipeline.core.selectors import Selectors

PROVINCE = "Kalimantan Tengah"

PORTALS = (
    Portal(
        name="kupasonline",
        base_url="https://kupasonline.com/",
        province=PROVINCE,
        region_code="62",
        kind="local_news",
        discovery=("sitemap", "feed", "listing"),
        # paginated news (/halaman/N); share bar, Google News line and editor after the body.
        selectors=Selectors(
            title=("//h1[contains(@class,'detail-title')]", "//h1"),
            date=("//*[contains(@class,'detail-date')]", "//meta[@name='pubdate']/@content"),
            body=("//div[contains(@class,'detail-content')]",),
            boilerplate=(
                ".//*[contains(@class,'share')]",
                ".//*[contains(@class,'gnews')]",
                ".//*[contains(@class,'pagination')]",
            ),
        ),
        status="stable",
        listing_paths=("/berita",),
        article_pattern=r"/berita/\d+/[a-z0-9-]+",
        notes="Local news site; seed site (paginated articles: /halaman/N)",
    ),
)
