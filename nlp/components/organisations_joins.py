"""Organisations written as two found names that are one body: a church followed by its local
congregation ("Gereja Bethel Indonesia (GBI) Jemaat Lokal Sion", "GPI 'Bukit Doa' Jemaat Efrata
Sorong") names that congregation of that church, as annotators list it."""

from __future__ import annotations

import re
from dataclasses import replace

from nlp.lexicons import organisations as lex
from nlp.mention import Mention

_CONGREGATION_WORDS = ("Jemaat ",)
# what may stand between a church and its congregation: nothing, or the church's quoted motto
_GAP = re.compile(r"\s*(?:([‘'\"“][^‘’'\"“”\n]{1,40}[’'\"”])\s*)?")


def join_congregations(found: list[Mention], text: str) -> list[Mention]:
    """Each church directly followed by a congregation ("Jemaat X") becomes one mention."""
    ordered = sorted(found, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if prev is not None and _joins(prev, m, text):
            gap = _GAP.fullmatch(text[prev.end : m.start])
            motto = f" {gap.group(1)}" if gap and gap.group(1) else ""
            out[-1] = replace(
                prev,
                end=m.end,
                text=text[prev.start : m.end],
                normalized=f"{prev.normalized}{motto} {m.normalized}",
                core=f"{prev.core or prev.normalized}{motto} {m.core or m.normalized}",
                code=m.code or prev.code,
                reference=False,
            )
            continue
        out.append(m)
    return out


def _joins(church: Mention, congregation: Mention, text: str) -> bool:
    return (
        church.kind == lex.RELIGIOUS
        and not church.normalized.startswith(_CONGREGATION_WORDS)
        and congregation.text.startswith(_CONGREGATION_WORDS)
        and church.end <= congregation.start
        and _GAP.fullmatch(text[church.end : congregation.start]) is not None
    )
