"""Heads of civil bodies written without a capitalised title: a body's chair named by a verb of
leading ("Rombongan FKUB Babel yang dipimpin Dr Budi", "Bawaslu Kaltara, yang kini diketuai oleh
Yakobus ..."; an official when the body is a government one), and a lower-case post before a civil
body and a name ("didampingi ketua MUI Kota Padang Japeri", "pendiri HMI Lafran Pane")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from nlp import gazetteer
from nlp.lexicons.organisations import GOV
from nlp.lexicons.person_verbs import LED_BY_GAP_WORDS
from nlp.mention import OFFICIAL, PERSON, Mention
from nlp.names import NameMatch, ends_clause, parse_name
from nlp.titles import office_at
from nlp.words import Word

_GAP = 6  # words between the body and the verb ("periode 2024-2029 kini")


def led_body(ws: list[Word], verb: int, org_ends: dict[int, Mention]) -> Mention | None:
    """The organisation ending just before the verb at `verb`, over a short gap."""
    k = verb - 1
    while (
        k >= 0 and verb - k <= _GAP and (ws[k].text in LED_BY_GAP_WORDS or ws[k].text[:1].isdigit())
    ):
        k -= 1
    return org_ends.get(ws[k].end) if k >= 0 else None


def chair_after(ws: list[Word], verb: int) -> NameMatch | None:
    """The name after "dipimpin (oleh)"; none when an office is written there (its own rule reads it)."""
    k = verb + 1
    if k < len(ws) and ws[k].text == "oleh":
        k += 1
    if k >= len(ws) or office_at(ws, k) is not None:
        return None
    name = parse_name(ws, k)
    return name if name is not None and ends_clause(ws, name.end) else None


def chair_mention(text: str, ws: list[Word], name: NameMatch, body: Mention) -> Mention:
    start, end = ws[name.start].start, ws[name.end - 1].end
    kind = OFFICIAL if body.kind == GOV else PERSON
    return Mention(kind, start, end, text[start:end], name.name, role=f"Ketua {body.text}")


def lower_post_of_body(
    ws: list[Word], i: int, orgs: dict[int, Mention], org_end: Callable[[Mention], int]
) -> tuple[str, int] | None:
    """ "ketua harian PHDI Kota Denpasar, Nyoman": (the post with its civil body, where the name
    starts) when a lower-case post word stands before a civil body found there; else None. Posts
    in government bodies are the public office rules' ("anggota DPRD ...")."""
    k = i + 1
    words = [ws[i].text.capitalize()]
    if k < len(ws) and ws[k].text in {"umum", "harian"}:
        words.append(ws[k].text.capitalize())
        k += 1
    body = orgs.get(k)
    if body is None or body.kind == GOV:
        return None
    end = org_end(body)
    if end < len(ws) and ws[end].text == ",":
        end += 1
    return " ".join([*words, body.text]), end


_RCP = ("regency", "city", "province")


class CivilHeads:
    """A mixin of PeopleFinder (nlp.components.people): needs its words, organisations and
    bookkeeping; the declarations below are for the type checker only."""

    ws: list[Word]
    text: str
    orgs: dict[int, Mention]
    org_ends: dict[int, Mention]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def _add(self, mention: Mention, first: int, end: int) -> None: ...

        def _claimed(self, name: NameMatch) -> bool: ...

        def _org_end(self, m: Mention) -> int: ...

    def led_by(self, verb: int) -> int | None:
        """ "MUI Kota X yang dipimpin Baharudin": the chair of the body named before the verb."""
        body = led_body(self.ws, verb, self.org_ends)
        name = chair_after(self.ws, verb) if body is not None else None
        if body is None or name is None or self._claimed(name):
            return None
        self._add(chair_mention(self.text, self.ws, name, body), name.start, name.end)
        return name.end

    def lower_post(self, i: int) -> int | None:
        """ "pendiri HMI Lafran Pane": a lower-case post, a civil body, then its holder's name."""
        ws = self.ws
        found = lower_post_of_body(ws, i, self.orgs, self._org_end)
        name = parse_name(ws, found[1]) if found is not None else None
        if (
            found is not None
            and name is not None
            and name.words > 1
            and gazetteer.lookup(ws[name.start].text, _RCP)
        ):  # "ketua MUI Kota Padang Japeri": the body's region, then the name
            found = (f"{found[0]} {ws[name.start].text}", found[1])
            name = parse_name(ws, name.start + 1)
        if (
            found is None
            or name is None
            or self._claimed(name)
            or not (ends_clause(ws, name.end) or ws[name.end].text in {"dan", "serta"})
            or gazetteer.lookup(name.name)
        ):
            return None
        start, end = ws[name.start].start, ws[name.end - 1].end
        mention = Mention(PERSON, start, end, self.text[start:end], name.name, role=found[0])
        self._add(mention, name.start, name.end)
        return name.end
