"""People found title first: a title with its unit and jurisdiction, then a name (or a name
written before it, ", <title>" / "selaku <title>"), recorded as an official or a person. The base
of PeopleFinder (nlp.components.people), over its other mixins."""

from __future__ import annotations

from nlp import gazetteer
from nlp.choose import choose
from nlp.components.people_led import CivilHeads
from nlp.components.people_pairs import OfficePairs, deputy_after
from nlp.components.people_roles import RoleReader
from nlp.components.people_shapes import after_term, named_thing, short_region
from nlp.components.people_untitled import UntitledPeople
from nlp.lexicons.name_contexts import ATTENDANCE_WORDS
from nlp.lexicons.person_verbs import ATTRIBUTION_OPENERS
from nlp.lexicons.role_unit_words import FORMER, ROLE_QUALIFIERS
from nlp.mention import OFFICIAL, PERSON, Mention
from nlp.names import (
    NameMatch,
    ends_clause,
    honorific_len,
    is_name_word,
    parse_name,
    parse_name_before,
)
from nlp.roles import DOUBLE_TITLE_JOINS, SAY_BEFORE, Role, without_parent_unit
from nlp.titles import TitleMatch, office_at
from nlp.words import join

_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "–", "-", ":"})
_BARE_LEVELS = frozenset({"Provinsi", "Kabupaten", "Kota", "RI"})
_LEVEL_WORDS = frozenset({"Provinsi", "Kabupaten", "Kota", "Kab.", "Prov.", "Kec.", "Kecamatan"})


