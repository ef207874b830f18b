"""The result of extracting one text: DESIGN.md's output objects and rows of the mentions table."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from nlp import engagements as eng
from nlp import relevance
from nlp.lexicons.people import ROLE_HONORIFICS
from nlp.mention import DATE, OFFICIAL, ORG, PERSON, PLACE, Mention
from nlp.org_naming import regional_forms
from nlp.version import VERSION

_HONORIFIC_ROLES = frozenset(ROLE_HONORIFICS.values())

# finer places first when choosing where an engagement happened
PLACE_RANK = {"village": 5, "district": 4, "city": 3, "regency": 3, "province": 2, "other": 1}


@dataclass
class Extraction:
    text: str
    found: list[Mention] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    extractor: str = VERSION
    flags: list[str] = field(
        default_factory=list
    )  # e.g. nlp_chunked, nlp_time_budget (nlp/chunking.py)
    published: str | None = None  # ISO publication day, when known: no engagement happens after it

    def entities(self, kind: str) -> list[Mention]:
        """One mention per entity of `kind`, in order of first appearance: the fullest written
        form for organisations, the first full mention otherwise."""
        best: dict[str, Mention] = {}
        for m in self.found:
            if m.type != kind or m.entity is None or m.reference:
                continue
            held = best.get(m.entity)
            if held is None or (kind == ORG and len(m.normalized) > len(held.normalized)):
                best[m.entity] = m
        if kind == ORG:
            regional_forms(self.found, best)
        order: dict[str, int] = {}
        for m in self.found:
            if m.entity is not None and m.entity in best and m.entity not in order:
                order[m.entity] = m.start
        return sorted(best.values(), key=lambda m: order[m.entity or ""])

    def _first_role(self, entity: str | None) -> tuple[str | None, str | None]:
        """The first role stated for the entity; one read from an honorific ("K.H." -> Kyai) or a
        listed run's group only when no mention states another."""
        roles = [m for m in self.found if m.entity == entity and m.role and not m.reference]
        stated = [
            m for m in roles if m.role not in _HONORIFIC_ROLES and "group_role" not in m.flags
        ] or roles  # a group's name given to a listed run ("tokoh JMK") is weaker too
        return (stated[0].role, stated[0].jurisdiction) if stated else (None, None)

    def as_output(self, title: str | None = None) -> dict[str, Any]:
        officials = []
        for m in self.entities(OFFICIAL):
            role, jurisdiction = self._first_role(m.entity)
            officials.append(
                {"name": m.normalized, "role": role, "jurisdiction": jurisdiction or m.jurisdiction}
            )
        persons = [
            {"name": m.normalized, "role": self._first_role(m.entity)[0]}
            for m in self.entities(PERSON)
        ]
        organisations = [
            {"name": m.normalized, "acronym": self._acronym(m.entity), "kind": m.kind}
            for m in self.entities(ORG)
        ]
        places = []
        for m in self.entities(PLACE):
            place: dict[str, Any] = {"name": m.normalized, "level": m.kind, "code": m.code}
            if aliases := self._written(m):
                place["aliases"] = aliases
            places.append(place)
        dates = []
        for m in self.entities(DATE):
            item: dict[str, Any] = {"text": m.text, "iso": m.normalized}
            if "weekday_mismatch" in m.flags:
                item["weekday_mismatch"] = True
            dates.append(item)
        engagements = self.engagements(title)
        return {
            "officials": officials,
            "persons": persons,
            "organisations": organisations,
            "places": places,
            "dates": dates,
            "relevant": relevance.relevant(engagements, self.text, title),
            "engagements": engagements,
        }

    def engagements(self, title: str | None = None) -> list[dict[str, Any]]:
        """DESIGN.md's `engagements`: participants by their output names."""
        names = {
            m.entity: m.normalized for kind in (OFFICIAL, ORG, PLACE) for m in self.entities(kind)
        }
        found = eng.find(
            self.text,
            self.parts(),
            title=title,
            sentence_starts=self.sentence_starts,
            dates=self.date_markers(),
            places=self.place_markers(),
            published=self.published,
        )
        return [
            {
                "government": [names[k] for k in e.government],
                "government_bodies": [names[k] for k in e.government_bodies],
                "organisations": [names[k] for k in e.organisations],
                "event_type": e.event_type,
                "date": e.date,
                "place": names.get(e.place) if e.place else None,
            }
            for e in found
        ]

    def parts(self) -> list[eng.Part]:
        """Official and organisation mentions as possible participants (keys: entity keys)."""
        named = {m.entity for kind in (OFFICIAL, ORG) for m in self.entities(kind)}
        out = []
        for m in self.found:
            side = (
                eng.OFFICIAL
                if m.type == OFFICIAL
                else eng.side_of(m.kind, m.normalized)
                if m.type == ORG
                else None
            )
            if side and m.entity in named:
                out.append(eng.Part(m.entity or "", side, m.start, m.end))
        return out

    def date_markers(self) -> list[eng.Marker]:
        return [
            eng.Marker(m.start, m.normalized)
            for m in self.found
            if m.type == DATE and m.normalized and len(m.normalized) == 10
        ]

    def place_markers(self) -> list[eng.Marker]:
        return [
            eng.Marker(m.start, m.entity, PLACE_RANK.get(m.kind or "", 0))
            for m in self.found
            if m.type == PLACE and m.entity
        ]

    def _written(self, entity: Mention) -> list[str]:
        """The forms the text writes a place in when they differ from its canonical name
        ("OKI", "Kaltara", "PALANGKA RAYA"): short forms go in `aliases`, as in the gold."""
        forms: list[str] = []
        for m in self.found:
            if m.entity == entity.entity and m.text != entity.normalized and m.text not in forms:
                forms.append(m.text)
        return forms

    def _acronym(self, entity: str | None) -> str | None:
        return next((m.acronym for m in self.found if m.entity == entity and m.acronym), None)

    def sentence_of(self, start: int) -> str:
        if not self.sentence_starts:
            return self.text
        k = bisect.bisect_right(self.sentence_starts, start) - 1
        begin = self.sentence_starts[max(k, 0)]
        end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        return self.text[begin:end].strip()

    @property
    def mentions(self) -> list[dict[str, Any]]:
        """Rows of the MENTIONS table minus article_id / entity_id / portal / province / month."""
        rows = []
        for m in self.found:
            if m.entity is None:
                continue
            rows.append(
                {
                    "type": m.type,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "sentence": self.sentence_of(m.start),
                    "normalized": m.normalized,
                    "role": m.role,
                    "jurisdiction": m.jurisdiction,
                    "kind": m.kind,
                    "code": m.code,
                    "acronym": m.acronym,
                    "extractor": self.extractor,
                }
            )
        return rows
