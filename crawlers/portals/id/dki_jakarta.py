"""DKI Jakarta (31)."""

from __future__ import annotations

from crawlers.portals.model import Portal
from pipeline.core.selectors import Selectors

PROVINCE = "Daerah Khusus Ibukota Jakarta"

PORTALS = (
    Portal(
        name="beritajakarta",
        base_url="https://www.beritajakarta.id/",
        province=PROVINCE,
        region_code="31",
        kind="province",
        discovery=("sitemap", "feed", "listing"),
        # provincial news portal; date, reporter, editor, views in one line; photo credit and pull quote.
        selectors=Selectors(
            title=("//h1[contains(@class,'news-title')]", "//h1"),
            date=(
                "//*[contains(@class,'news-meta')]//*[contains(@class,'date')]",
                "//*[contains(@class,'news-meta')]",
            ),
            author=("//*[contains(@class,'news-meta')]//*[contains(@class,'reporter')]",),
            body=("//div[contains(@class,'news-body')]",),
            boilerplate=(
                ".//*[contains(@class,'subtitle')]",
                ".//*[contains(@class,'photo-credit')]",
                ".//blockquote[contains(@class,'pullquote')]",
                ".//figure",
            ),
        ),
        status="stable",
        listing_paths=("/berita",),
        article_pattern=r"/read/\d+/[a-z0-9-]+",
        notes="News portal of the provincial government (Pemprov DKI); seed site. "
        "The province's own portal jakarta.go.id is generated separately.",
    ),
)
