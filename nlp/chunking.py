"""Very long documents through the NLP stage: in pieces, under a time budget, flagged.

spaCy refuses a text over `max_length` (1,000,000 characters) and the rule components' time
grows faster than the text (a 960 kB dump took 160 s), so a text longer than CHUNK_CHARS is cut
at paragraph (else sentence, else space) boundaries into pieces extracted one by one; mention
offsets are shifted back into the whole text. Pieces are not started once the document's time
budget is spent: the extraction then carries `nlp_time_budget` (and always `nlp_chunked`), so a
reader knows entities past that point were not looked for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from nlp.extraction import Extraction
from nlp.mention import Mention
from nlp.version import VERSION

CHUNK_CHARS = 100_000
TIME_BUDGET = 120.0  # seconds per document
CHUNKED, OVER_BUDGET = "nlp_chunked", "nlp_time_budget"
_BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering `text`, each piece at most `size` characters."""
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            for mark in _BREAKS:
                cut = text.rfind(mark, start + size // 2, end)
                if cut != -1:
                    end = cut + len(mark)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


def extract_long(
    text: str,
    extract_one: Callable[[str], Extraction],
    *,
    size: int = CHUNK_CHARS,
    budget: float = TIME_BUDGET,
    clock: Callable[[], float] = time.monotonic,
) -> Extraction:
    """Extraction of a long `text`, piece by piece, within `budget` seconds."""
    began = clock()
    found: list[Mention] = []
    starts: list[int] = []
    flags = [CHUNKED]
    published: str | None = None
    for offset, piece in pieces(text, size):
        if clock() - began > budget:
            flags.append(OVER_BUDGET)
            break
        part = extract_one(piece)
        published = part.published
        found.extend(replace(m, start=m.start + offset, end=m.end + offset) for m in part.found)
        starts.extend(s + offset for s in part.sentence_starts)
    return Extraction(text, found, starts, VERSION, flags=flags, published=published)
