"""A grant handed over at a ceremony types the engagement (README clarification 11): "meresmikan
gereja ... juga menyerahkan bantuan semen", "Bantuan tersebut langsung diberikan Walikota saat
sholat Jumat". A grant only named (who funded a building, "dana hibah dari Pemkab"), promised
("akan menyerahkan bantuan") or quoted hands nothing over.
"""

from __future__ import annotations

import re

from nlp.cues import FUTURE, QUOTED, SENTENCE_END

_HAND = r"(?:menyerahkan|diserahkan|penyerahan|memberikan|diberikan|menyalurkan|disalurkan)"
_GIFT = r"(?:bantuan|hibah|dana|donasi)"
HAND = re.compile(r"\b" + _HAND + r"\b", re.IGNORECASE)
# the act and what is handed over, in either order, a few words apart
HANDED = re.compile(
    r"\b(?:"
    + _HAND
    + r"(?:\s+[\w-]+){0,3}?\s+"
    + _GIFT
    + "|"
    + _GIFT
    + r"(?:\s+[\w-]+){0,3}?\s+"
    + _HAND
    + r")\b",
    re.IGNORECASE,
)


def handed_over(body: str) -> bool:
    """Whether the body tells of a grant handed over (outside quotes, not still to come)."""
    if not HAND.search(body):  # most bodies hand nothing over: skip the sentence walk
        return False
    plain = QUOTED.sub(lambda m: " " * len(m.group()), body)
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(plain)), len(plain)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        sentence = plain[a:b]
        found = HANDED.search(sentence)
        if found and not FUTURE.search(sentence, 0, found.start()):
            return True
    return False
