"""Registry of dedicated site parsers, keyed like `Portal.parser` in the portals registry."""

from __future__ import annotations

from pipeline.clean.parsers import beritajakarta, kupasonline, sabba, serangkab, tangerangkota
from pipeline.clean.parsers.base import Selectors, SiteParser

PARSERS: dict[str, SiteParser] = {
    module.PARSER.key: module.PARSER
    for module in (serangkab, sabba, kupasonline, beritajakarta, tangerangkota)
}

__all__ = ["PARSERS", "Selectors", "SiteParser", "get"]


def get(key: str | None) -> SiteParser | None:
    return PARSERS.get(key) if key else None
