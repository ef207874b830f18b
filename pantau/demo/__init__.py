"""The bundled demo site: three fictional Indonesian portals in different shapes.

`serve_demo()` serves them on 127.0.0.1 (a free port each) and yields the crawler's portal
records; `expected_counts()` says how many articles each serves; `python -m tests.pantau.devset`
writes the annotated development set built from the same content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pantau.demo.model import all_articles, articles, expected_counts, portals, syndication_manifest

if TYPE_CHECKING:
    from pantau.demo.server import DemoServer, build_site, portal_record, serve_demo

# imported on first use, so `python -m pantau.demo.server` does not find its module pre-imported
_SERVER_NAMES = ("DemoServer", "build_site", "portal_record", "serve_demo")

__all__ = [
    "DemoServer",
    "all_articles",
    "articles",
    "build_site",
    "expected_counts",
    "portal_record",
    "portals",
    "serve_demo",
    "syndication_manifest",
]


def __getattr__(name: str) -> Any:
    if name in _SERVER_NAMES:
        from pantau.demo import server

        return getattr(server, name)
    raise AttributeError(f"module 'pantau.demo' has no attribute {name!r}")
