"""Organisations matched by pattern after the two-part forms: a group named after the word
introducing it ("komunitas Teras Baca"), a regional government, an Ormas with its hierarchy
level, a government unit with its fields, a known body and a defined acronym used again. The
base of OrgFinder (nlp.components.organisations), over its other mixins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp import gazetteer
from nlp import orgspans as spans
from nlp.components.organisations_cuts import OrgCuts
from nlp.components.organisations_defined import OrgDefinitions
from nlp.components.organisations_gov import short_region_end
from nlp.components.orgspans_ends import clause_end_after_name, tail_outside_name
from nlp.lexicons import organisations as lex
from nlp.lexicons.people import NOT_NAME_WORDS
from nlp.mention import Mention
from nlp.names import ends_clause, is_name_word
from nlp.orgspans import paren_word, phrase_at
from nlp.orgspans_fields import field_run
from nlp.orgspans_tail import Tail, tail
from nlp.titles import office_at
from nlp.words import Word


class OrgPatterns(OrgDefinitions, OrgCuts):
    """Needs OrgFinder's words and bookkeeping (declared by OrgForms and OrgCuts); `add` is declared
    below for the type checker only."""

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def add(
            self,
            i: int,
            j: int,
            after: Tail,
            *,
            skips: tuple[tuple[int, int], ...] = (),
            reference_to: Mention | None = None,
            kind: str | None = None,
        ) -> int: ...

    def group(self, i: int) -> int:
        """ "komunitas Teras Baca": a group named right after the word that introduces it."""
        ws = self.ws
        if i == 0 or not spans.introduced(ws, i) or phrase_at(ws, i, spans.heads()):
            return 0
        end = i
        while end < len(ws) and end - i < 4 and self._name_word(end):
            end += 1
        if (
            end == i
            or not ends_clause(ws, end)
            or gazetteer.lookup(" ".join(w.text for w in ws[i:end]))
            or spans.generic_rest(ws, i, end)
        ):
            return 0
        return self.add(i, end, Tail(end, None, None, None), kind=lex.CSO)

    def regional(self, i: int) -> int:
        ws = self.ws
        n = phrase_at(ws, i, spans.regional())
        if not n:
            return 0
        level = lex.REGIONAL_GOV_HEADS[" ".join(w.text for w in ws[i : i + n])]
        k, skip = i + n, None
        if paren_word(ws, k):
            k, skip = k + 3, (i + n, i + n + 3)
        from nlp.regionspan import region_at

        region = region_at(ws, k, (level,) if level else ("regency", "city", "province"))
        if not region:  # "Pemkab Konsel", "Pemprov PBD": a short form the gazetteer lacks
            end = short_region_end(ws, i, k)
            return self.add(i, i + n, Tail(end, None, skip, None)) if end else 0
        return self.add(i, i + n, Tail(region.end, None, skip, region))

    def levelled(self, i: int, defined: dict[str | None, Mention]) -> int:
        """ "DPD KNPI Provinsi Banten", "Pimpinan Daerah Aisyiyah Banyumas": level + Ormas."""
        ws = self.ws
        n = phrase_at(ws, i, spans.levels())
        if not n:
            return 0
        k, acronym = i + n, None
        if paren_word(ws, k):  # "Majelis Wakil Cabang (MWC) NU": the level's own acronym
            k, acronym = k + 3, paren_word(ws, k)
        m = phrase_at(ws, k, spans.known())
        target = defined.get(ws[k].text) if k < len(ws) else None
        if m and (kind := lex.KNOWN[" ".join(w.text for w in ws[k : k + m])]) != lex.GOV:
            skips = ((i + n, k),) if k > i + n else ()
            after = tail(ws, k + m)
            if after.end == k + m and (
                spans.named_level(ws, i, n) or (after.end < len(ws) and ws[after.end].text == "di")
            ):  # "Majelis Jemaat GMIH Gura,", "Badan Pekerja Am Sinode GKI di Tanah Papua"; a
                # branch level ("PD Muhammadiyah Budi Santoso,") is named by its region only
                after = self._name_goes_on(after, after.end)
            return self.add(
                i, k + m, after._replace(acronym=after.acronym or acronym), kind=kind, skips=skips
            )
        if target is not None and target.kind != lex.GOV:  # "Majelis Jemaat GMIH Gura,"
            return self.add(i, k + 1, self._name_goes_on(tail(ws, k + 1), k + 1), kind=target.kind)
        return self.levelled_head(i, k) if k == i + n else 0

    def unit(self, i: int) -> int:
        ws = self.ws
        n = phrase_at(ws, i, spans.heads())
        if not n or (i > 0 and ws[i - 1].text == "("):  # a gloss of a foreign name
            return 0
        if office_at(ws, i + n):  # "Kantor Wali Kota ...": a venue
            return 0
        if self._civil_office(i, n):  # "Sekretariat DPC Granat X": the body, not its office
            return 0
        from nlp.regionspan import region_at

        if i > 0 and (inside := region_at(ws, i - 1)) and inside.end > i:
            return 0  # "Seram Bagian Timur": the head word is inside a region's name
        if spans.commission_at(
            ws, i, n
        ):  # "Komisi II DPRD Kampar": the commission is part of the council
            return i + n + 1
        end = self._home_region(i, n, field_run(ws, i + n))
        end = written = self._banjar_end(end) or end  # "Prajuru Adat Banjar Paketan"
        if " ".join(w.text for w in ws[i : i + n]) in lex.GOV_UNIT_HEADS:
            end = self._trim_name(i + n, end)
        if i + phrase_at(ws, i, spans.known()) > end:  # "Forum Koordinasi Pimpinan Daerah": known
            return 0
        after = tail_outside_name(tail(ws, end), end, written)
        if after.end == end and end + 1 < len(ws) and ws[end].text == "di":
            after = self._name_goes_on(after, end)  # "Sinode GKI di Tanah Papua"
        if end == i + n and not (after.region or after.acronym or after.end > end):
            return 0
        return self.add(i, end, after)

    def _trim_name(self, start: int, end: int) -> int:
        """ "Dinas Kesehatan Budi Santoso mengatakan": the unit ends where a person's name begins."""
        ws, k = self.ws, end
        while (
            k > start
            and ws[k - 1].text not in lex.UNIT_FIELD_WORDS
            and ws[k - 1].text not in lex.KNOWN  # "Dinas Kominfo Budi Santoso,"
            and is_name_word(ws[k - 1])
        ):
            k -= 1
        has_field = any(w.text in lex.UNIT_FIELD_WORDS or w.text in lex.KNOWN for w in ws[start:k])
        ends = ends_clause(ws, clause_end_after_name(ws, end))  # "... Badar | Pakaya,"
        return k if has_field and k < end and end - k <= 4 and ends else end

    def known(self, i: int) -> int:
        ws = self.ws
        n = phrase_at(ws, i, spans.known())
        if not n or (ws[i].text in lex.WORD_LIKE_NAMES and not _stands_alone(ws, i + n)):
            return 0
        after = tail(ws, i + n)
        titled = i > 0 and office_at(ws, i - 1) is not None  # "Kepala Kesbangpol Muldani,": a name
        if (
            after.end == i + n
            and after.end < len(ws)
            and self._program_word(after.end)
            and not (titled and is_name_word(ws[after.end]))
        ):
            after = after._replace(end=after.end + 1)
        elif after.end == i + n and after.end + 1 < len(ws) and ws[after.end].text == "di":
            after = self._name_goes_on(after, after.end)  # "GKI di Tanah Papua"
        # a bare acronym keeps its written form ("warga NU" is NU), as annotators write it
        return self.add(i, i + n, after)

    def _program_word(self, k: int) -> bool:
        """ "USAID MADANI", "PPSW Pasoendan": a name word glued to a known body."""
        word, ws = self.ws[k], self.ws
        if (
            word.text in NOT_NAME_WORDS
            or word.text in lex.GENERIC
            or phrase_at(ws, k, spans.known())
        ):
            return False
        if word.is_upper:
            return True
        follow = ws[k + 1].text if k + 1 < len(ws) else "."
        return word.is_title and follow in {",", ";", ".", ")"} and not office_at(ws, k)

    def defined(self, i: int, defined: dict[str | None, Mention]) -> int:
        """A defined acronym used again ("Kesbangpol", "PCNU Pandeglang"): a reference to it."""
        target = defined.get(self.ws[i].text)
        if target is None or self._other_region(after := self._as_defined(i + 1, target), target):
            return 0
        return self.add(i, i + 1, after, reference_to=target)

    def _as_defined(self, k: int, target: Mention) -> Tail:
        """ "LMA Malind Anim" after "Lembaga Masyarakat Adat (LMA) Malind Anim": the acronym with
        the words that followed it in the definition."""
        ws, end = self.ws, k
        rest = (target.normalized.split() + [""])[len((target.core or "").split()) :]
        while end < len(ws) and end - k < len(rest) and ws[end].text == rest[end - k]:
            end += 1
        return Tail(end, None, None, None) if end > k else tail(ws, k)


def _stands_alone(ws: list[Word], k: int) -> bool:
    """ "(Antara)", "kata Antara.": a name that is also a common word ends at punctuation."""
    return k >= len(ws) or (ws[k].is_punct and ws[k].text not in {"-", "–", "—"})
