"""Units around a title that change what it is: a short title in brackets inside the unit ("Kepala
Bagian (Kabag) Kesra", "Komandan Distrik Militer (Dandim) 1307 ..."), a civil or religious body or a
customary unit that makes the post a person's, a board listed by post, a unit's number. A mixin of
RoleReader (nlp.components.people_roles)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nlp.lexicons.organisations import GOV, KNOWN
from nlp.lexicons.people import RANKS, ROLE_HONORIFICS
from nlp.lexicons.role_unit_words import CUSTOMARY_UNIT_WORDS, GOV_FIELD_ACRONYMS
from nlp.mention import Mention
from nlp.names import honorific_len
from nlp.titles import TitleMatch, office_at
from nlp.words import Word

_CIVIL_KINDS = frozenset({"ormas_cso", "religious", "political_party"})
_ROMAN_NUMBER = re.compile(r"^[IVX]{1,5}$")  # "Pangdam XV/Pattimura", "Dankodaeral IX"


def unit_number(ws: list[Word], j: int) -> bool:
    """ "0909", "1313-01", or a Roman number written with its place after a slash ("XV/Pattimura")."""
    text = ws[j].text
    slash = j + 1 < len(ws) and ws[j + 1].text == "/"
    return text.replace("-", "").isdigit() or bool(_ROMAN_NUMBER.match(text) and slash)


def post_words(unit: list[str]) -> list[str]:
    """ "Sekretaris Umum Sinode": "Umum" right after the head makes an organisation's post (Sekum,
    Ketum), not the public "Bagian Umum"."""
    return unit[1:] if unit[:1] == ["Umum"] else unit


def government_member(ws: list[Word], k: int, org: Mention) -> tuple[str, str] | None:
    """ "Polda Papua, Kompol Budi", "Kejaksaan Tinggi X, Budi Santoso": a name listed after a
    government body stands for that body, an official of it (its jurisdiction) whose post is not
    written; one with a religious honorific ("Forkopimcam, KH. Budi pengasuh ...") is not."""
    religious = ws[k].text.rstrip(".") in ROLE_HONORIFICS
    return ("", org.normalized) if org.kind == GOV and not religious else None


def customary(unit: list[str]) -> bool:
    """ "Suku ...", "Sub Suku ...": a customary unit, named by the title-case words after it."""
    return bool(unit) and (unit[0] in CUSTOMARY_UNIT_WORDS or unit[:2] == ["Sub", "Suku"])


class UnitReader:
    """Needs the reader's words and organisations."""

    ws: list[Word]
    orgs: dict[int, Mention]

    if TYPE_CHECKING:  # provided by the class this mixin is mixed into

        def _only_a_name(self, j: int, end: int) -> bool: ...

    def _office_of_region_body(self, org: Mention) -> tuple[str, str] | None:
        """ "Camat ABTB, Hastine": an office written before a regional government's short name."""
        first = next((k for k, w in enumerate(self.ws) if w.start == org.start), 0)
        for back in (1, 2):
            title = office_at(self.ws, first - back) if first - back >= 0 else None
            if (
                title is not None
                and title.end == first
                and title.office is not None
                and org.kind == GOV
            ):
                return title.text, org.normalized.removeprefix("Pemerintah ")
        return None

    def post_only(self, j: int, end: int) -> bool:
        """The open head's words up to `end` are only its holder's name ("Wakil Ketua Saharuddin,"),
        or the head has no unit and an honorific opens the name ("Wakil Ketua H. Ahmad, Sekretaris
        Hj. Rina"): a post of a board listed by post."""
        ws = self.ws
        honorific = end == j < len(ws) and ws[j].text not in RANKS and honorific_len(ws, j) > 0
        return honorific or self._only_a_name(j, end)

    def _board_of(self, start: int) -> list[str]:
        """A board listed by post ("Wakil Ketua Saharuddin, Sekretaris ...") belongs to the civil
        body named last before it in the sentence; [] when there is none."""
        ws = self.ws
        k = start - 1
        while k >= 0 and ws[k].text not in {".", "!", "?"}:
            org = self.orgs.get(k)
            if org is not None and org.kind in _CIVIL_KINDS:
                return [org.text]
            k -= 1
        return []

    def _civil_body_in(self, j: int, end: int) -> bool:
        """A civil-society or religious body named inside the unit, by a known acronym or an
        organisation found there: the post is that body's ("Sekretaris Badan ... Sinode GMIT")."""
        known = (
            KNOWN.get(w.text)
            for k, w in enumerate(self.ws[j:end], j)
            if not (w.text in GOV_FIELD_ACRONYMS and self._in_gov(k))
        )
        return any(kind in _CIVIL_KINDS for kind in known) or any(
            j <= k < end and m.kind in _CIVIL_KINDS for k, m in self.orgs.items()
        )

    def _in_gov(self, k: int) -> bool:
        """Word k lies inside a government body found there ("Badan Kesbangpol Linmas Aceh")."""
        ws = self.ws
        return any(s <= k and m.kind == GOV and ws[k].end <= m.end for s, m in self.orgs.items())

    def _title_in_brackets(self, k: int) -> int:
        """Words of a bracket repeating the title in short inside the unit ("Kepala Bagian (Kabag)
        Kesra", "Kepala Bagian Operasional (Kabag Ops)"), else 0."""
        ws = self.ws
        if k + 2 >= len(ws) or ws[k].text != "(" or office_at(ws, k + 1, any_case=True) is None:
            return 0
        close = next((c for c in range(k + 2, min(k + 5, len(ws))) if ws[c].text == ")"), None)
        return close - k + 1 if close is not None else 0

    def _closed_office_in_brackets(self, title: TitleMatch) -> TitleMatch | None:
        """ "Komandan Distrik Militer (Dandim)": an open head written out, then its closed title in
        short; the short title carries the unit and its level."""
        ws = self.ws
        for k in range(title.end + 1, min(title.end + 6, len(ws) - 2)):
            if ws[k].text == "(" and ws[k + 2].text == ")":
                inner = office_at(ws, k + 1, any_case=True)
                if inner is None or inner.office is None or inner.end != k + 2:
                    return None
                return TitleMatch(title.start, k + 3, inner.text, inner.office, False, title.acting)
            if not ws[k].is_title:
                return None
        return None

    def _without_bracketed_titles(self, j: int, end: int) -> list[str]:
        words, k = [], j
        while k < end:
            if skip := self._title_in_brackets(k):
                k += skip
                continue
            words.append(self.ws[k].text)
            k += 1
        return words
