"""One printed word that holds more than a name word: an honorific glued before it ("H.Ahmad"), a
second name word glued after it ("HarsoWidodo"), degrees glued after it ("Ronsen.S.Sos.",
"Mashuri.SP.ME"). These give the name word alone, as if the page had spaced them."""

from __future__ import annotations

import re

from nlp.lexicons.people import DEGREES, HONORIFICS

# two name words printed without their space ("HarsoWidodo"): lower case then upper case inside
_GLUED = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")
_MAX_DEGREE_PARTS = 3  # "S.Sos" (2 parts), "S.STP", "M.Si"; one degree is never longer


def drop_glued_honorific(text: str) -> str:
    """ "Drs.I", "H.Ahmad": an honorific printed against the first name word without a space."""
    head, dot, rest = text.partition(".")
    if dot and rest[:1].isupper() and "." not in rest and f"{head}." in HONORIFICS:
        return rest
    return text


def unglue(text: str) -> str:
    return _GLUED.sub(" ", text) if text.isalpha() else text


def _all_degrees(parts: list[str]) -> bool:
    """Whether the dot-separated parts read as whole degrees ("S", "Sos", "M", "Si" or "SP", "ME")."""
    k = 0
    while k < len(parts):
        n = next(
            (
                n
                for n in range(min(_MAX_DEGREE_PARTS, len(parts) - k), 0, -1)
                if "".join(parts[k : k + n]) in DEGREES
            ),
            0,
        )
        if not n:
            return False
        k += n
    return True


def drop_glued_degrees(text: str) -> str:
    """ "Ronsen.S.Sos.", "Mashuri.SP.ME": a name word of three or more letters (lower case after its
    capital) with its degrees printed against it; the name word alone. Initials ("M.D") stay whole."""
    head, dot, rest = text.partition(".")
    if not dot or len(head) < 3 or not head[1:].islower() or not head.isalpha():
        return text
    parts = rest.rstrip(".").split(".")
    return head if parts != [""] and _all_degrees(parts) else text


def name_word(text: str, *, first: bool) -> str:
    """The name word a printed word holds (first: an honorific may be glued before it)."""
    return unglue(drop_glued_degrees(drop_glued_honorific(text) if first else text))
