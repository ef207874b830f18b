"""The saved MinHash signatures of a data folder: `Deduper.save_signatures` / `load_signatures`.

Seeding from stored articles is the cost that grows with the corpus: hashing every stored body
again on every run. `save_signatures` keeps each article's MinHash signature (with the content
hash it was computed from) in one file under the data folder's `state/`; `load_signatures`
before `seed` lets rows carry only article_id, published_at and content_sha256 — a body is
hashed again only when the file has no signature for it or its content changed.
"""

from __future__ import annotations

import os
import zipfile
from array import array
from pathlib import Path

import numpy as np

from pipeline.dedup.lsh_index import BandIndex
from pipeline.dedup.specifics import EMPTY, flatten, unflatten

SIGNATURE_FILE = "dedup-minhash.npz"
_FORMAT = 3  # saved-file layout: 2 added shingle counts, 3 specifics (older files are re-hashed)

Sketch = tuple[np.ndarray, int, np.ndarray]  # MinHash signature, distinct shingles, specifics


def signature_path(data_dir: str | Path) -> Path:
    """Where a data folder keeps the persisted MinHash signatures."""
    return Path(data_dir) / "state" / SIGNATURE_FILE


class SignatureFile:
    """Mixin of Deduper: its signatures written to and read back from one file."""

    num_perm: int
    shingle: int
    _seed: int
    _index: BandIndex
    _ids: list[str]
    _sizes: array[int]
    _specs: list[np.ndarray]
    _digests: dict[str, str]
    _loaded_rows: dict[str, int]

    def load_signatures(self, path: str | Path) -> int:
        """Read signatures saved by `save_signatures` for the next `seed` call; a missing, damaged
        or differently parametrised file counts as empty (a cache: bodies can be hashed again)."""
        try:
            with np.load(path, allow_pickle=False) as saved:
                params = tuple(int(x) for x in saved["params"])
                ids, digests, sigs, sizes = (
                    saved["ids"],
                    saved["digests"],
                    saved["sigs"],
                    saved["sizes"],
                )
                spec_values, spec_offsets = saved["spec_values"], saved["spec_offsets"]
        except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile):
            return 0
        if (
            params != self._params()
            or sigs.shape != (len(ids), self.num_perm)
            or sizes.shape != (len(ids),)
            or spec_offsets.shape != (len(ids) + 1,)
        ):
            return 0
        self._loaded_rows = {article_id: i for i, article_id in enumerate(ids.tolist())}
        self._loaded_digests, self._loaded_sigs = digests, sigs.astype(np.uint32, copy=False)
        self._loaded_sizes = sizes.astype(np.uint32, copy=False)
        self._loaded_specs = (spec_values.astype(np.uint32, copy=False), spec_offsets)
        return len(ids)

    def save_signatures(self, path: str | Path) -> int:
        """Write every known signature (seeded and checked) atomically; returns how many."""
        keep = [row for row, article_id in enumerate(self._ids) if article_id in self._digests]
        ids = [self._ids[row] for row in keep]
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial.npz")
        spec_values, spec_offsets = flatten([self._specs[row] for row in keep])
        np.savez(
            partial,
            params=np.array(self._params(), dtype=np.int64),
            ids=np.array(ids, dtype=str),
            digests=np.array([self._digests[i].encode("utf-8") for i in ids], dtype="S64"),
            sigs=self._index.matrix()[keep],
            sizes=np.asarray(self._sizes, dtype=np.uint32)[keep],
            spec_values=spec_values,
            spec_offsets=spec_offsets,
        )
        os.replace(partial, target)  # a crash mid-write leaves the previous file whole
        return len(ids)

    def _params(self) -> tuple[int, ...]:
        """What a saved signature depends on; a file written with others is stale."""
        return self.num_perm, self.shingle, self._seed, _FORMAT

    def _forget_loaded(self) -> None:
        self._loaded_rows = {}
        self._loaded_digests = np.zeros(0, "S64")
        self._loaded_sigs = np.zeros((0, self.num_perm), np.uint32)
        self._loaded_sizes = np.zeros(0, np.uint32)
        self._loaded_specs = (EMPTY, np.zeros(1, np.int64))

    def _stored_sketch(self, article_id: str, digest: str | None) -> Sketch | None:
        row = self._loaded_rows.get(article_id)
        if row is None or digest is None or self._loaded_digests[row] != digest.encode("utf-8"):
            return None
        return (
            self._loaded_sigs[row],
            int(self._loaded_sizes[row]),
            unflatten(*self._loaded_specs, row),
        )
