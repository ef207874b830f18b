"""A body's chair named by a verb of leading: "Rombongan FKUB Babel yang dipimpin Dr Budi",
"Bawaslu Kaltara, yang kini diketuai oleh Yakobus ...": the name after the verb chairs the body
named before it (an official when the body is a government one)."""

from __future__ import annotations

from nlp.lexicons.organisations import GOV
from nlp.lexicons.people import LED_BY_GAP_WORDS
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
