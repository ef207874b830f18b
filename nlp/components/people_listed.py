"""A government body standing for its official in an attendance list: "turut hadir Sekdin DPMD
Budi, Kesbangpol Amri, Kominfo Rojali." The body's name, then the name, then the list goes on or the
sentence ends. A mixin of PeopleFinder (nlp.components.people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp import gazetteer
from nlp.lexicons.organisations import GOV
from nlp.mention import OFFICIAL, Mention
from nlp.names import NameMatch, parse_name
from nlp.titles import office_at
from nlp.words import Word

# what goes before a list item: the list's separators and the verbs that open an attendance list
_ITEM_BEFORE = frozenset({",", ";", "dan", "hadir", "dihadiri", "oleh"})
# what ends a list item: the next item or the sentence's end
_ITEM_AFTER = frozenset({",", ";", ".", "dan", "serta"})


class ListedBodies:
    """Needs PeopleFinder's words, text, organisations and bookkeeping."""

    ws: list[Word]
    text: str
    orgs: dict[int, Mention]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def _org_end(self, m: Mention) -> int: ...

        def _add(self, mention: Mention, first: int, end: int) -> None: ...

        def _claimed(self, name: NameMatch) -> bool: ...

    def body_then_name(self, i: int) -> int | None:
        """The end of "Kesbangpol Amri," read as an official, else None."""
        ws, org = self.ws, self.orgs.get(i)
        if org is None or org.kind != GOV or i == 0 or ws[i - 1].text not in _ITEM_BEFORE:
            return None
        k = self._org_end(org)
        if k >= len(ws) or not ws[k].is_title or office_at(ws, k) or k in self.orgs:
            return None
        name = parse_name(ws, k)
        if (
            name is None
            or name.start != k
            or name.end >= len(ws)
            or ws[name.end].text not in _ITEM_AFTER
            or self._claimed(name)
            or gazetteer.lookup(name.name)
            or any(c.isdigit() for c in name.name)  # "Rp125.000": an amount, not a name
        ):
            return None
        start, end = ws[name.start].start, ws[name.end - 1].end
        mention = Mention(
            OFFICIAL, start, end, self.text[start:end], name.name, role=org.text, jurisdiction=None
        )
        self._add(mention, name.start, name.end)
        return name.end
