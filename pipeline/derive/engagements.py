"""ENGAGEMENTS rows of one article: the participation rules of `nlp.engagements` over stored mentions.

Pure functions over one article's row and its mention rows (MENTIONS, entity_id filled). The same
rules make `pantau extract`'s `engagements`, so the table and the extraction contract agree; the
table keys participants by entity id (officials, government bodies, civil-society organisations).
A row's date is the interaction's day when the text gives it, else the publication day (the table
needs a date to place an engagement in time; the extract output leaves it null).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from nlp import engagements as core
from nlp.lexicons.events import EVENT_TYPES, OTHER

__all__ = ["EVENT_TYPES", "GOVERNMENT_KINDS", "OTHER", "event_type", "find_engagements"]

GOVERNMENT_KINDS = core.GOVERNMENT_KINDS
PLACE_RANK = {"village": 5, "district": 4, "city": 3, "regency": 3, "province": 2, "other": 1}
event_type = core.event_type


def _start(mention: dict[str, Any]) -> int:
    start = mention.get("start")
    return start if isinstance(start, int) else 0


def sentence_starts(body: str, mentions: list[dict[str, Any]]) -> list[int] | None:
    """Where the NLP stage's sentences start, found back from the mentions' sentence texts; the
    stretches between them hold sentences without mentions, split here as the extraction would
    see them apart (else a quote or a plan there would run into its neighbour)."""
    spans: dict[int, int] = {}
    for m in mentions:
        sentence = (m.get("sentence") or "").strip()
        if not sentence:
            continue
        at = body.rfind(sentence, 0, _start(m) + len(sentence))
        if at >= 0:
            spans[at] = max(spans.get(at, at), at + len(sentence))
    if not spans:
        return None
    starts = set(spans)
    cursor = 0
    for a, b in [*sorted(spans.items()), (len(body), len(body))]:
        if a > cursor:  # a stretch no mention's sentence covers
            starts |= {cursor + x for x, _ in core.sentence_spans(body[cursor:a])}
        cursor = max(cursor, b)
    return sorted({_with_whitespace(body, at) for at in starts})


def _with_whitespace(body: str, at: int) -> int:
    """A sentence start as the NLP stage has it: whitespace before the sentence beyond the one
    space its previous word keeps is a token of this sentence (a line break opens it, which
    tells a new line from a sentence cut after a title)."""
    k = at
    while k > 0 and body[k - 1].isspace():
        k -= 1
    if k < at and body[k] == " ":
        k += 1
    return k


def _parts(mentions: list[dict[str, Any]]) -> list[core.Part]:
    out = []
    for m in mentions:
        side = (
            core.OFFICIAL
            if m.get("type") == "OFFICIAL"
            else (
                core.side_of(m.get("kind"), m.get("normalized") or m.get("text") or "")
                if m.get("type") == "ORG"
                else None
            )
        )
        if side and m.get("entity_id"):
            out.append(
                core.Part(m["entity_id"], side, _start(m), _start(m) + len(m.get("text") or ""))
            )
    return out


def _markers(
    mentions: list[dict[str, Any]],
) -> tuple[list[core.Marker], list[core.Marker], dict[str, dict[str, Any]]]:
    dates: list[core.Marker] = []
    places: list[core.Marker] = []
    by_key: dict[str, dict[str, Any]] = {}
    for m in mentions:
        value = str(m.get("normalized") or "")
        if m.get("type") == "DATE" and len(value) == 10:
            dates.append(core.Marker(_start(m), value))
        elif m.get("type") == "PLACE":
            key = m.get("code") or value or m.get("text") or ""
            by_key.setdefault(key, m)
            rank = len(m["code"]) if m.get("code") else PLACE_RANK.get(m.get("kind") or "", 0)
            places.append(core.Marker(_start(m), key, rank))
    return dates, places, by_key


def find_engagements(
    article: dict[str, Any], mentions: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """ENGAGEMENTS rows of one article."""
    rows = sorted(
        (m for m in mentions if m.get("article_id") in (None, article.get("article_id"))),
        key=_start,
    )
    body = article.get("body") or ""
    dates, places, by_key = _markers(rows)
    found = core.find(
        body,
        _parts(rows),
        title=article.get("title"),
        sentence_starts=sentence_starts(body, rows),
        dates=dates,
        places=places,
        published=day.isoformat() if (day := _published(article)) else None,
    )
    out = []
    for e in found:
        place = by_key.get(e.place or "")
        row = {
            "engagement_id": None,
            "article_id": article.get("article_id"),
            "date": date.fromisoformat(e.date) if e.date else _published(article),
            "place_code": place.get("code") if place else None,
            "place_name": (place.get("normalized") or place.get("text")) if place else None,
            "official_ids": e.government,
            "government_body_ids": e.government_bodies,
            "organisation_ids": e.organisations,
            "event_type": e.event_type,
            "evidence": e.evidence,
            **{k: article.get(k) for k in ("url", "portal", "province", "month")},
        }
        digest = "|".join(
            [
                str(row["article_id"] or ""),
                *e.government,
                *e.government_bodies,
                *e.organisations,
                e.evidence,
            ]
        )
        row["engagement_id"] = hashlib.sha256(digest.encode()).hexdigest()[:16]
        out.append(row)
    return out


def _published(article: dict[str, Any]) -> date | None:
    stamp = article.get("published_at")
    if isinstance(stamp, datetime):
        return stamp.date()
    return stamp if isinstance(stamp, date) else None
