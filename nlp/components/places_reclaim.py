"""Region names that the name finders took for a person: an address written as a list after a
name ("Jl. Melati No. 2, Sukamaju Tengah, Kec. Cibeber, Kota Contoh") reads like a list of people.
A person without a role whose whole text is a region with its level word ("Kec. Cibeber") or a
region whose name closes with a compass word ("Sukamaju Tengah", "Kota Lama Utara") is a place:
people are not named "Utara" or "Tengah"."""

from __future__ import annotations

import bisect

from nlp.mention import PERSON, DocState, Mention
from nlp.regionspan import region_at
from nlp.words import Word

_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut"})
_LEVELS = ("province", "regency", "city", "district", "village")


def _is_region(ws: list[Word], starts: list[int], m: Mention) -> bool:
    i = bisect.bisect_left(starts, m.start)
    if i >= len(ws) or ws[i].start != m.start:
        return False
    span = region_at(ws, i) or region_at(ws, i, _LEVELS)
    if span is None or ws[span.end - 1].end != m.end:
        return False
    return span.prefixed or (span.end - i >= 2 and ws[span.end - 1].text.lower() in _COMPASS)


def reclaim_regions(state: DocState) -> None:
    """Drop the role-less persons that are region names, so the place finder may take them."""
    ws = state.words
    starts = [w.start for w in ws]
    state.mentions[:] = [
        m
        for m in state.mentions
        if not (m.type == PERSON and not m.role and _is_region(ws, starts, m))
    ]
