"""Fictional portals that publish between crawls: a WordPress-shaped blog, a custom CMS with
several pagination shapes, and a sitemap-index site. All text is invented; `{BASE}` is replaced
by the fixture server's base URL.

Each keeps its posts newest first and rebuilds its routes on `publish`, so a test can crawl,
publish (also back-dated posts) and crawl again against the same server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from tests.crawlers.fixture_server import Reply, Site
from tests.crawlers.sites import XML, article_html, slug

CATEGORIES = ("pemerintahan", "sosial", "budaya")
START = date(2025, 1, 1)


@dataclass(frozen=True)
class Post:
    number: int
    day: date

    @property
    def category(self) -> str:
        return CATEGORIES[self.number % len(CATEGORIES)]

    @property
    def path(self) -> str:
        return f"/{self.day:%Y/%m/%d}/{slug(self.number)}/"

    @property
    def stamp(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 9, tzinfo=UTC)


def posts(count: int, first: int = 0, start: date = START, step: int = 1) -> list[Post]:
    return [Post(first + i, start + timedelta(days=i * step)) for i in range(count)]


def _cards(chunk: list[Post]) -> str:
    return "".join(
        f'<article><h2><a href="{p.path}">Judul {p.number}</a></h2><time datetime="{p.day.isoformat()}">'
        f'{p.day}</time><a href="{p.path}">Selanjutnya</a> <a href="/tag/warga/">warga</a></article>'
        for p in chunk
    )


def _page(chunk: list[Post], nav: str, months: list[str]) -> bytes:
    menu = "".join(f'<a href="/category/{c}/">{c}</a> ' for c in CATEGORIES)
    archive = "".join(f'<li><a href="/{m}/">{m}</a></li>' for m in months)
    return (
        f'<html><head><link rel="alternate" type="application/rss+xml" href="{{BASE}}/feed/"></head><body>'
        f'<nav>{menu}</nav><main>{_cards(chunk)}</main><div class="nav-links">{nav}</div>'
        f"<aside><ul>{archive}</ul></aside></body></html>"
    ).encode()


def _wp_nav(prefix: str, number: int, last: int) -> str:
    """WordPress paging: numbered links and an 'Older posts' link; page 1 is the prefix itself."""

    def href(n: int) -> str:
        return prefix if n == 1 else f"{prefix}page/{n}/"

    numbers = " ".join(
        f'<a class="page-numbers" href="{href(n)}">{n}</a>'
        for n in range(1, last + 1)
        if n != number
    )
    older = (
        f' <a class="next page-numbers" href="{href(number + 1)}">Older posts</a>'
        if number < last
        else ""
    )
    return numbers + older


@dataclass
class Blog:
    """WordPress-shaped: /page/N/ listing, category and tag pages, month archives, an RSS feed
    of the latest `feed_size`, no sitemap; the REST API only when `rest` is set."""

    posts: list[Post] = field(default_factory=list)
    per_page: int = 10
    feed_size: int = 10
    rest: bool = False
    site: Site = field(default_factory=Site)

    def __post_init__(self) -> None:
        self.rebuild()

    def publish(self, new: list[Post]) -> None:
        self.posts += new
        self.rebuild()

    @property
    def newest_first(self) -> list[Post]:
        return sorted(self.posts, key=lambda p: (p.day, p.number), reverse=True)

    def _listing(self, prefix: str, items: list[Post], months: list[str]) -> dict[str, Reply]:
        chunks = [items[i : i + self.per_page] for i in range(0, len(items), self.per_page)] or [[]]
        routes = {}
        for number, chunk in enumerate(chunks, start=1):
            path = prefix if number == 1 else f"{prefix}page/{number}/"
            routes[path] = Reply(body=_page(chunk, _wp_nav(prefix, number, len(chunks)), months))
        return routes

    def rebuild(self) -> None:
        ordered = self.newest_first
        months = sorted({f"{p.day:%Y/%m}" for p in ordered}, reverse=True)
        routes: dict[str, Reply] = {
            "/robots.txt": Reply(
                content_type="text/plain", body=b"User-agent: *\nDisallow: /wp-admin/\n"
            ),
            "/feed/": Reply(
                content_type="application/rss+xml", body=self._feed(ordered[: self.feed_size])
            ),
        }
        routes.update(self._listing("/", ordered, months))
        for category in CATEGORIES:
            routes.update(
                self._listing(
                    f"/category/{category}/", [p for p in ordered if p.category == category], months
                )
            )
        routes["/tag/warga/"] = Reply(body=_page(ordered[:5], "", months))
        for month in months:
            routes[f"/{month}/"] = Reply(
                body=_page([p for p in ordered if f"{p.day:%Y/%m}" == month], "", months)
            )
        if self.rest:
            routes["/wp-json/wp/v2/posts"] = Reply(
                content_type="application/json", body=self._rest(), headers={"X-WP-TotalPages": "1"}
            )
        routes.update({p.path: Reply(body=article_html(p.number)) for p in ordered})
        self.site.routes = routes  # type: ignore[assignment]
        self.site.articles = [p.path for p in ordered]

    def _feed(self, latest: list[Post]) -> bytes:
        items = "".join(
            f"<item><title>Judul {p.number}</title><link>{{BASE}}{p.path}</link>"
            f"<pubDate>{p.stamp:%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>"
            for p in latest
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>{items}</channel></rss>'.encode()

    def _rest(self) -> bytes:
        # orderby=modified: a post's modified time is when it was published here (its number order)
        by_modified = sorted(self.posts, key=lambda p: p.number, reverse=True)
        return json.dumps(
            [
                {
                    "link": "{BASE}" + p.path,
                    "date_gmt": p.stamp.strftime("%Y-%m-%dT%H:%M:%S"),
                    "modified_gmt": (START + timedelta(days=p.number)).isoformat() + "T00:00:00",
                }
                for p in by_modified
            ]
        ).encode()


def cms_site(count: int, shape: str, per_page: int = 10) -> Site:
    """A custom CMS listing /berita in one pagination `shape` (numbered links only, no 'next' text):
    page (?page=N), offset (?start=K), index (/berita/index/N), json (a 'load more' endpoint)."""
    paths = [f"/berita/detail/{i}/{slug(i)}" for i in range(count)]
    chunks = [paths[i : i + per_page] for i in range(0, count, per_page)]

    def href(n: int) -> str:
        return {
            "page": f"/berita?page={n}",
            "offset": f"/berita?start={(n - 1) * per_page}",
            "index": f"/berita/index/{n}",
            "json": f"/api/berita?page={n}",
        }[shape]

    routes: dict[str, Reply] = {
        "/robots.txt": Reply(content_type="text/plain", body=b"User-agent: *\nDisallow:\n")
    }
    for number, chunk in enumerate(chunks, start=1):
        anchors = "".join(
            f'<div class="item"><a href="{p}">Judul {p[-3:]}</a></div>' for p in chunk
        )
        if shape == "json":
            more = {"html": anchors, "next": href(number + 1) if number < len(chunks) else None}
            routes[href(number)] = Reply(
                content_type="application/json", body=json.dumps(more).encode()
            )
            if number > 1:
                continue
            nav = f'<button class="load-more" data-url="{href(2)}">Muat lebih banyak</button>'
        else:
            nav = " ".join(
                f'<a href="{href(n)}">{n}</a>' for n in range(1, len(chunks) + 1) if n != number
            )
        body = f"<html><body><h1>Berita</h1>{anchors}<nav>{nav}</nav></body></html>".encode()
        routes[href(number) if shape != "json" else "/berita"] = Reply(body=body)
    routes["/berita"] = routes.get("/berita") or routes[href(1)]
    routes["/"] = Reply(body=b'<html><body><a href="/berita">Berita</a></body></html>')
    routes.update({p: Reply(body=article_html(i)) for i, p in enumerate(paths)})
    return Site(routes, paths)  # type: ignore[arg-type]


def sitemap_index_site(months: dict[str, list[int]], lastmod: dict[str, str]) -> Site:
    """robots.txt -> sitemap index of monthly sitemaps (each with its `lastmod`) -> articles."""
    index = "".join(
        f"<sitemap><loc>{{BASE}}/sitemap-{m}.xml</loc><lastmod>{lastmod[m]}</lastmod></sitemap>"
        for m in months
    )
    routes: dict[str, Reply] = {
        "/robots.txt": Reply(
            content_type="text/plain", body=b"User-agent: *\nSitemap: {BASE}/sitemap_index.xml\n"
        ),
        "/sitemap_index.xml": Reply(
            content_type=XML,
            body=(
                '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{index}</sitemapindex>"
            ).encode(),
        ),
    }
    paths = []
    for month, numbers in months.items():
        urls = "".join(
            f"<url><loc>{{BASE}}/read/{n}/{slug(n)}</loc><lastmod>{lastmod[month]}</lastmod></url>"
            for n in numbers
        )
        routes[f"/sitemap-{month}.xml"] = Reply(
            content_type=XML,
            body=(
                f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            ).encode(),
        )
        for n in numbers:
            routes[f"/read/{n}/{slug(n)}"] = Reply(body=article_html(n))
            paths.append(f"/read/{n}/{slug(n)}")
    return Site(routes, paths)  # type: ignore[arg-type]
