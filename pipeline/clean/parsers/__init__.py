"""Dedicated site parsers, keyed like `Portal.parser`: one per portal record that carries its
site's selectors (crawlers/portals/id/<province>.py); adding a portal's selectors adds its parser.

The registry is data the cleaner reads (pipeline.clean -> crawlers.portals -> pipeline.core):
no module of crawlers.portals imports the cleaner.
"""

from __future__ import annotations

from functools import cache

from crawlers.portals import site_selectors
from pipeline.clean.parsers.base import Selectors, SiteParser

__all__ = ["Selectors", "SiteParser", "get", "site_parsers"]


@cache
def site_parsers() -> dict[str, SiteParser]:
    """Every site parser, by key."""
    return {key: SiteParser(key, selectors) for key, selectors in site_selectors().items()}


def get(key: str | None) -> SiteParser | None:
    return site_parsers().get(key) if key else None
