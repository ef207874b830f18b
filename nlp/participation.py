"""Participation, not co-mention: does a mention show its entity taking part in the event?

An entity takes part when at least one of its mentions stands outside quotes and after none of the
words that make it only named (a plan, a request, a representation, a backer, a venue's owner:
`nlp.lexicons.participation`). A civil-society organisation must also be named where the event is
reported (the lead, an event or presence word, someone speaking for it); a government body must
act (before its sentence's first verb, or after a presence word) where the event is reported too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.cues import (
    BACKER,
    BODY_PRESENCE,
    CLAUSE,
    CUT_AFTER,
    FUTURE,
    LEADER,
    MEMBER,
    OWNER,
    PLANNED,
    PRESENCE,
    QUOTED,
    REPRESENTED_AFTER,
    REPRESENTED_BEFORE,
    REQUEST,
    SENT_SOMEONE,
    SENTENCE_END,
    SPEECH,
    STRONG,
    TOPIC,
    VENUE,
    VERB,
    WEAK,
    earliest,
    interaction,
)
from nlp.lexicons import participation as pa
from nlp.participation_owner import owned_partner

OFFICIAL, BODY, ORG = "official", "body", "org"
PARAGRAPH = re.compile(r"\n\s*\n\s*")
GOVERNMENT_NAME = re.compile(
    r"(?:forum (?:koordinasi|komunikasi) pimpinan|forum (?:koordinasi|komunikasi) dan konsultasi"
    r"|forkopim|forkompin"
    r"|majelis rakyat)",  # Papua's MRP, a state body (README clarification 13)
    re.IGNORECASE,
)
# PKK, a legislature's party faction (Fraksi), a branch board's title cut from its organisation
# ("DPD" of "DPD Badan Komunikasi ..."), and names cut to a generic head ("Forum Koordinasi", "Badan Pengelola" of a mosque).
# PKK and the associations of regional governments are also typed "other" where the recogniser
# knows them (lexicons/organisations_known.STATE_SPONSORED); the name holds whatever kind a longer
# or unknown form ("APEKSI Wilayah X") was given.
NEITHER_NAME = re.compile(
    r"\bPKK\b|^Fraksi\b|^(?:DPP|DPW|DPD|DPC|PW|PD|PC|MPW|MPC)$|^(?:Forum (?:Koordinasi|Komunikasi|Kerukunan|Pimpinan)|"
    r"Organisasi (?:Kemasyarakatan|Masyarakat)|Badan (?:Pengelola|Pekerja))$"
    # associations of regional governments (Apeksi, Apkasi, Appsi, Adkasi, Adeksi): no civil society
    r"|^Asosiasi (?:Pemerintah|DPRD)|^(?i:apeksi|apkasi|appsi|adkasi|adeksi)\b"
)
GOVERNMENT_KINDS = frozenset({"government_agency"})
CIVIL_KINDS = frozenset({"ormas_cso", "religious"})
# Kinds the recogniser could not settle ("other", none): the name's own words tell the side.
UNSETTLED_KINDS = frozenset({"other", None})
# An organisation named as where something happens ("di Balai Adat Y"), or as a part of such an
# address ("di Merajan X, Desa Adat Y, Bali"), is a place there, not a party
AT_PLACE = re.compile(r"\bdi\s+(?:[A-Z][\w'’.-]*\s+)*$")
AT_ADDRESS = re.compile(r"\bdi\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*,\s+$")
ADDRESS_END = re.compile(r"\s*[,.;)\n]")
# between a member's title and the name of its holder ("Anggota DPRD X, Budi", "anggota DPRD X
# seperti Budi", "Budi, anggota DPRD X")
NAME_GAP = re.compile(r"[,\s]*(?:(?:seperti|yakni|yaitu|antara lain)\s+)?$")
# the same told by the words when the name was not recognised as an official's: a capitalised
# word after the body ("Anggota DPRD X Budi", "anggota DPRD X seperti Budi"), or right before the
# title with no comma between ("Budi Santoso anggota DPRD X"; "Forkopimda, anggota DPRD X" is a list)
NAMED_NEXT = re.compile(r"\s*(?:,?\s*(?:seperti|yakni|yaitu|antara lain)\s+)?[A-Z]")
NAMED_BEFORE = re.compile(r"[A-Z][\w.'’]*\s+$")
# a party to a relation ("hubungan antara Pemkab X dengan ulama"): the relation's topic, no actor
BETWEEN = re.compile(r"\bantara\s+$", re.IGNORECASE)
LEADING = re.compile(r"^\s*(?:" + "|".join(pa.LEADING) + r")\b[^,;]*,\s*", re.IGNORECASE)
GOVERNMENT_SHAPE = re.compile(pa.GOVERNMENT_SHAPE, re.IGNORECASE)
CIVIL_SHAPE = re.compile(pa.CIVIL_SHAPE, re.IGNORECASE)
CIVIL_WORDS = re.compile(pa.CIVIL_WORDS, re.IGNORECASE)
OFFICE_HEAD = re.compile(pa.OFFICE_HEAD, re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """A mention of a possible participant: `key` identifies its entity, `side` is official/body/org."""

    key: str
    side: str
    start: int
    end: int


def side_of(kind: str | None, name: str = "") -> str | None:
    """Which side an organisation of `kind` named `name` stands on (None: neither, e.g. a party or
    a company). A regional leadership forum is government whatever its kind; PKK, led by officials'
    spouses, and a bare head word ("Forum Koordinasi") stand on neither side."""
    if GOVERNMENT_NAME.match(name):
        return BODY
    if NEITHER_NAME.search(name):
        return None
    if kind in UNSETTLED_KINDS:  # "Kantor Kesatuan Bangsa ...", "Organisasi Amatir Radio ..."
        kind = (
            "government_agency"
            if GOVERNMENT_SHAPE.search(name)
            else "ormas_cso"
            if CIVIL_SHAPE.search(name)
            else kind
        )
    if kind in GOVERNMENT_KINDS:
        civil = CIVIL_WORDS.search(name) and not OFFICE_HEAD.search(name)
        return ORG if civil else BODY
    return ORG if kind in CIVIL_KINDS else None


def sentence_spans(text: str, starts: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence: from the NLP stage's starts when given, else split here."""
    if starts is None:
        starts = [0, *(m.end() for m in SENTENCE_END.finditer(text))]
    else:  # a paragraph ends its sentence: a headline without a full stop runs into no body
        starts = [*starts, *(m.end() for m in PARAGRAPH.finditer(text))]
    bounds = sorted(set(starts) | {0})
    return [
        (a, b) for a, b in zip(bounds, [*bounds[1:], len(text)], strict=True) if text[a:b].strip()
    ]


