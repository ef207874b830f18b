"""Roles read from units and bodies: the unit run after an open head ("Kepala Dinas Kesehatan"), a
known body after a title ("Ketua FKUB Kota Bogor"); a body written before a name ("PPSW Pasoendan,
Ratu ...") is read by its base, nlp.components.people_bodies. A mixin of PeopleFinder
(nlp.components.people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp import gazetteer
from nlp.components.people_bodies import BodiesBeforeNames
from nlp.components.role_units import (
    customary,
    post_words,
    unit_number,
)
from nlp.lexicons.degrees_ranks import RANK_CORPS, RANKS
from nlp.lexicons.offices import PUBLIC_HEADS, PUBLIC_UNIT_WORDS
from nlp.lexicons.organisations import GOV, UNIT_FIELD_WORDS
from nlp.lexicons.people import HONORIFICS
from nlp.lexicons.role_unit_words import (
    CUSTOMARY_UNIT_WORDS,
    DIVISION_FIELD_WORDS,
    LEGISLATURE_PARTS,
    LOWER_UNIT_WORDS,
    UNIT_PART_WORDS,
)
from nlp.mention import Mention
from nlp.names import NameMatch, ends_clause, honorific_len, is_name_word, parse_name
from nlp.orgspans_fields import comma_list_ends
from nlp.regionspan import RegionSpan, region_at
from nlp.roles import ROMAN, Role, numbered_unit, unit_place, with_acronym
from nlp.titles import TitleMatch, office_at
from nlp.words import Word

_RC = ("province", "regency", "city")
# a division's fields listed with commas ("Kabid Ketahanan Ekososbud, Agama dan Ormas, Hary")
_FIELDS = UNIT_FIELD_WORDS | DIVISION_FIELD_WORDS
_REGION_ABBREVIATIONS = frozenset({"Kab.", "Kec.", "Prov.", "Kel."})  # "Ketua PN Kab. Tanggamus"


class RoleReader(BodiesBeforeNames):
    """Needs PeopleFinder's words and organisations; the declaration below is for the type checker only."""

    ws: list[Word]
    text: str
    orgs: dict[int, Mention]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def _org_end(self, m: Mention) -> int: ...

        def _org_ending_at(self, comma: int) -> Mention | None: ...

        def _add(self, mention: Mention, first: int, end: int) -> None: ...

        def _claimed(self, name: NameMatch) -> bool: ...

    def role_after(self, title: TitleMatch) -> tuple[Role, int]:
        ws, j = self.ws, title.end
        office = title.office
        if j + 2 < len(ws) and ws[j].text == "(":  # "Sekretaris Daerah (Sekda)", "... (Pj Sekda)"
            j = next((k + 1 for k in (j + 2, j + 3) if k < len(ws) and ws[k].text == ")"), j)
        if office is not None:
            if (
                office.unit and j < len(ws) and unit_number(ws, j)
            ):  # "Dandim 0909/Sangatta", "1313-01", "Pangdam XV/Pattimura"
                return numbered_unit(ws, title.end, title.text, office.unit, office.public)
            region = region_at(ws, j, office.levels) if office.levels and j < len(ws) else None
            if region is None and office.levels and j < len(ws):
                region = self._district_before_name(j)
            if office.unit and (place := unit_place(ws, j, region, office.unit)):
                return Role([title.text], None, office.public, office.unit, place[1]), place[0]
            return Role(
                [title.text], region, office.public, office.unit
            ), region.end if region else j
        if office is None and (short := self._closed_office_in_brackets(title)) is not None:
            return self.role_after(short)  # "Komandan Distrik Militer (Dandim) 1307 Poso ..."
        org = self.orgs.get(j)
        if org is not None and (
            self._title_in_brackets(j + 1) or self._title_in_brackets(self._org_end(org))
        ):
            org = None  # "Kepala Bagian (Kabag) Kesra": a unit of the office, not a body named
        if org is not None:
            return self.role_of_org(title, org)
        end = j
        while (
            end < len(ws)
            and ws[end].text not in RANKS
            and not self._bracketed_name(end)
            and not (ws[end].text == "dan" and end + 1 < len(ws) and office_at(ws, end + 1))
            and (
                self._unit_word(ws[end])
                or self._lower_unit_word(end)
                or ws[end].text in ROMAN
                or (ws[end].text == "," and comma_list_ends(ws, end, _FIELDS) > end)
            )
        ):
            end = comma_list_ends(ws, end, _FIELDS) if ws[end].text == "," else end + 1
        region = None
        for s in range(j, end):
            region = region_at(ws, s, _RC)
            if region:
                break
        apposition = (
            end < len(ws)
            and ws[end].text == ","
            and bool((after := parse_name(ws, end + 1)) and ends_clause(ws, after.end))
        )
        post_only = region is None and not apposition and self.post_only(j, end)
        if (
            apposition
        ):  # "Direktur LSM Perempuan Papua Bangkit, Selviana Yoku": all of it is the unit
            region = next(
                (
                    span
                    for s in range(j, end)
                    if (span := region_at(ws, s, _RC)) and span.end == end
                ),
                None,
            )
        if region:
            unit_end = region.start
            if not apposition and region.end < end:  # "... Provinsi Banten Muslih Amin"
                end = region.end
        elif post_only:  # "Wakil Ketua Saharuddin, Sekretaris Muhammad": a board listed by post
            unit_end = end = j
        else:
            unit_end = end = end if apposition else self._name_split(j, end)
        unit = [  # a unit word slipped into lower case is written as the office writes it
            w.capitalize() if w in LOWER_UNIT_WORDS else w
            for w in self._without_bracketed_titles(j, unit_end)
        ]
        public = (
            title.acting
            or title.text in PUBLIC_HEADS
            or (j < len(ws) and ws[j].text in LEGISLATURE_PARTS)
            or self._serves_an_office(j, unit_end)  # "Juru Bicara Gubernur", "Ajudan Bupati"
            or (
                not customary(unit)  # "Kepala Suku Distrik X" heads a tribe, not the district
                and not self._civil_body_in(j, unit_end)  # "... Badan Keadilan Sinode GMIT"
                and any(w in PUBLIC_UNIT_WORDS and w not in ROMAN for w in post_words(unit))
            )
        )  # "Wakil Ketua II" of an Ormas too
        if post_only or (unit and all(w in ROMAN for w in unit)):
            unit += self._board_of(title.start)  # "Dari pihak KEMASS hadir ..., Wakil Ketua X"
        if not unit:
            return (
                (Role([title.text], None, public), j)
                if post_only
                else (Role([], None, False), title.end)
            )
        words = [title.text, *unit] + (
            [] if public or not region else [w.text for w in ws[region.start : region.end]]
        )
        return Role(words, region if public else None, public), end

    def _only_a_name(self, j: int, end: int) -> bool:
        """The words after an open head are one name and end the clause ("Sekretaris Muhammad Sayadi,")."""
        ws = self.ws
        if (
            not 0 < end - j <= 3
            or not ends_clause(ws, end)
            or j in self.orgs
            or ws[j - 1].text in PUBLIC_HEADS
        ):
            return False  # "Kabid", "Dirjen" always name a unit first
        if end - j == 1 and (end >= len(ws) or ws[end].text != "," or len(ws[j].text) < 4):
            return False  # a lone word is a name only as "Wakil Ketua Saharuddin,"
        return all(
            is_name_word(w)
            and w.text not in PUBLIC_UNIT_WORDS
            and w.text not in _FIELDS
            and w.text not in CUSTOMARY_UNIT_WORDS
            and w.text not in UNIT_PART_WORDS
            and not gazetteer.lookup(w.text)
            for w in ws[j:end]
        )

    def _district_before_name(self, j: int) -> RegionSpan | None:
        """ "Camat Cipanas, Hendi ...", "Kepala Desa Sukamaju H. Ujang": a region below the expected level."""
        region = region_at(self.ws, j, ("district", "regency", "city"))
        if region is None or region.end >= len(self.ws):
            return None
        after = self.ws[region.end]
        return (
            region
            if after.text == ","
            or parse_name(self.ws, region.end)
            and (after.text in HONORIFICS or after.text in RANKS)
            else None
        )

    def _unit_word(self, word: Word) -> bool:
        return (word.is_title or word.is_upper or word.text in {"dan", "(", ")"}) and (
            not word.text.endswith(".") or word.text in _REGION_ABBREVIATIONS
        )

    def _lower_unit_word(self, k: int) -> bool:
        """ "Kepala badan Kesbangpol kota Palopo": a unit word slipped into lower case inside a
        capitalised unit (a capitalised word follows)."""
        ws = self.ws
        return (
            k > 0
            and k + 1 < len(ws)
            and ws[k].text in LOWER_UNIT_WORDS
            and (ws[k - 1].is_title or ws[k - 1].is_upper)
            and (ws[k + 1].is_title or ws[k + 1].is_upper)
        )

    def _serves_an_office(self, j: int, unit_end: int) -> bool:
        """The unit is a public office itself: the head serves its holder, in the public service."""
        inner = office_at(self.ws, j) if j < unit_end else None
        return inner is not None and inner.office is not None and inner.office.public

    def _bracketed_name(self, k: int) -> bool:
        """ "(Ibrahim Lubis, S.Hi.)" after a unit holds its head's name, not the unit's acronym."""
        ws = self.ws
        return (
            ws[k].text == "("
            and not (k + 2 < len(ws) and ws[k + 2].text == ")")
            and not self._title_in_brackets(k)
        )

    def _name_split(self, j: int, end: int) -> int:
        """In a run without a comma, the trailing name-like words are the name; after a customary
        unit they are its name ("Kepala Suku Besar Arfak dan ...")."""
        if customary([w.text for w in self.ws[j:end]]):
            return end
        if end < len(self.ws) and honorific_len(self.ws, end):
            return end  # "Asisten Daerah Bidang Pemkesra H. Doni": the honorific opens the name
        while end - 1 > j and self.ws[end - 1].text in {
            "dan",
            "(",
        }:  # "Kabag Protokol Helmi Daud dan ..."
            end -= 1
        k = end
        while (
            k - 1 > j
            and is_name_word(self.ws[k - 1])
            and self.ws[k - 1].text not in _FIELDS
            and self.ws[k - 1].text not in PUBLIC_UNIT_WORDS
            and self.ws[k - 1].text not in CUSTOMARY_UNIT_WORDS
            and self.ws[k - 1].text not in UNIT_PART_WORDS | RANK_CORPS  # "Kesbang Pol"
            and end - k < 3
        ):
            k -= 1
            if self.ws[k - 1].text == "dan":  # "Menteri Komunikasi dan Digital Meutya Hafid"
                k += 1
                break
        return k

    def role_of_org(self, title: TitleMatch, org: Mention) -> tuple[Role, int]:
        ws, j = self.ws, title.end
        end = self._org_end(org)
        region = None
        for s in range(j + 1, end):
            span = region_at(ws, s, _RC)
            if span and span.end == end:
                region = span
                break
        public = (org.kind == GOV and not self._civil_body_in(j, end)) or ws[
            j
        ].text in LEGISLATURE_PARTS
        unit_end = region.start if (region and public) else end
        unit = [w.text for w in ws[j:unit_end]]
        if (
            end + 2 < len(ws) and ws[end].text == "(" and ws[end + 2].text == ")"
        ):  # "(DP3A) Lombok Timur"
            if not public:  # a civil body goes by its acronym: "Ketua Dewan Adat Dayak (DAD)"
                unit = with_acronym([title.text, *unit, "(", ws[end + 1].text, ")"])[1:]
            after = region_at(ws, end + 3, _RC)
            region, end = (after, after.end) if after else (region, end + 3)
        if not public:  # "Ketua Lembaga Adat Melayu Belitung (LAMBEL) Kota ..."
            unit = with_acronym([title.text, *unit])[1:]
        if "(" in unit and ")" in unit:  # "Suku Badan ... (Kebangpol)" -> drop the acronym
            cut, close = unit.index("("), unit.index(")")
            unit = unit[:cut] + unit[close + 1 :]
        return Role([title.text, *unit], region if public else None, public), end
