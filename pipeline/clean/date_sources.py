"""Where a page's publication date may be written, as (text, source) candidates for `metadata`.

Each finder returns or yields candidates in one place of the page (JSON-LD and meta tags are read
by `metadata` itself): <time> elements, date-classed elements outside header widgets, the lines
right under the headline, a /YYYY/MM/DD/ URL, the page text after the headline, and htmldate last.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from pipeline.clean.dom import Element, attr_matches, attrs_of, norm, text_of

Candidates = list[tuple[str, str]]

_DATE_CLASS = re.compile(r"(date|tanggal|time|waktu|publish|posted|meta|tgl|byline|info)", re.I)

_DATE_HOLDERS = etree.XPath(
    "//*[self::span or self::div or self::p or self::small or self::li or self::td or self::h2 or self::h3"
    " or self::h4 or self::abbr or self::em or self::header][@class or @id]"
)
# Blogger's "date-header" holds the post's own date: not a page header.
_WIDGET = re.compile(
    r"((?<!date-)header|topbar|top-bar|navbar|masthead|today|hari-ini|clock|jam|ticker|footer)",
    re.I,
)


def _in_widget(el: Element) -> bool:
    """A site-wide "today" date lives in the page header / top bar, not in the article."""
    for anc in el.iterancestors():
        if anc.tag in ("header", "nav", "footer") or attr_matches(_WIDGET, attrs_of(anc)):
            return True
    return attr_matches(_WIDGET, attrs_of(el))


def time_elements(root: Element) -> Iterator[tuple[str, str]]:
    for el in root.iter("time"):
        yield el.get("datetime") or norm(text_of(el)), "time"


def classed_dates(root: Element, widgets: list[str]) -> Iterator[tuple[str, str]]:
    """Texts of elements with a date-ish class; those inside a header widget are only counted."""
    for el in _DATE_HOLDERS(root):
        if not attr_matches(_DATE_CLASS, attrs_of(el)):
            continue
        text = norm(text_of(el))
        if 6 <= len(text) <= 200:
            if _in_widget(el):
                widgets.append(text)
                continue
            yield text, "visible"


_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})/(\d{2})/(\d{2})/")


def url_dates(root: Element, metas: dict[str, str]) -> Candidates:
    """/2015/11/04/ in the canonical or og:url: a date the CMS wrote, not a widget."""
    urls = [metas.get("og:url", "")] + [
        el.get("href", "") for el in root.iter("link") if el.get("rel") == "canonical"
    ]
    for url in urls:
        if match := _URL_DATE.search(url):
            return [("-".join(match.groups()), "url")]
    return []


def _leading_text(el: Element, limit: int) -> str:
    """`norm(" ".join(el.itertext()))[:limit]` without joining and normalising a whole article
    body when the sibling after the headline is the body's container (the common layout)."""
    pieces: list[str] = []
    size, check_at = 0, limit
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > check_at:
            text = norm(" ".join(pieces))
            if (
                len(text) > limit
            ):  # normalising only shrinks: the first `limit` characters are final
                return text[:limit]
            check_at = 2 * size  # whitespace-heavy markup: check again when twice as long
    return norm(" ".join(pieces))[:limit]


def near_title(heading: Element | None) -> Candidates:
    """Short texts right after the headline (table layouts put the date there without a class)."""
    if heading is None:
        return []
    texts: Candidates = []
    for el in heading.itersiblings():
        text = _leading_text(el, 200)  # spans side by side: "Editor: A" "Jumat, ..."
        if text:
            texts.append((text, "visible"))
        if len(texts) >= 4:
            break
    return texts


def after_title_text(root: Element, title: str) -> Candidates:
    """Page text right after the headline: table layouts print the date there, unmarked."""
    body = root.find("body")
    text = norm(text_of(body)) if body is not None else ""
    at = text.find(title)
    return [(text[at + len(title) : at + len(title) + 200], "visible")] if at >= 0 else []


def htmldate_dates(root: Element) -> Candidates:
    """Last resort; htmldate falls back to January 1st silently, so that answer is refused."""
    from htmldate import find_date
    from lxml import html

    try:  # htmldate wants an lxml.html tree of its own (it edits it): a re-parse, on this rare path only
        found = find_date(
            html.document_fromstring(etree.tostring(root)),
            extensive_search=False,
            original_date=True,
        )
    except Exception:  # htmldate is a best-effort fallback; its failure is not the page's
        return []
    if not found or found.endswith("-01-01"):
        return []
    return [(found, "htmldate")]


def lazy(make: Callable[[], Candidates]) -> Iterator[tuple[str, str]]:
    yield from make()


def once(make: Callable[[], Candidates]) -> Callable[[], Candidates]:
    """`make`, run at most once (functools.cache costs more to set up than these calls do)."""
    box: list[Candidates] = []

    def get() -> Candidates:
        if not box:
            box.append(make())
        return box[0]

    return get