class TitledPeople(RoleReader, UntitledPeople, CivilHeads, OfficePairs):
    """Needs PeopleFinder's words, text and bookkeeping (declared by its mixins) and its province."""

    province: str | None

    # --- title first -------------------------------------------------------------------------
    def titled(self, title: TitleMatch) -> int:
        if (second := deputy_after(self.ws, title)) and (after := self.pair_titled(title, second)):
            return after  # "Bupati dan Wakil Bupati X, A dan B"
        role, j = self.role_after(title)
        ws = self.ws
        if title.office is not None and title.office.needs_place and role.region is None:
            return title.end  # "penghulu" of a KUA, not a village head
        j = after_term(ws, j) if role.words else j
        if (
            role.words
            and j + 1 < len(ws)
            and ws[j].text in ROLE_QUALIFIERS
            and ws[j + 1].text == ","
        ):
            role.words.append(ws[j].text)
            j += 1
        elif (
            role.words and j < len(ws) and ws[j].text == "yang"
        ):  # "... Gowa yang baru dilantik, Muh. ..."
            k = j + 1
            while k < min(j + 5, len(ws)) and ws[k].is_lower:
                k += 1
            if k < len(ws) and ws[k].text == ",":
                j = k
        j = self._skip_aside(j) if role.words else j
        if (
            role.words
            and j + 1 < len(self.ws)
            and self.ws[j].text in DOUBLE_TITLE_JOINS
            and (second := office_at(self.ws, j + 1)) is not None
        ):
            return self.double_titled(title, role, second)
        name, after = self.name_after(j, role)
        if name is None and title.start > 0:
            name = self.name_before(title.start, closed=title.office is not None)
            after = j
        self.record(title, role, name, max(after, j))
        return max(after, j, title.start + 1)

    def name_after(self, j: int, role: Role) -> tuple[NameMatch | None, int]:
        ws = self.ws
        if (
            j + 1 < len(ws)
            and ws[j].text in _BARE_LEVELS
            and (honorific_len(ws, j + 1) or (ws[j].text == "RI" and is_name_word(ws[j + 1])))
        ):
            j += 1  # "Wakil Ketua DPRD Provinsi Dr. Hj. Suraidah", "Presiden RI Joko": no region written
        if (
            j + 3 < len(ws)
            and ws[j].text == "("
            and (ws[j + 1].is_upper or (role.region is not None and ws[j + 1].is_title))
            and ws[j + 2].text == ")"
        ):
            j += 3  # "Bupati Hulu Sungai Tengah (HST) H A Chairansyah", "Gubernur ... (Babel), Rustam"
        elif (
            j + 2 < len(ws)
            and ws[j].text in _LEVEL_WORDS
            and ws[j + 1].is_title
            and ws[j + 2].text == ","
        ):
            j += 2  # "Sekretaris Daerah Kab. MBD, Drs. A. Siamiloy": a region the gazetteer lacks
        if (
            role.public
            and role.region is None
            and (short := short_region(ws, j)) is not None
            and not self._claimed(short)
        ):
            return short, short.end
        if j < len(ws) and ws[j].text == ",":
            name = parse_name(ws, j + 1)
            if name and ends_clause(ws, name.end) and not self._claimed(name):
                return name, name.end
            return None, j
        if j + 1 < len(ws) and ws[j].text == "(":  # "Kapolres Tanggamus (AKBP Siswara, S.I.K.)"
            name = parse_name(ws, j + 1)
            if (
                name
                and name.end < len(ws)
                and ws[name.end].text == ")"
                and not self._claimed(name)
                and not gazetteer.lookup(name.name)
            ):
                return name, name.end + 1
            return None, j
        if j < len(ws) and (ws[j].is_title or ws[j].text in {"H.", "Hj.", "dr.", "dr"}):
            name = parse_name(ws, j)
            if name and not self._claimed(name):
                return name, name.end
        return None, j

    def name_before(self, start: int, *, closed: bool = False) -> NameMatch | None:
        """The name written before a title; with no comma or "selaku" between, only a name opening
        the sentence, or listed as attending before a closed office ("hadir pula Rudi Hartono
        Kakankemenag Kota X")."""
        ws = self.ws
        k = start
        if ws[k - 1].text.lower() in SAY_BEFORE:
            k -= 1
        elif ws[k - 1].text == ",":
            pass
        elif ws[k - 1].text == "(" and k >= 2 and (ws[k - 2].is_title or ws[k - 2].text == ","):
            k -= 1  # "Bayu Laksmono (Kabid Kesbang ...)", "Budi, SIk, (Kapolres ...)": the office after
        else:  # "Yunikson Penyami Camat Pamona Utara dalam ...": a name opening the sentence
            name = parse_name_before(ws, k)
            opens = name is not None and (
                name.start == 0
                or ws[name.start - 1].text in _SENTENCE_ENDS
                or (closed and ws[name.start - 1].text.lower() in ATTENDANCE_WORDS)
            )
            if name is None or not opens or name.words < 2 or gazetteer.lookup(name.name):
                return None
            return None if self._claimed(name) else name
        name = parse_name_before(ws, k)
        if name is None or self._claimed(name) or named_thing(ws, name.start):
            return None
        if ws[k - 1].text == "," and ws[name.start - 1].text.lower() in ATTRIBUTION_OPENERS:
            return None  # "Menurut Rudi, Bupati X berharap ...": the office opens a new clause
        return name

    def record(self, title: TitleMatch, role: Role, name: NameMatch | None, end: int) -> None:
        if not role.words:
            return
        if name is not None and name.words == 1 and gazetteer.lookup(name.name):
            end = min(end, name.start)  # "Ketua MUI Pandeglang": a region, not a name
            name = None
        if name is not None and name.words == 1 and name.end == len(self.ws):
            end = min(
                end, name.start
            )  # "... Gubernur K" cut by the excerpt's end: a word cut short
            name = None
        ws = self.ws
        picked = choose(role.region.candidates, province=self.province) if role.region else None
        jurisdiction = None
        if picked is not None:
            written = " ".join(w.text for w in ws[role.region.start : role.region.end])  # type: ignore[union-attr]
            jurisdiction = f"{role.unit} {written}" if role.unit else picked.jurisdiction
        if role.written:
            jurisdiction = role.written
        first = min(title.start, name.start) if name else title.start
        last = max(end, name.end if name else end) - 1
        kind = OFFICIAL if role.public else PERSON
        if role.public:
            role.words = without_parent_unit(role.words)
        written_role = join(role.words)
        if name is not None and title.start > 0 and ws[title.start - 1].text.lower() in FORMER:
            kind = PERSON  # "Mantan Anggota DPRD X Budi": out of office, a person now
            written_role = f"{ws[title.start - 1].text} {written_role}"
        self._add(
            Mention(
                kind,
                ws[first].start,
                ws[last].end,
                self.text[ws[first].start : ws[last].end],
                name.name if name else join(role.words),
                role=written_role,
                jurisdiction=jurisdiction,
                code=picked.code if picked else None,
                reference=name is None,
            ),
            first,
            last + 1,
        )
