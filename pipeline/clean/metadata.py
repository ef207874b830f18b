"""Title, publication date and author from an lxml tree (before pruning)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from typing import Any

from lxml import etree

from pipeline.clean import byline_rules, date_sources, dates
from pipeline.clean.dom import Element, attr_matches, norm, text_of

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "publishdate",
    "pubdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "date",
    "sailthru.date",
    "content_PublishedDate",
    "parsely-pub-date",
    "dtm:published",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "content_author", "byl")
_TITLE_SUFFIX = re.compile(r"\s+[|–—]\s+[^|–—]{2,60}$|\s+-\s+[^-]{2,40}$")


@dataclass
class Meta:
    title: str | None = None
    published_at: datetime | None = None
    published_source: str | None = None
    author: str | None = None
    flags: list[str] = field(default_factory=list)
    jsonld_body: str | None = None
    description: str | None = None
    reporter: str | None = None
    editor: str | None = None


def _meta_content(root: Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value and key.lower() not in found:
            found[key.lower()] = value.strip()
    return found


def _jsonld_objects(root: Element) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                graph = item.get("@graph")
                objects.extend(
                    x for x in (graph if isinstance(graph, list) else [item]) if isinstance(x, dict)
                )
    return objects


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(
        isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds
    )


def _author_name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        return _author_name(value[0])
    if isinstance(value, dict):
        value = value.get("name")
    return norm(value) if isinstance(value, str) and value.strip() else None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _title(root: Element, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    """The h1 equal to og:title, else the first h1 that agrees with og:title / <title>; else og:title
    or the JSON-LD headline; else <title> without a " | Site" or " - Site" suffix (never cut at an
    unspaced hyphen: "FK-Ormas")."""
    title_el = root.find(".//title")
    page_title = norm(title_el.text) if title_el is not None and title_el.text else ""
    declared = next(
        (
            norm(c)
            for c in (metas.get("og:title"), ld.get("headline"), metas.get("twitter:title"))
            if isinstance(c, str) and c.strip()
        ),
        None,
    )
    reference = _words(declared or page_title)  # og:title, when present, names the article alone
    headings = [norm(text_of(h1)) for h1 in root.iter("h1")]
    if (
        declared and declared in headings
    ):  # an h1 that is the declared title beats a section banner before it
        return declared
    for text in headings:
        words = _words(text)
        # A one- or two-word h1 is a section name or logo ("Regional") unless the metadata agrees.
        if len(words) < 3 and text != declared:
            continue
        if 8 <= len(text) <= 300 and (
            not reference or len(words & reference) >= max(1, len(words) // 2)
        ):
            return text
    if declared:
        return _TITLE_SUFFIX.sub("", declared) or declared
    return (_TITLE_SUFFIX.sub("", page_title) or page_title) if page_title else None


def _pick_date(meta: Meta, candidates: Iterable[tuple[str, str]], now: datetime | None) -> None:
    for value, source in candidates:
        parsed = dates.parse_iso(value) if source in ("jsonld", "meta", "url", "htmldate") else None
        span = value
        if parsed is None:
            hit = dates.parse_visible(value)
            if hit is None:
                continue
            parsed, span = hit
        problem = dates.check(parsed, span, now)
        if problem:
            meta.flags.append(f"date_rejected:{problem}")
            continue
        meta.published_at, meta.published_source = parsed, source
        return


_BYLINE_CLASS = re.compile(r"(author|penulis|byline|reporter|editor|writer)", re.I)
_BYLINE_HOLDERS = etree.XPath(
    ".//*[self::span or self::div or self::p or self::a or self::small or self::td or self::li][@class]"
)


def _headline(root: Element, title: str | None) -> Element | None:
    heading = next(
        (el for el in root.iter("h1", "h2", "h3") if title and norm(text_of(el)) == title), None
    )
    return heading if heading is not None else next(root.iter("h1"), None)


def _byline_scope(heading: Element | None) -> Element | None:
    """The block around the headline (up to three levels up, below <body>): bylines sit there."""
    scope = None
    for level, ancestor in enumerate(heading.iterancestors() if heading is not None else ()):
        if level >= 3 or ancestor.tag in ("body", "html"):
            break
        scope = ancestor
    return scope


def _byline_elements(scope: Element | None) -> list[str]:
    """Short texts of author-ish elements; a bare name in a class="author" element is the author."""
    texts: list[str] = []
    for el in _BYLINE_HOLDERS(scope) if scope is not None else ():
        if attr_matches(_BYLINE_CLASS, el.get("class", "")):
            text = norm(" ".join(el.itertext()))
            if 2 < len(text) <= 80:
                texts.append(text if ":" in text or "oleh" in text.lower() else f"Penulis: {text}")
    return texts[:6]


def _byline(meta: Meta, texts: list[str]) -> None:
    """Reporter, editor and writer from the lines under the headline ("Reporter: A Editor: B")."""
    for text in texts:
        lowered = text.lower()
        if not any(
            word in lowered for word in byline_rules.BYLINE_WORDS
        ):  # most texts: no regex run at all
            continue
        if meta.reporter is None and (match := byline_rules.REPORTER_INLINE.search(text)):
            meta.reporter = match.group(1).strip(" |,")
        if meta.editor is None and (match := byline_rules.EDITOR_INLINE.search(text)):
            meta.editor = match.group(1).strip(" |,")
        if meta.author is None and (match := byline_rules.WRITER_INLINE.search(text)):
            meta.author = match.group(1).strip(" |,")


def extract_meta(root: Element, now: datetime | None = None) -> Meta:
    metas = _meta_content(root)
    objects = _jsonld_objects(root)
    ld = next((o for o in objects if _is_article(o)), objects[0] if objects else {})
    meta = Meta(title=_title(root, metas, ld))
    widgets: list[str] = []
    heading = _headline(root, meta.title)
    near = date_sources.near_title(heading)  # the lines under the headline: dates and bylines
    # the whole body's text, normalised: costly, and wanted by both the date and the byline search
    after_title = date_sources.once(
        lambda: date_sources.after_title_text(root, meta.title) if meta.title else []
    )
    # Lazily, most reliable first: a page with JSON-LD or meta dates never scans its elements.
    candidates = chain(
        (
            (ld[k], "jsonld")
            for k in ("datePublished", "dateCreated", "uploadDate")
            if isinstance(ld.get(k), str)
        ),
        ((metas[k.lower()], "meta") for k in _DATE_META if k.lower() in metas),
        date_sources.time_elements(root),
        near,
        date_sources.lazy(lambda: date_sources.url_dates(root, metas)),
        date_sources.classed_dates(root, widgets),
        date_sources.lazy(after_title),
        date_sources.lazy(lambda: date_sources.htmldate_dates(root)),
    )
    _pick_date(meta, candidates, now)
    if widgets and meta.published_at is None:
        meta.flags.append("date_rejected:site_widget")
    meta.author = _author_name(ld.get("author")) or next(
        (norm(metas[k]) for k in _AUTHOR_META if k in metas and not metas[k].startswith("http")),
        None,
    )
    _byline(meta, _byline_elements(_byline_scope(heading)) + [text for text, _ in near])
    if meta.author is None and meta.title:
        _byline(meta, [text for text, _ in after_title()])
    body = ld.get("articleBody")
    meta.description = metas.get("og:description") or metas.get("description")
    meta.jsonld_body = body if isinstance(body, str) and len(body) > 200 else None
    return meta
