"""DKI Jakarta (31)."""

from __future__ import annotations

from crawlers.portals.model import Portal

PROVINCE = "Daerah Khusus Ibukota Jakarta"

PORTALS = (
    Portal(
        name="beritajakarta",
        base_url="https://www.beritajakarta.id/",
        province=PROVINCE,
        region_code="31",
        kind="province",
        discovery=("sitemap", "feed", "listing"),
        parser="beritajakarta",
        status="stable",
        listing_paths=("/berita",),
        article_pattern=r"/read/\d+/[a-z0-9-]+",
        notes="News portal of the provincial government (Pemprov DKI); seed site. "
        "The province's own portal jakarta.go.id is generated separately.",
    ),
)
