"""A hostile web site on 127.0.0.1 (threaded, port 0): the ways a broken portal fights a crawler.

Beside one normal article it serves redirect loops, cross-domain redirects, 429 / 5xx storms
with Retry-After, a slow drip (one byte a second), sitemap bombs (a huge sitemap, recursive
sitemap indexes, a gzipped sitemap that expands to GBs), a gzip-bomb page, a 50 MB page with
and without Content-Length, binary served as text/html and an empty 200.

Every loop is bounded on the server side too: a path asked for more than `max_hits_per_path`
times, or any path once `max_requests` were served, gets a short 410, and the drip stops after
`drip_seconds` or when the server shuts down.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler

from tests.hostile.articles import make_article
from tests.hostile.corpus import _png
from tests.http_server import running_server

GOOD_PATH = "/berita/2024/01/bupati-hadiri-festival-inovasi-desa"
OLD_PATH = "/berita/2023/12/berita-lama-sudah-tersimpan"  # stored before: must not be fetched again
MEMBER = 64 * 1024 * 1024
BOMB_MEMBERS = 32  # 32 gzip members of 64 MiB: 2 GiB once decompressed
BIG_PAGE = 50 * 1024 * 1024
HUGE_SITEMAP_URLS = 60_000  # above the sitemap protocol's 50,000 limit


@cache
def gzip_member() -> bytes:
    """One gzip member that expands to 64 MiB (about 64 KB on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return packer.compress(b"<p>" + b"a" * (MEMBER - 3)) + packer.flush()


def gzip_bomb() -> Iterator[bytes]:
    for _ in range(BOMB_MEMBERS):
        yield gzip_member()


# article paths the sitemap lists; each name says what the path does
HOSTILE_ARTICLES = {
    "redirect_loop": "/berita/2024/01/pengalihan-berputar-a",
    "redirect_cross_domain": "/berita/2024/01/pengalihan-ke-domain-lain",
    "redirect_to_loopback_alias": "/berita/2024/01/pengalihan-ke-localhost",
    "rate_limited": "/berita/2024/01/terlalu-banyak-permintaan",
    "server_error_storm": "/berita/2024/01/server-sedang-gangguan",
    "slow_drip": "/berita/2024/01/tetes-lambat-satu-byte",
    "gzip_bomb": "/berita/2024/01/bom-gzip-dua-gigabyte",
    "big_page_with_length": "/berita/2024/01/halaman-raksasa-lima-puluh",
    "big_page_streamed": "/berita/2024/01/halaman-raksasa-tanpa-panjang",
    "png_as_html": "/berita/2024/01/gambar-png-sebagai-html",
    "empty_200": "/berita/2024/01/halaman-kosong-sekali",
    "octet_stream": "/berita/2024/01/berkas-biner-unduhan",
}


@dataclass
class HostileSite:
    max_requests: int = 3000
    max_hits_per_path: int = 40
    drip_seconds: float = 20.0
    hits: Counter[str] = field(default_factory=Counter)
    base_url: str = ""
    stopping: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, path: str) -> bool:
        """Count a hit; False when this request exceeds the server-side bounds."""
        with self.lock:
            self.hits[path] += 1
            total = sum(self.hits.values())
            return total <= self.max_requests and self.hits[path] <= self.max_hits_per_path

    def hits_for(self, path: str) -> int:
        return self.hits.get(path, 0)


Writer = Callable[[BaseHTTPRequestHandler, HostileSite], None]


def _send(
    h: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    content_type: str = "text/html; charset=utf-8",
    **headers: str,
) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        h.send_header(name.replace("_", "-"), value)
    h.end_headers()
    h.wfile.write(body)


def _redirect(target: str) -> Writer:
    def write(h: BaseHTTPRequestHandler, site: HostileSite) -> None:
        _send(h, 302, Location=target.replace("{BASE}", site.base_url.rstrip("/")))

    return write


def _status(code: int, **headers: str) -> Writer:
    return lambda h, site: _send(h, code, b"<html><body>coba lagi nanti</body></html>", **headers)


def _open_ended(h: BaseHTTPRequestHandler, content_type: str, **headers: str) -> None:
    """Headers of a body with no Content-Length: it ends when the connection closes."""
    h.send_response(200)
    h.send_header("Content-Type", content_type)
    h.send_header("Connection", "close")
    for name, value in headers.items():
        h.send_header(name.replace("_", "-"), value)
    h.end_headers()
    h.close_connection = True


def _drip(h: BaseHTTPRequestHandler, site: HostileSite) -> None:
    _open_ended(h, "text/html; charset=utf-8")
    started = time.monotonic()
    while time.monotonic() - started < site.drip_seconds and not site.stopping.is_set():
        h.wfile.write(b"<")
        h.wfile.flush()
        site.stopping.wait(1.0)


def _bomb(h: BaseHTTPRequestHandler, site: HostileSite) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Encoding", "gzip")
    h.send_header("Content-Length", str(len(gzip_member()) * BOMB_MEMBERS))
    h.end_headers()
    for member in gzip_bomb():
        h.wfile.write(member)


