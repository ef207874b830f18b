"""Text that can be stored: every field of an Article must encode as UTF-8 (Parquet, JSON, logs).

A Python `str` can hold lone surrogates ("\\ud800", from `surrogateescape` decoding, JSON escapes or
broken UTF-16) that no UTF-8 writer accepts. Valid surrogate pairs are joined into the character
they encode; lone ones become U+FFFD. NUL carries no text and breaks C-based readers: dropped.
"""

from __future__ import annotations

import re

from pipeline.core.textnorm import INVISIBLE, looks_binary, visible

__all__ = ["INVISIBLE", "has_surrogates", "is_storable", "looks_binary", "storable", "visible"]

_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def has_surrogates(text: str) -> bool:
    if text.isascii():  # the common case, checked in C without a copy
        return False
    try:
        text.encode("utf-8")  # ~3x faster than a regex scan for surrogates
    except UnicodeEncodeError:
        return True
    return False


def is_storable(text: str) -> bool:
    return "\x00" not in text and not has_surrogates(text)


def storable(text: str) -> str:
    """`text` with surrogate pairs joined, lone surrogates replaced by U+FFFD and NUL removed."""
    if is_storable(text):
        return text
    if _SURROGATE.search(text):
        # UTF-16 round trip: a pair becomes its astral character, a lone half fails -> U+FFFD
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text.replace("\x00", "")


def storable_optional(text: str | None) -> str | None:
    return None if text is None else storable(text)
