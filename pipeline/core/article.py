"""The Article record passed from cleaning to NLP to storage."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

# query parameters that say where a reader came from, not which page it is
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "ref_src",
        "amp",
    }
)


def canonical_url(url: str) -> str:
    """One form per page: scheme and host lower-cased, default port, fragment, trailing slash,
    tracking parameters (utm_*, fbclid, gclid, amp, ...) and an AMP path segment (/amp) dropped,
    the remaining query parameters sorted. Two links to one article share one article_id."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        # an unparsable URL (bad IPv6 literal, bad port) still needs a stable id: keep it as written
        return url.strip()
    scheme = parts.scheme.lower()
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = _without_amp(parts.path).rstrip("/") or "/"
    return urlunsplit((scheme, host, path, _clean_query(parts.query), ""))


def _clean_query(query: str) -> str:
    """Parameters kept as written (no re-encoding: ids of plain URLs never change), sorted."""
    if not query:
        return ""
    kept = []
    for token in query.split("&"):
        key = unquote_plus(token.split("=", 1)[0]).lower()
        if token and not key.startswith("utm_") and key not in TRACKING_PARAMS:
            kept.append(token)
    return "&".join(sorted(kept))


def _without_amp(path: str) -> str:
    """/berita/judul/amp, /amp/berita/judul and /berita/judul/amp/ are the AMP copies of /berita/judul."""
    if "amp" not in path.lower() or not path.startswith("/"):
        return path
    segments = path.split("/")
    edges = {1, len(segments) - 1, len(segments) - 2}
    kept = [s for i, s in enumerate(segments) if not (s.lower() == "amp" and i in edges)]
    return "/".join(kept) if len(kept) > 1 else "/"


def article_id_for(url: str) -> str:
    """Stable id: the first 16 hex digits of sha256 of the canonical URL."""
    return hashlib.sha256(canonical_url(url).encode()).hexdigest()[:16]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    url: str
    title: str | None
    body: str
    published_at: datetime | None = None  # timezone-aware, Asia/Jakarta
    published_source: str | None = None
    author: str | None = None
    author_kind: str | None = None  # person | institution
    reporter: str | None = None
    editor: str | None = None
    dateline: str | None = None
    credit: str | None = None  # closing credit tag as printed, "(Humas Malteng)"; cut from the body
    lang: str | None = None
    portal: str | None = None
    province: str | None = None
    extractor: str = "pantau"
    flags: list[str] = field(default_factory=list)
    dup_of: str | None = None
    relevant: bool | None = None
    relevance_terms: list[str] = field(default_factory=list)
    fetched_at: datetime | None = None

    @property
    def article_id(self) -> str:
        return article_id_for(self.url)

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    @property
    def content_sha256(self) -> str:
        return sha256_text(" ".join(self.body.split()))

    def to_row(self) -> dict[str, Any]:
        """A row of the articles table."""
        row = asdict(self)
        row.update(
            article_id=self.article_id,
            word_count=self.word_count,
            content_sha256=self.content_sha256,
        )
        stamp = self.published_at or self.fetched_at
        row["month"] = stamp.strftime("%Y-%m") if stamp else "unknown"
        return row
