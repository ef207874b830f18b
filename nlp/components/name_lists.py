"""Names listed under a plural-looking role: "Anggota DPRD Jawa Tengah Rina Wati, Budi Santosa, dan
Ahmad Yani" are all members, sharing the head's role and type.

Each further item is a name of two or more words between list separators (",", "dan", "serta"),
not inside another mention. After a single holder's title ("pendiri paguyuban Yohanes Kamu, Petrus
Mote, ...") the items are not taken: as persons without a role they were right once in four on the
real dev set (1 tp, 3 fp over 570 articles, the names mostly misread places or titles)."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from nlp.component import component
from nlp.components.name_runs import add_run_names
from nlp.mention import OFFICIAL, PERSON, DocState, Mention
from nlp.names import parse_name
from nlp.words import Word

_SEPARATORS = frozenset({",", "dan", "serta", ";"})
_SHARED_ROLE_STARTS = ("Anggota", "anggota", "Para", "para")
MAX_ITEMS = 12


def _next_item(ws: list[Word], k: int) -> int | None:
    """Index of the word after the separators at k ("," / ", dan" / "dan"), or None."""
    seen = False
    while k < len(ws) and ws[k].text in _SEPARATORS:
        k, seen = k + 1, True
    return k if seen and k < len(ws) else None


def _list_items(state: DocState, head: Mention, starts: list[int]) -> list[tuple[int, int, str]]:
    ws = state.words
    k = bisect.bisect_left(starts, head.end)
    items: list[tuple[int, int, str]] = []
    while len(items) < MAX_ITEMS:
        nxt = _next_item(ws, k)
        if nxt is None:
            break
        name = parse_name(ws, nxt)
        if name is None or name.words < 2:
            break
        first, last = ws[name.start].start, ws[name.end - 1].end
        if state.claimed(first, last):
            break
        end = name.end
        if end < len(ws) and ws[end].text not in _SEPARATORS and ws[end].text not in {".", ")"}:
            break  # "Budi Santoso mengatakan": a clause, not a list item
        items.append((first, ws[end - 1].end if end > 0 else last, name.name))
        k = end
    return items


def add_listed_names(state: DocState) -> None:
    heads = [m for m in state.mentions if m.type in (OFFICIAL, PERSON) and not m.reference]
    if not heads or not state.words:
        return
    starts = [w.start for w in state.words]
    for head in sorted(heads, key=lambda m: m.start):
        if not (head.role and head.role.startswith(_SHARED_ROLE_STARTS)):
            continue
        for first, last, name in _list_items(state, head, starts):
            state.mentions.append(
                Mention(
                    type=head.type,
                    start=first,
                    end=last,
                    text=state.text[first:last],
                    normalized=name,
                    role=head.role,
                    jurisdiction=head.jurisdiction,
                    code=head.code,
                    flags=["listed"],
                )
            )


@component("pantau_name_lists_v1")
def name_lists(doc: Doc, state: DocState) -> None:
    add_listed_names(state)
    add_run_names(state)
