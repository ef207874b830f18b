"""People found without an office title written first: lower-case titles ("camat kabanjahe,"),
names after speech verbs ("kata Tatu"), honorific-marked names ("Tgk. Ahmad ..."), tentative bare
names, and speakers listed with their body. A mixin of PeopleFinder (nlp.components.people)."""

from __future__ import annotations

from functools import cache

from nlp import gazetteer
from nlp.components.people_shapes import lower_head_title
from nlp.lexicons.degrees_ranks import RANKS
from nlp.lexicons.name_contexts import NAMED_AFTER_SOMEONE, PERSON_DESCRIPTORS
from nlp.lexicons.offices import CLOSED_OFFICES, PUBLIC_HEADS, PUBLIC_UNIT_WORDS
from nlp.lexicons.organisations import VENUE_WORDS
from nlp.lexicons.people import ROLE_HONORIFICS, SINGLE_NAME_HONORIFICS
from nlp.lexicons.person_verbs import AGENT_VERBS, CREDIT_LABELS, REPRESENT_VERBS
from nlp.mention import OFFICIAL, PERSON, Mention
from nlp.names import NameMatch, ends_clause, parse_name, parse_name_before
from nlp.regionspan import RegionSpan, region_at
from nlp.roles import LOWER_ROLES, SAY_BEFORE, Role
from nlp.titles import TitleMatch, office_at
from nlp.words import Word

# first words of offices with a jurisdiction, in lower case ("camat", "bupati", "kepala")
_RC = ("province", "regency", "city")
LOWER_TITLE_STARTS = frozenset(o.title.split()[0].lower() for o in CLOSED_OFFICES if o.levels)


@cache
def _lower_public_units() -> dict[str, str]:
    """Public unit words in lower case -> as usually written ("kesbangpol" -> "Kesbangpol")."""
    return {w.lower(): w for w in PUBLIC_UNIT_WORDS if w.lower() not in LOWER_ROLES}


