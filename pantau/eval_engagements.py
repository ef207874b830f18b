"""Scoring of `relevant` and `engagements` (CONVENTIONS.md "Engagements", scoring paragraph).

Pairs are (government participant, civil-society organisation) over all engagements of an article;
a government participant is an official or a government body. Names match leniently: equal after
normalisation, through the entity's aliases and acronym (looked up in the same record's officials and
organisations), without level words (Kabupaten, Kota, Provinsi, ...), or when the shorter name's
words (two or more) are all in the longer one. Event type and date are scored on matched pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pantau.scoring import Score, norm

_LEVEL = re.compile(r"\b(?:provinsi|prov|kabupaten|kab|kota|kecamatan|kec|administrasi)\b")
Pair = tuple[frozenset[str], frozenset[str], dict[str, Any]]


@dataclass
class EngagementScore:
    pairs: Score = field(default_factory=Score)
    article_f1: list[float] = field(default_factory=list)
    event_type: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    relevance: Score = field(default_factory=Score)
    relevance_engaged: list[bool] = field(
        default_factory=list
    )  # recall on articles with gold engagements
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def rate(flags: list[bool] | list[float]) -> float | None:
            return round(sum(flags) / len(flags), 3) if flags else None

        return {
            "pairs": self.pairs.as_dict(),
            "pairs_macro_f1": rate(self.article_f1),
            "event_type_accuracy": rate(self.event_type),
            "date_accuracy": rate(self.date),
            "relevance": self.relevance.as_dict(),
            "relevance_recall_on_engagements": rate(self.relevance_engaged),
            "matched_pairs": len(self.event_type),
        }


def forms(name: str, entities: list[dict[str, Any]]) -> frozenset[str]:
    """Every normalised form of `name`: itself, its entity's aliases, without level words; its
    acronym is kept apart (marked "=") as it is shared by branches ("FKUB" of two regions)."""
    names: list[str | None] = [name]
    acronyms: list[str | None] = []
    for entity in entities:
        own = {norm(entity.get("name")), *(norm(a) for a in entity.get("aliases") or [])}
        if norm(name) in own:
            names += [entity.get("name"), *(entity.get("aliases") or [])]
            acronyms.append(entity.get("acronym"))
    found = {norm(n) for n in names if n}
    found |= {" ".join(_LEVEL.sub(" ", f).split()) for f in found}
    found |= {"=" + norm(a) for a in acronyms if a and norm(a) not in found}
    return frozenset(f for f in found if f and f != "=")


def same(left: frozenset[str], right: frozenset[str], level: int = 2) -> bool:
    """Whether two form sets name one entity: level 0 on equal names, 1 also when the shorter name's
    words (two or more) are all in the longer one, 2 also on an acronym for a name."""
    if level >= 2 and {f.lstrip("=") for f in left} & {f.lstrip("=") for f in right}:
        return True
    left, right = _named(left), _named(right)
    if left & right:
        return True
    if level < 1:
        return False
    for a in left:
        for b in right:
            short, long = sorted((set(a.split()), set(b.split())), key=len)
            if len(short) >= 2 and short <= long:
                return True
    return False


def _named(found: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in found if not f.startswith("="))


def pairs(record: dict[str, Any]) -> list[Pair]:
    """The record's (government, organisation) pairs, each once, with the engagement it came from."""
    officials = record.get("officials") or []
    organisations = record.get("organisations") or []
    out: list[Pair] = []
    for engagement in record.get("engagements") or []:
        government = [forms(n, officials) for n in engagement.get("government") or []]
        government += [forms(n, organisations) for n in engagement.get("government_bodies") or []]
        for g in government:
            for name in engagement.get("organisations") or []:
                o = forms(name, organisations)
                if not any(same(g, pg, 0) and same(o, po, 0) for pg, po, _ in out):
                    out.append((g, o, engagement))
    return out


def relevant(record: dict[str, Any]) -> bool:
    """A prediction's `relevant` (without one: whether it has engagements)."""
    value = record.get("relevant")
    return bool(record.get("engagements")) if value is None else bool(value)


