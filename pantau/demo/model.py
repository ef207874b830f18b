"""The demo corpus: portal specs and articles loaded from the content data files.

Articles are written as plain data (`pantau/demo/content/<portal>.json`); this module checks each
file's shape (a clear error naming the file and the article), turns them into typed records and
derives what every renderer and the dev-set builder share (URLs, body start/end, view counts,
syndication links).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from pantau.demo.content import PORTAL_FILES
from pipeline.core.errors import InputError

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

# The shape of a content file: key -> (type, required). Lists hold strings unless noted.
Shape = dict[str, tuple[type, bool]]
_TOP: Shape = {
    "about": (str, True),
    "portal": (dict, True),
    "first_number": (int, True),
    "articles": (list, True),
}
_PORTAL: Shape = {
    f.name: (list if f.type.startswith("tuple") else str, f.default is MISSING)
    for f in fields(PortalSpec)
}
_ARTICLE: Shape = {
    "slug": (str, True),
    "title": (str, True),
    "published": (str, True),
    "province": (str, True),
    "body": (list, True),
    "gold": (dict, True),
    "author": (str, False),
    "reporter": (str, False),
    "editor": (str, False),
    "dateline": (str, False),
    "credit": (str, False),
    "category": (str, False),
    "tags": (list, False),
    "copy_of": (str, False),
}
_GOLD: Shape = {key: (list, False) for key in (*_GOLD_LISTS, "notes")}


def check_content(data: Any, name: str) -> None:
    """Raise InputError naming the file (and the article) when a content file is not in shape."""
    _check_keys(data, _TOP, name)
    _check_keys(data["portal"], _PORTAL, f"{name}: portal")
    slugs: set[str] = set()
    for number, article in enumerate(data["articles"], 1):
        where = f"{name}: article {number}"
        _check_keys(article, _ARTICLE, where)
        _check_keys(article["gold"], _GOLD, f"{where} ({article['slug']}): gold")
        if not article["body"] or not all(
            isinstance(p, str) and p.strip() for p in article["body"]
        ):
            raise InputError(f"{where}: body must be a list of non-empty paragraphs")
        if article["slug"] in slugs:
            raise InputError(f"{where}: slug {article['slug']!r} is used twice")
        slugs.add(article["slug"])
        try:
            datetime.fromisoformat(article["published"])
        except ValueError:
            raise InputError(
                f"{where}: published {article['published']!r} is not an ISO date-time"
            ) from None
        for key in _GOLD_LISTS:
            if not all(isinstance(item, dict) for item in article["gold"].get(key, [])):
                raise InputError(f"{where}: gold {key} must be a list of objects")


def _check_keys(value: Any, shape: Shape, where: str) -> None:
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected an object, got {type(value).__name__}")
    unknown = sorted(set(value) - set(shape))
    missing = sorted(k for k, (_, required) in shape.items() if required and k not in value)
    if unknown or missing:
        raise InputError(f"{where}: unknown keys {unknown}, missing keys {missing}")
    for key, (kind, _) in shape.items():
        got = value.get(key)
        if key in value and not (isinstance(got, kind) or (got is None and kind is str)):
            raise InputError(f"{where}: {key} must be {kind.__name__}, got {type(got).__name__}")


@cache
def _files() -> dict[str, dict[str, Any]]:
    """Portal name -> its checked content file."""
    loaded = [_load(stem) for stem in PORTAL_FILES]
    return {data["portal"]["name"]: data for data in loaded}


def _load(stem: str) -> dict[str, Any]:
    name = f"pantau/demo/content/{stem}.json"
    try:
        data: dict[str, Any] = json.loads(
            resources.files("pantau.demo.content").joinpath(f"{stem}.json").read_text("utf-8")
        )
    except (OSError, ValueError) as exc:
        raise InputError(f"{name}: not readable JSON ({exc})") from exc
    check_content(data, name)
    return data


def portals() -> tuple[PortalSpec, ...]:
    return tuple(_spec(data["portal"]) for data in _files().values())


def _spec(raw: dict[str, Any]) -> PortalSpec:
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    return PortalSpec(**values)


@cache
def articles(portal: str) -> tuple[DemoArticle, ...]:
    """The portal's articles, newest first (the order listings and feeds show)."""
    data = _files()[portal]
    items = [
        _article(portal, data["first_number"] + i, raw) for i, raw in enumerate(data["articles"])
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
    return [{"copy": a.key, "original": a.copy_of} for a in all_articles() if a.copy_of is not None]
