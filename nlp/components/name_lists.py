"""Names listed after a found person: "Anggota DPRD Jawa Tengah Rina Wati, Budi Santosa, dan Ahmad
Yani" or "pendiri paguyuban Yohanes Kamu, Petrus Mote, Markus Wenda, serta tokoh lainnya".

Real articles list attendees after the first titled one; only the first name carries the title.
Each further item is a name of two or more words between list separators (",", "dan", "serta"),
not inside another mention. Under a plural-looking role ("Anggota ...") the items share the head's
role and type; otherwise they are persons without a role."""

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
        shared = bool(head.role and head.role.startswith(_SHARED_ROLE_STARTS))
        for first, last, name in _list_items(state, head, starts):
            state.mentions.append(
                Mention(
                    type=head.type if shared else PERSON,
                    start=first,
                    end=last,
                    text=state.text[first:last],
                    normalized=name,
                    role=head.role if shared else None,
                    jurisdiction=head.jurisdiction if shared else None,
                    code=head.code if shared else None,
                    flags=["listed"],
                )
            )


@component("pantau_name_lists_v1")
def name_lists(doc: Doc, state: DocState) -> None:
    add_listed_names(state)
    add_run_names(state)
