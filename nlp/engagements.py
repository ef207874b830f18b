"""Engagements of one article: who takes part in an interaction between government and civil society.

Participation, not co-mention: an entity takes part when at least one of its mentions stands
outside quotes and after none of the words that make it only named (a plan, a request, a
representation, a backer: `nlp.lexicons.participation`). A civil-society organisation must also
be named in a sentence that reports the event (an event word or a presence word) or as the
organisation of someone speaking. An engagement needs a government participant (an official or a
government body) and a civil-society organisation. Pure functions over offsets, shared by
`pantau extract` (keys are names) and the engagements table (keys are entity ids).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from nlp.lexicons import events as ev
from nlp.lexicons import participation as pa

OFFICIAL, BODY, ORG = "official", "body", "org"
GOVERNMENT_KINDS = frozenset({"government_agency"})
CIVIL_KINDS = frozenset({"ormas_cso", "religious"})


def words_pattern(words: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)  # longest first: "rapat koordinasi" before "rapat"
    return re.compile(r"\b(?:" + "|".join(ordered) + r")\b", re.IGNORECASE)


def _typed(table: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    return [(name, words_pattern(words)) for name, words in table]


STRONG, WEAK = _typed(ev.STRONG), _typed(ev.WEAK)
DESCRIBES = re.compile(r"\b(?:" + "|".join(ev.DESCRIBING) + r")\s+(?:dana\s+)?$", re.IGNORECASE)
FUTURE, REQUEST, PLANNED = words_pattern(pa.FUTURE), words_pattern(pa.REQUEST), words_pattern(pa.PLANNED)
REPRESENTED_AFTER, REPRESENTED_BEFORE = words_pattern(pa.REPRESENTED_AFTER), words_pattern(pa.REPRESENTED_BEFORE)
LEADER = re.compile(r"\b(?:" + "|".join(pa.LEADER) + r")\s+$", re.IGNORECASE)
SPEECH = words_pattern(pa.SPEECH)
SENT_SOMEONE = words_pattern([w for w in pa.REPRESENTED_BEFORE if w != r"melalui"])
BACKER, PRESENCE = words_pattern(pa.BACKER), words_pattern(pa.PRESENCE)
VERB = re.compile(r"\b" + pa.VERB_SHAPE + r"\b")  # case-sensitive on purpose
BODY_PRESENCE = words_pattern([w for w in pa.PRESENCE if w not in pa.RECIPIENT])
CUT_AFTER = re.compile(r"(?:^|[\s,(])(?:[A-Z][A-Za-z]{0,3}|[A-Z]{1,3})\.\s*$")
CLAUSE = re.compile(r"\bbahwa\b|[:;]")
QUOTED = re.compile(r"[“\"][^”\"\n]{3,}[”\"]|‘[^’\n]{3,}’")  # speech, and themes in single quotes
VENUE = re.compile(r"\b(?:di|ke|dari)\s+(?:" + "|".join(pa.VENUE) + r")\b[^.;:\n]{0,60}$", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“A-Z0-9])|\n+")


@dataclass(frozen=True)
class Part:
    """A mention of a possible participant: `key` identifies its entity, `side` is official/body/org."""

    key: str
    side: str
    start: int
    end: int


@dataclass(frozen=True)
class Marker:
    """A dated or placed mention: an ISO date, or a place key with its specificity (higher: finer)."""

    start: int
    value: str
    rank: int = 0


@dataclass
class Engagement:
    government: list[str] = field(default_factory=list)
    government_bodies: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    event_type: str = ev.OTHER
    date: str | None = None
    place: str | None = None
    evidence: str = ""


def side_of(kind: str | None) -> str | None:
    """Which side an organisation of `kind` stands on (None: neither, e.g. a party or a company)."""
    if kind in GOVERNMENT_KINDS:
        return BODY
    return ORG if kind in CIVIL_KINDS else None


def sentence_spans(text: str, starts: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence: from the NLP stage's starts when given, else split here."""
    if starts is None:
        starts = [0, *(m.end() for m in SENTENCE_END.finditer(text))]
    bounds = sorted(set(starts) | {0})
    return [(a, b) for a, b in zip(bounds, [*bounds[1:], len(text)], strict=True) if text[a:b].strip()]


