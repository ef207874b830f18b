"""Compiled word patterns of the engagement rules, and event typing (data in nlp.lexicons)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.lexicons import events as ev
from nlp.lexicons import participation as pa


def words_pattern(words: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(
        words, key=len, reverse=True
    )  # longest first: "rapat koordinasi" before "rapat"
    return re.compile(r"\b(?:" + "|".join(ordered) + r")\b", re.IGNORECASE)


def _typed(table: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    return [(name, words_pattern(words)) for name, words in table]


STRONG, WEAK = _typed(ev.STRONG), _typed(ev.WEAK)
# "menerima audiensi", "beraudiensi": an audience is the event even inside a frame ("Dalam
# momentum peringatan Hari Sumpah Pemuda, Wabup menerima audiensi ...")
AUDIENCE = re.compile(r"\b(?:be)?r?audiensi\b", re.IGNORECASE)
DESCRIBES = re.compile(r"\b(?:" + "|".join(ev.DESCRIBING) + r")\s+(?:dana\s+)?$", re.IGNORECASE)
REQUESTED = re.compile(
    r"\b(?:" + "|".join([*pa.REQUEST, *ev.REQUESTED_EXTRA]) + r")\b[^,.;:\n]{0,40}$", re.IGNORECASE
)
_FRAME = r"(?:" + "|".join(ev.FRAME) + r")"
FRAME = re.compile(_FRAME + r"(?:\s+" + _FRAME + r")?" + ev.FRAMED, re.IGNORECASE)
BRACKET = re.compile(r"\s*\(\s*")
ATTACHED = re.compile(r"\b(?:" + "|".join(ev.ATTACHED) + r")\s+[^,;.\n]{0,40}$", re.IGNORECASE)
# a clause of what came before or after the event, at its sentence's start or inside it
# ("Camat bersilaturahmi dengan ormas setelah dilantik")
BACKGROUND = re.compile(r"\b(?:" + "|".join(ev.BACKGROUND) + r")\b[^,;.\n]*", re.IGNORECASE)
FUTURE, REQUEST, PLANNED = (
    words_pattern(pa.FUTURE),
    words_pattern(pa.REQUEST),
    words_pattern(pa.PLANNED),
)
REPRESENTED_AFTER, REPRESENTED_BEFORE = (
    words_pattern(pa.REPRESENTED_AFTER),
    words_pattern(pa.REPRESENTED_BEFORE),
)
MEMBER = re.compile(r"\b(?:" + "|".join(pa.MEMBER) + r")\s+$", re.IGNORECASE)
LEADER = re.compile(r"\b(?:" + "|".join(pa.LEADER) + r")\s+$", re.IGNORECASE)
SPEECH = words_pattern(pa.SPEECH)
# a body acting "melalui" one of its units acts with it (both take part): only a body that sends
# someone in its stead stays out
SENT_SOMEONE = words_pattern([w for w in pa.REPRESENTED_BEFORE if w != r"melalui"])
BACKER, PRESENCE = words_pattern(pa.BACKER), words_pattern(pa.PRESENCE)
OWNER = words_pattern(pa.OWNER)
TOPIC = words_pattern(pa.TOPIC)
RELATIVE = words_pattern(pa.RELATIVE_DAY)
VERB = re.compile(r"\b" + pa.VERB_SHAPE + r"\b")  # case-sensitive on purpose
BODY_PRESENCE = words_pattern([w for w in pa.PRESENCE if w not in pa.RECIPIENT])
CUT_AFTER = re.compile(r"(?:^|[\s,(])(?:[A-Z][A-Za-z]{0,3}|[A-Z]{1,3})\.\s*$")
CLAUSE = re.compile(r"\bbahwa\b|[:;]")
QUOTED = re.compile(r"[“\"][^”\"\n]{3,}[”\"]|‘[^’\n]{3,}’")  # speech, and themes in single quotes
VENUE = re.compile(
    r"\b(?:di|ke|dari)\s+(?:" + "|".join(pa.VENUE) + r")\b[^.;:\n]{0,60}$", re.IGNORECASE
)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“A-Z0-9])|\n+")


def interaction(text: str) -> bool:
    """Whether a text tells of an interaction: an event word or a presence word."""
    return bool(PRESENCE.search(text) or earliest(STRONG, text) or earliest(WEAK, text))


def event_type(*texts: str | None, names: Sequence[str] = ()) -> str:
    """The event a text reports: in the first text naming one, the earliest strong event word
    outside organisation names (`names`) and background clauses ("Setelah membuka Rakerwil, ..."),
    else one inside them ("rapat Forum Koordinasi ..."); a main act (an inauguration, a grant)
    before any other word of its text. Failing all texts, the earliest weak one; else `other`.
    A word describing the participants ("penerima hibah mengikuti bimtek"), a planned or prepared
    event ("rapat persiapan Musda") or a requested one ("minta FKUB masifkan sosialisasi") names
    no event."""
    for text in texts:
        if not text:
            continue
        blanked = _blank(text, names)
        for candidate in (_blank_background(blanked), blanked, text):
            if found := _main_or_earliest(candidate):
                return found
    for text in texts:
        if text and (hits := _hits(WEAK, text, typing=True)):
            return min(hits)[2]
    return ev.OTHER


WORSHIP = words_pattern(ev.WORSHIP)


def worship_grant(lead: str, body: str, names: Sequence[str] = ()) -> bool:
    """Whether a visit to worship (the lead names a service or a tarawih round) brought a grant
    the body reports outside quotes, background clauses and organisation names."""
    if not WORSHIP.search(lead):
        return False
    plain = _blank_background(_blank(QUOTED.sub(lambda m: " " * len(m.group()), body), names))
    return any(hit[2] == ev.GRANT for hit in _hits(STRONG, plain, typing=True))


def _main_or_earliest(text: str) -> str | None:
    hits = _hits(STRONG, text, typing=True)
    main = [hit for hit in hits if hit[2] in ev.MAIN_ACTS and not _attached(text, hit[0])]
    if main or not hits:
        return min(main or hits)[2] if hits else None
    if AUDIENCE.search(text):  # an audience received is the event, whatever frames it
        return ev.MEETING
    first = min(hits)
    opened = FRAME.match(text, first[0])
    if opened and (inside := [hit for hit in hits if hit[0] == opened.end()]):
        return inside[0][2]  # the event the opening opens
    return first[2]


def _attached(text: str, start: int) -> bool:
    """Whether the act at `start` is joined to the event as an addition ("Milad ... dirangkaikan
    dengan pelantikan pengurus"): the event it is joined to stays the main one."""
    return bool(ATTACHED.search(text, max(start - 60, 0), start))


def _blank(text: str, names: Sequence[str]) -> str:
    """`text` with the organisation names in it blanked (their words name no event)."""
    for name in names:
        text = text.replace(name, " " * len(name))
    return text


def _blank_background(text: str) -> str:
    return BACKGROUND.sub(lambda m: " " * len(m.group()), text)


def earliest(table: list[tuple[str, re.Pattern[str]]], text: str) -> tuple[int, str] | None:
    hits = _hits(table, text)
    return (min(hits)[0], min(hits)[2]) if hits else None


def _hits(
    table: list[tuple[str, re.Pattern[str]]], text: str, typing: bool = False
) -> list[tuple[int, int, str]]:
    """The first naming occurrence of each type: (start, -length, type). When `typing` the event,
    a requested one does not count (it still makes the sentence tell of an interaction)."""
    hits = []
    for name, rx in table:
        refused = -1  # a refused word's acronym in brackets right after it goes with it
        for m in rx.finditer(text):
            if (
                DESCRIBES.search(text, max(m.start() - 25, 0), m.start())
                or (typing and REQUESTED.search(text, max(m.start() - 60, 0), m.start()))
                or (refused >= 0 and BRACKET.fullmatch(text, refused, m.start()))
            ):
                refused = m.end()
                continue
            hits.append((m.start(), -len(m.group()), name))
            break
    return hits
