"""Shared loading of the cleaning corpus (tests/fixtures/clean) for the quality tests."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from pipeline.clean import clean_html, clean_text
from pipeline.core.article import Article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "clean"
# A fixed "now": the corpus dates stay in the past and the today-widget date stays "today".
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


def site_page(portal: str) -> str:
    """The HTML of the first captured page of `portal` (tests/fixtures/pages/<portal>/)."""
    return gzip.decompress(
        next((FIXTURES.parent / "pages" / portal).glob("*.html.gz")).read_bytes()
    ).decode("utf-8")


@cache
def manifest() -> list[dict]:
    return json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))


@cache
def floors() -> dict[str, float]:
    return json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8"))


@cache
def cleaned(page_id: str) -> Article:
    row = next(m for m in manifest() if m["id"] == page_id)
    raw = (FIXTURES / row["file"]).read_text(encoding="utf-8")
    if row["kind"] == "text":
        return clean_text(raw, row["url"], now=NOW)
    return clean_html(raw, row["url"], parser=row["parser"], now=NOW)
