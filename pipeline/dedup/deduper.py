"""Duplicate articles: the same text under two URLs, or a press release syndicated across portals.

`Deduper.check` answers with the article_id of the earliest copy (exact content hash first, then
MinHash LSH over word bigrams, verified on the signatures: estimated Jaccard, or containment for
a shortened copy) and confirmed on the specifics (names, places, numbers) both keep; the earliest
copy stays the original, so a copy published earlier than every stored one is itself the original
(None).

Defaults (Jaccard 0.6 on word bigrams, 128 permutations, containment 0.8) were measured on
tests/fixtures/dedup/pairs.jsonl (benchmarks/bench_dedup.py), rewritten syndicated releases
against different events from one template: a copy editor's scattered word swaps break every
4-gram they touch, while a templated event differs in whole sentences, so bigrams separate better.

Seeding reuses the signatures a previous run saved (pipeline.dedup.signature_file).
"""

from __future__ import annotations

import functools
import hashlib
import re
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from pipeline.dedup.lsh_index import BandIndex
from pipeline.dedup.signature_file import SignatureFile, Sketch
from pipeline.dedup.specifics import shared_share, specifics

_WORD = re.compile(r"\w+")
_LATEST = datetime.max
# Containment, estimated from Jaccard and the set sizes, gets noisier as Jaccard falls: trusted only
# above this Jaccard (a copy of >= ~half the original) and this many shingles (a stub fits anywhere).
_CONTAINED_JACCARD = 0.4
_CONTAINED_MIN_SHINGLES = 50
# A later text up to this much fuller than the earlier one (a portal's own intro or outro paragraph;
# the fixture's reach 1.15) can be its copy; a fuller one says things the original does not, and a
# dup_of article is never extracted, so it stays an original.
_LATER_GROWTH = 1.25
# A copy keeps the names, places and numbers of its original; a different event written from the
# same template changes them (pipeline/dedup/specifics.py). Measured: copies share >= 0.83 of the
# smaller side's specifics, template look-alikes <= 0.77. Checked when both sides have enough.
_SPECIFIC_SHARE = 0.8
_MIN_SPECIFICS = 5


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
        return stamp.astimezone(UTC).replace(tzinfo=None)
    return stamp


@functools.cache
def _hashing(num_perm: int, seed: int, threshold: float) -> tuple[Any, Any, int, int]:
    """MinHash permutations and datasketch's optimal (bands, rows) for a threshold: both cost more
    than hashing a body (random draws, a numeric integration), so once per process."""
    template, lsh = (
        MinHash(num_perm=num_perm, seed=seed),
        MinHashLSH(threshold=threshold, num_perm=num_perm),
    )
    return template.permutations, template.scheme, lsh.b, lsh.r


@dataclass(frozen=True, slots=True)
class _Known:
    article_id: str
    published: datetime


