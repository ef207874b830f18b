"""People found without an office title written first: lower-case titles ("camat kabanjahe,"),
a title after a name ("Rinaldi, anggota ..."), one holder of two titles and an apposition after a
common noun ("Seorang warga, Nyoman Sutama,"); names with no title at all are in the base,
nlp.components.people_names. A mixin of PeopleFinder (nlp.components.people)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from nlp import gazetteer
from nlp.components.people_names import NamesWithoutTitle
from nlp.lexicons.offices import CLOSED_OFFICES, PUBLIC_HEADS, PUBLIC_UNIT_WORDS
from nlp.mention import PERSON, Mention
from nlp.names import NameMatch, ends_clause, parse_name, parse_name_before
from nlp.regionspan import RegionSpan, region_at
from nlp.roles import LOWER_ROLES, Role
from nlp.titles import TitleMatch, office_at
from nlp.words import Word

# first words of offices with a jurisdiction, in lower case ("camat", "bupati", "kepala")
_RC = ("province", "regency", "city")
LOWER_TITLE_STARTS = frozenset(o.title.split()[0].lower() for o in CLOSED_OFFICES if o.levels)


@cache
def _lower_public_units() -> dict[str, str]:
    """Public unit words in lower case -> as usually written ("kesbangpol" -> "Kesbangpol")."""
    return {w.lower(): w for w in PUBLIC_UNIT_WORDS if w.lower() not in LOWER_ROLES}


class UntitledPeople(NamesWithoutTitle):
    """Needs PeopleFinder's words, text and bookkeeping; the declarations below are for the type checker only."""

    ws: list[Word]
    text: str
    orgs: dict[int, Mention]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def _org_ending_at(self, comma: int) -> Mention | None: ...

        def titled(self, title: TitleMatch) -> int: ...

        def record(
            self, title: TitleMatch, role: Role, name: NameMatch | None, end: int
        ) -> None: ...

        def role_after(self, title: TitleMatch) -> tuple[Role, int]: ...

        def name_after(self, j: int, role: Role) -> tuple[NameMatch | None, int]: ...

        def name_before(self, start: int) -> NameMatch | None: ...

    def double_titled(self, title: TitleMatch, role: Role, second: TitleMatch) -> int:
        """ "Bupati Pringsewu selaku Ketua Majelis ..., H. Sujadi": one holder of two titles,
        recorded under the public office when there is one."""
        role2, j = self.role_after(second)
        name, after = self.name_after(self._skip_aside(j), role2)
        if name is None or not role2.words:
            self.record(title, role, None, second.start)
            return second.start
        first, kept = (title, role) if role.public or not role2.public else (second, role2)
        self.record(first._replace(start=title.start), kept, name, after)
        return after

    def _skip_aside(self, j: int) -> int:
        """ "Bupati Kupang, Nusa Tenggara Timur, Yosef" / "Anggota DPRD dari Fraksi Golkar, Rina":
        an aside between the role and the comma before the name."""
        ws = self.ws
        if j + 1 < len(ws) and ws[j].text == ",":
            province = region_at(ws, j + 1, ("province",))
            if province and province.end < len(ws) and ws[province.end].text == ",":
                return province.end
        if j + 2 < len(ws) and ws[j].text == "dari" and ws[j + 1].text == "Fraksi":
            k = j + 2
            while k < min(j + 7, len(ws)) and ws[k].text != ",":
                k += 1
            return k if k < len(ws) and ws[k].text == "," else j
        return j

    def lower_titled(self, i: int) -> int | None:
        """ "camat kabanjahe, Sastra Tarigan": an office and region written in lower case, then a
        comma and a name. Only this strict shape: lower-case titles are usually generic ("para camat")."""
        ws, title = self.ws, office_at(self.ws, i, any_case=True)
        if title is not None and title.office is None:
            return self._lower_public_unit(title)
        if title is None or title.office is None or not title.office.levels:
            return None
        j = title.end
        shadow = [
            Word(w.text.capitalize() if w.is_lower else w.text, w.start, w.end)
            for w in ws[j : j + gazetteer.MAX_WORDS + 1]
        ]  # the region as if capitalised
        found = region_at(shadow, 0, title.office.levels) if shadow else None
        if found is None or j + found.end >= len(ws) or ws[j + found.end].text not in {",", "."}:
            return None
        name = parse_name(ws, j + found.end + 1) if ws[j + found.end].text == "," else None
        if name is None or not ends_clause(ws, name.end) or self._claimed(name):
            name = self.name_before(i) if i > 0 else None  # "Sastra Tarigan, camat kabanjahe,"
            if name is None:
                return None
        region = RegionSpan(
            j + found.start, j + found.end, found.candidates, found.prefixed, found.prefix_levels
        )
        office = title.office
        upper = TitleMatch(i, j, office.title, office, False)
        self.record(upper, Role([office.title], region, office.public, office.unit), name, name.end)
        return name.end

    def _lower_public_unit(self, title: TitleMatch) -> int | None:
        """ "kepala kesbangpol karo, Robinson ...": an open head and a public unit in lower case,
        a region, a comma and a name; the same strict shape as lower-case closed offices."""
        ws, j = self.ws, title.end
        units = _lower_public_units()
        k = j
        while k < min(j + 3, len(ws)) and ws[k].is_lower and ws[k].text in units:
            k += 1
        if k == j:
            return None
        shadow = [
            Word(w.text.capitalize(), w.start, w.end) for w in ws[k : k + gazetteer.MAX_WORDS + 1]
        ]
        found = region_at(shadow, 0, _RC) if shadow else None
        if found is None or k + found.end >= len(ws) or ws[k + found.end].text != ",":
            return None
        name = parse_name(ws, k + found.end + 1)
        if name is None or not ends_clause(ws, name.end) or self._claimed(name):
            return None
        head = " ".join(part.capitalize() for part in title.text.split())
        region = RegionSpan(
            k + found.start, k + found.end, found.candidates, found.prefixed, found.prefix_levels
        )
        role = Role([head, *(units[w.text] for w in ws[j:k])], region, True)
        self.record(title._replace(text=head), role, name, name.end)
        return name.end

    def lower_after_name(self, i: int) -> int | None:
        """ "Rinaldi, anggota Komisi II DPRD Karo,": a lower-case title after a name, then its unit."""
        ws, title = self.ws, office_at(self.ws, i, any_case=True)
        if (
            title is None
            or title.end >= len(ws)
            or not (ws[title.end].is_title or ws[title.end].is_upper)
        ):
            return None
        if parse_name_before(ws, i - 1 if ws[i - 1].text == "," else i) is None:
            return None
        text = " ".join(part.capitalize() for part in title.text.split())
        if title.office is not None or title.end in self.orgs:
            return self.titled(title._replace(text=text))
        end = title.end  # "Hasan, pengasuh Dayah Darul Huda,": the unit runs to the comma
        while end < len(ws) and end - title.end < 8 and (ws[end].is_title or ws[end].is_upper):
            end += 1
        name = self.name_before(i)
        if name is None or end >= len(ws) or ws[end].text not in {",", "."}:
            return None
        unit = [w.text for w in ws[title.end : end]]
        public = text in PUBLIC_HEADS or any(u in PUBLIC_UNIT_WORDS for u in unit)
        region = (
            next(
                (r for s in range(title.end, end) if (r := region_at(ws, s, _RC)) and r.end == end),
                None,
            )
            if public
            else None
        )
        if region is not None:
            unit = [w.text for w in ws[title.end : region.start]]
        self.record(title._replace(text=text), Role([text, *unit], region, public), name, end)
        return end

    def apposition(self, comma: int) -> None:
        """ "Seorang warga, Nyoman Sutama, mengaku": a full name between commas after a common noun."""
        ws = self.ws
        before = ws[comma - 1]
        if not (before.is_lower or (comma > 1 and before.is_title and ws[comma - 2].is_lower)):
            return
        name = parse_name(ws, comma + 1)
        if name is None or name.words < 2 or name.end + 1 >= len(ws) or ws[name.end].text != ",":
            return
        if (
            not ws[name.end + 1].is_lower
            or self._claimed(name)
            or self._in_org(comma + 1)
            or office_at(ws, comma + 1)
            or gazetteer.lookup(name.name)
            or self._role_follows(name.end)
        ):
            return
        start, end = ws[name.start].start, ws[name.end - 1].end
        self._add(
            Mention(PERSON, start, end, self.text[start:end], name.name), name.start, name.end
        )