def interaction(text: str) -> bool:
    """Whether a text tells of an interaction: an event word or a presence word."""
    return bool(PRESENCE.search(text) or _earliest(STRONG, text) or _earliest(WEAK, text))


def event_type(*texts: str | None, names: Sequence[str] = ()) -> str:
    """The event a text reports: in the first text naming one, the earliest strong event word
    outside organisation names (`names`), else one inside a name ("rapat Forum Koordinasi ...");
    failing all texts, the earliest weak one; else `other`. A word describing the participants
    ("penerima hibah mengikuti bimtek") names no event."""
    for text in texts:
        if not text:
            continue
        for candidate in (_blank(text, names), text):
            if found := _earliest(STRONG, candidate):
                return found[1]
    for text in texts:
        if text and (found := _earliest(WEAK, text)):
            return found[1]
    return ev.OTHER


def _blank(text: str, names: Sequence[str]) -> str:
    """`text` with the organisation names in it blanked (their words name no event)."""
    for name in names:
        text = text.replace(name, " " * len(name))
    return text


def _earliest(table: list[tuple[str, re.Pattern[str]]], text: str) -> tuple[int, str] | None:
    hits = []
    for name, rx in table:
        for m in rx.finditer(text):
            if not DESCRIBES.search(text, max(m.start() - 25, 0), m.start()):
                hits.append((m.start(), -len(m.group()), name))
                break
    return (min(hits)[0], min(hits)[2]) if hits else None


class Article:
    """One body's sentences and quotes, to judge each mention in its context."""

    def __init__(self, text: str, sentence_starts: Sequence[int] | None = None) -> None:
        self.text = text
        self.spans = _joined(text, sentence_spans(text, sentence_starts))
        self.heads = [a for a, _ in self.spans]
        self.quotes = [m.span() for m in QUOTED.finditer(text)]
        first_break = text.find("\n", len(text) - len(text.lstrip()))
        self.lead_end = len(text) if first_break < 0 else first_break  # the first paragraph


    def sentence(self, start: int) -> tuple[int, int]:
        k = max(bisect.bisect_right(self.heads, start) - 1, 0)
        return self.spans[k] if self.spans else (0, len(self.text))

    def quoted(self, start: int) -> bool:
        return any(a < start < b for a, b in self.quotes)

    def takes_part(self, part: Part) -> bool:
        """Whether this mention shows its entity taking part (not only named)."""
        if self.quoted(part.start):
            return False
        a, b = self.sentence(part.start)
        before = self.text[a:part.start]
        if PLANNED.search(self.text[a:b]) or FUTURE.search(before) or (part.side == BODY and bool(VENUE.search(before[-80:]))) or REQUEST.search(before) or BACKER.search(before[-40:]):
            return False
        if part.side == OFFICIAL and REPRESENTED_AFTER.search(before[-40:]):
            return False
        after = self.text[part.end:part.end + 60].lstrip(" ,")
        if part.side == BODY:  # "Kanwil X yang diwakili Kabid Y": Y takes part (a body acts *through* others)
            return not SENT_SOMEONE.match(after)
        return not (part.side == OFFICIAL and REPRESENTED_BEFORE.match(after))

    def context(self, start: int) -> tuple[int, int]:
        """The mention's sentence, from the start of the sentence before it when it is a verbless
        list running on ("Turut hadir: ... . Kepala X, Ketua Y, ...")."""
        a, b = self.sentence(start)
        k = self.heads.index(a) if a in self.heads else 0
        if k > 0 and not VERB.search(self.text[a:start]):
            return self.spans[k - 1][0], b
        return a, b

    def reports_event(self, start: int) -> bool:
        """The mention's sentence tells of the event (someone attends, opens, receives ..., or an
        event word), or it is in the lead paragraph, which reports the event in news writing, or
        someone speaks for the organisation ("Ketua FKUB X, Y, menilai ...")."""
        a, b = self.context(start)
        sentence = self.text[a:b]
        if interaction(sentence) or a < self.lead_end:
            return True
        return bool(LEADER.search(self.text[max(a, start - 30):start]) and SPEECH.search(sentence))

    def reported(self, part: Part) -> bool:
        """An organisation named in what someone says ("menyatakan Banser siap membantu")."""
        a, _ = self.sentence(part.start)
        before = self.text[a:part.start]
        said = [m.end() for m in SPEECH.finditer(before)]
        return bool(said) and not PRESENCE.search(before, said[-1])

    def acts(self, part: Part) -> bool:
        """A government body takes part as an actor: it comes before its sentence's first verb
        ("Kesbangpol menggelar", "Selasa (10/12), Pemkab X melalui ..."), or after a presence or
        event word ("dihadiri ... Kodim", "perwakilan Polres", "melalui Kesbangpol")."""
        a, _ = self.context(part.start)
        before = CLAUSE.split(self.text[a:part.start])[-1]  # a reported clause has its own subject
        return (not VERB.search(before) or bool(BODY_PRESENCE.search(before))
                or bool(_earliest(STRONG, before) or _earliest(WEAK, before)))


