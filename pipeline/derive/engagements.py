"""Engagements: who (officials) met whom (organisations), where, when, at what kind of event.

An encounter is a sentence naming at least one official and one non-government organisation, or
an event paragraph (one with an event word) naming both across its sentences. Encounters of an
article that share an official are one encounter (an article reports one event per official);
its evidence, date, place and event type come from the first sentence that showed it. Pure functions over
one article's row and its mention rows (MENTIONS, entity_id filled).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pipeline.derive.lexicon_events import EVENT_TYPES, OTHER

GOVERNMENT_KINDS = frozenset({"government_agency"})
EVENT_PATTERNS = tuple(
    (name, re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)) for name, words in EVENT_TYPES
)


def event_type(*texts: str | None) -> str:
    """The first event type signalled in the first text that signals one."""
    for text in texts:
        if text and (found := signalled_event(text)):
            return found
    return OTHER


def signalled_event(text: str) -> str | None:
    for name, pattern in EVENT_PATTERNS:
        if pattern.search(text):
            return name
    return None


@dataclass
class Unit:
    """A sentence or a paragraph and the mentions inside it."""

    key: Any
    text: str
    mentions: list[dict] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    def ids(self, wanted: str) -> tuple[str, ...]:
        return tuple(sorted({m["entity_id"] for m in self.mentions if _is(m, wanted) and m.get("entity_id")}))


def _is(mention: dict, wanted: str) -> bool:
    if wanted == "ORG":
        return mention.get("type") == "ORG" and mention.get("kind") not in GOVERNMENT_KINDS
    return mention.get("type") == wanted


def paragraph_spans(body: str | None) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", body or "") if m.group().strip()]


def paragraph_of(mention: dict, spans: list[tuple[int, int]], body: str) -> int | str:
    start = mention.get("start")
    if isinstance(start, int) and body:
        for i, (a, b) in enumerate(spans):
            if a <= start < b:
                return i
    found = body.find(mention.get("sentence") or "\0") if body else -1
    for i, (a, b) in enumerate(spans):
        if a <= found < b:
            return i
    return f"sentence:{mention.get('sentence')}"  # no body: the sentence is its own paragraph


def group_units(article: dict, mentions: list[dict]) -> tuple[list[Unit], list[Unit]]:
    """Sentences and paragraphs of the article, in text order, with their mentions."""
    body = article.get("body") or ""
    spans = paragraph_spans(body)
    sentences: dict[Any, Unit] = {}
    paragraphs: dict[Any, Unit] = {}
    ordered = sorted(mentions, key=_start)
    for mention in ordered:
        para = paragraph_of(mention, spans, body)
        sentence = mention.get("sentence") or ""
        if isinstance(para, int):
            a, b = spans[para]
            text = body[a:b]
        else:
            text = sentence
        sentences.setdefault((para, sentence), Unit((para, sentence), sentence)).mentions.append(mention)
        unit = paragraphs.setdefault(para, Unit(para, text))
        unit.mentions.append(mention)
        if sentence not in unit.sentences:
            unit.sentences.append(sentence)
    return list(sentences.values()), list(paragraphs.values())


def _start(mention: dict) -> int:
    start = mention.get("start")
    return start if isinstance(start, int) else 0


def find_engagements(article: dict, mentions: Iterable[dict]) -> list[dict]:
    """ENGAGEMENTS rows of one article."""
    rows = [m for m in mentions if m.get("article_id") in (None, article.get("article_id"))]
    sentences, paragraphs = group_units(article, rows)
    found: list[dict] = []
    covered: set[Any] = set()
    for unit in sentences:
        if unit.ids("OFFICIAL") and unit.ids("ORG"):
            covered.add(unit.key[0])
            para = next(p for p in paragraphs if p.key == unit.key[0])
            _add(found, article, rows, unit, para, unit.text)
    for para in paragraphs:
        if para.key in covered or not (para.ids("OFFICIAL") and para.ids("ORG")):
            continue
        signal = next((s for s in para.sentences if signalled_event(s)), None)
        if signal or signalled_event(para.text):
            evidence = signal or next(s for s in para.sentences if s)
            _add(found, article, rows, para, para, evidence)
    for row in found:
        digest = "|".join([row["article_id"] or "", *row["official_ids"], *row["organisation_ids"],
                           row["evidence"]])
        row["engagement_id"] = hashlib.sha256(digest.encode()).hexdigest()[:16]
    return found


def _add(found: list[dict], article: dict, rows: list[dict], unit: Unit, para: Unit,
         evidence: str) -> None:
    officials, orgs = unit.ids("OFFICIAL"), unit.ids("ORG")
    for earlier in found:  # an official named again in the article: the same encounter, widened
        if set(earlier["official_ids"]) & set(officials):
            earlier["official_ids"] = sorted(set(earlier["official_ids"]) | set(officials))
            earlier["organisation_ids"] = sorted(set(earlier["organisation_ids"]) | set(orgs))
            return
    place = _place(unit.mentions) or _place(para.mentions) or _place(rows)
    when = _date(unit.mentions) or _date(para.mentions) or _date(rows) or _published(article)
    found.append({
        "engagement_id": None,
        "article_id": article.get("article_id"),
        "date": when,
        "place_code": place.get("code") if place else None,
        "place_name": (place.get("normalized") or place.get("text")) if place else None,
        "official_ids": list(officials),
        "organisation_ids": list(orgs),
        "event_type": event_type(evidence, para.text, article.get("title")),
        "evidence": evidence,
        **{k: article.get(k) for k in ("url", "portal", "province", "month")},
    })


def _place(mentions: list[dict]) -> dict | None:
    """The most specific coded place (longest region code), else the first named place."""
    places = [m for m in mentions if m.get("type") == "PLACE"]
    coded = [m for m in places if m.get("code")]
    if coded:
        return max(coded, key=lambda m: len(m["code"]))  # max keeps the first of equals
    return places[0] if places else None


def _date(mentions: list[dict]) -> date | None:
    for m in mentions:
        if m.get("type") == "DATE" and m.get("normalized"):
            try:
                return date.fromisoformat(str(m["normalized"])[:10])
            except ValueError:
                continue
    return None


def _published(article: dict) -> date | None:
    stamp = article.get("published_at")
    if isinstance(stamp, datetime):
        return stamp.date()
    return stamp if isinstance(stamp, date) else None
