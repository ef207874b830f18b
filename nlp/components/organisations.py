"""Organisations: acronym definitions, regional governments, Ormas with their hierarchy level,
government units, known bodies and named heads ("Yayasan ...", "PT ..."), each with what follows
it when written ("(Kesbangpol)", "Cabang Bandung", "Kabupaten Pandeglang", "0601/Pandeglang")."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc

from nlp import orgspans as spans
from nlp.choose import choose, province_code
from nlp.component import component
from nlp.components.organisations_campaigns import campaign_at
from nlp.components.organisations_cuts import ROOM_WORDS
from nlp.components.organisations_gov import office_prefix_start
from nlp.components.organisations_joins import join_congregations
from nlp.components.organisations_lede import unshouted
from nlp.components.organisations_patterns import OrgPatterns
from nlp.components.organisations_subunits import bare_section
from nlp.components.orgspans_ends import joint_regions_end
from nlp.lexicons import organisations as lex
from nlp.lexicons.degrees_ranks import RANK_CORPS, RANKS
from nlp.lexicons.organisations_gov import LOWER_GOV_HEADS
from nlp.lexicons.organisations_more import CREDIT_UNITS
from nlp.mention import OFFICE_ONLY, ORG, DocState, Mention
from nlp.orgspans_tail import Tail, tail
from nlp.orgspans_tidy import organ_of, tidy
from nlp.words import join


class OrgFinder(OrgPatterns):
    def __init__(self, state: DocState, text: str) -> None:
        self.state, self.text, self.ws = state, text, unshouted(state.words)
        self.province = province_code(state.province)
        self.found: list[Mention] = []
        self.covered: set[int] = set()  # word indices inside a found organisation
        self.starts = [w.start for w in self.ws]

    def add(
        self,
        i: int,
        j: int,
        after: Tail,
        *,
        skips: tuple[tuple[int, int], ...] = (),
        reference_to: Mention | None = None,
        kind: str | None = None,
    ) -> int:
        """Record words [i, after.end) as one organisation; "(ACR)" words are left out of the name."""
        ws, end = self.ws, joint_regions_end(self.ws, i, after)  # "BNN Kota A dan B"
        skips = skips + ((after.skip,) if after.skip else ())
        kept = [
            w.text
            for n, w in enumerate(ws[i:end], start=i)
            if not any(a <= n < b for a, b in skips)
        ]
        core = [
            w.text for n, w in enumerate(ws[i:j], start=i) if not any(a <= n < b for a, b in skips)
        ]
        name = join(kept)
        if name.split(" ", 1)[0] in LOWER_CASE_HEADS:  # "pemerintah Sulbar", "masjid Al-Hidayah"
            head, rest = name.split(" ", 1)
            name = f"{head.capitalize()} {rest[:1].upper()}{rest[1:]}"
        elif name.lower().startswith("pemerintah "):
            rest = name.split(" ", 1)[1]
            name = f"Pemerintah {rest[:1].upper()}{rest[1:]}"
        picked = choose(after.region.candidates, province=self.province) if after.region else None
        start, stop = ws[i].start, ws[end - 1].end
        target = reference_to
        self.found.append(
            Mention(
                ORG,
                start,
                stop,
                self.text[start:stop],
                target.normalized if target else name,
                kind=target.kind
                if target
                # a known long form before its acronym's ("Pemuda Pancasila (PP)" is no Satpol PP)
                else (
                    kind
                    or (lex.KNOWN.get(join(core)) if len(core) > 1 else None)
                    or lex.KNOWN.get(after.acronym or "")
                    or spans.kind_of(name)
                ),
                code=picked.code if picked else (target.code if target else None),
                acronym=target.acronym if target else after.acronym,
                reference=target is not None,
                core=join(core),
            )
        )
        self.covered.update(range(i, end))
        return end

    def run(self) -> list[Mention]:
        self.acronym_definitions()
        defined: dict[str | None, Mention] = {m.acronym: m for m in self.found if m.acronym}
        i, ws = 0, self.ws
        while i < len(ws):
            if (
                i in self.covered
                or not (
                    ws[i].is_title
                    or ws[i].is_upper
                    or ws[i].text in LOWER_CASE_HEADS
                    or ws[i].text in LOWER_GOV_HEADS
                )
                or self._after_rank(i)
            ):  # "Marsma TNI", "Laksamana Muda TNI": a rank's corps
                i += 1
                continue
            end = (
                self.lower_gov(i)
                or self.glossed(i)
                or self.united(i)
                or self.banjar(i)
                or self.group(i)
                or self.regional(i)
                or self.levelled(i, defined)
                or self.acronym_wing(i, defined)
                or self.defined(i, defined)
                or self.winged(i)
                or self.unit(i)
                or self.known(i)
            )
            i = end if end else i + 1
        self.found = [
            m
            for m in self.found
            if not self._venue(m)
            and not self._every(m)
            and not self._law_title(m)
            and not self._not_a_body(m)
            and not self._credit(m)
            and not campaign_at(ws, bisect.bisect_left(self.starts, m.start))
            and not self._dateline_credit(m)
            and m.normalized not in lex.GENERIC_LONG
            and m.normalized not in lex.GENERIC
        ]
        self.found = [
            organ_of(self._holder_name_cut(t))
            for m in self.found
            if (t := tidy(m)) is not None and t.normalized not in lex.GENERIC
        ]  # "Desa Adat Se-Bali" is the class once its "Se" is cut
        self.found = join_congregations(
            [self._with_office_prefix(m) for m in self.found], self.text
        )
        for m in self.found:
            if (
                self._faction(m)
                or m.normalized in lex.BARE_UNITS
                or self._in_building(m)
                or bare_section(m)
            ):
                m.flags.append(OFFICE_ONLY)
        return self.found

    def lower_gov(self, i: int) -> int:
        """ "unsur forkopimda Kota Pontianak", "setda Lobar": a government head written in lower
        case is a body only with the region after it."""
        from nlp.regionspan import region_at

        head = LOWER_GOV_HEADS.get(self.ws[i].text)
        if head is None:
            return 0
        if (level := lex.REGIONAL_GOV_HEADS.get(head)) is not None:  # "pemkot Semarang": a city
            levels = (level,) if level else ("regency", "city", "province")
            region = region_at(self.ws, i + 1, levels)
            after = Tail(region.end, None, None, region) if region else None
        else:
            after = tail(self.ws, i + 1)
        if after is None or after.region is None:
            return 0
        end = self.add(i, i + 1, after)
        m = self.found[-1]
        self.found[-1] = replace(
            m, normalized=head + m.normalized[len(head) :], core=head, kind=lex.GOV
        )
        return end

    def _with_office_prefix(self, m: Mention) -> Mention:
        """ "Kanwil Kemenag Sulbar", "Bimas Hindu Kemenag Sulteng": a central agency's regional
        office or directorate is the body named."""
        k = bisect.bisect_left(self.starts, m.start)
        if m.kind != lex.GOV or k >= len(self.ws) or self.ws[k].start != m.start:
            return m
        first = office_prefix_start(self.ws, k)
        if first == k:
            return m
        prefix = join([w.text for w in self.ws[first:k]])
        start = self.ws[first].start
        return replace(
            m, start=start, text=self.text[start : m.end], normalized=f"{prefix} {m.normalized}"
        )

    def _after_rank(self, i: int) -> bool:
        ws = self.ws
        if (
            i > 2 and ws[i - 1].text == ")" and ws[i - 3].text == "("
        ):  # "Laksamana Muda (Laksda) TNI"
            i -= 1
        return i > 0 and (
            ws[i - 1].text in RANKS
            or (i > 1 and ws[i - 1].text in RANK_CORPS and ws[i - 2].text in RANKS)
        )

    def _credit(self, m: Mention) -> bool:
        """ "... kata Bupati. (Humas Malteng)": a bracketed source credit fills its brackets."""
        before, after = self.text[: m.start].rstrip(), self.text[m.end :].lstrip(" ")
        words = m.text.split()
        return (
            before.endswith("(")
            and after.startswith(")")
            and words[0] in CREDIT_UNITS
            and len(words) <= 4
            and (before[:-1].rstrip()[-1:] in {"", ".", "\n", '"', "”"} or after[1:2] in {"", "\n"})
        )

    def _every(self, m: Mention) -> bool:
        """ "se-Desa Adat Bali": every body of that class in a region, not one body."""
        return self.text[max(0, m.start - 4) : m.start].lower().rstrip().endswith("se-")

    def _faction(self, m: Mention) -> bool:
        """ "Ketua Fraksi PAN DPRD X": a legislature's faction, and the party in its name, are a
        member's office rather than bodies taking part (the legislature itself is listed)."""
        k = bisect.bisect_left(self.starts, m.start)
        return m.text.split()[0].lower() == "fraksi" or (
            k > 0 and self.ws[k - 1].text.lower() == "fraksi"
        )

    def _law_title(self, m: Mention) -> bool:
        k = bisect.bisect_left(self.starts, m.start)
        return k > 0 and self.ws[k - 1].text in lex.LAW_TITLE_WORDS

    def _venue(self, m: Mention) -> bool:
        k = bisect.bisect_left(self.starts, m.start)
        head = self.ws[k].text
        head = head.capitalize() if head in LOWER_CASE_HEADS else head
        if k > 0 and self.ws[k - 1].text in lex.VENUE_PREPOSITIONS and head in lex.VENUE_HEADS:
            return True
        # "di aula Bappeda X", "ruang pertemuan Dinas X": a room is a venue written in either case
        return any(
            w.text in lex.VENUE_WORDS or w.text in ROOM_WORDS for w in self.ws[max(0, k - 2) : k]
        ) or self._named_room_before(k)


# heads that open a body when written in lower case inside a sentence, before a capitalised name
LOWER_CASE_HEADS = frozenset(
    {"pemerintah", "masjid", "mushalla", "musholla", "musala", "mushola", "langgar", "surau"}
)


@component("pantau_organisations_v1")
def organisations(doc: Doc, state: DocState) -> None:
    state.mentions.extend(OrgFinder(state, state.text).run())
