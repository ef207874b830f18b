"""lxml helpers: parse once, prune noise, turn an element into text lines.

Pages are parsed with lxml.etree's HTML parser, not lxml.html: lxml.html looks up a Python
element class for every element touched, which costs about a tenth of cleaning a small page,
and nothing here uses its extra methods (`text_of` stands for `text_content`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TypeAlias

from lxml import etree

from pipeline.clean.html_rules import BLOCK_TAGS, DROP_TAGS, NOISE_ATTR

_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f]+")
_COMMENTS = re.compile(r"(comment|komentar|disqus|respon)", re.I)
_ATTRIBUTED = etree.XPath("//*[@class or @id]")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True, collect_ids=False)

Element: TypeAlias = etree._Element


def parse(text: str) -> Element | None:
    """One parse per page; None when lxml finds no element at all."""
    try:
        root = etree.fromstring(text, _PARSER)
    except (etree.LxmlError, ValueError):  # ValueError: a str that declares its own encoding
        try:
            root = etree.fromstring(text.encode("utf-8", "replace"), _PARSER)
        except (etree.LxmlError, ValueError):
            return None
    return root


def text_of(el: Element) -> str:
    """All text inside `el` (lxml.html's text_content); the text serialiser is ~3x faster than
    XPath string() and than joining itertext()."""
    text: str = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    return text


def norm(text: str) -> str:
    """One line: runs of any whitespace (newlines, no-break and zero-width spaces too) become one space.
    str.split is several times faster than a regex here; it does not know U+200B as a space."""
    return " ".join(text.replace("\u200b", " ").split())


@lru_cache(maxsize=16_384)
def attr_matches(pattern: re.Pattern[str], names: str) -> bool:
    """Whether a class/id string matches `pattern`; cached, since a site repeats the same few
    class strings on every element and every page."""
    return pattern.search(names) is not None


def attrs_of(el: Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def drop_tags(root: Element) -> None:
    """Remove elements that never hold body text (scripts, forms, nav, footer...)."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)


def prune_noise(root: Element) -> None:
    """Remove elements whose class/id says sidebar, share, related, comments, ads..."""
    doomed: list[Element] = []
    marked: set[Element] = set()
    for el in _ATTRIBUTED(root):
        if el.tag in ("html", "body"):
            continue
        kind = _noise_kind(attrs_of(el))
        if kind is None or any(anc in marked for anc in el.iterancestors()):
            continue
        if kind != "comments" and _looks_like_body(el):
            continue
        doomed.append(el)
        marked.add(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            _remove_keep_tail(el)


@lru_cache(maxsize=16_384)
def _noise_kind(names: str) -> str | None:
    """The kind of a class/id string ("comments", "noise" or None); cached because a site repeats the same
    few class strings on every element and every page."""
    if not NOISE_ATTR.search(names):
        return None
    return "comments" if _COMMENTS.search(names) else "noise"


def _looks_like_body(el: Element) -> bool:
    """A layout wrapper named e.g. "content has-sidebar" still holds the article: keep it."""
    paragraphs = el.findall(".//p")
    return len(paragraphs) >= 3 and sum(len(text_of(p)) for p in paragraphs[:12]) > 400


def _remove_keep_tail(el: Element) -> None:
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


def text_lines(el: Element) -> list[str]:
    """Text of `el` with a line break at each block element and <br>."""
    parts: list[str] = []
    _walk(el, parts)
    lines = (
        line.strip() for line in _SPACE.sub(" ", "".join(parts)).split("\n")
    )  # norm, all at once
    return [line for line in lines if line]


def _walk(el: Element, parts: list[str]) -> None:
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