class Article:
    """One body's sentences and quotes, to judge each mention in its context."""

    def __init__(self, text: str, sentence_starts: Sequence[int] | None = None) -> None:
        self.text = text
        self.spans = _joined(text, sentence_spans(text, sentence_starts))
        self.heads = [a for a, _ in self.spans]
        self.quotes = [m.span() for m in QUOTED.finditer(text)]
        self.quote_starts = [a for a, _ in self.quotes]
        first_break = text.find("\n", len(text) - len(text.lstrip()))
        self.lead_end = len(text) if first_break < 0 else first_break  # the first paragraph
        self.officials: Sequence[Part] = ()  # the officials named, set by who judges participation

    def sentence(self, start: int) -> tuple[int, int]:
        k = max(bisect.bisect_right(self.heads, start) - 1, 0)
        return self.spans[k] if self.spans else (0, len(self.text))

    def quoted(self, start: int) -> bool:
        k = (
            bisect.bisect_left(self.quote_starts, start) - 1
        )  # quotes do not nest: the last one opened
        return k >= 0 and start < self.quotes[k][1]

    def takes_part(self, part: Part) -> bool:
        """Whether this mention shows its entity taking part (not only named)."""
        if self.quoted(part.start):
            return False
        a, b = self.sentence(part.start)
        before = self.text[a : part.start]
        if self._only_named(part, self.text[a:b], before):
            return False
        if part.side == ORG and self._at_place(before[-80:], part.end):
            return False
        after = self.text[part.end : part.end + 60].lstrip(" ,")
        if (
            part.side == BODY
        ):  # "Kanwil X yang diwakili Kabid Y", "Pemkab X melalui Kesbangpol": Y takes part
            return not SENT_SOMEONE.match(after)
        return not (part.side == OFFICIAL and REPRESENTED_BEFORE.match(after))

    def _at_place(self, before: str, end: int) -> bool:
        if AT_PLACE.search(before):
            return True
        return bool(AT_ADDRESS.search(before) and ADDRESS_END.match(self.text, end))

    @staticmethod
    def _only_named(part: Part, sentence: str, before: str) -> bool:
        """A plan, a request or hope, a backer, a venue's owner, a representative's principal."""
        if PLANNED.search(sentence) or FUTURE.search(before) or REQUEST.search(before):
            return True
        if BACKER.search(before[-40:]):
            return True
        if part.side == ORG and _topic(before[-40:]):  # "membahas kepengurusan FKUB": a subject
            return True
        if part.side == BODY and VENUE.search(before[-80:]):
            return True
        return part.side == OFFICIAL and bool(
            REPRESENTED_AFTER.search(before[-40:])
            or OWNER.search(before[-40:])
            or owned_partner(before)
        )

    def context(self, start: int) -> tuple[int, int]:
        """The mention's sentence, from the start of the sentence before it when it is a verbless
        list running on ("Turut hadir: ... . Kepala X, Ketua Y, ...")."""
        a, b = self.sentence(start)
        k = bisect.bisect_left(self.heads, a)
        if k > 0 and not VERB.search(self.text[a:start]):
            return self.spans[k - 1][0], b
        return a, b

    def _named_member(self, part: Part) -> bool:
        """The body is named in a named member's or former holder's title ("Anggota DPRD X Budi",
        "Budi, anggota DPRD X"): the member takes part, not the body; unnamed members ("sejumlah
        anggota DPRD X, tokoh agama ...") stand for their body (README clarification 5)."""
        member = MEMBER.search(self.text, max(part.start - 40, 0), part.start)
        if not member:
            return False
        if NAMED_NEXT.match(self.text, part.end) or NAMED_BEFORE.search(
            self.text, max(member.start() - 30, 0), member.start()
        ):
            return True
        return any(
            (o.start < part.end and o.end > member.start())  # one mention: title, body and name
            or (o.start >= part.end and NAME_GAP.fullmatch(self.text, part.end, o.start))
            or (o.end <= member.start() and NAME_GAP.fullmatch(self.text, o.end, member.start()))
            for o in self.officials
        )

    def reports_event(self, start: int) -> bool:
        """The mention's sentence tells of the event (someone attends, opens, receives ..., or an
        event word), or it is in the lead paragraph, which reports the event in news writing, or
        someone speaks for the organisation ("Ketua FKUB X, Y, menilai ...")."""
        a, b = self.context(start)
        sentence = self.text[a:b]
        if interaction(sentence) or a < self.lead_end:
            return True
        return bool(
            LEADER.search(self.text[max(a, start - 30) : start]) and SPEECH.search(sentence)
        )

    def reported(self, part: Part) -> bool:
        """An organisation named in what someone says ("menyatakan Banser siap membantu")."""
        a, _ = self.sentence(part.start)
        before = self.text[a : part.start]
        said = [m.end() for m in SPEECH.finditer(before)]
        return bool(said) and not PRESENCE.search(before, said[-1])

    def acts(self, part: Part) -> bool:
        """A government body takes part as an actor: it comes before its sentence's first verb
        ("Kesbangpol menggelar", "Selasa (10/12), Pemkab X melalui ..."), or after a presence or
        event word ("dihadiri ... Kodim", "perwakilan Polres", "melalui Kesbangpol")."""
        if self._named_member(part):
            return False
        if BETWEEN.search(self.text, max(part.start - 12, 0), part.start):
            return False
        a, _ = self.context(part.start)
        # a reported clause has its own subject; an opening adverbial clause ("Guna
        # merealisasikan hal tersebut, Kesbangpol ...") comes before the subject
        before = LEADING.sub("", CLAUSE.split(self.text[a : part.start])[-1], count=1)
        near = before[
            -40:
        ]  # an event word right before: "rapat Forkopimda", "sosialisasi Kesbangpol"
        return (
            not VERB.search(before)
            or bool(BODY_PRESENCE.search(before))
            or bool(earliest(STRONG, near) or earliest(WEAK, near))
        )


def _topic(before: str) -> bool:
    """The mention is what a meeting is about ("membahas kepengurusan FKUB"): a topic word right
    before it, with no presence word in between ("sosialisasi tentang X kepada FKUB" has one)."""
    said = [m.end() for m in TOPIC.finditer(before)]
    return bool(said) and not PRESENCE.search(before, said[-1])


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut after a title or initial ("Hj.", "KH.", "Prof. Dr. H.") joined back: an
    attendance list must stay one sentence with the "dihadiri" that opens it."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and CUT_AFTER.search(text[out[-1][0] : a]) and not text[a:b].startswith("\n"):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
