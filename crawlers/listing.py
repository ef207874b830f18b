"""One listing page read for discovery: its articles (with dates where the page shows them), the
section listings it links to (categories, date archives), its next page and "load more" endpoint.

Pure functions over bytes; no I/O.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import lxml.html

from crawlers import paging
from crawlers.discovery import Entry, html_document, looks_like_article, parse_datetime
from crawlers.patterns import SECTION_PATH

URL_DATE = re.compile(r"/(20\d\d|19\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
DATE_ARCHIVE = re.compile(r"^/(arsip/|archive/)?(19|20)\d\d/(0?[1-9]|1[0-2])/?$", re.IGNORECASE)
NEXT_KEYS = ("next", "next_url", "nextUrl", "next_page", "nextPage", "more", "load_more")


@dataclass
class ListingPage:
    articles: list[Entry] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # category / date-archive listings linked
    archives: list[str] = field(default_factory=list)
    next_url: str | None = None
    load_more: str | None = None


def _url_date(url: str) -> datetime | None:
    match = URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)), tzinfo=UTC)
    except ValueError:
        return None


def _shown_date(anchor: lxml.html.HtmlElement) -> datetime | None:
    """A `<time datetime>` in the article's card (the anchor's nearest ancestors)."""
    node = anchor
    for _ in range(3):
        node = node.getparent()
        if node is None:
            return None
        for stamp in node.iter("time"):
            found = parse_datetime(stamp.get("datetime"))
            if found:
                return found
    return None


def read_listing(body: bytes, url: str, pattern: str | None = None) -> ListingPage:
    """A listing page's article entries, section and archive listings, next page and load-more URL."""
    doc = html_document(body)
    page = ListingPage()
    if doc is None:
        return page
    host = urlsplit(url).netloc
    seen: set[str] = set()
    for anchor in doc.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        target = urljoin(url, href).split("#", 1)[0]
        if urlsplit(target).netloc != host or target == url or target in seen:
            continue
        seen.add(target)
        path = urlsplit(target).path
        if DATE_ARCHIVE.match(path):
            page.archives.append(target)
        elif SECTION_PATH.match(path):
            page.sections.append(target)
        elif looks_like_article(target, pattern):
            page.articles.append(Entry(target, _url_date(target) or _shown_date(anchor)))
    page.next_url = paging.next_page(doc, url)
    page.load_more = paging.load_more(doc, url)
    return page


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def read_json_listing(body: bytes, url: str, pattern: str | None = None) -> ListingPage:
    """A "load more" JSON answer: article URLs among its strings (or in HTML fragments it carries)
    and the next endpoint (a `next`-like key, else the same URL one page number on)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return ListingPage()
    page = ListingPage()
    host = urlsplit(url).netloc
    for text in _strings(data):
        if "<a " in text:
            page.articles += read_listing(text.encode(), url, pattern).articles
        elif text.startswith(("http://", "https://", "/")) and " " not in text:
            target = urljoin(url, text)
            if urlsplit(target).netloc == host and looks_like_article(target, pattern):
                page.articles.append(Entry(target, _url_date(target)))
    page.articles = list({e.url: e for e in page.articles}.values())
    if isinstance(data, dict):
        named = next((data[k] for k in NEXT_KEYS if isinstance(data.get(k), str) and data[k]), None)
        page.next_url = urljoin(url, named) if named else None
        if named is None and not any(k in data for k in NEXT_KEYS):
            page.next_url = paging.bump(url)
    else:
        page.next_url = paging.bump(url)
    return page
