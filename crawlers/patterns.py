"""URL and text patterns used by discovery, kept as data."""

from __future__ import annotations

import re

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)

# guessed when a homepage advertises no feed (WordPress serves /feed/)
DEFAULT_FEED_PATHS = ("feed/", "rss.xml", "rss/")
DEFAULT_SITEMAP_PATHS = ("sitemap.xml",)
DEFAULT_LISTING_PATHS = ("",)
WP_POSTS_PATH = "wp-json/wp/v2/posts"

# paths that are never one article: taxonomy, paging, feeds, assets
NOT_ARTICLE = re.compile(
    r"/(tag|tags|category|kategori|topik|author|penulis|page|halaman|search|cari|feed|wp-json|"
    r"wp-content|wp-admin|wp-login|login|cdn-cgi)(/|$)|"
    r"\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|css|js|xml|json|mp4|mp3)$",
    re.IGNORECASE,
)
# an article is a section path with an id or slug, a dated path, or a long hyphenated slug
_PAGE_END = r"(\.(s?html?|php|aspx?))?/?$"
DEFAULT_ARTICLE = re.compile(
    rf"/(berita|news|read|artikel|article|post|detail|kabar|warta|blog)/(.+/)?[^/]*[a-z0-9-]{{6,}}{_PAGE_END}|"
    rf"/\d{{4}}/\d{{1,2}}/(\d{{1,2}}/)?[^/]{{6,}}{_PAGE_END}|"
    rf"/[^/]*[a-z0-9]+(-[a-z0-9]+){{3,}}{_PAGE_END}",
    re.IGNORECASE,
)
# section pages worth walking from a homepage: they list articles
SECTION_PATH = re.compile(
    r"^/(berita|news|artikel|article|kabar|warta|posts?|blog|rubrik|kanal|siaran-pers|"
    r"(category|kategori|rubrik|kanal)/[^/]+)/?$",
    re.IGNORECASE,
)
NEXT_PAGE_TEXT = re.compile(
    r"^(next( page)?|(halaman )?berikutnya|selanjutnya|lanjut|older (posts|entries)|»|›|>|>>)"
    r"\s*[»›>]*$",
    re.IGNORECASE,
)
NEXT_PAGE_HREF = re.compile(r"([?&](page|hal|halaman|paged|p)=\d+$)|(/page/\d+/?$)", re.IGNORECASE)
