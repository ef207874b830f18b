"""Text normalisation every stage shares, before cleaning and before NLP (kernel: no imports)."""

from __future__ import annotations

# characters that show nothing yet split a word for every matcher: soft hyphen, zero-width space,
# non-joiner and joiner, word joiner, bidi marks, Mongolian vowel separator, BOM / ZWNBSP, NUL.
# "Ra\u00adtu Ta\u200btu" must read "Ratu Tatu" to the cleaner, the lexicons and spaCy.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\u200e\u200f\u180e\ufeff\x00"
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
BINARY_NULS = 8  # more NULs than this in the first 4 kB: a binary file, not text with a stray NUL


def visible(text: str) -> str:
    """`text` without invisible characters (INVISIBLE); ASCII text without NUL is returned as is."""
    if text.isascii() and "\x00" not in text:
        return text
    return text.translate(_DROP_INVISIBLE)


def looks_binary(text: str) -> bool:
    return text.count("\x00", 0, 4096) > BINARY_NULS
