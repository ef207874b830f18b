"""Plain-text dump of a whole page -> Article.

Lines are classified as header, title, metadata, body, boilerplate, related and footer: the title
is the first headline-shaped line, the body starts at the first prose line after it and ends at
the first related-news / comment / footer marker; the lines between title and body hold the
date, author, reporter and editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from pipeline.article import Article
from pipeline.clean import boilerplate, dates, rules
from pipeline.clean.assemble import Parts, build
from pipeline.clean.dom import norm
from pipeline.clean.unicode import has_surrogates, looks_binary, storable, visible
from pipeline.errors import Dropped, Reason

_HEADER_LINE = re.compile(
    r"^(jl\.?\s|jalan\s|telp|tel\.|fax|\(?\d{3,4}\)?[\s\d-]{5,}$)|@|\[at\]|https?://|www\.|\s[/»>]\s|^[\w-]+-[\w-]+$",
    re.I,
)
_FOOTER = re.compile(r"(©|\(c\)\s*\d{4}|all rights reserved|hak cipta|hubungi kami|kontak kami|ikuti kami"
                     r"|kebijakan privasi|pedoman media siber|tentang kami)", re.I)
_VIEWS_ONLY = re.compile(r"^[\d.,]+$")


@dataclass
class Layout:
    title: int | None
    body_start: int | None


def _is_title_shaped(line: str) -> bool:
    words = len(line.split())
    if not 4 <= words <= 30 or line.endswith((".", ":", ",")) or _HEADER_LINE.search(line):
        return False
    if dates.TEXT_DATE.search(line) or dates.NUM_DATE.search(line):
        return False
    return boilerplate.matching_rule(line, rules.DROP_LINE_RULES) is None


def find_layout(lines: list[str]) -> Layout:
    title = next((i for i, line in enumerate(lines[:30]) if _is_title_shaped(line)), None)
    start_from = 0 if title is None else title + 1
    body = next(
        (i for i in range(start_from, len(lines))
         if boilerplate.is_paragraph(lines[i]) and not rules.DROP_LINE_RULES[0].pattern.search(lines[i])),
        None,
    )
    return Layout(title, body)


def _metadata(lines: list[str], layout: Layout, parts: Parts, info: boilerplate.LineInfo,
              now: datetime | None) -> None:
    title_at = layout.title if layout.title is not None else -1
    end = layout.body_start if layout.body_start is not None else len(lines)
    zone = lines[title_at + 1:end] + lines[:max(title_at, 0)]
    for line in zone:
        _date_from(line, parts, now)
        if match := rules.REPORTER_INLINE.search(line):
            info.reporter = info.reporter or match.group(1)
        if match := rules.EDITOR_INLINE.search(line):
            info.editor = info.editor or match.group(1)
        if parts.author is None and _is_author_line(line):
            parts.author = line


def _date_from(line: str, parts: Parts, now: datetime | None) -> None:
    if parts.published_at is not None:
        return
    hit = dates.parse_visible(line) if any(ch.isdigit() for ch in line) else None
    if hit is None:
        return
    stamp, span = hit
    problem = dates.check(stamp, span, now)
    if problem:
        parts.flags.append(f"date_rejected:{problem}")
    else:
        parts.published_at, parts.published_source = stamp, "text"


def _is_author_line(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 5 or _VIEWS_ONLY.match(line):
        return False
    if re.match(r"^(oleh|penulis|ditulis oleh|pewarta)\b", line, re.I):
        return True
    return words[0].lower().strip(".:") in rules.INSTITUTION_WORDS


def clean_text(text: str, url: str | None = None, *, now: datetime | None = None) -> Article:
    """Clean a whole-page text dump. Raises only `Dropped` (with a reason) for unusable input."""
    source = url or "<text>"
    try:
        return _clean_text(text, url, now, source)
    except Dropped:
        raise
    except Exception as exc:  # the contract: no foreign exception escapes, it gets a reason code
        raise Dropped(Reason.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}"[:300], source) from exc


def _clean_text(text: str, url: str | None, now: datetime | None, source: str) -> Article:
    if not isinstance(text, str):
        raise Dropped(Reason.MALFORMED_INPUT, f"expected str, got {type(text).__name__}", source)
    if not text.strip():
        raise Dropped(Reason.EMPTY, "empty text", source)
    if looks_binary(text):
        raise Dropped(Reason.BINARY, "NUL characters in text", source)
    text = visible(text)  # soft hyphens, zero-width characters, stray NULs: nothing to see, words to join
    flags = [Reason.INVALID_UNICODE.value] if has_surrogates(text) else []
    lines = [line for line in (norm(raw) for raw in storable(text).splitlines()) if line]
    layout = find_layout(lines)
    if layout.body_start is None:
        raise Dropped(Reason.NO_BODY, "no prose line in the text", source)
    parts = Parts(title=lines[layout.title] if layout.title is not None else None, extractor="pantau:text",
                  flags=flags)
    info = boilerplate.LineInfo()
    _metadata(lines, layout, parts, info, now)
    body_lines = _until_footer(lines[layout.body_start:])
    cleaned, body_info = boilerplate.clean_lines(body_lines, parts.title)
    body_info.reporter = info.reporter or body_info.reporter
    body_info.editor = info.editor or body_info.editor
    parts.lines = cleaned
    return build(parts, body_info, url, source)


def _until_footer(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if _FOOTER.search(line) and not boilerplate.is_paragraph(line):
            return lines[:index]
    return lines


def classify_lines(text: str) -> list[tuple[str, str]]:
    """(label, line) for every non-empty line: header, title, metadata, body, boilerplate, after."""
    lines = [line for line in (norm(raw) for raw in text.splitlines()) if line]
    layout = find_layout(lines)
    if layout.body_start is None:
        return [("header", line) for line in lines]
    kept, _ = boilerplate.clean_lines(_until_footer(lines[layout.body_start:]), None)
    kept_set = set(kept)

    def is_kept(line: str) -> bool:  # the last body line may have lost its credit tag
        return line in kept_set or bool(kept) and line.startswith(kept[-1])

    last_kept = max((i for i, line in enumerate(lines) if is_kept(line)), default=len(lines))
    labelled = []
    for i, line in enumerate(lines):
        if layout.title is not None and i == layout.title:
            label = "title"
        elif i < (layout.title if layout.title is not None else layout.body_start):
            label = "header"
        elif i < layout.body_start:
            label = "metadata"
        elif i <= last_kept:
            label = "body" if is_kept(line) else "boilerplate"
        else:
            label = "footer" if _FOOTER.search(line) else "related"
        labelled.append((label, line))
    return labelled
