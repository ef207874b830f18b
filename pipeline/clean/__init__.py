"""Cleaning: HTML page or whole-page text dump -> `pipeline.core.article.Article`.

Pure functions. `clean_html` and `clean_text` raise only `pipeline.core.errors.Dropped` for unusable
input; non-fatal problems are reason codes in `Article.flags`.
"""

from __future__ import annotations

from pipeline.clean.from_html import clean_html
from pipeline.clean.from_text import classify_lines, clean_text
from pipeline.clean.relevance import relevance

__all__ = ["classify_lines", "clean_html", "clean_text", "relevance"]
