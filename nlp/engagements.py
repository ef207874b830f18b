"""Engagements of one article: who takes part in an interaction between government and civil society.

An engagement needs a government participant (an official or a government body) and a
civil-society organisation taking part (`nlp.participation`); its type comes from the event words
of the lead (`nlp.cues.event_type`), its date from the first day-precise date reported as past.
Pure functions over offsets, shared by `pantau extract` (keys are names) and the engagements table
(keys are entity ids).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from nlp.cues import FUTURE, event_type, interaction
from nlp.lexicons import events as ev
from nlp.participation import (
    BODY,
    GOVERNMENT_KINDS,
    OFFICIAL,
    ORG,
    Article,
    Part,
    sentence_spans,
    side_of,
)

__all__ = ["BODY", "GOVERNMENT_KINDS", "OFFICIAL", "ORG", "Article", "Engagement", "Marker", "Part",
           "event_type", "find", "interaction", "sentence_spans", "side_of"]


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
