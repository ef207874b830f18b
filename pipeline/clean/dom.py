"""lxml helpers: parse once, prune noise, turn an element into text lines."""

from __future__ import annotations

import re

from lxml import etree, html

from pipeline.clean.rules import BLOCK_TAGS, DROP_TAGS, NOISE_ATTR

_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f]+")
_COMMENTS = re.compile(r"(comment|komentar|disqus|respon)", re.I)
_ATTRIBUTED = etree.XPath("//*[@class or @id]")
_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, collect_ids=False)


def parse(text: str) -> html.HtmlElement | None:
    """One parse per page; None when lxml finds no element at all."""
    try:
        root = html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        try:
            root = html.document_fromstring(text.encode("utf-8", "replace"), parser=_PARSER)
        except (etree.ParserError, ValueError):
            return None
    return root


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def attrs_of(el: html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def drop_tags(root: html.HtmlElement) -> None:
    """Remove elements that never hold body text (scripts, forms, nav, footer...)."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)


def prune_noise(root: html.HtmlElement) -> None:
    """Remove elements whose class/id says sidebar, share, related, comments, ads..."""
    doomed: list[html.HtmlElement] = []
    marked: set[html.HtmlElement] = set()
    for el in _ATTRIBUTED(root):
        if el.tag in ("html", "body"):
            continue
        names = attrs_of(el)
        if not NOISE_ATTR.search(names) or any(anc in marked for anc in el.iterancestors()):
            continue
        if not _COMMENTS.search(names) and _looks_like_body(el):
            continue
        doomed.append(el)
        marked.add(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            _remove_keep_tail(el)


def _looks_like_body(el: html.HtmlElement) -> bool:
    """A layout wrapper named e.g. "content has-sidebar" still holds the article: keep it."""
    paragraphs = el.findall(".//p")
    return len(paragraphs) >= 3 and sum(len(p.text_content()) for p in paragraphs[:12]) > 400


def _remove_keep_tail(el: html.HtmlElement) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def text_lines(el: html.HtmlElement) -> list[str]:
    """Text of `el` with a line break at each block element and <br>."""
    parts: list[str] = []
    _walk(el, parts)
    lines = (norm(line) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _walk(el: html.HtmlElement, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    block = tag in BLOCK_TAGS
    if block:
        parts.append("\n")
    if tag == "img":
        pass
    elif el.text:
        parts.append(el.text)
    for child in el:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")