class UntitledPeople:
    """Needs PeopleFinder's words, text and bookkeeping; the stubs below are overridden there."""

    ws: list[Word]
    text: str
    orgs: dict[int, Mention]
    bare_refs: dict[int, tuple[int, Mention]]

    def _add(self, mention: Mention, first: int, end: int) -> None:
        raise NotImplementedError

    def _claimed(self, name: NameMatch) -> bool:
        raise NotImplementedError

    def _in_org(self, i: int) -> bool:
        raise NotImplementedError

    def _org_ending_at(self, comma: int) -> Mention | None:
        raise NotImplementedError

    def titled(self, title: TitleMatch) -> int:
        raise NotImplementedError

    def _unit_head(self, k: int) -> tuple[str, str] | None:
        raise NotImplementedError

    def record(self, title: TitleMatch, role: Role, name: NameMatch | None, end: int) -> None:
        raise NotImplementedError

    def role_after(self, title: TitleMatch) -> tuple[Role, int]:
        raise NotImplementedError

    def name_after(self, j: int, role: Role) -> tuple[NameMatch | None, int]:
        raise NotImplementedError

    def name_before(self, start: int) -> NameMatch | None:
        raise NotImplementedError

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

    def _role_follows(self, k: int) -> bool:
        """ "H. Rudi selaku Bupati Karo": the name belongs to the office written after it."""
        ws = self.ws
        return (
            k + 1 < len(ws)
            and (ws[k].text in SAY_BEFORE or ws[k].text == ",")
            and office_at(ws, k + 1) is not None
        )

    # --- names without a title -----------------------------------------------------------------
    def spoken(self, k: int) -> None:
        ws = self.ws
        if office_at(ws, k) or self._in_org(k):
            return
        name = parse_name(ws, k)
        if name is None or self._claimed(name) or self._credit(k) or self._role_follows(name.end):
            return
        if name.end + 1 < len(ws) and (
            (
                ws[k - 1].text in AGENT_VERBS
                and (
                    ws[name.end].text in SAY_BEFORE
                    or (ws[name.end].text == "," and ws[name.end + 1].is_lower)
                )
            )
            or (ws[name.end].text == "," and lower_head_title(ws, name.end + 1) is not None)
        ):
            return  # "... Hasan, pengasuh Dayah ...", "ungkap Made, anggota DPRD": the role rules
        role = self._represented(k - 1) if ws[k - 1].text in REPRESENT_VERBS else None
        if role is None:
            return  # a bare name after a verb of saying: 6 tp, 24 fp on dev ("Mas Abu", "Kanit Intel")
        start, end = ws[name.start].start, ws[name.end - 1].end
        public = self._public_title(role)  # "Kepala Kesbangpol diwakili Budi": staff of the office
        self._add(
            Mention(
                OFFICIAL if public else PERSON,
                start,
                end,
                self.text[start:end],
                name.name,
                role=f"Perwakilan {role}" if public else role,
                reference=not public,
            ),
            name.start,
            name.end,
        )

    @staticmethod
    def _public_title(role: str) -> bool:
        """Whether the words a representative stands for are a public office ("Kepala Kesbangpol
        Jateng", "Danlanal"): the one standing in is then staff of that office, an official."""
        words = role.split()
        title = office_at([Word(w, 0, 0) for w in words], 0)
        if title is None:
            return False
        if title.office is not None:
            return title.office.public
        return title.text in PUBLIC_HEADS or any(w in PUBLIC_UNIT_WORDS for w in words[title.end :])

    def _represented(self, verb: int) -> str | None:
        """ "Moderamen GBKP diwakili Pdt. ...", "MDA Buleleng yang diwakili ...": the body written
        before the verb is what the person stands for (its bracketed acronym left out)."""
        ws, k = self.ws, verb - 1
        k -= 1 if k >= 0 and ws[k].text == "yang" else 0
        first = k + 1
        while (
            first - 1 >= 0
            and k - first < 8
            and (
                ws[first - 1].is_title
                or ws[first - 1].is_upper
                or ws[first - 1].text in {"(", ")", "dan"}
            )
        ):
            first -= 1
        words = [w.text for w in ws[first : k + 1]]
        if "(" in words and ")" in words:
            words = words[: words.index("(")] + words[words.index(")") + 1 :]
        return " ".join(words) or None

    def bare(self, k: int) -> None:
        """A capitalised name before a lower-case word ("Tatu meminta"): kept only if it resolves."""
        ws = self.ws
        if office_at(ws, k) or self._in_org(k):
            return
        name = parse_name(ws, k)
        if name is None or name.end + 1 >= len(ws) or self._claimed(name):
            return
        start, end = ws[name.start].start, ws[name.end - 1].end
        if (
            name.words >= 2
            and ws[name.end].text == ","
            and ws[name.end + 1].text in PERSON_DESCRIPTORS
        ):
            self._add(
                Mention(PERSON, start, end, self.text[start:end], name.name), name.start, name.end
            )
            return  # "Yohana Tan Sui Lan, pemilik toko, ...": a person described after the name
        if not ws[name.end].is_lower:
            return
        if (
            name.words >= 2
            and name.end + 1 < len(ws)
            and ws[name.end].text in SAY_BEFORE
            and ws[name.end + 1].text in LOWER_ROLES
        ):  # "Rizki Maulana sebagai ketua"
            role = ws[name.end + 1].text.capitalize()
            self._add(
                Mention(PERSON, start, end, self.text[start:end], name.name, role=role),
                name.start,
                name.end,
            )
            return
        self.bare_refs[name.start] = (
            name.end,
            Mention(
                PERSON, start, end, self.text[start:end], name.name, reference=True, flags=["bare"]
            ),
        )

    def marked(self, k: int) -> int:
        """ "Pendeta Markus Simanjuntak dari ...": an honorific marks a person without an office."""
        ws = self.ws
        name = parse_name(ws, k)
        ranked = (
            ws[k].text in RANKS
        )  # police and military officers are officials ("Irjen Pol Midi")
        single = (
            ranked or ws[k].text.rstrip(".") in SINGLE_NAME_HONORIFICS
        )  # "Kiai Hisyam", "Ustadz Malisi"
        if (
            name is None
            or not name.prefixed
            or (name.words < 2 and not single)
            or self._claimed(name)
            or self._credit(k)
            or (k > 0 and ws[k - 1].text in NAMED_AFTER_SOMEONE | VENUE_WORDS)
        ):
            return k + 1
        start, end = ws[name.start].start, ws[name.end - 1].end
        if (head := self._unit_head(k)) is not None:  # "Rombongan Kejari Dr. Maryadi ..."
            self._add(
                Mention(
                    OFFICIAL,
                    start,
                    end,
                    self.text[start:end],
                    name.name,
                    role=head[0],
                    jurisdiction=head[1],
                ),
                name.start,
                name.end,
            )
            return name.end
        if self._role_follows(name.end):
            return name.start + 1
        if ranked:  # no role: a rank is not an office ("Mayor" is no mayor)
            self._add(
                Mention(OFFICIAL, start, end, self.text[start:end], name.name), name.start, name.end
            )
            return name.end
        # with no other role, a religious honorific says what the person is ("Kiai Hisyam": a kiai)
        role = ROLE_HONORIFICS.get(ws[k].text.rstrip("."))
        self._add(
            Mention(PERSON, start, end, self.text[start:end], name.name, role=role),
            name.start,
            name.end,
        )
        return name.end

    def formed(self, k: int, forming: int) -> int:
        """ "La Ode Muhammad Saleh menghadiri ...": a name-forming start marks a person by itself."""
        ws = self.ws
        name = parse_name(ws, k)
        if (
            name is None
            or name.words <= forming
            or self._claimed(name)
            or self._credit(k)
            or self._role_follows(name.end)
        ):
            return k + 1
        start, end = ws[name.start].start, ws[name.end - 1].end
        self._add(
            Mention(PERSON, start, end, self.text[start:end], name.name), name.start, name.end
        )
        return name.end

    def nickname_end(self, k: int) -> int:
        """ "akrab disapa Kapolres Anis": a nickname (even with a title) names no new person; skip it."""
        ws, end = self.ws, k
        while end < len(ws) and end - k < 4 and (ws[end].is_title or ws[end].is_upper):
            end += 1
        return max(end, k)

    def _credit(self, k: int) -> bool:
        return k >= 2 and self.ws[k - 1].text == ":" and self.ws[k - 2].text in CREDIT_LABELS
