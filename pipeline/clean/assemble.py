"""Build the Article from cleaned lines and metadata; shared by the HTML and text-dump paths."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from pipeline.clean import byline_rules
from pipeline.clean.boilerplate import LineInfo
from pipeline.clean.language import detect
from pipeline.clean.relevance import relevance
from pipeline.clean.unicode import is_storable, storable, storable_optional
from pipeline.core.article import Article
from pipeline.core.errors import Dropped, Reason

MIN_BODY_WORDS = 15
_PREFIX = re.compile(
    r"^(oleh|penulis|ditulis\s+oleh|pewarta|reporter|editor|author|by)\s*[:\-–]?\s*", re.I
)


@dataclass
class Parts:
    """What an extractor found, before it becomes an Article."""

    title: str | None = None
    lines: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    published_source: str | None = None
    author: str | None = None
    flags: list[str] = field(default_factory=list)
    extractor: str = "pantau"


def author_kind(name: str | None) -> str | None:
    if not name:
        return None
    words = {w.lower().strip(".,") for w in re.split(r"[\s/]+", name)}
    return "institution" if words & byline_rules.INSTITUTION_WORDS else "person"


def clean_person(name: str | None) -> str | None:
    if not name:
        return None
    name = _PREFIX.sub("", name.strip()).strip(" .,:|-")
    return name or None


def dateline(first_line: str) -> str | None:
    match = byline_rules.DATELINE.match(first_line) or byline_rules.DATELINE_MIXED.match(first_line)
    return match.group(1).strip() if match else None


def build(parts: Parts, info: LineInfo, url: str | None, source: str | None) -> Article:
    body = "\n".join(parts.lines)
    if len(body.split()) < MIN_BODY_WORDS:
        raise Dropped(Reason.NO_BODY, f"{len(body.split())} words of body text", source)
    flags = list(dict.fromkeys(parts.flags))
    if not parts.title:
        flags.append(Reason.NO_TITLE.value)
    if parts.published_at is None:
        flags.append(Reason.NO_DATE.value)
    if info.credit:
        flags.append(f"{Reason.CREDIT_TAG.value}:{info.credit}")
    author = clean_person(parts.author or info.writer)
    relevant, terms = relevance(f"{parts.title or ''}\n{body}")
    article = Article(
        url=url or "",
        title=parts.title,
        body=body,
        published_at=parts.published_at,
        published_source=parts.published_source,
        author=author,
        author_kind=author_kind(author),
        reporter=clean_person(info.reporter),
        editor=clean_person(info.editor),
        dateline=dateline(parts.lines[0]) if parts.lines else None,
        credit=info.credit,
        lang=detect(body),
        extractor=parts.extractor,
        flags=flags,
        relevant=relevant,
        relevance_terms=terms,
    )
    return make_storable(article)


_TEXT_FIELDS = ("url", "title", "body", "author", "reporter", "editor", "dateline", "credit")


def make_storable(article: Article) -> Article:
    """Every text field valid UTF-8 (no lone surrogate, no NUL); flagged when something was replaced."""
    texts = (
        [getattr(article, name) for name in _TEXT_FIELDS] + article.flags + article.relevance_terms
    )
    if is_storable(
        "\n".join(text for text in texts if text is not None)
    ):  # one check: the common case
        return article
    for name in _TEXT_FIELDS:
        setattr(article, name, storable_optional(getattr(article, name)))
    article.flags = [storable(flag) for flag in article.flags]
    article.relevance_terms = [storable(term) for term in article.relevance_terms]
    if Reason.INVALID_UNICODE.value not in article.flags:
        article.flags.append(Reason.INVALID_UNICODE.value)
    return article
