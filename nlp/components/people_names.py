"""People found by their name alone, with no office title: names after speech and agent verbs
("diwakili Pdt. ..."), honorific-marked names ("Pendeta Markus ..."), name-forming starts
("La Ode ..."), tentative bare names and credits. The base of UntitledPeople
(nlp.components.people_untitled), a mixin of PeopleFinder (nlp.components.people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.components.people_shapes import lower_head_title
from nlp.lexicons.degrees_ranks import RANKS
from nlp.lexicons.name_contexts import NAMED_AFTER_SOMEONE, PERSON_DESCRIPTORS
from nlp.lexicons.offices import PUBLIC_HEADS, PUBLIC_UNIT_WORDS
from nlp.lexicons.organisations import VENUE_WORDS
from nlp.lexicons.people import ROLE_HONORIFICS, SINGLE_NAME_HONORIFICS
from nlp.lexicons.person_verbs import AGENT_VERBS, CREDIT_LABELS, REPRESENT_VERBS
from nlp.mention import OFFICIAL, PERSON, Mention
from nlp.names import NameMatch, parse_name
from nlp.roles import LOWER_ROLES, SAY_BEFORE
from nlp.titles import office_at
from nlp.words import Word


class NamesWithoutTitle:
    """Needs PeopleFinder's words, text and bookkeeping; the declarations below are for the type checker only
    (the unit head by RoleReader)."""

    ws: list[Word]
    text: str
    bare_refs: dict[int, tuple[int, Mention]]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def _add(self, mention: Mention, first: int, end: int) -> None: ...

        def _claimed(self, name: NameMatch) -> bool: ...

        def _in_org(self, i: int) -> bool: ...

        def _unit_head(self, k: int) -> tuple[str, str] | None: ...

    def _role_follows(self, k: int) -> bool:
        """ "H. Rudi selaku Bupati Karo": the name belongs to the office written after it."""
        ws = self.ws
        if k + 2 < len(ws) and ws[k].text in {",", "("} and ws[k + 1].text == "(":
            k += 1  # "AKBP Yonas, SIK, (Kapolres Keerom)": the office in brackets
        return (
            k + 1 < len(ws)
            and (ws[k].text in SAY_BEFORE or ws[k].text in {",", "("})
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
