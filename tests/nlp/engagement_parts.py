"""Engagement parts for fictional test sentences: every occurrence of each known name, with its side."""

from __future__ import annotations

from collections.abc import Mapping

from nlp import engagements as eng


def parts_of(text: str, sides: Mapping[str, str]) -> list[eng.Part]:
    found = []
    for name, side in sides.items():
        at = text.find(name)
        while at >= 0:
            found.append(eng.Part(name, side, at, at + len(name)))
            at = text.find(name, at + 1)
    return found
