"""A threaded HTTP server on 127.0.0.1 (port 0) serving one fictional site from a route table."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.http_server import running_server


@dataclass
class Reply:
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Route = Reply | Callable[[], Reply]


@dataclass
class Site:
    """Routes keyed by path (with query when it matters); the log records every request path.

    `{BASE}` in a body becomes the server's base URL (without the trailing slash) when served.
    """

    routes: dict[str, Route] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)  # paths of the article pages
    article_delay: float = 0.0  # seconds each article response is held back (a slow site)
    log: list[str] = field(default_factory=list)
    base_url: str = ""

    def reply_for(self, path: str) -> Reply:
        route = self.routes.get(path) or self.routes.get(path.split("?", 1)[0])
        if route is None:
            return Reply(404, body=b"<html><body>tidak ditemukan</body></html>")
        return route() if callable(route) else route

    def requested(self, prefix: str = "") -> list[str]:
        return [p for p in self.log if p.startswith(prefix)]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        wbufsize = 1 << 16  # one write per response: avoids Nagle / delayed-ACK stalls on loopback
        protocol_version = (
            "HTTP/1.1"  # keep-alive, as real servers do (Content-Length is always sent)
        )

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            site.log.append(self.path)
            if site.article_delay and self.path in site.articles:
                time.sleep(site.article_delay)
            reply = site.reply_for(self.path)
            body = reply.body.replace(b"{BASE}", site.base_url.rstrip("/").encode())
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Handler


@contextmanager
def serve(site: Site, host: str = "127.0.0.1") -> Iterator[Site]:
    with running_server(_handler(site), host) as base_url:
        site.base_url = base_url
        yield site
