"""Pure parsers for the discovery sources: robots.txt, sitemaps, RSS/Atom, WordPress REST, listings.

Each takes bytes or text plus the URL it came from and returns absolute URLs; none does I/O.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawlers.patterns import (
    DEFAULT_ARTICLE,
    FEED_TYPES,
    NEXT_PAGE_HREF,
    NEXT_PAGE_TEXT,
    NOT_ARTICLE,
    SECTION_PATH,
)


@dataclass(frozen=True)
class Entry:
    """A URL found by discovery, with its last-modified time when the source gives one."""

    url: str
    lastmod: datetime | None = None


def parse_datetime(text: str | None) -> datetime | None:
    """ISO 8601 (sitemap lastmod, Atom updated) or RFC 822 (RSS pubDate) to an aware UTC datetime."""
    if not text:
        return None
    text = text.strip()
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            stamp = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def robots_sitemaps(robots_text: bytes, robots_url: str) -> list[str]:
    return list(dict.fromkeys(sitemap_urls_from_robots(robots_text, base_url=robots_url)))


def _maybe_gunzip(body: bytes, limit: int) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"gzipped sitemap expands beyond {limit} bytes")
    return data


def parse_sitemap(body: bytes, url: str, limit: int = 50_000_000) -> tuple[str, list[Entry]]:
    """('urlset' | 'sitemapindex' | 'unknown', entries) of a sitemap document (gzip accepted)."""
    try:
        sitemap = Sitemap(_maybe_gunzip(body, limit))
    except (lxml.etree.XMLSyntaxError, StopIteration, ValueError, OSError):
        return "unknown", []
    entries = [
        Entry(urljoin(url, item["loc"]), parse_datetime(item.get("lastmod")))
        for item in sitemap
        if item.get("loc")
    ]
    kind = sitemap.type if sitemap.type in ("urlset", "sitemapindex") else "unknown"
    return kind, entries


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_feed(body: bytes, url: str) -> list[Entry]:
    """Item links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed; [] when it is not a feed."""
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return []
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        return []
    entries = []
    for node in root.iter():
        if _local(node.tag) not in ("item", "entry"):
            continue
        link, stamp = None, None
        for child in node:
            name = _local(child.tag)
            if name == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    link = href
                elif not href and child.text and child.text.strip():
                    link = child.text.strip()
            elif name in ("pubdate", "updated", "published", "date") and stamp is None:
                stamp = parse_datetime(child.text)
        if link:
            entries.append(Entry(urljoin(url, link), stamp))
    return entries


def parse_wp_posts(body: bytes, url: str) -> list[Entry]:
    """Links of a WordPress REST `/wp-json/wp/v2/posts` answer; [] when it is something else."""
    try:
        posts = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(posts, list):
        return []
    entries = []
    for post in posts:
        if isinstance(post, dict) and isinstance(post.get("link"), str):
            stamp = parse_datetime(post.get("modified_gmt") or post.get("date_gmt"))
            entries.append(Entry(urljoin(url, post["link"]), stamp))
    return entries


def html_document(body: bytes) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(body)
    except (lxml.etree.ParserError, ValueError):
        return None


def feed_links(body: bytes, url: str) -> list[str]:
    """`<link rel="alternate" type="application/rss+xml" href=...>` targets of an HTML page."""
    doc = html_document(body)
    if doc is None:
        return []
    found = []
    for link in doc.iter("link"):
        rel, kind, href = (
            (link.get("rel") or "").lower(),
            (link.get("type") or "").lower(),
            link.get("href"),
        )
        if "alternate" in rel and kind in FEED_TYPES and href:
            found.append(urljoin(url, href))
    return list(dict.fromkeys(found))


def looks_like_article(url: str, pattern: str | None = None) -> bool:
    """Whether a URL looks like one article (portal pattern if given, else generic heuristics)."""
    path = urlsplit(url).path
    if pattern:
        return re.search(pattern, path) is not None
    if NOT_ARTICLE.search(path):
        return False
    return DEFAULT_ARTICLE.search(path) is not None


def listing_links(body: bytes, url: str, pattern: str | None = None) -> tuple[list[str], list[str]]:
    """(article URLs, listing-page URLs: next pages and section pages) linked from a page, same host."""
    doc = html_document(body)
    if doc is None:
        return [], []
    host = urlsplit(url).netloc
    articles, pages = [], []
    for anchor in doc.iter("a", "link"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        target = urljoin(url, href).split("#", 1)[0]
        if urlsplit(target).netloc != host or target == url:
            continue
        rel = (anchor.get("rel") or "").lower()
        text = (anchor.text_content() if anchor.tag == "a" else "").strip().lower()
        paging = "next" in rel or NEXT_PAGE_TEXT.match(text) or NEXT_PAGE_HREF.search(target)
        if paging or (anchor.tag == "a" and SECTION_PATH.match(urlsplit(target).path)):
            pages.append(target)
        elif anchor.tag == "a" and looks_like_article(target, pattern):
            articles.append(target)
    return list(dict.fromkeys(articles)), list(dict.fromkeys(pages))
