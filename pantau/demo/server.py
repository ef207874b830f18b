"""Serve the demo portals on 127.0.0.1, one free port each (threaded http.server).

`serve_demo()` is a context manager yielding the portal records the crawler reads;
`python -m pantau.demo.server` serves them by hand until Ctrl-C.
"""

from __future__ import annotations

import argparse
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from pantau.demo.cms import CmsSite
from pantau.demo.model import DemoArticle, PortalSpec, articles, portals
from pantau.demo.news import NewsSite
from pantau.demo.site import DemoSite
from pantau.demo.wordpress import WordPressSite

# each shape builds its site from (spec, articles, base url)
SHAPES: dict[str, Callable[[PortalSpec, Sequence[DemoArticle], str], DemoSite]] = {
    "wordpress": WordPressSite,
    "cms": CmsSite,
    "news": NewsSite,
}
POLITENESS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


def build_site(spec: PortalSpec, base_url: str) -> DemoSite:
    return SHAPES[spec.shape](spec, articles(spec.name), base_url)


def portal_record(spec: PortalSpec, base_url: str) -> dict[str, Any]:
    """The crawler's portal record (crawlers.portals.Portal.from_dict accepts it)."""
    return {
        "name": spec.name,
        "base_url": base_url,
        "province": spec.province,
        "region_code": spec.region_code,
        "kind": spec.kind,
        "discovery": list(spec.discovery),
        "parser": None,
        "status": "stable",
        "lang": "id",
        "timezone": "WIB",
        "politeness": dict(POLITENESS),
        "listing_paths": list(spec.listing_paths),
        "article_pattern": spec.article_pattern,
        "notes": f"bundled demo portal ({spec.shape} shape)",
    }


def _handler_for(holder: dict[str, DemoSite]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._respond(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(with_body=False)

        def _respond(self, with_body: bool) -> None:
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            response = holder["site"].handle(parts.path or "/", query)
            payload = response.body.encode("utf-8")
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(payload)))
            for key, value in response.headers.items():
                self.send_header(key, value)
            self.end_headers()
            if with_body:
                self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            """Quiet: the crawler's own logs say what was fetched."""

    return Handler


class DemoServer:
    """All demo portals, each on its own 127.0.0.1 port; start() then stop()."""

    def __init__(self, host: str = "127.0.0.1", ports: dict[str, int] | None = None) -> None:
        self.host = host
        self.ports = ports or {}
        self._servers: list[ThreadingHTTPServer] = []
        self._threads: list[threading.Thread] = []
        self.records: list[dict[str, Any]] = []
        self.sites: dict[str, DemoSite] = {}

    def start(self) -> list[dict[str, Any]]:
        for spec in portals():
            holder: dict[str, DemoSite] = {}
            server = ThreadingHTTPServer(
                (self.host, self.ports.get(spec.name, 0)), _handler_for(holder)
            )
            server.daemon_threads = True
            base_url = f"http://{self.host}:{server.server_address[1]}/"
            holder["site"] = self.sites[spec.name] = build_site(spec, base_url)
            thread = threading.Thread(
                target=server.serve_forever, name=f"demo-{spec.name}", daemon=True
            )
            thread.start()
            self._servers.append(server)
            self._threads.append(thread)
            self.records.append(portal_record(spec, base_url))
        return self.records

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> list[dict[str, Any]]:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def serve_demo(host: str = "127.0.0.1") -> Iterator[list[dict[str, Any]]]:
    """Serve every demo portal for the duration of the block; yields the portal records."""
    server = DemoServer(host)
    try:
        yield server.start()
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the bundled Pantau demo portals.")
    parser.add_argument("--port", type=int, default=0, help="first port (0: any free port)")
    args = parser.parse_args(argv)
    ports = {spec.name: args.port + i for i, spec in enumerate(portals())} if args.port else {}
    server = DemoServer(ports=ports)
    records = server.start()
    for record in records:
        print(f"{record['name']:24} {record['base_url']}  ({', '.join(record['discovery'])})")
    print("Ctrl-C stops the servers.")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
