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
DESCRIBES = re.compile(r"\b(?:" + "|".join(ev.DESCRIBING) + r")\s+(?:dana\s+)?$", re.IGNORECASE)
FUTURE, REQUEST, PLANNED = (
    words_pattern(pa.FUTURE),
    words_pattern(pa.REQUEST),
    words_pattern(pa.PLANNED),
)
REPRESENTED_AFTER, REPRESENTED_BEFORE = (
    words_pattern(pa.REPRESENTED_AFTER),
    words_pattern(pa.REPRESENTED_BEFORE),
)
LEADER = re.compile(r"\b(?:" + "|".join(pa.LEADER) + r")\s+$", re.IGNORECASE)
SPEECH = words_pattern(pa.SPEECH)
SENT_SOMEONE = words_pattern([w for w in pa.REPRESENTED_BEFORE if w != r"melalui"])
BACKER, PRESENCE = words_pattern(pa.BACKER), words_pattern(pa.PRESENCE)
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
    outside organisation names (`names`), else one inside a name ("rapat Forum Koordinasi ...");
    failing all texts, the earliest weak one; else `other`. A word describing the participants
    ("penerima hibah mengikuti bimtek") names no event."""
    for text in texts:
        if not text:
            continue
        for candidate in (_blank(text, names), text):
            if found := earliest(STRONG, candidate):
                return found[1]
    for text in texts:
        if text and (found := earliest(WEAK, text)):
            return found[1]
    return ev.OTHER


def _blank(text: str, names: Sequence[str]) -> str:
    """`text` with the organisation names in it blanked (their words name no event)."""
    for name in names:
        text = text.replace(name, " " * len(name))
    return text


def earliest(table: list[tuple[str, re.Pattern[str]]], text: str) -> tuple[int, str] | None:
    hits = []
    for name, rx in table:
        for m in rx.finditer(text):
            if not DESCRIBES.search(text, max(m.start() - 25, 0), m.start()):
                hits.append((m.start(), -len(m.group()), name))
                break
    return (min(hits)[0], min(hits)[2]) if hits else None
