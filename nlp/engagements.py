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
from datetime import date, timedelta

from nlp.cues import FUTURE, RELATIVE, event_type, interaction, worship_grant
from nlp.grants import handed_over
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
from nlp.represented import absent

__all__ = [
    "BODY",
    "GOVERNMENT_KINDS",
    "OFFICIAL",
    "ORG",
    "Article",
    "Engagement",
    "Marker",
    "Part",
    "event_type",
    "find",
    "interaction",
    "sentence_spans",
    "side_of",
]


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


def find(
    text: str,
    parts: Sequence[Part],
    *,
    title: str | None = None,
    sentence_starts: Sequence[int] | None = None,
    dates: Sequence[Marker] = (),
    places: Sequence[Marker] = (),
    published: str | None = None,
) -> list[Engagement]:
    """The engagements one body reports: one per event day when the body reports events on
    several days, each with the organisations named after its day (a day whose report names no
    government participant is background when it came before the government's first day, its
    organisations take no part; a later one continues the series); else one."""
    article = Article(text, sentence_starts)
    article.officials = [p for p in parts if p.side == OFFICIAL]
    away = absent(article, parts)
    taking = [p for p in parts if article.takes_part(p) and p.key not in away]
    orgs = [
        p
        for p in taking
        if p.side == ORG and not article.reported(p) and article.reports_event(p.start)
    ]
    government = [
        p
        for p in taking
        if p.side == OFFICIAL
        or (p.side == BODY and article.acts(p) and article.reports_event(p.start))
    ]
    if not orgs or not government:
        return []
    names = sorted(
        {text[p.start : p.end] for p in parts if p.side != OFFICIAL}, key=len, reverse=True
    )
    lead = text[slice(*article.spans[0])] if article.spans else ""
    days = _event_days(article, dates, published)
    if (
        len(days) > 1
    ):  # an earlier day reported without the government ("Musda ... lalu") is background
        acting = {_day_of(days, p.start) for p in government}
        # a later day with no government named continues the series ("Selain di X, penyaluran
        # juga dilaksanakan di Y"): those who acted before it take part
        first_day = min(days[k].value for k in acting)
        orgs = [p for p in orgs if days[_day_of(days, p.start)].value >= first_day]
    groups = [(day, [p for p in orgs if _day_of(days, p.start) == k]) for k, day in enumerate(days)]
    groups = [(day, group) for day, group in groups if group]
    if not orgs:
        return []
    if len(groups) < 2:
        first = min(p.start for p in [*orgs, *government])
        a, b = article.sentence(first)
        relative = _relative_day(
            article, [article.spans[0], (a, b)] if article.spans else [], dates, published
        )
        # then where the organisations take part, before words anywhere in the body
        taking_part = [text[slice(*article.sentence(p.start))] for p in orgs]
        kind = event_type(lead, title, text[a:b], *taking_part, text, names=names)
        if kind not in ev.MAIN_ACTS and worship_grant(f"{title or ''} {lead}", text, names):
            kind = ev.GRANT
        elif kind == ev.CEREMONY and handed_over(text):
            kind = ev.GRANT  # a grant handed over at a ceremony (README clarification 11)
        return [
            _engagement(
                government,
                orgs,
                kind,
                relative[0] if relative else _date(article, dates, published),
                _place(article, places),
                text[a:b],
            )
        ]
    found = []
    for day, group in groups:
        a, b = article.sentence(day.start)
        found.append(
            _engagement(
                government,
                group,
                event_type(text[a:b], lead, title, text, names=names),
                day.value,
                _place(article, places, day.start) or _place(article, places),
                text[a:b],
            )
        )
    return found


def _engagement(
    government: list[Part],
    orgs: list[Part],
    kind: str,
    day: str | None,
    place: str | None,
    evidence: str,
) -> Engagement:
    return Engagement(
        government=_keys(government, OFFICIAL),
        government_bodies=_keys(government, BODY),
        organisations=_keys(orgs, ORG),
        event_type=kind,
        date=day,
        place=place,
        evidence=evidence.strip(),
    )


def _event_days(article: Article, dates: Sequence[Marker], published: str | None) -> list[Marker]:
    """Dates that open the report of an event (in a sentence telling of one, past, not quoted),
    each a day other than the one before it."""
    days: list[Marker] = []
    for marker in sorted(dates, key=lambda m: m.start):
        a, b = article.sentence(marker.start)
        if (
            (published and marker.value > published)
            or article.quoted(marker.start)
            or FUTURE.search(article.text[a : marker.start])
            or not interaction(article.text[a:b])
        ):
            continue
        if not days or days[-1].value != marker.value:
            days.append(Marker(a, marker.value))
    return days


def _day_of(days: list[Marker], start: int) -> int:
    """Index of the event day whose report `start` falls in (before the first: the first)."""
    return max([k for k, day in enumerate(days) if day.start <= start] or [0])


def _keys(parts: Sequence[Part], side: str) -> list[str]:
    return list(
        dict.fromkeys(p.key for p in sorted(parts, key=lambda p: p.start) if p.side == side)
    )


def _relative_day(
    article: Article,
    sentences: list[tuple[int, int]],
    dates: Sequence[Marker],
    published: str | None,
) -> tuple[str | None] | None:
    """The event's day from the lead or the first participant's sentence when it reports the event
    relative to publication, with no date of its own."""
    for a, b in sentences:
        sentence = article.text[a:b]
        undated = interaction(sentence) and not any(a <= m.start < b for m in dates)
        if undated and (day := _relative(sentence, published)) is not None:
            return day
    return None


def _relative(sentence: str, published: str | None) -> tuple[str | None] | None:
    """The day of an event its sentence dates relative to publication ("kemarin", "hari ini"):
    counted from the publication day, unknown without it; None when the sentence says neither
    (a date elsewhere in the body is then of something else: "demo tanggal 4 September")."""
    found = RELATIVE.search(sentence)
    if not found:
        return None
    if not published:
        return (None,)
    back = (
        2
        if found.group().lower().startswith("kemarin lusa")
        else 1
        if found.group().lower() == "kemarin"
        else 0
    )
    return ((date.fromisoformat(published) - timedelta(days=back)).isoformat(),)


def _date(article: Article, dates: Sequence[Marker], published: str | None = None) -> str | None:
    """The first day-precise date not in a plan or a quote, nor after the publication day (a later
    day is an event still to come): the event's day in news writing."""
    for marker in sorted(dates, key=lambda m: m.start):
        if published and marker.value > published:
            continue
        a, _ = article.sentence(marker.start)
        if not article.quoted(marker.start) and not FUTURE.search(article.text[a : marker.start]):
            return marker.value
    return None


def _place(article: Article, places: Sequence[Marker], at: int | None = None) -> str | None:
    """The finest place named in the first sentence that names one (the sentence at `at`, if given)."""
    ordered = sorted(places, key=lambda m: m.start)
    if at is not None:
        a, b = article.sentence(at)
        ordered = [m for m in ordered if a <= m.start < b]
    if not ordered:
        return None
    a, b = article.sentence(ordered[0].start)
    same = [m for m in ordered if a <= m.start < b]
    return max(same, key=lambda m: m.rank).value  # max keeps the first of equals
