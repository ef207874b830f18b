"""A head and deputy office written as a pair, then their two names: "Bupati dan Wakil Bupati
Bintan H. Apri, S.Sos dan Roby Kurniawan", "Gubernur dan Wakil Gubernur Sulbar, Suhardi Duka dan
Wagub Salim", "Bupati dan Wakil Bupati Jayawijaya Atenius Murib-Ronny Elopere". The first name
holds the head's office, the second the deputy's; the region written once serves both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.names import NameMatch, parse_name
from nlp.roles import Role
from nlp.titles import TitleMatch, office_at, role_key
from nlp.words import Word

_PAIR_JOINS = frozenset({"dan", "&", "-", "–", "serta"})


def deputy_after(ws: list[Word], head: TitleMatch) -> TitleMatch | None:
    """ "Bupati dan Wakil Bupati": the deputy's office right after the head's and "dan"."""
    j = head.end
    if head.office is None or j + 1 >= len(ws) or ws[j].text != "dan":
        return None
    second = office_at(ws, j + 1)
    if second is None or second.office is None:
        return None
    return second if role_key(second.text) == f"wakil {role_key(head.text)}" else None


def split_pair(ws: list[Word], name: NameMatch) -> tuple[NameMatch, NameMatch | None]:
    """ "Atenius Murib-Ronny Elopere": two names of two words or more joined by a dash inside a
    word; both keep the dashed word in their span."""
    for h in range(name.start + 1, name.end - 1):
        left, dash, right = ws[h].text.partition("-")
        if not dash or not left[:1].isupper() or not right[:1].isupper():
            continue
        before, rest = parse_name(ws[:h], name.start), parse_name(ws, h + 1)
        if before is None or rest is None or before.end != h:
            return name, None
        return (
            NameMatch(name.start, h + 1, f"{before.name} {left}", before.words + 1, name.prefixed),
            NameMatch(h, rest.end, f"{right} {rest.name}", rest.words + 1, False),
        )
    return name, None


class OfficePairs:
    """Needs PeopleFinder's words and readers; the declarations below are for the type checker only."""

    ws: list[Word]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def role_after(self, title: TitleMatch) -> tuple[Role, int]: ...

        def name_after(self, j: int, role: Role) -> tuple[NameMatch | None, int]: ...

        def record(
            self, title: TitleMatch, role: Role, name: NameMatch | None, end: int
        ) -> None: ...

    def pair_titled(self, head: TitleMatch, deputy: TitleMatch) -> int | None:
        """Both holders of a head-and-deputy pair; None when no two names follow."""
        ws = self.ws
        role, j = self.role_after(deputy)
        first, after = self.name_after(j, role)
        if first is None:
            return None
        first, second = split_pair(ws, first)
        end = max(after, first.end)
        if second is None:
            k = after if after > first.end else first.end
            if k + 1 < len(ws) and ws[k].text in _PAIR_JOINS:
                deputy_title = office_at(ws, k + 1)
                if (
                    deputy_title is not None
                ):  # "Suhardi Duka dan Wagub Salim": its own rule reads it
                    self.record(head, Role([head.text], role.region, True, role.unit), first, end)
                    return k + 1
                second = parse_name(ws, k + 1)
        if second is None:
            return None
        self.record(head, Role([head.text], role.region, True, role.unit), first, first.end)
        self.record(deputy, role, second, max(end, second.end))
        return max(end, second.end)
