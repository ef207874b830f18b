"""Organisations written in two parts: an acronym glossed in brackets ("FKUB (Forum Kerukunan Umat
Beragama) Jakarta Timur"), a wing before its body ("Angkatan Muda Gereja Protestan ...", "SAPMA
PKN"); and the unit of a dateline credit, which is none. A mixin of OrgFinder
(nlp.components.organisations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp import gazetteer
from nlp import orgspans as spans
from nlp.acronyms import MAX_LONG_FORM, aligns
from nlp.choose import choose
from nlp.lexicons import organisations as lex
from nlp.lexicons.organisations_adat import HOME_REGION_HEADS
from nlp.lexicons.organisations_civil_shapes import OFFICE_WORDS, UNITED_GROUPS, UNITY_FINALS
from nlp.mention import ORG, Mention
from nlp.names import is_name_word, name_forming_len
from nlp.orgspans import phrase_at
from nlp.orgspans_fields import field_run
from nlp.orgspans_tail import Tail, tail
from nlp.words import Word, join


class OrgForms:
    """Needs OrgFinder's words and bookkeeping; the declarations below are for the type checker only."""

    ws: list[Word]
    text: str
    province: str | None
    found: list[Mention]
    covered: set[int]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def unit(self, i: int) -> int: ...

        def add(self, i: int, j: int, after: Tail, *, kind: str | None = None) -> int: ...

        def known(self, i: int) -> int: ...

    def glossed(self, i: int) -> int:
        """ "FKUB (Forum Kerukunan Umat Beragama) Jakarta Timur": an acronym glossed in brackets is
        one organisation, named by its long form with the region written after the bracket."""
        ws = self.ws
        if not ws[i].is_upper or i + 3 >= len(ws) or ws[i + 1].text != "(":
            return 0
        close = next(
            (k for k in range(i + 3, min(i + 3 + MAX_LONG_FORM, len(ws))) if ws[k].text == ")"), 0
        )
        long_form = tuple(w.text for w in ws[i + 2 : close])
        if (
            not close
            or not all(w[:1].isupper() or w.lower() in lex.NAME_JOINERS for w in long_form)
            or not aligns(ws[i].text, long_form)
            or long_form[0] in lex.NOT_ORG_HEADS  # "SIOLA (Sistem Informasi ...)": a system
        ):
            return 0
        after = tail(ws, close + 1)
        kept_region = after.region is not None and after.end > close + 1
        name = (
            [*long_form, *(w.text for w in ws[close + 1 : after.end])]
            if kept_region
            else list(long_form)
        )
        start, stop = ws[i].start, ws[after.end - 1 if kept_region else close].end
        self.found.append(
            Mention(
                ORG,
                start,
                stop,
                self.text[start:stop],
                join(name),
                kind=spans.kind_of(join(name)),
                code=choose(after.region.candidates, province=self.province).code  # type: ignore[union-attr]
                if kept_region
                else None,
                acronym=ws[i].text,
                core=join(list(long_form)),
            )
        )
        end = after.end if kept_region else close + 1
        self.covered.update(range(i, end))
        return end

    def winged(self, i: int) -> int:
        """ "Angkatan Muda Gereja Protestan ...", "Pemuda Katolik ...": a youth or women's wing
        written before a non-government body is one organisation with it."""
        n = phrase_at(self.ws, i, spans.wings())
        head = phrase_at(self.ws, i + n, spans.heads()) if n else 0
        if not n or (
            head and " ".join(w.text for w in self.ws[i + n : i + n + head]) not in lex.KIND_HEADS
        ):
            return 0
        count = len(self.found)
        end = self.unit(i + n) or self.known(i + n)
        if not end or len(self.found) != count + 1 or self.found[-1].reference:
            return 0
        body, start = self.found[-1], self.ws[i].start
        wing = join([w.text for w in self.ws[i : i + n]])
        body.start, body.text = start, self.text[start : body.end]
        body.normalized, body.core = (
            f"{wing} {body.normalized}",
            f"{wing} {body.core or body.normalized}",
        )
        self.covered.update(range(i, i + n))
        return end

    def united(self, i: int) -> int:
        """ "Pemuda Maluku Bersatu Papua Barat Daya", "Aliansi Masyarakat Pemalang Bersatu": a
        group named by the people or place it unites is one civil body, a region may follow."""
        end = _united_end(self.ws, i)
        return self.add(i, end, tail(self.ws, end), kind=lex.CSO) if end else 0

    def _home_region(self, i: int, n: int, end: int) -> int:
        """ "Ikatan Keluarga Simalungun Kota Batam": after a family or home-region association's
        head, the bare region first named is the home it stands for, part of its name; the branch's
        region may follow."""
        ws = self.ws
        head = " ".join(w.text for w in ws[i : i + n])
        if end != i + n or head not in HOME_REGION_HEADS:
            return end
        region = spans.region_after(ws, end)
        return field_run(ws, region.end) if region and not region.prefixed else end

    def banjar(self, i: int) -> int:
        """ "Banjar Segara", "Banjar Dirgahayu": in Bali a banjar named is the customary hamlet's
        community, a civil body like the Desa Adat above it (elsewhere Banjar is a region)."""
        end = self._banjar_end(i)
        return self.add(i, end, tail(self.ws, end), kind=lex.CSO) if end else 0

    def _banjar_end(self, k: int) -> int:
        ws = self.ws
        if self.province != BALI or k + 1 >= len(ws) or ws[k].text != "Banjar":
            return 0
        end = k + 1
        if ws[end].text == "Adat":  # "Banjar Adat Segara"
            end += 1
        start = end
        while end < len(ws) and end - start < 2 and is_name_word(ws[end]):
            end += 1
        return end if end > start else 0

    def _civil_office(self, i: int, n: int) -> bool:
        """ "Sekretariat Dewan Pengurus Daerah Lembaga Adat Tolaki", "Sekretariat Keluarga Besar
        Maumere": the office of a civil body stands for the body, which is found from the next word."""
        ws, k = self.ws, i + n
        if n != 1 or ws[i].text not in OFFICE_WORDS or k >= len(ws):
            return False
        if phrase_at(ws, k, spans.levels()):
            return True
        if m := phrase_at(ws, k, spans.known()):
            return lex.KNOWN[" ".join(w.text for w in ws[k : k + m])] != lex.GOV
        head = phrase_at(ws, k, spans.heads())
        name = " ".join(w.text for w in ws[k : k + head])
        return head > 0 and lex.KIND_HEADS.get(name, lex.GOV) != lex.GOV

    def levelled_head(self, i: int, k: int) -> int:
        """ "Pengurus Besar Ikatan Pemuda Aceh Besar", "DPP Majelis Adat Melayu X": a board level
        before a civil body named by its head word is one organisation with it."""
        ws = self.ws
        head = phrase_at(ws, k, spans.heads())
        if not head or lex.KIND_HEADS.get(" ".join(w.text for w in ws[k : k + head])) not in (
            lex.CSO,
            lex.RELIGIOUS,
        ):
            return 0
        count = len(self.found)
        end = self.unit(k)
        if not end or len(self.found) != count + 1 or self.found[-1].reference:
            return 0
        body, start = self.found[-1], ws[i].start
        level = join([w.text for w in ws[i:k]])
        body.start, body.text = start, self.text[start : body.end]
        body.normalized, body.core = (
            f"{level} {body.normalized}",
            f"{level} {body.core or body.normalized}",
        )
        self.covered.update(range(i, k))
        return end

    def _initials_of_a_person(self, first: int, paren: int) -> bool:
        """ "Bupati Lobar Lalu Ahmad Zaini (LAZ)", "Ketua LAM, Hasan Basri Agus (HBA)": a person's initials."""
        ws = self.ws
        if name_forming_len(ws, first):
            return True
        before = ws[first - 1] if first > 0 else None
        return (
            before is not None
            and before.text == ","
            and all(is_name_word(w) for w in ws[first:paren])
            and not gazetteer.lookup(" ".join(w.text for w in ws[first:paren]))
        )

    def acronym_wing(self, i: int, defined: dict[str | None, Mention]) -> int:
        """ "PERTIWI PKN", "SAPMA PKN" after "Pemuda Karya Nasional (PKN)": a wing written as its
        own acronym before its civil body's is a separate organisation (README clarification 3)."""
        ws = self.ws
        if i + 1 >= len(ws) or not ws[i].is_upper or not ws[i].text.isalpha():
            return 0
        target = defined.get(ws[i + 1].text)
        if (
            target is None
            or target.kind == lex.GOV
            or ws[i].text in defined
            or ws[i].text in lex.GENERIC
            or ws[i].text in lex.ORGAN_ACRONYMS
            or spans.is_roman(ws[i].text)  # "Musda XIII KNPI": a congress's number
            or phrase_at(ws, i, spans.known())
            or phrase_at(ws, i, spans.levels())
        ):
            return 0
        return self.add(i, i + 2, tail(ws, i + 2), kind=target.kind)

    def _dateline_credit(self, m: Mention) -> bool:
        """ "KALIANDA, Diskominfo Lamsel –", "Poso (Humas Kemenag) -": the unit that wrote the
        article, written in its dateline before the dash, is no party to what it reports."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        before = self.text[line_start : m.start]
        after = self.text[m.end : m.end + 4].lstrip(" )")
        return len(before) <= DATELINE_REACH and after[:1] in DASHES and "." not in before[-2:]


DASHES = frozenset("-–—")
DATELINE_REACH = 40  # characters from a line's start to a credit in its dateline


BALI = "51"


def _united_end(ws: list[Word], i: int) -> int:
    """End of "Pemuda Mimika Bersatu" at i: a group noun, one to four capitalised words, then
    "Bersatu"; 0 when the words do not take that shape."""
    if ws[i].text not in UNITED_GROUPS:
        return 0
    k = i + 1
    while k < len(ws) and k - i <= 5 and (ws[k].is_title or ws[k].is_upper):
        if ws[k].text in UNITY_FINALS:
            return k + 1 if k > i + 1 else 0
        k += 1
    return 0
