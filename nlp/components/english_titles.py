"""English office titles in English paragraphs: "Regent of Sleman Kustini Sri Purnomo", "Bandung
Mayor Yana Mulyana", "Head of the Regional Disaster Management Agency (BPBD) Sleman, Makwan,".

Run by pantau_role_context (before pantau_people) so the name is claimed with its English role
(kept as written, see nlp.lexicons.english_titles) and its jurisdiction. A title needs its region (after "of" or just
before it) and a name, inside a sentence that reads as English: "Mayor" is also a rank.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from nlp.choose import choose, province_code
from nlp.lexicons.degrees_ranks import RANK_CORPS
from nlp.lexicons.english_titles import (
    ENGLISH_OPEN_HEADS,
    ENGLISH_TITLES,
    ENGLISH_WORDS,
    INDONESIAN_WORDS,
)
from nlp.mention import OFFICIAL, DocState, Mention
from nlp.names import NameMatch, ends_clause, parse_name
from nlp.regionspan import RegionSpan, region_at
from nlp.state import sentence_starts
from nlp.words import Word, join

_TITLES = sorted([*ENGLISH_TITLES, *ENGLISH_OPEN_HEADS], key=lambda t: -len(t.split()))
_FIRST = frozenset(t.split()[0] for t in _TITLES)
# a cheap test on the raw text first (plain substring search: a regex costs ~1.5% of the pipeline)
_TRIGGERS = ("Regent", "Mayor", "Governor", "Secretary", "Head of")
_ANY = ("regency", "city", "province")
_UNIT_JOINERS = frozenset({"of", "and", "for", "the"})  # "Office of Religious Affairs"


def _title_at(ws: list[Word], i: int) -> tuple[str, int] | None:
    for title in _TITLES:
        parts = title.split()
        if [w.text for w in ws[i : i + len(parts)]] == parts:
            return title, i + len(parts)
    return None


def _is_english(ws: list[Word], first: int, last: int) -> bool:
    """Whether words [first, last) read as English: more English function words than Indonesian."""
    english = indonesian = 0
    for word in ws[first:last]:
        low = word.text.lower()
        english += low in ENGLISH_WORDS
        indonesian += low in INDONESIAN_WORDS
    return english > indonesian


def _name_at(state: DocState, k: int) -> NameMatch | None:
    """The holder's name after the title: "Regent of Sleman Kustini ..." or "..., Makwan, said"."""
    ws = state.words
    comma = k < len(ws) and ws[k].text == ","
    name = parse_name(ws, k + 1 if comma else k)
    if name is None or (comma and not ends_clause(ws, name.end)):
        return None
    return None if state.claimed(ws[name.start].start, ws[name.end - 1].end) else name


def _region_before(ws: list[Word], i: int, levels: tuple[str, ...]) -> RegionSpan | None:
    """ "Bandung Mayor", "Central Java Vice Governor": a region ending just before the title."""
    for s in range(max(0, i - 3), i):
        span = region_at(ws, s, levels)
        if span is not None and span.end == i:
            return span
    return None


def _open_unit(ws: list[Word], j: int) -> tuple[list[str], int]:
    """The unit after "Head of": capitalised words and joiners, then an optional "(ACRONYM)"."""
    k = j
    while k < len(ws) and (ws[k].is_title or ws[k].text in _UNIT_JOINERS):
        if k > j and region_at(ws, k, _ANY):
            break  # "Head of the Health Office Sleman": the region ends the unit
        k += 1
    while k > j and ws[k - 1].text in _UNIT_JOINERS:
        k -= 1
    unit = [w.text for w in ws[j:k]]
    if k + 2 < len(ws) and ws[k].text == "(" and ws[k + 2].text == ")":
        k += 3
    if k < len(ws) and ws[k].text == "of":  # "Head of the Health Office of Garut"
        k += 1
    return unit, k


def add_english_titles(doc: Doc, state: DocState) -> None:
    """Add an official for each English title with its region and a name."""
    if not any(trigger in state.text for trigger in _TRIGGERS):
        return
    ws, starts = state.words, sentence_starts(doc)
    word_starts = [w.start for w in ws]
    province = province_code(state.province)
    for i, word in enumerate(ws):
        if word.text not in _FIRST or (found := _title_at(ws, i)) is None:
            continue
        title, end = found
        if (end < len(ws) and ws[end].text in RANK_CORPS) or not _in_english(
            ws, word_starts, starts, i
        ):
            continue  # "Mayor Inf Budi", or "Mayor" in an Indonesian sentence: a rank
        got = _read(ws, i, title, end)
        if got is not None and (name := _name_at(state, got[2])) is not None:
            _add(state, min(i, got[1].start) if got[1] else i, got, name, province)


def _in_english(ws: list[Word], word_starts: list[int], starts: list[int], i: int) -> bool:
    """Whether the sentence of word i reads as English."""
    sentence = bisect.bisect_right(starts, ws[i].start) - 1
    first = bisect.bisect_left(word_starts, starts[sentence])
    last = (
        bisect.bisect_left(word_starts, starts[sentence + 1])
        if sentence + 1 < len(starts)
        else len(ws)
    )
    return _is_english(ws, first, last)


def _read(
    ws: list[Word], i: int, title: str, end: int
) -> tuple[str, RegionSpan | None, int] | None:
    """(role, region, index where the name starts) of the title at i, or None."""
    if title in ENGLISH_OPEN_HEADS:
        unit, k = _open_unit(ws, end)
        region = region_at(ws, k, _ANY) if k < len(ws) else None
        return (f"{title} {join(unit)}", region, region.end if region else k) if unit else None
    levels = ENGLISH_TITLES[title]
    if end + 1 < len(ws) and ws[end].text == "of":
        j = end + 2 if ws[end + 1].text == "the" else end + 1
        region = region_at(ws, j, levels) if j < len(ws) else None
        return (title, region, region.end) if region else None
    region = _region_before(ws, i, levels)
    return (title, region, end) if region else None


def _add(
    state: DocState,
    first: int,
    got: tuple[str, RegionSpan | None, int],
    name: NameMatch,
    province: str | None,
) -> None:
    role, region, _ = got
    picked = choose(region.candidates, province=province) if region else None
    start, stop = state.words[first].start, state.words[name.end - 1].end
    state.mentions.append(
        Mention(
            OFFICIAL,
            start,
            stop,
            state.text[start:stop],
            name.name,
            role=role,
            jurisdiction=picked.jurisdiction if picked else None,
            code=picked.code if picked else None,
        )
    )
