"""Where an organisation's words stop: a named room before a body makes it a venue ("di Ruang
Rapat Melati Setda X"), and after a body named in its head's title the name words that end the
clause are the head's ("Ketua Pimpinan Daerah Muhammadiyah Budi Santosa,"). A mixin of OrgFinder
(nlp.components.organisations)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from nlp import gazetteer
from nlp import orgspans as spans
from nlp.components.orgspans_ends import (
    clause_end_after_name,
    closes_acronym,
    starts_prefixed_name,
)
from nlp.lexicons import organisations as lex
from nlp.lexicons.degrees_ranks import DEGREES
from nlp.mention import Mention
from nlp.names import ends_clause, is_name_word
from nlp.orgspans import phrase_at
from nlp.titles import office_at
from nlp.words import Word, join

ROOM_WORDS = frozenset({"aula", "ruang"})
_ROOM_QUALIFIERS = frozenset({"Rapat", "Pertemuan", "Sidang", "Kerja", "Serbaguna", "Utama"})
HOLDER_TITLES = frozenset(
    {"Kepala", "Plt", "Plt.", "Kadis", "Kaban", "Sekretaris", "Direktur", "Ketua"}
)
_CIVIL_KINDS = frozenset({lex.CSO, lex.RELIGIOUS})
_HOLDER_TITLES_LOWER = frozenset(
    {t.lower() for t in HOLDER_TITLES}
    | {"kabag", "kabid", "kasubag", "kasi", "kakan"}
    # "Ketua Umum Keluarga Besar X Budi,", "Ketua Harian DPC Granat X Budi,": a board's chair
    | {"umum", "harian"}
)


class OrgCuts:
    """Needs OrgFinder's words and text; set there."""

    ws: list[Word]
    text: str
    starts: list[int]

    def _named_room_before(self, k: int) -> bool:
        """ "di Ruang Rapat Handayani Setda X", "di Ruang Melati, Kantor Bupati X": a room with its
        own name, then the body whose building it is."""
        ws, n, commas = self.ws, k - 1, 0
        while n >= 0 and k - n <= 4:
            word = ws[n]
            if word.text in ROOM_WORDS or word.text.lower() in ROOM_WORDS:
                return n > 0 and ws[n - 1].text.lower() in lex.VENUE_PREPOSITIONS
            if word.text == "," and commas == 0:
                commas += 1
            elif word.text not in _ROOM_QUALIFIERS and not (
                is_name_word(word) and not office_at(ws, n)
            ):
                return False
            n -= 1
        return False

    def _in_building(self, m: Mention) -> bool:
        """ "di gedung Gereja X", "di halaman Gereja X": a building or its grounds written in lower
        case right after "di" is where something happens, not the body taking part (kept, like a
        faction or a bare unit, for the roles and places inside it, but never listed)."""
        ws, k = self.ws, bisect.bisect_left(self.starts, m.start)
        return (
            k > 1
            and ws[k - 2].text.lower() in lex.VENUE_PREPOSITIONS
            and ws[k - 1].is_lower
            and ws[k - 1].text.capitalize() in lex.VENUE_WORDS
        )

    def _holder_name_cut(self, m: Mention) -> Mention:
        """ "Ketua Pimpinan Pusat Muhammadiyah Irwan Akib,", "kepala Inspektorat Darius dan": after a
        body named in its head's title, the name words that end the clause are the head's name."""
        ws = self.ws
        k = bisect.bisect_left(self.starts, m.start)
        last = bisect.bisect_left(self.starts, m.end) - 1
        if k == 0 or ws[k - 1].text.lower() not in _HOLDER_TITLES_LOWER or last <= k:
            return m
        if not ends_clause(ws, clause_end_after_name(ws, last + 1)):  # "... PP Badar | Pakaya,"
            return m
        written_last = last  # "... Baitul Mal Heru Saputra SH MH dan": the name's degrees go too
        while last > k and ws[last].text.rstrip(".,") in DEGREES:
            last -= 1
        n = last
        while n > k and last - n < 4 and self._holders_word(n):
            n -= 1
        run = ws[n + 1 : last + 1]
        if m.kind in _CIVIL_KINDS and (len(run) == 1 or ws[n].is_upper or ws[n].text == ")"):
            return (
                m  # "Jemaat GMIT Moria Liliba", "... Masjid (DKM) Al Falah": a congregation's name
            )
        if not run or not self._body_word(n) or self._region_into(n + 1, k):
            return m
        if (
            phrase_at(ws, k, spans.heads()) >= n + 1 - k
            and not self._known_government(k, n + 1)  # "Inspektorat" is a body itself
            and not starts_prefixed_name(ws, n + 1)  # "Pengadilan Negeri Lalu Ahmad": a person
        ):  # "Perkumpulan", "Badan", "Karang Taruna": a bare head (a civil one keeps its name)
            return m
        cut = " " + join([w.text for w in ws[n + 1 : written_last + 1]])
        if not m.normalized.endswith(cut):
            return m
        stop = ws[n].end
        normalized = m.normalized.removesuffix(cut)
        core = m.core.removesuffix(cut) if m.core else m.core
        return replace(
            m, end=stop, text=self.text[m.start : stop], normalized=normalized, core=core
        )

    def _region_into(self, n: int, first: int) -> bool:
        """A region's name starting at or up to two words before word n runs on into it
        ("Jakarta Pusat", "Polewali Mandar")."""
        from nlp.regionspan import region_at

        return any(
            (region := region_at(self.ws, s)) is not None and region.end > n
            for s in range(max(first, n - 2), n + 1)
        )

    def _holders_word(self, n: int) -> bool:
        """A word of a person's name, not of a body's ("Darius", not "Kesehatan", "Poso", "Pusat")."""
        word = self.ws[n]
        return (
            is_name_word(word)
            and word.text not in lex.KNOWN
            and word.text not in lex.UNIT_FIELD_WORDS
            and word.text not in lex.BRANCH_WORDS
            and not gazetteer.lookup(word.text)
            and not phrase_at(self.ws, n, spans.heads())
            and not self._ends_known(n)
        )

    def _body_word(self, n: int) -> bool:
        """The last word of a body's own name: a known body, a field, an acronym or a region."""
        word = self.ws[n]
        return (
            word.is_upper
            or closes_acronym(self.ws, n)  # "Tim Penggerak PKK (TP-PKK) Sri Wahyuni,"
            or word.text in lex.KNOWN
            or word.text in lex.UNIT_FIELD_WORDS
            or bool(gazetteer.lookup(word.text))
            or bool(phrase_at(self.ws, n, spans.heads()))
            or self._ends_known(n)
        )

    def _known_government(self, k: int, end: int) -> bool:
        """Whether words [k, end) are exactly a known government body ("Inspektorat")."""
        return (
            phrase_at(self.ws, k, spans.known()) == end - k
            and lex.KNOWN.get(join([w.text for w in self.ws[k:end]])) == lex.GOV
        )

    def _ends_known(self, n: int) -> bool:
        """Whether a known name of several words ends at word n ("Baitul Mal", "Bank Indonesia")."""
        return any(
            phrase_at(self.ws, s, spans.known()) == n + 1 - s for s in range(max(0, n - 3), n)
        )

    def _not_a_body(self, m: Mention) -> bool:
        """ "PP No. 58 Tahun 2016": an acronym numbered as a regulation; "Kasat Pol PP",
        "Kasatpol PP Kabupaten X": the last word of a unit head's fused title (and the unit's
        region), whose unit is not named as a body."""
        k = bisect.bisect_left(self.starts, m.start)
        last = bisect.bisect_left(self.starts, m.end)
        single = last == k + 1 and self.ws[k].is_upper
        following = self.ws[last].text if last < len(self.ws) else ""
        glued = self.ws[last + 1].text if last + 1 < len(self.ws) else ""
        if following == "." and glued.startswith("No.") and glued[3:4].isdigit():  # "PP. No.48"
            following = glued
        numbered = following.split(".")[0] in _NUMBER_WORDS
        before = [w.text for w in self.ws[max(0, k - 2) : k]]
        # the unit a fused title names, with or without its region ("Kasatpol PP Lobar Budi,")
        title = self.ws[k].text == "PP" and (
            before in _FUSED_TITLES or before[-1:] in _FUSED_TITLES
        )
        return (single and numbered) or title


_NUMBER_WORDS = frozenset({"No", "Nomor", "Nomer"})
# a unit head's title written in two words before the unit's acronym ("Kasat Pol PP")
_FUSED_TITLES = (["Kasat", "Pol"], ["Kasatpol"])
