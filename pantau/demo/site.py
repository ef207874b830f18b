"""The base of the three demo portal renderers: routing, URLs, related articles."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

from pantau.demo.html_common import Response, not_found, slugify
from pantau.demo.model import DemoArticle, PortalSpec

Handler = Callable[[dict[str, str]], Response]


class DemoSite(ABC):
    """One portal served from the demo corpus. Subclasses define paths and markup."""

    # archive path prefix -> (facet, whether an empty archive still exists)
    archives: dict[str, tuple[str, bool]] = {}

    def __init__(self, spec: PortalSpec, items: Sequence[DemoArticle], base_url: str) -> None:
        self.spec = spec
        self.items = list(items)  # newest first
        self.base_url = base_url.rstrip("/")
        self._by_path = {self.article_path(a): a for a in self.items}

    # --- defined by each shape ---
    @abstractmethod
    def article_path(self, article: DemoArticle) -> str: ...

    @abstractmethod
    def article_page(self, article: DemoArticle) -> str: ...

    @abstractmethod
    def routes(self) -> dict[str, Handler]:
        """Fixed paths (robots, sitemaps, listings) -> handler taking the query dict."""
        ...

    def archive_page(self, title: str, items: list[DemoArticle]) -> str:
        """A category / tag / author page listing `items` (may be empty); needed by the shapes
        that serve archives (CMS pages serve none)."""
        raise NotImplementedError(f"{type(self).__name__} serves archives without an archive_page")

    # --- shared ---
    def url(self, path: str) -> str:
        return self.base_url + path

    def article_url(self, article: DemoArticle) -> str:
        return self.url(self.article_path(article))

    def handle(self, path: str, query: dict[str, str]) -> Response:
        article = self._by_path.get(path) or self._by_path.get(path.rstrip("/") + "/")
        if article is not None:
            return Response(200, self.article_page(article))
        handler = self.routes().get(path)
        if handler is not None:
            return handler(query)
        return self._archive(path) or not_found(self.spec.title)

    def _archive(self, path: str) -> Response | None:
        for prefix, (facet, may_be_empty) in self.archives.items():
            key = path.removeprefix(prefix).strip("/")
            if not path.startswith(prefix) or not key or "/" in key:
                continue
            items = [a for a in self.items if key in _facet_slugs(a, facet)]
            if items or may_be_empty:
                return Response(200, self.archive_page(key.replace("-", " ").title(), items))
        return None

    def related(self, article: DemoArticle, n: int = 3) -> list[DemoArticle]:
        """The n articles published closest in time to this one (a stable 'related' list)."""
        others = [a for a in self.items if a.slug != article.slug]
        others.sort(key=lambda a: (abs((a.published - article.published).total_seconds()), a.slug))
        return others[:n]

    def latest(self, n: int = 5) -> list[DemoArticle]:
        return self.items[:n]


def _facet_slugs(article: DemoArticle, facet: str) -> set[str]:
    if facet == "category":
        return {slugify(article.category)}
    if facet == "tag":
        return {slugify(t) for t in article.tags}
    return {slugify(article.author)}


def int_arg(query: dict[str, str], name: str, default: int) -> int | None:
    """A positive integer query argument; None when present but not a positive integer."""
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) < 1:
        return None
    return int(raw)
