"""The demo corpus: portal specs and articles loaded from the content data modules.

Articles are written as plain data (`pantau/demo/content/<portal>.py`); this module turns them
into typed records and derives what every renderer and the dev-set builder share (URLs, body
start/end, view counts, syndication links).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from importlib import import_module
from typing import Any
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")
# How many words of the first / last paragraph the gold body_first / body_last keep.
BODY_EDGE_WORDS = 14


@dataclass(frozen=True)
class PortalSpec:
    """A demo portal: identity, shape (which renderer) and the crawler hints it advertises."""

    name: str
    title: str
    domain: str  # the nominal host used for the committed dev set
    shape: str  # wordpress | cms | news
    province: str
    region_code: str
    kind: str
    discovery: tuple[str, ...]
    site_type: str
    listing_paths: tuple[str, ...] = ()
    article_pattern: str | None = None
    tagline: str = ""


@dataclass(frozen=True)
class DemoArticle:
    portal: str
    number: int  # the CMS / post id, stable and unique within a portal
    slug: str
    title: str
    published: datetime
    author: str
    reporter: str | None
    editor: str | None
    dateline: str | None
    credit: str | None
    category: str
    tags: tuple[str, ...]
    province: str
    paragraphs: tuple[str, ...]
    gold: dict[str, Any]
    copy_of: str | None = None  # "portal/slug" of the original press release
    notes: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        return f"{self.portal}/{self.slug}"

    @property
    def first_paragraph(self) -> str:
        """The first paragraph as it reads on the page, dateline included."""
        head = self.paragraphs[0]
        return f"{self.dateline} {head}" if self.dateline else head

    @property
    def last_paragraph(self) -> str:
        """The last paragraph as it reads on the page, credit included."""
        tail = self.paragraphs[-1]
        return f"{tail} {self.credit}" if self.credit else tail

    @property
    def body_first(self) -> str:
        return " ".join(self.first_paragraph.split()[:BODY_EDGE_WORDS])

    @property
    def body_last(self) -> str:
        return " ".join(self.paragraphs[-1].split()[-BODY_EDGE_WORDS:])

    @property
    def views(self) -> int:
        """A stable fake view counter."""
        digest = hashlib.sha256(self.key.encode()).digest()
        return 120 + int.from_bytes(digest[:2], "big") % 4000

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def _article(portal: str, number: int, raw: dict[str, Any]) -> DemoArticle:
    published = datetime.fromisoformat(raw["published"])
    if published.tzinfo is None:
        published = published.replace(tzinfo=JAKARTA)
    gold = {key: raw["gold"].get(key, []) for key in _GOLD_LISTS}
    return DemoArticle(
        portal=portal,
        number=number,
        slug=raw["slug"],
        title=raw["title"],
        published=published,
        author=raw.get("author", "Redaksi"),
        reporter=raw.get("reporter"),
        editor=raw.get("editor"),
        dateline=raw.get("dateline"),
        credit=raw.get("credit"),
        category=raw.get("category", "Daerah"),
        tags=tuple(raw.get("tags", ())),
        province=raw["province"],
        paragraphs=tuple(raw["body"]),
        gold=gold,
        copy_of=raw.get("copy_of"),
        notes=tuple(raw["gold"].get("notes", ())),
    )


_GOLD_LISTS = ("officials", "persons", "organisations", "places", "dates")


@cache
def _modules() -> dict[str, Any]:
    """Portal name -> its content module."""
    from pantau.demo.content import PORTAL_MODULES

    loaded = [import_module(f"pantau.demo.content.{m}") for m in PORTAL_MODULES]
    return {module.PORTAL.name: module for module in loaded}


def portals() -> tuple[PortalSpec, ...]:
    return tuple(module.PORTAL for module in _modules().values())


@cache
def articles(portal: str) -> tuple[DemoArticle, ...]:
    """The portal's articles, newest first (the order listings and feeds show)."""
    module = _modules()[portal]
    first_number = module.FIRST_NUMBER
    items = [
        _article(portal, first_number + i, raw) for i, raw in enumerate(module.ARTICLES)
    ]
    return tuple(sorted(items, key=lambda a: a.published, reverse=True))


def all_articles() -> list[DemoArticle]:
    return [a for spec in portals() for a in articles(spec.name)]


def portal_spec(name: str) -> PortalSpec:
    for spec in portals():
        if spec.name == name:
            return spec
    raise KeyError(f"unknown demo portal {name!r}")


def expected_counts() -> dict[str, int]:
    """Number of article pages each demo portal serves."""
    return {spec.name: len(articles(spec.name)) for spec in portals()}


def syndication_manifest() -> list[dict[str, str]]:
    """Pairs of (copy, original) press releases published on two portals."""
    return [
        {"copy": a.key, "original": a.copy_of} for a in all_articles() if a.copy_of is not None
    ]