class Deduper(SignatureFile):
    """In-memory index of stored articles; `seed` it, then `check` each new article in turn.

    Copies: estimated Jaccard >= `threshold`, or (a shortened copy) the smaller shingle set at least
    `containment` inside the larger, estimated from signatures and set sizes alone (as saved)."""

    def __init__(
        self,
        threshold: float = 0.6,
        num_perm: int = 128,
        shingle: int = 2,
        containment: float | None = 0.8,
        seed: int = 1,
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.containment = containment
        # Bands tuned at `threshold` miss many pairs just above it (datasketch's optimum at 0.6
        # returns 40% of pairs at Jaccard 0.6), and a copy holding 60% of the original has Jaccard
        # ~0.55: with containment the bands are tuned lower and the signature check decides.
        candidates = threshold if containment is None else min(threshold, _CONTAINED_JACCARD)
        self._permutations, self._scheme, bands, rows = _hashing(num_perm, seed, candidates)
        self._index = BandIndex(num_perm, bands, rows)
        self._seed = seed
        self._sizes = array("I")  # row -> number of distinct shingles (for containment)
        self._specs: list[np.ndarray] = []  # row -> specifics
        self._hashes: dict[str, _Known] = {}
        self._known: dict[str, _Known] = {}
        self._digests: dict[str, str] = {}
        self._ids: list[str] = []  # row -> article_id
        self._dup_of: dict[str, str] = {}  # copies this Deduper marked -> their original
        self._loaded_rows: dict[str, int] = {}
        self._forget_loaded()

    def __len__(self) -> int:
        return len(self._known)

    def minhash(self, body: str) -> tuple[np.ndarray, int] | None:
        """(MinHash signature: uint32 per permutation, distinct shingle count); None if too short."""
        words = _WORD.findall(body.lower())
        if len(words) < self.shingle:
            return None
        grams = {
            " ".join(words[i : i + self.shingle]).encode("utf-8")
            for i in range(len(words) - self.shingle + 1)
        }
        sketch = MinHash(
            num_perm=self.num_perm, permutations=self._permutations, scheme=self._scheme
        )
        sketch.update_batch(list(grams))
        return np.asarray(sketch.hashvalues, dtype=np.uint32), len(grams)

    def sketch(self, body: str) -> Sketch | None:
        hashed = self.minhash(body)
        return None if hashed is None else (*hashed, specifics(body))

    def seed(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Stored rows: article_id, published_at, and content_sha256 and/or body (dup_of when
        known: a later copy then points at the original, not at the copy). A signature loaded
        by `load_signatures` for the same content is used as is; otherwise the body is hashed; a row
        with neither finds exact copies only."""
        count = 0
        new: list[tuple[str, Sketch]] = []
        for row in rows:
            article_id = str(row["article_id"])
            if isinstance(row.get("dup_of"), str) and row["dup_of"]:
                self._dup_of[article_id] = row[
                    "dup_of"
                ]  # a new copy of a stored copy: its original
            body = row.get("body") if isinstance(row.get("body"), str) else None
            stored_digest = row.get("content_sha256")  # may be None or NaN from a DataFrame
            digest = (
                stored_digest
                if isinstance(stored_digest, str) and stored_digest
                else (content_hash(body) if body is not None else None)
            )
            count += 1
            if not self._remember(article_id, digest, _naive(row.get("published_at"))):
                continue
            sketch = self._stored_sketch(article_id, digest)
            if sketch is None and body is not None:
                sketch = self.sketch(body)
            if sketch is not None:
                new.append((article_id, sketch))
        if new:
            self._index.extend(np.stack([sketch[0] for _, sketch in new]))
            self._ids.extend(article_id for article_id, _ in new)
            self._sizes.extend(sketch[1] for _, sketch in new)
            self._specs.extend(sketch[2] for _, sketch in new)
        self._forget_loaded()  # the index holds its own copy: loaded signatures serve one seed
        return count

    def check(self, article_id: str, body: str, published_at: datetime | None) -> str | None:
        """The article_id of the earliest copy of `body`, or None when this article is the original."""
        known = self._known.get(article_id)
        published = _naive(published_at) if known is None else known.published
        digest = content_hash(body)
        sketch = self.sketch(body)
        copies = self._copies(article_id, digest, sketch, published)
        if known is None and self._remember(article_id, digest, published) and sketch is not None:
            self._index.add(sketch[0])
            self._ids.append(article_id)
            self._sizes.append(sketch[1])
            self._specs.append(sketch[2])
        # at equal publication times a copy already known (stored, or checked before) stays the
        # original: an answer once given is never contradicted by a later one (no two originals)
        earliest = min(
            [*copies, _Known(article_id, published)],
            key=lambda k: (k.published, k.article_id == article_id, k.article_id),
        ).article_id
        while earliest in self._dup_of:  # point at the group's original, never at another copy
            earliest = self._dup_of[earliest]
        if earliest == article_id:
            return None
        self._dup_of[article_id] = earliest
        return earliest

    def check_many(
        self, items: Iterable[tuple[str, str, datetime | None]]
    ) -> dict[str, str | None]:
        """`check` for a batch of (article_id, body, published_at), whatever their order: checked
        earliest first, equal times by article_id, so the original of byte-identical copies
        published at the same time is the smallest article_id."""
        ordered = sorted(items, key=lambda item: (_naive(item[2]), item[0]))
        return {
            article_id: self.check(article_id, body, published)
            for article_id, body, published in ordered
        }

    def same_text(
        self, first: tuple[Any, ...], second: tuple[Any, ...], *, later: int | None = None
    ) -> bool:
        """Whether two sketches — (signature, shingle count[, specifics]) — are copies by this
        Deduper's rule. With `later` (0 or 1: the sketch that would be marked dup_of the other),
        that one must not be more than _LATER_GROWTH times fuller than the other."""
        if (
            later is not None
            and (first, second)[later][1] > _LATER_GROWTH * (second, first)[later][1]
        ):
            return False
        if len(first) > 2 and len(second) > 2 and not _same_specifics(first[2], second[2]):
            return False
        jaccard = int(np.count_nonzero(first[0] == second[0])) / self.num_perm
        if jaccard >= self.threshold:
            return True
        smaller = min(first[1], second[1])
        if (
            self.containment is None
            or jaccard < _CONTAINED_JACCARD
            or smaller < _CONTAINED_MIN_SHINGLES
        ):
            return False
        # |A & B| = J (|A| + |B|) / (1 + J); the share of the smaller set found in the larger.
        shared = jaccard * (first[1] + second[1]) / (1 + jaccard)
        return bool(shared / smaller >= self.containment)

    def _copies(
        self, article_id: str, digest: str, sketch: Sketch | None, published: datetime
    ) -> list[_Known]:
        found: dict[str, _Known] = {}
        exact = self._hashes.get(digest)
        if exact is not None and exact.article_id != article_id:
            found[exact.article_id] = exact
        if sketch is not None:
            for row in self._index.query(sketch[0]):
                other = self._ids[row]
                stored = (self._index.signature(row), self._sizes[row], self._specs[row])
                known = self._known[
                    other
                ]  # the later of the two is the one that would be marked dup_of
                later = 1 if (known.published, other) < (published, article_id) else 0
                if other != article_id and self.same_text(stored, sketch, later=later):
                    found[other] = self._known[other]
        return list(found.values())

    def _remember(self, article_id: str, digest: str | None, published: datetime) -> bool:
        """Record a new article (False when already known); the earliest copy owns a digest."""
        if article_id in self._known:
            return False
        entry = _Known(article_id, published)
        self._known[article_id] = entry
        if digest:
            self._digests[article_id] = digest
            current = self._hashes.get(digest)
            if current is None or (published, article_id) < (current.published, current.article_id):
                self._hashes[digest] = entry
        return True


def _same_specifics(first: np.ndarray, second: np.ndarray) -> bool:
    if min(len(first), len(second)) < _MIN_SPECIFICS:  # too few to tell: the shingle rule decides
        return True
    return shared_share(first, second) >= _SPECIFIC_SHARE
