"""Duplicate articles: the same text under two URLs, or a press release syndicated across portals.

`Deduper.check` answers with the article_id of the earliest copy (exact content hash first, then
MinHash LSH over word shingles, verified by estimated Jaccard); the earliest copy stays the
original, so a copy published earlier than every stored one is itself the original (None).

Seeding from stored articles is the cost that grows with the corpus: hashing every stored body
again on every run. `save_signatures` keeps each article's MinHash signature (with the content
hash it was computed from) in one file under the data folder's `state/`; `load_signatures`
before `seed` lets rows carry only article_id, published_at and content_sha256 — a body is
hashed again only when the file has no signature for it or its content changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
_LATEST = datetime.max
SIGNATURE_FILE = "dedup-minhash.npz"


def content_hash(body: str) -> str:
    """The same normalisation as `Article.content_sha256`: whitespace collapsed."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def signature_path(data_dir: str | Path) -> Path:
    """Where a data folder keeps the persisted MinHash signatures."""
    return Path(data_dir) / "state" / SIGNATURE_FILE


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


@dataclass(frozen=True, slots=True)
class _Known:
    article_id: str
    published: datetime


class _BandIndex:
    """MinHash LSH (banding) kept in numpy: signatures in one uint32 matrix, each band's keys in
    a sorted uint64 array. About num_perm * 4 + bands * 16 bytes per article, where datasketch's
    dict-of-sets index costs ~3 kB; articles added after the bulk sit in small dicts until the
    next `extend`."""

    def __init__(self, num_perm: int, bands: int, rows: int) -> None:
        self.num_perm, self.bands, self.rows = num_perm, bands, rows
        self._sigs = np.zeros((0, num_perm), np.uint32)
        self._sorted_keys = [np.zeros(0, np.uint64) for _ in range(bands)]
        self._sorted_rows = [np.zeros(0, np.int32) for _ in range(bands)]
        self._extra: list[np.ndarray] = []
        self._recent: list[dict[int, list[int]]] = [{} for _ in range(bands)]

    def __len__(self) -> int:
        return len(self._sigs) + len(self._extra)

    def band_keys(self, sigs: np.ndarray) -> np.ndarray:
        """(n, bands) uint64: each band's `rows` values folded into one number (overflow wraps)."""
        keys = np.zeros((len(sigs), self.bands), np.uint64)
        wide = sigs[:, : self.bands * self.rows].astype(np.uint64).reshape(len(sigs), self.bands, self.rows)
        for column in range(self.rows):
            keys = keys * np.uint64(0x9E3779B97F4A7C15) + wide[:, :, column] + np.uint64(column + 1)
        return keys

    def signature(self, row: int) -> np.ndarray:
        return self._sigs[row] if row < len(self._sigs) else self._extra[row - len(self._sigs)]

    def extend(self, sigs: np.ndarray) -> None:
        """Bulk insert (seeding): one stack and one sort per band."""
        self._sigs = np.concatenate([self._sigs, *(s[None] for s in self._extra), sigs])
        self._extra, self._recent = [], [{} for _ in range(self.bands)]
        keys = self.band_keys(self._sigs)
        for band in range(self.bands):
            order = np.argsort(keys[:, band], kind="stable")
            self._sorted_keys[band], self._sorted_rows[band] = keys[order, band], order.astype(np.int32)

    def add(self, sig: np.ndarray) -> int:
        row = len(self)
        self._extra.append(sig)
        for band, key in enumerate(self.band_keys(sig[None])[0].tolist()):
            self._recent[band].setdefault(key, []).append(row)
        return row

    def query(self, sig: np.ndarray) -> set[int]:
        found: set[int] = set()
        for band, key in enumerate(self.band_keys(sig[None])[0]):
            keys = self._sorted_keys[band]
            low, high = np.searchsorted(keys, key, "left"), np.searchsorted(keys, key, "right")
            found.update(self._sorted_rows[band][low:high].tolist())
            found.update(self._recent[band].get(int(key), ()))
        return found

    def matrix(self) -> np.ndarray:
        return np.concatenate([self._sigs, *(s[None] for s in self._extra)])


