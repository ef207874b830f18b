"""Plain-text dump of a whole page -> Article.

Lines are classified as header, title, metadata, body, boilerplate, related and footer. Where the
headline and the body start is `text_layout`'s call (a dump may be a whole page or a bare body:
never refused for lacking a headline); the body ends at the first related-news / comment / footer
marker or at a credit tag that closes the article, and runs to the end of a dump cut mid-sentence
(`text_tail`); the lines between headline and body hold the author, reporter and editor, and
`text_dates` finds the publication date (date lines, "Diterbitkan ...", the url, the dateline).
"""

from __future__ import annotations

import re
from datetime import datetime

from pipeline.clean import boilerplate, byline_rules, rules, text_dates, text_tail
from pipeline.clean.assemble import Parts, build
from pipeline.clean.dom import norm
from pipeline.clean.file_names import without_file_names
from pipeline.clean.glued_lines import split_glued_furniture
from pipeline.clean.text_layout import Layout, find_layout, joined_lede
from pipeline.clean.text_markup import without_markup
from pipeline.clean.unicode import has_surrogates, looks_binary, storable, visible
from pipeline.core.article import Article
from pipeline.core.errors import Dropped, Reason

_FOOTER = rules.FOOTER_TEXT
_VIEWS_ONLY = re.compile(r"^[\d.,]+$")


def _metadata(
    lines: list[str], layout: Layout, parts: Parts, info: boilerplate.LineInfo, now: datetime | None
) -> None:
    title_at = layout.title if layout.title is not None else -1
    end = layout.body_start if layout.body_start is not None else len(lines)
    zone = lines[title_at + 1 : end] + lines[: max(title_at, 0)]
    for line in zone:
        if match := byline_rules.REPORTER_INLINE.search(line):
            info.reporter = info.reporter or match.group(1)
        if match := byline_rules.EDITOR_INLINE.search(line):
            info.editor = info.editor or match.group(1)
        if parts.author is None and _is_author_line(line):
            parts.author = line


def _is_author_line(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 5 or _VIEWS_ONLY.match(line):
        return False
    if re.match(r"^(oleh|penulis|ditulis oleh|pewarta)\b", line, re.I):
        return True
    return words[0].lower().strip(".:") in byline_rules.INSTITUTION_WORDS


def clean_text(text: str, url: str | None = None, *, now: datetime | None = None) -> Article:
    """Clean a whole-page text dump. Raises only `Dropped` (with a reason) for unusable input."""
    source = url or "<text>"
    try:
        return _clean_text(text, url, now, source)
    except Dropped:
        raise
    except Exception as exc:  # the contract: no foreign exception escapes, it gets a reason code
        raise Dropped(
            Reason.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}"[:300], source
        ) from exc


def _clean_text(text: str, url: str | None, now: datetime | None, source: str) -> Article:
    if not isinstance(text, str):
        raise Dropped(Reason.MALFORMED_INPUT, f"expected str, got {type(text).__name__}", source)
    if not text.strip():
        raise Dropped(Reason.EMPTY, "empty text", source)
    if looks_binary(text):
        raise Dropped(Reason.BINARY, "NUL characters in text", source)
    # soft hyphens, zero-width characters, stray NULs: nothing to see, words to join; raw "<p>"
    # tags and "&nbsp;" from a site that stored its markup: line breaks and spaces
    text = without_markup(visible(text))
    flags = [Reason.INVALID_UNICODE.value] if has_surrogates(text) else []
    lines = split_glued_furniture(
        without_file_names(
            [line for line in (norm(raw) for raw in storable(text).splitlines()) if line]
        )
    )
    layout = find_layout(lines)
    if layout.body_start is None:
        raise Dropped(Reason.NO_BODY, "no prose line in the text", source)
    parts = Parts(
        title=lines[layout.title] if layout.title is not None else None,
        extractor="pantau:text",
        flags=flags,
    )
    info = boilerplate.LineInfo()
    _metadata(lines, layout, parts, info, now)
    parts.published_at, parts.published_source = text_dates.published(
        lines, layout.title, layout.body_start, url, now, parts.flags
    )
    lines = joined_lede(lines, layout)
    cleaned, body_info = boilerplate.clean_lines(_body_lines(lines, layout.body_start), parts.title)
    cleaned = text_tail.keep_cut_tail(lines, text_tail.drop_headline_tail(cleaned), text)
    cleaned = text_tail.drop_dangling_end(text_tail.drop_tagline(cleaned))
    body_info.reporter = info.reporter or body_info.reporter
    body_info.editor = info.editor or body_info.editor
    parts.lines = cleaned
    return build(parts, body_info, url, source)


def _body_lines(lines: list[str], start: int) -> list[str]:
    """From the body's first line to a footer or to a credit tag that closes the article."""
    body = text_tail.until_dated_headline(_until_footer(lines[start:]))
    return text_tail.until_credit_break(text_tail.strip_share_tail(body))


def _until_footer(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if _FOOTER.search(line) and not boilerplate.is_paragraph(line):
            return lines[:index]
    return lines


def classify_lines(text: str) -> list[tuple[str, str]]:
    """(label, line) for every non-empty line: header, title, metadata, body, boilerplate, after."""
    lines = without_file_names([line for line in (norm(raw) for raw in text.splitlines()) if line])
    lines = split_glued_furniture(lines)
    layout = find_layout(lines)
    if layout.body_start is None:
        return [("header", line) for line in lines]
    lines = joined_lede(lines, layout)
    kept, _ = boilerplate.clean_lines(_body_lines(lines, layout.body_start), None)
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