def find(text: str, parts: Sequence[Part], *, title: str | None = None,
         sentence_starts: Sequence[int] | None = None, dates: Sequence[Marker] = (),
         places: Sequence[Marker] = (), published: str | None = None) -> list[Engagement]:
    """The engagements one body reports (at most one today: an article reports one event)."""
    article = Article(text, sentence_starts)
    taking = [p for p in parts if article.takes_part(p)]
    orgs = [p for p in taking if p.side == ORG and not article.reported(p) and article.reports_event(p.start)]
    government = [p for p in taking if p.side == OFFICIAL or (p.side == BODY and article.acts(p))]
    if not orgs or not government:
        return []
    first = min(p.start for p in [*orgs, *government])
    a, b = article.sentence(first)
    names = sorted({text[p.start:p.end] for p in parts if p.side != OFFICIAL}, key=len, reverse=True)
    lead = text[slice(*article.spans[0])] if article.spans else ""
    return [Engagement(
        government=_keys(government, OFFICIAL),
        government_bodies=_keys(government, BODY),
        organisations=_keys(orgs, ORG),
        event_type=event_type(lead, title, text[a:b], text, names=names),
        date=_date(article, dates, published),
        place=_place(article, places),
        evidence=text[a:b].strip(),
    )]


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut after a title or initial ("Hj.", "KH.", "Prof. Dr. H.") joined back: an
    attendance list must stay one sentence with the "dihadiri" that opens it."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and CUT_AFTER.search(text[out[-1][0]:a]) and not text[a:b].startswith("\n"):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _keys(parts: Sequence[Part], side: str) -> list[str]:
    return list(dict.fromkeys(p.key for p in sorted(parts, key=lambda p: p.start) if p.side == side))


def _date(article: Article, dates: Sequence[Marker], published: str | None = None) -> str | None:
    """The first day-precise date not in a plan or a quote, nor after the publication day (a later
    day is an event still to come): the event's day in news writing."""
    for marker in sorted(dates, key=lambda m: m.start):
        if published and marker.value > published:
            continue
        a, _ = article.sentence(marker.start)
        if not article.quoted(marker.start) and not FUTURE.search(article.text[a:marker.start]):
            return marker.value
    return None


def _place(article: Article, places: Sequence[Marker]) -> str | None:
    """The finest place named in the first sentence that names one."""
    ordered = sorted(places, key=lambda m: m.start)
    if not ordered:
        return None
    a, b = article.sentence(ordered[0].start)
    same = [m for m in ordered if a <= m.start < b]
    return max(same, key=lambda m: m.rank).value  # max keeps the first of equals
