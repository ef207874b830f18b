"""Officials and persons: a title with its unit and jurisdiction, then a name (or a name, then
", <title>" / "selaku <title>"); short references ("kata Tatu", "tegas Sekda") for the linker."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from nlp import gazetteer
from nlp.choose import province_code
from nlp.component import component
from nlp.components.people_listed import ListedBodies
from nlp.components.people_regions import drop_region_names
from nlp.components.people_shapes import deputy, lower_head_title, venue_before
from nlp.components.people_titled import TitledPeople
from nlp.components.people_untitled import LOWER_TITLE_STARTS
from nlp.lexicons.people import PERSON_MARKERS, RANKS
from nlp.lexicons.person_verbs import (
    AGENT_VERBS,
    LED_BY_VERBS,
    NICKNAME_INTRODUCERS,
    SPEECH_VERBS,
    STAND_IN_VERBS,
)
from nlp.lexicons.role_unit_words import LOWER_CIVIL_POSTS
from nlp.mention import OFFICIAL, ORG, PERSON, DocState, Mention
from nlp.names import NameMatch, honorific_len, name_forming_len, parse_name
from nlp.roles import SAY_BEFORE, role_with_acronym
from nlp.titles import office_at

_CLOSING_QUOTES = frozenset({'"', "”", "'"})


class PeopleFinder(TitledPeople, ListedBodies):
    def __init__(self, state: DocState, text: str) -> None:
        self.state, self.text, self.ws = state, text, state.words
        self.province = province_code(state.province)
        self.starts = [w.start for w in self.ws]
        self.orgs = {self._index_of(m.start): m for m in state.mentions if m.type == ORG}
        self.org_words = {
            k for m in self.orgs.values() for k in range(self._index_of(m.start), self._org_end(m))
        }
        self.org_ends = {m.end: m for m in state.mentions if m.type == ORG}
        self.taken = state.covered_words((ORG, OFFICIAL, PERSON))  # word indices no name may use
        self.found: list[Mention] = []
        self.bare_refs: dict[int, tuple[int, Mention]] = {}  # start word -> (end word, mention)

    def _index_of(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def _org_end(self, m: Mention) -> int:
        k = self._index_of(m.start)
        while k < len(self.ws) and self.ws[k].start < m.end:
            k += 1
        return k

    def run(self) -> list[Mention]:
        i, ws = 0, self.ws
        n = len(ws)
        while i < n:
            word = ws[i]
            if word.is_lower:
                if word.text in LOWER_TITLE_STARTS and (after := self.lower_titled(i)):
                    i = after
                    continue
                if (title := lower_head_title(ws, i)) is not None:
                    i = self.titled(title)
                    continue
                if (
                    i > 0
                    and (ws[i - 1].text == "," or ws[i - 1].text in SAY_BEFORE)
                    and (after := self.lower_after_name(i))
                ):
                    i = after
                    continue
                if word.text in LOWER_CIVIL_POSTS and (after := self.lower_post(i)):
                    i = after
                    continue
                if word.text in LED_BY_VERBS and (after := self.led_by(i)):
                    i = after
                    continue
                if word.text in NICKNAME_INTRODUCERS:
                    i = self.nickname_end(i + 1)
                    continue
                if (
                    i + 1 < n
                    and ws[i + 1].is_title
                    and (
                        word.text.lower() in SPEECH_VERBS
                        or word.text in STAND_IN_VERBS
                        or word.text in AGENT_VERBS
                    )
                ):
                    self.spoken(i + 1)
                i += 1
            elif word.is_title:
                if i in self.orgs and (after := self.body_then_name(i)):
                    i = after  # "hadir ..., Kesbangpol Amri, Kominfo Rojali."
                    continue
                title = office_at(ws, i) if i not in self.org_words else None
                if title is not None and i > 0 and ws[i - 1].text == "wakil":
                    title = deputy(ws, i - 1, title)  # "wakil Bupati, Mad": the deputy's office
                if title is not None and title.office is not None and venue_before(ws, i):
                    title = None  # "Kantor Bupati, Puspem Badung": a building, not an office holder
                if title:
                    i = self.titled(title)
                    continue
                if (
                    word.text in PERSON_MARKERS
                    or word.text in RANKS
                    or honorific_len(ws, i) == 2
                    or (honorific_len(ws, i) and self._unit_head(i))
                ) and i not in self.org_words:
                    i = self.marked(i)
                    continue
                if (
                    i not in self.org_words
                    and (i == 0 or not ws[i - 1].is_title)
                    and (forming := name_forming_len(ws, i))
                ):
                    i = self.formed(i, forming)
                    continue
                if (
                    i > 0
                    and ws[i - 1].text in _CLOSING_QUOTES
                    and word.text.lower() in SPEECH_VERBS
                    and i + 1 < n
                    and ws[i + 1].is_title
                ):
                    self.spoken(
                        i + 1
                    )  # '..." Sebut Liono Basuki': the verb capitalised after a quote
                elif i == 0 or ws[i - 1].text == "." or ws[i - 1].is_lower:
                    if word.text.lower() in SPEECH_VERBS and i + 1 < n and ws[i + 1].is_title:
                        self.spoken(i + 1)  # "Menurut Ahmad bin Abdullah, ..." opening a sentence
                    else:
                        self.bare(i)
                i += 1
            else:
                if word.text == "," and i > 0 and self._org_ending_at(i):
                    self.org_then_name(i)
                elif word.text == "," and i > 0:
                    self.apposition(i)
                i += 1
        return self.found + [mention for _, mention in self.bare_refs.values()]

    def _in_org(self, i: int) -> bool:
        return i in self.org_words

    def _org_ending_at(self, comma: int) -> Mention | None:
        return self.org_ends.get(self.ws[comma - 1].end)

    def _claimed(self, name: NameMatch) -> bool:
        return any(k in self.taken for k in range(name.start, name.end))

    def _add(self, mention: Mention, first: int, end: int) -> None:
        """Keep a mention of words [first, end); a tentative bare reference there gives way, and a
        nickname in brackets right after the name is kept as its alias ("Muharram Idris (Syech Muharram)").
        A civil body written out with its acronym is named in the role by the acronym."""
        if mention.type == PERSON and mention.role and not mention.reference:
            mention.role = role_with_acronym(mention.role)
        self.found.append(mention)
        ws = self.ws
        if (
            end + 2 < len(ws)
            and ws[end].text == "("
            and (nick := parse_name(ws, end + 1)) is not None
            and nick.end < len(ws)
            and ws[nick.end].text == ")"
            and not gazetteer.lookup(nick.name)
        ):
            mention.flags.append(f"alias:{nick.name}")
            end = nick.end + 1
        self.taken.update(range(first, end))
        for start in range(max(0, first - 4), end):
            held = self.bare_refs.get(start)
            if held is not None and held[0] > first:
                del self.bare_refs[start]


@component("pantau_people_v1")
def people(doc: Doc, state: DocState) -> None:
    state.mentions.extend(drop_region_names(state, PeopleFinder(state, state.text).run()))
