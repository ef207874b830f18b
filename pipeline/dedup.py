"""Duplicate articles: the same text under two URLs, or a press release syndicated across portals.

`Deduper.check` answers with the article_id of the earliest copy (exact content hash first, then
MinHash LSH over word shingles, verified by estimated Jaccard); the earliest copy stays the
original, so a copy published earlier than every stored one is itself the original (None).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
_LATEST = datetime.max


def content_hash(body: str) -> str:
    """The same normalisation as `Article.content_sha256`: whitespace collapsed."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def _naive(stamp: Any) -> datetime:
    """Comparable instant: aware -> UTC-naive; None (unknown date) sorts last."""
    if stamp is None:
        return _LATEST
    if hasattr(stamp, "to_pydatetime"):
        stamp = stamp.to_pydatetime()
    if not isinstance(stamp, datetime):
        return _LATEST
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    return stamp


@dataclass(frozen=True)
class _Known:
    article_id: str
    published: datetime


class Deduper:
    """In-memory index of stored articles; `seed` it, then `check` each new article in turn."""

    def __init__(self, threshold: float = 0.7, num_perm: int = 64, shingle: int = 4) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, _Known] = {}
        self._known: dict[str, _Known] = {}
        self._sketches: dict[str, MinHash] = {}
        template = MinHash(num_perm=num_perm)  # generating permutations costs more than hashing: once
        self._permutations, self._scheme = template.permutations, template.scheme

    def __len__(self) -> int:
        return len(self._known)

    def minhash(self, body: str) -> MinHash | None:
        words = _WORD.findall(body.lower())
        if len(words) < self.shingle:
            return None
        grams = {" ".join(words[i:i + self.shingle]).encode("utf-8") for i in range(len(words) - self.shingle + 1)}
        sketch = MinHash(num_perm=self.num_perm, permutations=self._permutations, scheme=self._scheme)
        sketch.update_batch(list(grams))
        return sketch

    def seed(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Stored rows: article_id, published_at and body (or only content_sha256: exact matches then)."""
        count = 0
        for row in rows:
            body = row.get("body")
            digest = content_hash(body) if isinstance(body, str) else row.get("content_sha256")
            self._add(str(row["article_id"]), body if isinstance(body, str) else None, digest,
                      _naive(row.get("published_at")))
            count += 1
        return count

    def check(self, article_id: str, body: str, published_at: datetime | None) -> str | None:
        """The article_id of the earliest copy of `body`, or None when this article is the original."""
        known = self._known.get(article_id)
        published = _naive(published_at) if known is None else known.published
        digest = content_hash(body)
        sketch = self.minhash(body)
        copies = self._copies(article_id, digest, sketch)
        if known is None:
            self._add(article_id, body, digest, published, sketch)
        earliest = min([*copies, _Known(article_id, published)], key=lambda k: (k.published, k.article_id))
        return None if earliest.article_id == article_id else earliest.article_id

    def _copies(self, article_id: str, digest: str, sketch: MinHash | None) -> list[_Known]:
        found: dict[str, _Known] = {}
        exact = self._hashes.get(digest)
        if exact is not None and exact.article_id != article_id:
            found[exact.article_id] = exact
        if sketch is not None:
            for key in self._lsh.query(sketch):
                other = self._sketches.get(key)
                if key != article_id and other is not None and sketch.jaccard(other) >= self.threshold:
                    found[key] = self._known[key]
        return list(found.values())

    def _add(self, article_id: str, body: str | None, digest: str | None, published: datetime,
             sketch: MinHash | None = None) -> None:
        if article_id in self._known:
            return
        entry = _Known(article_id, published)
        self._known[article_id] = entry
        if digest:
            current = self._hashes.get(digest)
            if current is None or (published, article_id) < (current.published, current.article_id):
                self._hashes[digest] = entry
        sketch = sketch if sketch is not None else (self.minhash(body) if body else None)
        if sketch is not None:
            self._sketches[article_id] = sketch
            self._lsh.insert(article_id, sketch)
