"""A mention found by a component; mentions of one entity share an `entity` key after linking."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: this record module stays free of the lexicons nlp.words loads
    from nlp.words import Word

OFFICIAL, PERSON, ORG, PLACE, DATE = "OFFICIAL", "PERSON", "ORG", "PLACE", "DATE"
# an organisation written only inside someone's office ("Fraksi PAN"): it bounds the role and
# the places around it, but the linker gives it no entity, so it is never listed nor stored
OFFICE_ONLY = "office_only"


@dataclass
class Mention:
    type: str
    start: int
    end: int
    text: str
    normalized: str
    role: str | None = None
    jurisdiction: str | None = None
    kind: str | None = None  # org kind or place level
    code: str | None = None
    acronym: str | None = None
    flags: list[str] = field(default_factory=list)
    entity: str | None = None  # linking key, set by the linker
    reference: bool = False  # a short reference ("Tatu", "Sekda") to be resolved
    core: str | None = None  # an organisation's name without its region, for linking

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass
class DocState:
    """What the components share on one Doc (stored in `doc._.pantau`)."""

    text: str = ""  # the doc's text, kept once: spaCy rebuilds doc.text on every access
    published: object = None  # datetime.date | None
    province: str | None = None
    page_year: int | None = None  # the year of the page's url ("/2023/"), when it gives no day
    words: list[Word] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def claimed(self, start: int, end: int, types: tuple[str, ...] = ()) -> bool:
        """Whether [start, end) overlaps a mention (tentative bare-name references do not count)."""
        return any(
            m.overlaps(start, end) and (not types or m.type in types) and "bare" not in m.flags
            for m in self.mentions
        )

    def covered_words(self, types: tuple[str, ...], words: list[Word] | None = None) -> set[int]:
        """Indices of words (of `words`, by default the doc's) inside a (non-tentative) mention of `types`."""
        import bisect

        starts = [w.start for w in (self.words if words is None else words)]
        covered: set[int] = set()
        for m in self.mentions:
            if m.type in types and "bare" not in m.flags:
                k = bisect.bisect_left(starts, m.start)
                while k < len(starts) and starts[k] < m.end:
                    covered.add(k)
                    k += 1
        return covered

    def of_type(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == kind]
