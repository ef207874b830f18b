"""Organisations defined by an acronym in brackets ("Lembaga Masyarakat Adat (LMA) Malind"): the
long form, the levels and heads written before it, and the name words after the bracket. A part of
OrgFinder (nlp/components/organisations.py), kept apart for size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp import gazetteer
from nlp import orgspans as spans
from nlp.acronyms import Definition, definitions
from nlp.choose import choose
from nlp.components.organisations_cuts import HOLDER_TITLES
from nlp.components.organisations_forms import OrgForms
from nlp.lexicons import organisations as lex
from nlp.lexicons.dates import MONTHS, WEEKDAYS
from nlp.lexicons.organisations_more import DI_CONTINUATIONS
from nlp.lexicons.people import HONORIFICS, NOT_NAME_WORDS
from nlp.mention import Mention
from nlp.names import ends_clause, is_name_word, name_forming_len
from nlp.orgspans import paren_word, phrase_at
from nlp.orgspans_tail import Tail, tail
from nlp.titles import office_at
from nlp.words import join


class OrgDefinitions(OrgForms):
    """Needs OrgFinder's words and `add`; the declaration below is for the type checker only."""

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def add(
            self,
            i: int,
            j: int,
            after: Tail,
            *,
            skips: tuple[tuple[int, int], ...] = (),
            kind: str | None = None,
        ) -> int: ...

    def acronym_definitions(self) -> None:
        ws = self.ws
        for d in definitions(ws):
            first, skips = self._extend_left(d.first)
            if not self._org_like(d, first):
                continue
            after = tail(ws, d.close_paren + 1)
            longer = self._name_goes_on(after, d.close_paren + 1)
            if not (
                self._in_title_of_holder(first, d)
                and any(is_name_word(w) for w in ws[after.end : longer.end])
            ):
                after = longer
            end_skip: tuple[tuple[int, int], ...] = ()
            if (alias := paren_word(ws, after.end)) and gazetteer.lookup(
                alias
            ):  # "... Timur (Kotim)"
                end_skip = ((after.end, after.end + 3),)
                after = after._replace(end=after.end + 3)
            self.add(
                first,
                d.open_paren,
                after._replace(acronym=d.acronym, skip=(d.open_paren, d.close_paren + 1)),
                skips=skips + end_skip,
            )

    def _in_title_of_holder(self, first: int, d: Definition) -> bool:
        """ "Kepala Dinas Kominfo (Kominfo) Papua Yosias Kaize": after a government unit in an office
        title, name words are its holder's name, not more of its own name ("(KUA) Kecamatan" is)."""
        ws = self.ws
        return (
            first > 0
            and ws[first - 1].text in HOLDER_TITLES
            and spans.kind_of(join([w.text for w in ws[first : d.open_paren]])) == lex.GOV
        )

    def _name_goes_on(self, after: Tail, k: int) -> Tail:
        """ "Lembaga Masyarakat Adat (LMA) Malind Anim", "(LPM) Sukamaju,": capitalised words right
        after the acronym bracket that end the clause continue the name (a single one is usually a
        village, which the region tail does not cover); "(GKI) di Tanah Papua" too."""
        ws, end = self.ws, k
        if end + 2 < len(ws) and ws[end].text == "di" and ws[end + 1].text in DI_CONTINUATIONS:
            end += 1
        while end < len(ws) and end - k < 4 and self._name_word(end):
            end += 1
            if end + 1 < len(ws) and ws[end].text == "/" and self._name_word(end + 1):
                end += 1  # "(LMHA) Kamoro/Mimika Wee": one name in two languages
        # "(DKM) Nurul Islam Ustadz Ahmad": an honorific starts the head's name after the body's
        ends = ends_clause(ws, end) or (end < len(ws) and ws[end].text in HONORIFICS)
        if end <= max(k, after.end) or not ends:
            return (
                after
                if end <= after.end or not (end > k and ws[k].text == "di")
                else after._replace(end=end, region=None)
            )
        return after._replace(end=end, region=None)

    def _other_region(self, after: Tail, target: Mention) -> bool:
        """ "Kesbangpol Kaltim" after "Badan Kesbangpol (Kesbangpol) Kutai Timur": the acronym with
        another region is that region's body, not a reference to the defined one."""
        if after.region is None or target.code is None:
            return False
        picked = choose(after.region.candidates, province=self.province)
        return picked is not None and picked.code != target.code

    def _name_word(self, k: int) -> bool:
        word, ws = self.ws[k], self.ws
        return (
            word.is_title
            and word.text not in HONORIFICS
            and not office_at(ws, k)
            and not name_forming_len(ws, k)  # "(PHDI) I Made Aryanta": a person's name follows
            and not spans._starts_body(ws, k)
            and word.text not in lex.BRANCH_WORDS
            and word.text.lower() not in MONTHS
            and word.text.lower() not in WEEKDAYS
        )  # "(Bappeda) Senin"

    def _extend_left(self, first: int) -> tuple[int, tuple[tuple[int, int], ...]]:
        """Take in unit heads, regional heads and hierarchy levels written before a long form,
        with a level's own "(DPD)": "Dewan Pimpinan Daerah (DPD) Lembaga Dakwah ..."."""
        ws, skips = self.ws, ()
        if first >= 4 and paren_word(ws, first - 3):
            for back in (4, 3, 2, 1):
                start = first - 3 - back
                if start >= 0 and phrase_at(ws, start, spans.levels()) == back:
                    return start, ((first - 3, first),)
        for index in (spans.heads(), spans.regional(), spans.known(), spans.levels()):
            for back in (3, 2, 1):
                if (
                    first - back >= 0
                    and phrase_at(ws, first - back, index) == back
                    and not (back == 1 and self._civil_office(first - 1, 1))
                ):
                    return first - back, skips
        return first, skips

    def _org_like(self, d: Definition, first: int) -> bool:
        ws = self.ws
        words = [w.text for w in ws[first : d.open_paren]]
        if all(w in lex.GENERIC or w.lower() in lex.NAME_JOINERS for w in words):
            return False
        if (
            title := office_at(ws, first)
        ) and title.end >= d.open_paren:  # "Sekretaris Daerah (Sekda)"
            return False
        if phrase_at(ws, first, spans.levels()) == len(
            words
        ):  # a level alone: merged with its body
            return False
        region = spans.region_after(ws, first) or gazetteer.lookup(" ".join(words))
        if region and (not hasattr(region, "end") or region.end >= d.open_paren):  # "(Kotim)"
            return False
        if any(
            phrase_at(ws, first, index)
            for index in (spans.heads(), spans.regional(), spans.known(), spans.levels())
        ):
            return True
        if self._initials_of_a_person(first, d.open_paren):
            return False
        upper = sum(c.isupper() for c in d.acronym)
        return upper >= 2 and words[0] not in lex.NOT_ORG_HEADS and words[0] not in NOT_NAME_WORDS
