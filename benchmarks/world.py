"""A loopback world of simulated portals: one asyncio server, one port per portal on 127.0.0.1.

    python -m benchmarks.world --portals 555 --articles 40 --new 3 --base-port 42000

Portal i answers on base_port + i in one of three shapes (WordPress-like: /page/N/ listing,
categories, RSS of the latest 10 and the REST API; a custom CMS: /berita?page=N, no feed; a
sitemap index of monthly sitemaps with lastmod). Each has `articles` posts on day 0 and `new`
more on day 1 (`--day 1`), some of them back-dated. Every answer waits 100-800 ms; some portals
are slow (2-3 s), some answer 429 (Retry-After: 1) to one request in three, some are broken (500
everywhere, or the connection is dropped). All text is invented; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

SHAPES = ("wp", "cms", "sitemap")
TODAY = date.today()
DAY0 = TODAY - timedelta(days=1)  # the day of the last complete crawl
PER_PAGE = 10


@dataclass(frozen=True)
class Portal:
    index: int
    articles: int
    new: int
    day: int
    forced: str | None = None  # a kind chosen by the caller (tests)

    @property
    def shape(self) -> str:
        return SHAPES[self.index % len(SHAPES)]

    @property
    def kind(self) -> str:
        """ok | slow | throttled | broken | dropped (deterministic per portal)."""
        if self.forced:
            return self.forced
        roll = zlib.crc32(f"kind{self.index}".encode()) % 100
        return (
            "slow"
            if roll < 5
            else "throttled"
            if roll < 10
            else "broken"
            if roll < 12
            else "dropped"
            if roll < 13
            else "ok"
        )

    def posts(self) -> list[tuple[int, date]]:
        """(number, date) newest first; day-1 posts are dated within the last days (back-dated)."""
        count = self.articles + (self.new if self.day >= 1 else 0)
        dated = [
            (n, DAY0 - timedelta(days=1 + (self.articles - n) // 2)) for n in range(self.articles)
        ]
        dated += [
            (n, DAY0 - timedelta(days=(n - self.articles) % 3)) for n in range(self.articles, count)
        ]
        return sorted(dated, key=lambda p: (p[1], p[0]), reverse=True)

    def modified(self, number: int, day: date) -> date:
        """When a post last changed: its date, or today for one published since the last crawl."""
        return TODAY if number >= self.articles else day

    def path(self, number: int, day: date) -> str:
        if self.shape == "cms":
            return f"/berita/detail/{number}/kabar-kegiatan-warga-nomor-{number}"
        return f"/{day:%Y/%m/%d}/kabar-kegiatan-warga-nomor-{number}/"


def _html(body: str) -> bytes:
    return f'<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()


def article(portal: Portal, number: int) -> bytes:
    text = " ".join(
        f"Warga kecamatan {number % 7} mengikuti kegiatan bersama ke-{number}." for _ in range(12)
    )
    return _html(f"<article><h1>Kabar kegiatan warga nomor {number}</h1><p>{text}</p></article>")


def listing(
    portal: Portal, items: list[tuple[int, date]], page: int, pages: int, href: str
) -> bytes:
    cards = "".join(
        f'<div><a href="{portal.path(n, d)}">Kabar {n}</a><time datetime="{d}">{d}</time></div>'
        for n, d in items
    )
    links = " ".join(
        f'<a href="{href.format(n=k)}">{k}</a>' for k in range(1, pages + 1) if k != page
    )
    cats = (
        ""
        if portal.shape != "wp"
        else "".join(f'<a href="/category/{c}/">{c}</a>' for c in ("daerah", "sosial"))
    )
    head = (
        '<link rel="alternate" type="application/rss+xml" href="/feed/">'
        if portal.shape == "wp"
        else ""
    )
    return _html(f"{head}<nav>{cats}</nav>{cards}<div>{links}</div>")


def route(portal: Portal, target: str) -> tuple[int, str, bytes]:
    parts = urlsplit(target)
    path, query = parts.path, parse_qs(parts.query)
    posts = portal.posts()
    by_path = {portal.path(n, d): n for n, d in posts}
    if path in by_path:
        return 200, "text/html; charset=utf-8", article(portal, by_path[path])
    if path == "/robots.txt":
        extra = "Sitemap: /sitemap_index.xml\n" if portal.shape == "sitemap" else ""
        return 200, "text/plain", f"User-agent: *\nDisallow: /admin/\n{extra}".encode()
    pages = max(1, -(-len(posts) // PER_PAGE))
    if portal.shape == "wp":
        if path == "/" or path.startswith("/page/"):
            page = int(path.strip("/").split("/")[-1]) if path.startswith("/page/") else 1
            chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
            return (
                (200 if chunk or page == 1 else 404),
                "text/html",
                listing(portal, chunk, page, pages, "/page/{n}/"),
            )
        if path.startswith("/category/"):
            name = path.split("/")[2]
            mine = [p for p in posts if (p[0] % 2 == 0) == (name == "daerah")][:PER_PAGE]
            return 200, "text/html", listing(portal, mine, 1, 1, "")
        if path == "/feed/":
            items = "".join(
                f"<item><link>{portal.path(n, d)}</link><pubDate>{d:%a, %d %b %Y} 08:00:00 +0700</pubDate></item>"
                for n, d in posts[:10]
            )
            return (
                200,
                "application/rss+xml",
                f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(),
            )
        if path == "/wp-json/wp/v2/posts":
            page = int(query.get("page", ["1"])[0])
            chunk = sorted(posts, key=lambda p: p[0], reverse=True)[(page - 1) * 100 : page * 100]
            rows = [
                {
                    "link": portal.path(n, d),
                    "date_gmt": f"{d}T01:00:00",
                    "modified_gmt": f"{portal.modified(n, d)}T01:00:00",
                }
                for n, d in chunk
            ]
            return 200, "application/json", json.dumps(rows).encode()
    if portal.shape == "cms" and path in ("/", "/berita"):
        page = int(query.get("page", ["1"])[0])
        chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
        return 200, "text/html", listing(portal, chunk, page, pages, "/berita?page={n}")
    if portal.shape == "sitemap":
        months = sorted({d.strftime("%Y-%m") for _, d in posts}, reverse=True)
        if path == "/sitemap_index.xml":
            newest = {
                m: max(portal.modified(n, d) for n, d in posts if d.strftime("%Y-%m") == m)
                for m in months
            }
            items = "".join(
                f"<sitemap><loc>/sitemap-{m}.xml</loc><lastmod>{newest[m]}</lastmod></sitemap>"
                for m in months
            )
            return (
                200,
                "application/xml",
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'.encode(),
            )
        if path.startswith("/sitemap-"):
            month = path.removeprefix("/sitemap-").removesuffix(".xml")
            items = "".join(
                f"<url><loc>{portal.path(n, d)}</loc><lastmod>{portal.modified(n, d)}</lastmod></url>"
                for n, d in posts
                if d.strftime("%Y-%m") == month
            )
            return (
                200,
                "application/xml",
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>'.encode(),
            )
        if path == "/":
            return 200, "text/html", _html("<p>Portal berita contoh</p>")
    return 404, "text/html", _html("<p>tidak ditemukan</p>")


class World:
    def __init__(self, portals: list[Portal], latency: tuple[float, float]) -> None:
        self.portals = portals
        self.latency = latency
        self.requests = 0
        self.counts: dict[int, int] = {}

    async def handle(
        self, index: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        portal = self.portals[index]
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode("latin-1")
                self.requests += 1
                seen = self.counts[index] = self.counts.get(index, 0) + 1
                low, high = (2.0, 3.0) if portal.kind == "slow" else self.latency
                await asyncio.sleep(random.uniform(low, high))
                if portal.kind == "dropped":
                    break  # connection closed without an answer
                extra = ""
                if portal.kind == "broken":
                    status, kind, body = 500, "text/html", _html("<p>galat</p>")
                elif portal.kind == "throttled" and seen % 3 == 0:
                    status, kind, body, extra = (
                        429,
                        "text/html",
                        _html("<p>terlalu sering</p>"),
                        "Retry-After: 1\r\n",
                    )
                else:
                    status, kind, body = route(portal, target)
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode()
                    + body
                )
                await writer.drain()
        except (
            asyncio.IncompleteReadError,
            ConnectionError,
            asyncio.LimitOverrunError,
            IndexError,
        ):
            pass
        finally:
            writer.close()


async def serve(world: World, base_port: int) -> None:
    servers = []
    for index in range(len(world.portals)):
        servers.append(
            await asyncio.start_server(
                lambda r, w, i=index: world.handle(i, r, w),
                "127.0.0.1",
                base_port + index,
                backlog=16,
            )
        )
    print(f"ready {len(servers)}", flush=True)
    await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--portals", type=int, default=555)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--new", type=int, default=3)
    parser.add_argument("--day", type=int, default=1)
    parser.add_argument("--base-port", type=int, default=42000)
    parser.add_argument("--latency", type=float, nargs=2, default=(0.1, 0.8))
    parser.add_argument(
        "--kinds", default="{}", help='JSON {"index": "ok|slow|throttled|broken|dropped"}'
    )
    args = parser.parse_args(argv)
    kinds = {int(k): v for k, v in json.loads(args.kinds).items()}
    portals = [
        Portal(i, args.articles, args.new, args.day, kinds.get(i)) for i in range(args.portals)
    ]
    try:
        asyncio.run(serve(World(portals, tuple(args.latency)), args.base_port))  # type: ignore[arg-type]
    except OSError as exc:
        print(f"benchmarks.world: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