def _big(with_length: bool) -> Writer:
    def write(h: BaseHTTPRequestHandler, site: HostileSite) -> None:
        chunk = b"<p>" + b"isi berita panjang " * 3000 + b"</p>\n"
        if with_length:
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(chunk) * (BIG_PAGE // len(chunk))))
            h.end_headers()
        else:
            _open_ended(h, "text/html; charset=utf-8")
        for _ in range(BIG_PAGE // len(chunk)):
            if site.stopping.is_set():
                return
            h.wfile.write(chunk)

    return write


def _xml(body: str) -> Writer:
    return lambda h, site: _send(
        h, 200, body.replace("{BASE}", site.base_url.rstrip("/")).encode(), "application/xml"
    )


def _urlset(locs: list[str]) -> str:
    items = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>'


def _index(locs: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return (
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{items}</sitemapindex>"
    )


def _huge_sitemap() -> str:
    # the same good article under many fragments plus offsite URLs: nothing here may be fetched twice
    locs = [f"{{BASE}}{GOOD_PATH}#salinan-{i}" for i in range(HUGE_SITEMAP_URLS // 2)]
    locs += [
        f"http://situs-lain.invalid/berita/2024/01/artikel-{i}"
        for i in range(HUGE_SITEMAP_URLS // 2)
    ]
    return _urlset(locs)


@cache
def gzip_sitemap() -> bytes:
    """A gzipped sitemap that expands to about 90 MB (built once, about 100 KB)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return (
        packer.compress(_urlset([]).encode()[:-9])
        + packer.compress(b"<url><loc>x</loc></url>" * 4_000_000)
        + packer.flush()
    )


def _gzip_sitemap(h: BaseHTTPRequestHandler, site: HostileSite) -> None:
    _send(h, 200, gzip_sitemap(), "application/x-gzip")


def routes() -> dict[str, Writer]:
    good = make_article(11, host="x").html.encode()
    a = HOSTILE_ARTICLES
    article_locs = ["{BASE}" + p for p in (GOOD_PATH, OLD_PATH, *a.values())]
    table: dict[str, Writer] = {
        "/robots.txt": lambda h, s: _send(
            h,
            200,
            (
                "User-agent: *\nAllow: /\n"
                + "".join(
                    f"Sitemap: {s.base_url.rstrip('/')}{p}\n"
                    for p in ("/sitemap_index.xml", "/sitemap-besar.xml", "/sitemap-bom.xml.gz")
                )
            ).encode(),
            "text/plain",
        ),
        "/sitemap_index.xml": _xml(
            _index(
                [
                    "{BASE}/sitemap-artikel.xml",
                    "{BASE}/sitemap-putar-a.xml",
                    "{BASE}/sitemap_index.xml",
                ]
            )
        ),
        "/sitemap-putar-a.xml": _xml(_index(["{BASE}/sitemap-putar-b.xml"])),
        "/sitemap-putar-b.xml": _xml(
            _index(["{BASE}/sitemap-putar-a.xml", "{BASE}/sitemap_index.xml"])
        ),
        "/sitemap-artikel.xml": _xml(_urlset(article_locs)),
        "/sitemap-besar.xml": _xml(_huge_sitemap()),
        "/sitemap-bom.xml.gz": _gzip_sitemap,
        GOOD_PATH: lambda h, s: _send(h, 200, good),
        OLD_PATH: _status(500),
        a["redirect_loop"]: _redirect("{BASE}/berita/2024/01/pengalihan-berputar-b"),
        "/berita/2024/01/pengalihan-berputar-b": _redirect("{BASE}" + a["redirect_loop"]),
        a["redirect_cross_domain"]: _redirect("http://situs-lain.invalid/berita/2024/01/tujuan"),
        a["redirect_to_loopback_alias"]: lambda h, s: _redirect(
            s.base_url.replace("127.0.0.1", "localhost").rstrip("/") + GOOD_PATH + "-salinan"
        )(h, s),
        a["rate_limited"]: _status(429, Retry_After="3600"),
        a["server_error_storm"]: _status(503, Retry_After="120"),
        a["slow_drip"]: _drip,
        a["gzip_bomb"]: _bomb,
        a["big_page_with_length"]: _big(with_length=True),
        a["big_page_streamed"]: _big(with_length=False),
        a["png_as_html"]: lambda h, s: _send(h, 200, _png()),
        a["empty_200"]: lambda h, s: _send(h, 200, b""),
        a["octet_stream"]: lambda h, s: _send(h, 200, _png(), "application/octet-stream"),
    }
    return table


def _handler(site: HostileSite, table: dict[str, Writer]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path.split("?", 1)[0]
            if not site.record(path):
                _send(self, 410, b"batas permintaan")
                return
            writer = table.get(path)
            try:
                if writer is None:
                    _send(self, 404, b"<html><body>tidak ditemukan</body></html>")
                else:
                    writer(self, site)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the crawler hung up: that is the point

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Handler


@contextmanager
def serve_hostile(site: HostileSite | None = None) -> Iterator[HostileSite]:
    """Run the hostile site on 127.0.0.1:<free port> for the duration of the block."""
    site = site or HostileSite()
    gzip_member(), gzip_sitemap()  # build the bombs before the clock of any crawl starts
    with running_server(_handler(site, routes())) as base_url:
        site.base_url = base_url
        try:
            yield site
        finally:
            site.stopping.set()  # wake slow-drip handlers before the server shuts down
