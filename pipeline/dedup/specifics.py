"""The specifics of a text (names, places, numbers, dates) as sorted 32-bit hashes, for
`pipeline.dedup.deduper`: a copy of a press release keeps them, a different event written from the same
template does not. Shingle overlap alone cannot tell the two apart when the shared boilerplate is
most of a short text ("Kegiatan tersebut diikuti oleh puluhan peserta ...").

Specific tokens are capitalised words that do not open a sentence or paragraph, and numbers
(dates like 13/01/2023 included). They are hashed with crc32 so they can be saved and compared
across processes (Python's hash() is salted per process)."""

from __future__ import annotations

import re
import zlib

import numpy as np

_SPECIFIC = re.compile(r"(?<![.!?\n\"“]\s)(?<!^)\b([A-Z][\w'’-]+|\d[\d.,/:-]*\d|\d)\b")
EMPTY = np.zeros(0, np.uint32)


def specifics(text: str) -> np.ndarray:
    """Sorted unique crc32 hashes of the specific tokens of `text`."""
    tokens = {match.group(1) for match in _SPECIFIC.finditer(text)}
    return np.unique(
        np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), np.uint32, len(tokens))
    )


def shared_share(first: np.ndarray, second: np.ndarray) -> float:
    """The share of the smaller set found in the larger (1.0 when either is empty)."""
    smaller = min(len(first), len(second))
    if smaller == 0:
        return 1.0
    return len(np.intersect1d(first, second, assume_unique=True)) / smaller


def flatten(sets: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Many sets as one array and the offsets of their starts (len(sets) + 1), for np.savez."""
    offsets = np.zeros(len(sets) + 1, np.int64)
    np.cumsum([len(s) for s in sets], out=offsets[1:])
    values = np.concatenate(sets).astype(np.uint32) if sets else EMPTY
    return values, offsets


def unflatten(values: np.ndarray, offsets: np.ndarray, row: int) -> np.ndarray:
    return values[offsets[row] : offsets[row + 1]]
