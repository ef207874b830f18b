"""A slow but well-behaved news site on 127.0.0.1: a sitemap of N articles, each served after a delay.

Slow enough that a crawl can be killed half-way; counts how often each article was fetched.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.hostile.articles import make_article
from tests.http_server import running_server


def article_path(i: int) -> str:
    return f"/berita/2024/03/kabar-desa-nomor-{i:03d}"


@dataclass
class SlowSite:
    articles: int = 30
    delay: float = 0.15
    max_requests: int = 500
    hits: Counter[str] = field(default_factory=Counter)
    base_url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def urls(self) -> list[str]:
        return [self.base_url.rstrip("/") + article_path(i) for i in range(self.articles)]

    def body(self, path: str) -> tuple[int, str, bytes]:
        base = self.base_url.rstrip("/")
        if path == "/robots.txt":
            return 200, "text/plain", f"User-agent: *\nSitemap: {base}/sitemap.xml\n".encode()
        if path == "/sitemap.xml":
            locs = "".join(f"<url><loc>{u}</loc></url>" for u in self.urls())
            return (
                200,
                "application/xml",
                (
                    '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"{locs}</urlset>"
                ).encode(),
            )
        for i in range(self.articles):
            if path == article_path(i):
                time.sleep(self.delay)
                return 200, "text/html; charset=utf-8", make_article(1000 + i).html.encode()
        return 404, "text/html", b"tidak ditemukan"


def _handler(site: SlowSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            with site.lock:
                site.hits[self.path] += 1
                over = sum(site.hits.values()) > site.max_requests
            status, ctype, body = (429, "text/plain", b"") if over else site.body(self.path)
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the crawler was killed mid-response

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Handler


@contextmanager
def serve_slow(site: SlowSite | None = None) -> Iterator[SlowSite]:
    site = site or SlowSite()
    with running_server(_handler(site)) as base_url:
        site.base_url = base_url
        yield site
