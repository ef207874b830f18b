"""MinHash LSH banding kept in numpy arrays, for `pipeline.dedup.deduper.Deduper` at corpus scale."""

from __future__ import annotations

import numpy as np


class BandIndex:
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
        wide = (
            sigs[:, : self.bands * self.rows]
            .astype(np.uint64)
            .reshape(len(sigs), self.bands, self.rows)
        )
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
            self._sorted_keys[band], self._sorted_rows[band] = (
                keys[order, band],
                order.astype(np.int32),
            )

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