class Deduper:
    """In-memory index of stored articles; `seed` it, then `check` each new article in turn."""

    def __init__(self, threshold: float = 0.7, num_perm: int = 64, shingle: int = 4) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        bands = MinHashLSH(threshold=threshold, num_perm=num_perm)  # datasketch's optimal banding
        self._index = _BandIndex(num_perm, bands.b, bands.r)
        self._hashes: dict[str, _Known] = {}
        self._known: dict[str, _Known] = {}
        self._digests: dict[str, str] = {}
        self._ids: list[str] = []  # row -> article_id
        self._loaded_rows: dict[str, int] = {}
        self._forget_loaded()
        template = MinHash(num_perm=num_perm)  # generating permutations costs more than hashing: once
        self._permutations, self._scheme = template.permutations, template.scheme
        self._seed = template.seed

    def __len__(self) -> int:
        return len(self._known)

    def minhash(self, body: str) -> np.ndarray | None:
        """The MinHash signature (uint32 per permutation) of the body's word 4-grams."""
        words = _WORD.findall(body.lower())
        if len(words) < self.shingle:
            return None
        grams = {" ".join(words[i:i + self.shingle]).encode("utf-8") for i in range(len(words) - self.shingle + 1)}
        sketch = MinHash(num_perm=self.num_perm, permutations=self._permutations, scheme=self._scheme)
        sketch.update_batch(list(grams))
        return np.asarray(sketch.hashvalues, dtype=np.uint32)

    def seed(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Stored rows: article_id, published_at, and content_sha256 and/or body. A signature loaded
        by `load_signatures` for the same content is used as is; otherwise the body is hashed; a row
        with neither finds exact copies only."""
        count = 0
        new_ids: list[str] = []
        new_sigs: list[np.ndarray] = []
        for row in rows:
            article_id = str(row["article_id"])
            body = row.get("body") if isinstance(row.get("body"), str) else None
            stored_digest = row.get("content_sha256")  # may be None or NaN from a DataFrame
            digest = stored_digest if isinstance(stored_digest, str) and stored_digest else (
                content_hash(body) if body is not None else None)
            count += 1
            if not self._remember(article_id, digest, _naive(row.get("published_at"))):
                continue
            sketch = self._stored_sketch(article_id, digest)
            if sketch is None and body is not None:
                sketch = self.minhash(body)
            if sketch is not None:
                new_ids.append(article_id)
                new_sigs.append(sketch)
        if new_sigs:
            self._index.extend(np.stack(new_sigs))
            self._ids.extend(new_ids)
        self._forget_loaded()  # the index holds its own copy: loaded signatures serve one seed
        return count

    def check(self, article_id: str, body: str, published_at: datetime | None) -> str | None:
        """The article_id of the earliest copy of `body`, or None when this article is the original."""
        known = self._known.get(article_id)
        published = _naive(published_at) if known is None else known.published
        digest = content_hash(body)
        sketch = self.minhash(body)
        copies = self._copies(article_id, digest, sketch)
        if known is None and self._remember(article_id, digest, published) and sketch is not None:
            self._index.add(sketch)
            self._ids.append(article_id)
        earliest = min([*copies, _Known(article_id, published)], key=lambda k: (k.published, k.article_id))
        return None if earliest.article_id == article_id else earliest.article_id

    def load_signatures(self, path: str | Path) -> int:
        """Read signatures saved by `save_signatures` for the next `seed` call; a missing, damaged
        or differently parametrised file counts as empty (a cache: bodies can be hashed again)."""
        try:
            with np.load(path, allow_pickle=False) as saved:
                params = tuple(int(x) for x in saved["params"])
                ids, digests, sigs = saved["ids"], saved["digests"], saved["sigs"]
        except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile):
            return 0
        if params != (self.num_perm, self.shingle, self._seed) or sigs.shape != (len(ids), self.num_perm):
            return 0
        self._loaded_rows = {article_id: i for i, article_id in enumerate(ids.tolist())}
        self._loaded_digests, self._loaded_sigs = digests, sigs.astype(np.uint32, copy=False)
        return len(ids)

    def save_signatures(self, path: str | Path) -> int:
        """Write every known signature (seeded and checked) atomically; returns how many."""
        keep = [row for row, article_id in enumerate(self._ids) if article_id in self._digests]
        ids = [self._ids[row] for row in keep]
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial.npz")
        np.savez(partial, params=np.array([self.num_perm, self.shingle, self._seed], dtype=np.int64),
                 ids=np.array(ids, dtype=str),
                 digests=np.array([self._digests[i].encode("utf-8") for i in ids], dtype="S64"),
                 sigs=self._index.matrix()[keep])
        os.replace(partial, target)  # a crash mid-write leaves the previous file whole
        return len(ids)

    def _forget_loaded(self) -> None:
        self._loaded_rows = {}
        self._loaded_digests = np.zeros(0, "S64")
        self._loaded_sigs = np.zeros((0, self.num_perm), np.uint32)

    def _stored_sketch(self, article_id: str, digest: str | None) -> np.ndarray | None:
        row = self._loaded_rows.get(article_id)
        if row is None or digest is None or self._loaded_digests[row] != digest.encode("utf-8"):
            return None
        return self._loaded_sigs[row]

    def _copies(self, article_id: str, digest: str, sketch: np.ndarray | None) -> list[_Known]:
        found: dict[str, _Known] = {}
        exact = self._hashes.get(digest)
        if exact is not None and exact.article_id != article_id:
            found[exact.article_id] = exact
        if sketch is not None:
            for row in self._index.query(sketch):
                other = self._ids[row]
                agree = np.count_nonzero(self._index.signature(row) == sketch) / self.num_perm
                if other != article_id and agree >= self.threshold:
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
