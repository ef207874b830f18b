"""A speaker listed after the body they represent ("PPSW Pasoendan, Ratu ...", "Kejari Minahasa,
Rakhmat ..."), and a command unit standing for its head. The base of RoleReader
(nlp.components.people_roles), a mixin of PeopleFinder (nlp.components.people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.components.role_units import UnitReader, government_member
from nlp.lexicons.offices import UNIT_HEAD_TITLES
from nlp.mention import OFFICIAL, PERSON, Mention
from nlp.names import NameMatch, ends_clause, parse_name
from nlp.titles import office_at
from nlp.words import Word


class BodiesBeforeNames(UnitReader):
    """Needs PeopleFinder's words, text and bookkeeping; the declarations below are for the type checker only."""

    ws: list[Word]
    text: str

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def _org_ending_at(self, comma: int) -> Mention | None: ...

        def _add(self, mention: Mention, first: int, end: int) -> None: ...

        def _claimed(self, name: NameMatch) -> bool: ...

    def org_then_name(self, comma: int) -> None:
        """ "PPSW Pasoendan, Ratu Viva Saptarina;": a speaker listed with the body they represent."""
        ws, org = self.ws, self._org_ending_at(comma)
        name = parse_name(ws, comma + 1)
        if org is None or name is None or self._claimed(name) or office_at(ws, comma + 1):
            return
        if not (name.prefixed or name.words >= 2) or not (
            ends_clause(ws, name.end) or ws[name.end].text == "dan"
        ):
            return
        start, end = ws[name.start].start, ws[name.end - 1].end
        head = (
            self._unit_head(comma + 1)
            or self._office_of_region_body(org)
            or government_member(ws, comma + 1, org)
        )
        self._add(
            Mention(
                OFFICIAL if head else PERSON,
                start,
                end,
                self.text[start:end],
                name.name,
                role=(head[0] or None) if head else org.text,
                jurisdiction=head[1] if head else None,
            ),
            name.start,
            name.end,
        )

    def _unit_head(self, k: int) -> tuple[str, str] | None:
        """(office, unit) when the words before k are a command unit standing for its head."""
        org = self._org_ending_at(k - 1 if self.ws[k - 1].text == "," else k)
        title = UNIT_HEAD_TITLES.get(org.normalized.split()[0]) if org is not None else None
        return (title, org.normalized) if title and org is not None else None
