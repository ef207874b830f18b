"""Pagination shapes of listing pages, recognised generically, with per-portal templates.

A listing page links to its next page in one of a few shapes: `?page=N` (also `paged`, `hal`,
`halaman`, `p`), `/page/N/`, `/index/N`, `/halaman/N`, offsets (`?start=20`, `?offset=20`,
`?per_page=…`), rel=next / "next" / "Selanjutnya" / "›" links, or a "load more" button whose
data attribute names a JSON endpoint. `next_page` picks the one following link; it never jumps
ahead to a "last page" link (a calendar's far future, an endless page counter), so a walk moves
one page at a time and the stop rules of crawlers.walks stay in charge.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html

from crawlers.discovery import looks_like_article
from crawlers.patterns import NEXT_PAGE_TEXT

# query parameters holding a page number / an offset
PAGE_PARAMS = ("page", "paged", "hal", "halaman", "p", "pg", "pagenum")
OFFSET_PARAMS = ("start", "offset", "from", "skip")
# path segments followed by a page number
PAGE_SEGMENT = re.compile(r"/(page|index|halaman|hal)/(\d+)/?$", re.IGNORECASE)
# session and tracking parameters that make one listing page look like many (a trap)
SESSION_PARAMS = frozenset(
    {
        "sid",
        "phpsessid",
        "jsessionid",
        "sessionid",
        "session",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "fbclid",
        "gclid",
        "_",
        "ts",
        "t",
    }
)
LOAD_MORE_TEXT = re.compile(
    r"^(load more|muat (lebih banyak|lagi|lainnya)|lihat (lebih banyak|lainnya)|tampilkan lagi)",
    re.IGNORECASE,
)
LOAD_MORE_ATTRS = ("data-url", "data-href", "data-next", "data-endpoint", "data-source")


def strip_session(url: str) -> str:
    """`url` without session / tracking query parameters (the key a listing page is known by)."""
    parts = urlsplit(url)
    if not parts.query:
        return url.split("#", 1)[0]
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in SESSION_PARAMS
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def position(url: str) -> tuple[str, int] | None:
    """(shape key, number) of a paginated URL: the URL with its page number blanked, and the number."""
    parts = urlsplit(url)
    match = PAGE_SEGMENT.search(parts.path)
    if match:
        blank = parts.path[: match.start(2)] + "{n}" + parts.path[match.end(2) :]
        return urlunsplit((parts.scheme, parts.netloc, blank.rstrip("/"), parts.query, "")), int(
            match.group(2)
        )
    query = parse_qsl(parts.query, keep_blank_values=True)
    for index, (key, value) in enumerate(query):
        if key.lower() in PAGE_PARAMS + OFFSET_PARAMS and value.isdigit():
            rest = [*query[:index], (key, "{n}"), *query[index + 1 :]]
            shape = urlunsplit(
                (parts.scheme, parts.netloc, parts.path.rstrip("/"), urlencode(rest, safe="{}"), "")
            )
            return shape, int(value)
    return None


def _current(url: str, shape: str) -> int:
    """The page number of `url` in `shape`; a listing's first page usually carries none (1 or offset 0)."""
    here = position(url)
    if here and here[0] == shape:
        return here[1]
    return 0 if any(f"{p}={{n}}" in shape for p in OFFSET_PARAMS) else 1


def _base_of(shape: str) -> str:
    """The first page a shape belongs to: the shape without its page part."""
    parts = urlsplit(shape)
    path = PAGE_SEGMENT.sub("", parts.path.replace("{n}", "0")).rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if v != "{n}"]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), urlencode(query), ""))


def next_page(doc: lxml.html.HtmlElement, url: str) -> str | None:
    """The URL of the page after `url` linked from its document, if any."""
    host = urlsplit(url).netloc
    labelled: list[str] = []
    numbered: list[tuple[str, int, str]] = []
    for anchor in doc.iter("a", "link"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = urljoin(url, href).split("#", 1)[0]
        if urlsplit(target).netloc != host or strip_session(target) == strip_session(url):
            continue
        rel = (anchor.get("rel") or "").lower().split()
        text = (anchor.text_content() if anchor.tag == "a" else "").strip()
        spot = position(target)
        labels = (
            "next" in rel
            or NEXT_PAGE_TEXT.match(text)
            or "next" in (anchor.get("class") or "").lower().split()
        )
        # "Selanjutnya" also labels a card's read-more link: an article is never the next page
        if labels and (spot or not looks_like_article(target)):
            labelled.append(target)
        if spot:
            numbered.append((*spot, target))
    if labelled:
        return labelled[0]
    return _following(url, numbered)


def _following(url: str, numbered: list[tuple[str, int, str]]) -> str | None:
    """The smallest numbered link after the current page, in a shape this page belongs to."""
    here = strip_session(url).rstrip("/")
    own = (position(url) or ("",))[0]
    best: tuple[int, str] | None = None
    for shape, number, target in numbered:
        if shape != own and _base_of(shape).rstrip("/") != here:
            continue
        if number > _current(url, shape) and (best is None or number < best[0]):
            best = (number, target)
    if best is None and not own:
        return _second_page_elsewhere(numbered)
    return best[1] if best else None


def _second_page_elsewhere(numbered: list[tuple[str, int, str]]) -> str | None:
    """A first page (a homepage) whose pager points into another listing (`/` -> `/berita?page=2`):
    its second page, when the page links numbered pages of one shape only, starting there."""
    shapes = {shape for shape, _, _ in numbered}
    if len(shapes) != 1:
        return None
    lowest = min(numbered, key=lambda item: item[1])
    start = _current(_base_of(lowest[0]), lowest[0])
    return lowest[2] if lowest[1] in (start + 1, 2) or (start == 0 and lowest[1] > 0) else None


def load_more(doc: lxml.html.HtmlElement, url: str) -> str | None:
    """A "load more" button's JSON endpoint (its data-url / data-href / data-next attribute)."""
    for node in doc.iter("a", "button", "div", "span"):
        label = node.text_content().strip()
        classes = (node.get("class") or "").lower()
        if not (LOAD_MORE_TEXT.match(label) or "load-more" in classes or "loadmore" in classes):
            continue
        for attr in LOAD_MORE_ATTRS:
            target: str | None = node.get(attr)
            if target:
                return urljoin(url, target)
    return None


def from_template(template: str, base_url: str, number: int, page_size: int = 10) -> str:
    """A page URL from a registry template: `{n}` is the page number, `{offset}` the item offset."""
    filled = template.replace("{n}", str(number)).replace("{offset}", str((number - 1) * page_size))
    return urljoin(base_url, filled)


def bump(url: str) -> str | None:
    """The same paginated URL one page number on (for page-numbered endpoints: feeds, JSON)."""
    spot = position(url)
    if spot is None:
        return None
    shape, number = spot
    return shape.replace("{n}", str(number + 1))
