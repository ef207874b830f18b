"""A campaign or programme read as a body: "Gerakan" followed by what is done rather than by who
does it ("Gerakan Jumat Berkah", "Gerakan Cinta Kerukunan"; nlp.lexicons.organisations_movements).
A known body's name ("Gerakan Pramuka") and a movement under a hierarchy level ("DPC Gerakan X",
which starts with its level) are bodies."""

from __future__ import annotations

from nlp import orgspans as spans
from nlp.lexicons.organisations_movements import MEMBER_WORDS, MOVEMENT_HEADS
from nlp.words import Word


def campaign_at(ws: list[Word], k: int) -> bool:
    """Whether the name starting at word k is a campaign headed like a movement."""
    if k >= len(ws) or ws[k].text not in MOVEMENT_HEADS:
        return False
    if spans.phrase_at(ws, k, spans.known()) > 1:
        return False
    return k + 1 < len(ws) and ws[k + 1].text not in MEMBER_WORDS