def score(gold: dict[str, Any], pred: dict[str, Any], into: EngagementScore) -> None:
    doc_id = str(gold.get("id"))
    gold_pairs, pred_pairs = pairs(gold), pairs(pred)
    used: set[int] = set()
    article = Score()
    hits: dict[int, int] = {}
    for level in (
        0,
        1,
        2,
    ):  # equal names first, then partial names, then acronyms, for what is left
        for k, (g, o, _) in enumerate(gold_pairs):
            if k in hits:
                continue
            hit = next(
                (
                    n
                    for n, (pg, po, _) in enumerate(pred_pairs)
                    if n not in used and same(g, pg, level) and same(o, po, level)
                ),
                None,
            )
            if hit is not None:
                hits[k] = hit
                used.add(hit)
    for k, (g, o, engagement) in enumerate(gold_pairs):
        hit = hits.get(k)
        if hit is None:
            article.fn += 1
            into.misses.append({"id": doc_id, "type": "pairs", "missed": _show(g, o)})
            continue
        article.tp += 1
        predicted = pred_pairs[hit][2]
        into.event_type.append(engagement.get("event_type") == predicted.get("event_type"))
        into.date.append(engagement.get("date") == predicted.get("date"))
        if not into.event_type[-1]:
            into.misses.append(
                {
                    "id": doc_id,
                    "type": "event_type",
                    "gold": engagement.get("event_type"),
                    "predicted": predicted.get("event_type"),
                }
            )
        if not into.date[-1]:
            into.misses.append(
                {
                    "id": doc_id,
                    "type": "engagement_date",
                    "gold": engagement.get("date"),
                    "predicted": predicted.get("date"),
                }
            )
    for n, (pg, po, _) in enumerate(pred_pairs):
        if n not in used:
            article.fp += 1
            into.misses.append({"id": doc_id, "type": "pairs", "spurious": _show(pg, po)})
    for attr in ("tp", "fp", "fn"):
        setattr(into.pairs, attr, getattr(into.pairs, attr) + getattr(article, attr))
    if gold_pairs or pred_pairs:
        into.article_f1.append(article.f1)
    _relevance(gold, pred, into, doc_id)


def _relevance(
    gold: dict[str, Any], pred: dict[str, Any], into: EngagementScore, doc_id: str
) -> None:
    """Scored only where the gold states `relevant`: an article without a named organisation can
    still report engagement ("ormas se-Kabupaten"), so it is not derived from the engagements."""
    said = relevant(pred)
    if gold.get("engagements"):
        into.relevance_engaged.append(said)
    if gold.get("relevant") is None:
        return
    truth = bool(gold["relevant"])
    into.relevance.tp += truth and said
    into.relevance.fp += said and not truth
    into.relevance.fn += truth and not said
    if truth != said:
        into.misses.append({"id": doc_id, "type": "relevant", "gold": truth, "predicted": said})


def _show(g: frozenset[str], o: frozenset[str]) -> str:
    return f"{max(_named(g) or g, key=len)} ~ {max(_named(o) or o, key=len)}"


def render(score_: EngagementScore) -> list[str]:
    s, r, d = score_.pairs, score_.relevance, score_.as_dict()
    lines = [
        f"{'eng. pairs':<14} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}"
    ]
    if r.tp + r.fp + r.fn:
        lines.append(
            f"{'relevance':<14} {r.precision:>6.3f} {r.recall:>6.3f} {r.f1:>6.3f} {r.tp:>5} {r.fp:>5} {r.fn:>5}"
        )
    else:
        lines.append(
            f"{'relevance':<14} n/a (no gold record states `relevant`, or none is relevant)"
        )
    for key in (
        "pairs_macro_f1",
        "event_type_accuracy",
        "date_accuracy",
        "relevance_recall_on_engagements",
    ):
        value = d[key]
        lines.append(f"{key:<22} {'n/a' if value is None else f'{value:.3f}'}")
    return lines
