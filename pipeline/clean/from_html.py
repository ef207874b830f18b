"""HTML page -> Article: decode, parse once, metadata, body (site parser or generic), rules."""

from __future__ import annotations

from datetime import datetime

from pipeline.clean import boilerplate, dates, generic, parsers
from pipeline.clean.assemble import Parts, build
from pipeline.clean.decode import check_text, decode_bytes
from pipeline.clean.dom import Element, drop_tags, parse, prune_noise
from pipeline.clean.metadata import Meta, extract_meta
from pipeline.core.article import Article
from pipeline.core.errors import Dropped, Reason

MIN_GENERIC_WORDS = 15


def clean_html(
    page: str | bytes,
    url: str | None = None,
    *,
    parser: str | None = None,
    encoding: str | None = None,
    now: datetime | None = None,
) -> Article:
    """Clean one HTML page. Raises only `Dropped` (with a reason) for unusable input."""
    source = url or "<html>"
    try:
        return _clean_html(page, url, parser, encoding, now, source)
    except Dropped:
        raise
    except Exception as exc:  # the contract: no foreign exception escapes, it gets a reason code
        raise Dropped(
            Reason.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}"[:300], source
        ) from exc


def _clean_html(
    page: str | bytes,
    url: str | None,
    parser: str | None,
    encoding: str | None,
    now: datetime | None,
    source: str,
) -> Article:
    flags: list[str] = []
    if isinstance(page, bytes):
        decoded = decode_bytes(page, encoding, source)
        page, flags = decoded.text, decoded.flags
    elif not isinstance(page, str):
        raise Dropped(
            Reason.MALFORMED_INPUT, f"expected str or bytes, got {type(page).__name__}", source
        )
    text, more = check_text(page, source)
    flags += more
    root = parse(text)
    if root is None:
        raise Dropped(Reason.NOT_HTML, "lxml found no document", source)
    meta = extract_meta(root, now)
    parts = Parts(
        title=meta.title,
        published_at=meta.published_at,
        published_source=meta.published_source,
        author=meta.author,
        flags=flags + meta.flags,
    )
    site = parsers.get(parser)
    if parser and site is None:
        parts.flags.append(Reason.UNKNOWN_PARSER.value)
    drop_tags(root)
    if site is not None:
        _apply_site(site, root, parts, now)
    if not parts.lines:
        _apply_generic(root, meta, parts)
    lines, info = boilerplate.clean_lines(parts.lines, parts.title)
    info.reporter = info.reporter or meta.reporter
    info.editor = info.editor or meta.editor
    parts.lines = lines
    return build(parts, info, url, source)


def _apply_site(
    site: parsers.SiteParser, root: Element, parts: Parts, now: datetime | None
) -> None:
    parts.title = site.title(root) or parts.title
    parts.author = site.author(root) or parts.author
    found = site.published(root)
    if found is not None:
        stamp, span = found
        problem = dates.check(stamp, span, now)
        if problem is None:
            parts.published_at, parts.published_source = stamp, f"parser:{site.key}"
        else:
            parts.flags.append(f"{Reason.DATE_REJECTED.value}:{problem}")
    parts.lines = site.body_lines(root)
    parts.extractor = f"pantau:{site.key}"
    if not parts.lines:
        parts.flags.append(Reason.PARSER_MISSED_BODY.value)


def _apply_generic(root: Element, meta: Meta, parts: Parts) -> None:
    prune_noise(root)
    lines = generic.extract_body_lines(root)
    parts.extractor = "pantau:generic"
    if sum(len(line.split()) for line in lines) < MIN_GENERIC_WORDS:
        if meta.jsonld_body:
            lines, parts.extractor = meta.jsonld_body.splitlines(), "pantau:jsonld"
        elif meta.description and len(meta.description.split()) >= 15:
            lines, parts.extractor = [meta.description], "pantau:description"
        else:
            lines, parts.extractor = generic.trafilatura_lines(root), "trafilatura"
    parts.lines = [line for line in lines if line.strip()]
