"""Names listed with no title before them: "tokoh presidium diantaranya A. Rani Rasyid, Mochtar
Mutong (Aji Tare), Ruspandi, Firdaus dan ..." or "hadir pada audiensi ini, Drs Budi Santoso, Prof
Ani Lestari, Muhamadiah, ...".

Real articles list invited figures as a comma run after a word that opens a list ("diantaranya",
"yakni", "antara lain", ":") or after a clause and a comma. Nothing marks the items but their shape,
so a run counts only when it is long (three items or more, two of them full names), every item ends
at a list separator, and no item is a place or inside an organisation (lists of regions and bodies
have the same shape). One-word names stand in such runs as often as full ones. Items are persons
without a role; a name already found keeps its own mention."""

from __future__ import annotations

from typing import NamedTuple

from nlp import gazetteer
from nlp.lexicons.name_contexts import GROUP_STOP_WORDS, PLACE_LIST_WORDS
from nlp.mention import OFFICIAL, ORG, PERSON, PLACE, DocState, Mention
from nlp.names import parse_name
from nlp.words import Word, join

_SEPARATORS = frozenset({",", "dan", "serta", ";"})
# lower-case words after which a list of names opens ("diantaranya", "antara lain", "yakni")
LIST_OPENERS = frozenset(
    {"diantaranya", "antaranya", "yakni", "yaitu", "seperti", "ialah", "lain", "termasuk"}
)
_ITEM_ENDS = _SEPARATORS | {".", ")"}
_MIN_ITEMS, _MIN_FULL_NAMES = 3, 2
_REGION_LEVELS = ("province", "regency", "city")
# a group the listed people belong to, named earlier in the sentence ("sejumlah tokoh JMK hadir ...")
_GROUP_NOUNS = frozenset({"tokoh", "pengurus"})
_GROUP_LOOKBACK, _GROUP_WORDS = 30, 4
_NICKNAME_WORDS = 3  # "Mochtar Mutong (Aji Tare)": a nickname in brackets after the name


class Item(NamedTuple):
    first: int  # word indices [first, name_end) of the written name (honorifics, degrees included)
    name_end: int
    end: int  # after a bracketed nickname too
    name: str
    words: int


def nickname_end(ws: list[Word], k: int) -> int:
    """The word after a short bracketed nickname at k ("(Aji Tare)", "(bakak)"), else k."""
    if k >= len(ws) or ws[k].text != "(":
        return k
    for close in range(k + 2, min(k + _NICKNAME_WORDS + 2, len(ws))):
        if ws[close].text == ")":
            return close + 1
        if not ws[close].text.isalpha():
            return k
    return k


def _item_at(ws: list[Word], k: int) -> Item | None:
    name = parse_name(ws, k)
    if name is None:
        return None
    end = nickname_end(ws, name.end)
    if end < len(ws) and ws[end].text not in _ITEM_ENDS and not ws[end - 1].text.endswith("."):
        return None  # "Budi Santoso mengatakan": a clause, not a list item
    return Item(name.start, name.end, end, name.name, name.words)


def _run(ws: list[Word], k: int) -> list[Item]:
    items: list[Item] = []
    while k < len(ws) and (item := _item_at(ws, k)) is not None:
        items.append(item)
        k = item.end
        seen = False
        while k < len(ws) and ws[k].text in _SEPARATORS:
            k, seen = k + 1, True
        if not seen:
            break
    return items


def _opens_list(ws: list[Word], k: int) -> bool:
    return ws[k - 1].text in LIST_OPENERS or ws[k - 1].text in {":", ","}


def _accepted(state: DocState, items: list[Item]) -> bool:
    if len(items) < _MIN_ITEMS or sum(i.words >= 2 for i in items) < _MIN_FULL_NAMES:
        return False
    ws = state.words
    return not any(
        gazetteer.lookup(i.name)
        or state.claimed(ws[i.first].start, ws[i.end - 1].end, (ORG, PLACE))
        or any(_place_word(w.text) for w in ws[i.first : i.name_end])
        for i in items
    )


def _place_word(text: str) -> bool:
    """ "Pantai Amai", "Palembang Peduli": a sight's or a region's word inside an item."""
    return text in PLACE_LIST_WORDS or bool(gazetteer.lookup(text, _REGION_LEVELS))


def group_role(ws: list[Word], k: int) -> str | None:
    """ "tokoh Kamoro/Mimika Wee" from "dihadiri sejumlah tokoh Kamoro/Mimika Wee, di antaranya":
    a group noun before the run in its sentence, with the body or people it names, up to a word
    placing or relating the group ("tokoh presidium pembentukan provinsi | wilayah Belitung")."""
    for g in range(k - 1, max(-1, k - 1 - _GROUP_LOOKBACK), -1):
        if ws[g].text in {".", "!", "?"}:
            return None
        if ws[g].text.lower() not in _GROUP_NOUNS:
            continue
        end = g + 1
        while end < min(len(ws), g + 1 + _GROUP_WORDS) and (
            ws[end].is_title
            or ws[end].text == "/"
            or (ws[end].is_lower and ws[end].text not in GROUP_STOP_WORDS)
        ):
            end += 1
        return join([w.text for w in ws[g:end]]) if end > g + 1 else None
    return None


def add_run_names(state: DocState) -> None:
    ws = state.words
    k = 1
    while k < len(ws):
        if not (ws[k].is_title and _opens_list(ws, k)):
            k += 1
            continue
        items = _run(ws, k)
        if not _accepted(state, items):
            k += 1
            continue
        role = group_role(ws, k)
        for item in items:
            first, last = ws[item.first].start, ws[item.name_end - 1].end
            if state.claimed(first, last, (OFFICIAL, PERSON)):
                continue
            state.mentions.append(
                Mention(
                    PERSON,
                    first,
                    last,
                    state.text[first:last],
                    item.name,
                    role,
                    flags=["listed", "group_role"] if role else ["listed"],
                )
            )
        k = items[-1].end
