"""Dedicated site parsers, Fundus-style: selectors as data, one small typed method per field.

A portal record (crawlers/portals) carries its site's `Selectors` (XPath, first hit wins);
`SiteParser` applies them, one method per field.
"""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from pipeline.clean import dates
from pipeline.clean.dom import Element, norm, text_lines, text_of
from pipeline.core.selectors import Selectors

__all__ = ["Selectors", "SiteParser"]


def _first(root: Element, paths: tuple[str, ...]) -> list[Element]:
    for path in paths:
        found = root.xpath(path)
        if found:
            return [el for el in found if isinstance(el, etree._Element)]
    return []


def _first_text(root: Element, paths: tuple[str, ...]) -> str | None:
    for path in paths:
        for hit in root.xpath(path):
            text = norm(hit if isinstance(hit, str) else text_of(hit))
            if text:
                return text
    return None


class SiteParser:
    """Field methods; each returns None (or []) when the page does not have that field."""

    def __init__(self, key: str, selectors: Selectors) -> None:
        self.key = key
        self.selectors = selectors

    def title(self, root: Element) -> str | None:
        return _first_text(root, self.selectors.title)

    def published(self, root: Element) -> tuple[datetime, str] | None:
        text = _first_text(root, self.selectors.date)
        if not text:
            return None
        return dates.parse_visible(text)

    def author(self, root: Element) -> str | None:
        return _first_text(root, self.selectors.author) if self.selectors.author else None

    def body_lines(self, root: Element) -> list[str]:
        containers = _first(root, self.selectors.body)
        lines: list[str] = []
        for container in containers:
            for path in self.selectors.boilerplate:
                for junk in container.xpath(path):
                    parent = junk.getparent()
                    if parent is not None:
                        parent.remove(junk)
            lines += text_lines(container)
        return lines
