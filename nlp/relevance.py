"""Is an article about government–civil society engagement (DESIGN.md `relevant`)?

Yes when it reports an engagement (`nlp.engagements`), or when its title or one of its first
sentences names the government side, the civil-society side and an interaction, the civil-society
side outside quotes and not only asked or invited ("Kesbangpol menggelar sosialisasi bagi ormas",
"Bupati bersilaturahmi dengan para kiai"): generic groups and organisations the NLP stage did not
recognise still make the article relevant. Only the lead counts, where news reports its event.
"""

from __future__ import annotations

import re
from typing import Any

from nlp.cues import FUTURE, QUOTED, REQUEST, interaction, words_pattern
from nlp.lexicons import relevance as words
from nlp.lexicons.participation import VENUE as VENUE_WORDS
from nlp.participation import Article

GOVERNMENT = words_pattern(words.GOVERNMENT)
CIVIL_SOCIETY = words_pattern(words.CIVIL_SOCIETY)
NAMED_CIVIL = re.compile("|".join(words.NAMED_SHAPES))  # case as written
# a venue, maybe with its owner's name before the word ("di Aula Kantor Sinode ..."); a body's own
# secretariat or headquarters is where it receives its visitors, so it is not only a venue there
HOSTS = ("sekretariat", "markas")
VENUE_OF = re.compile(
    r"\b(?:di|ke|dari)\s+(?:"
    + "|".join(w for w in VENUE_WORDS if w not in HOSTS)
    + r")(?:\s+(?-i:[A-Z][\w.]*))*\s+$",
    re.IGNORECASE,
)
# a civil-society word naming a government unit's portfolio ("Kepala Bidang Politik Dalam Negeri
# dan Organisasi Kemasyarakatan"): an office, not the civil side
PORTFOLIO = re.compile(r"\b(?:" + "|".join(words.PORTFOLIO) + r")\b[^,.;:()]{0,50}$", re.IGNORECASE)
PEOPLE = re.compile("|".join(words.PEOPLE), re.IGNORECASE)
GUESTS = re.compile(r"\b(?:hadir|dihadiri|hadirin)\b[^.;:]*,", re.IGNORECASE)  # a list of guests
# the event that names the civil side is planned ("Konferensi Tokoh Agama ... yang direncanakan")
PLANNED_AFTER = re.compile(
    r"[^,.;:()]{0,80}?\byang\s+(?:akan|direncanakan|dijadwalkan|rencananya|bakal)\b", re.IGNORECASE
)
# a sentence cut after an academic degree ("..., Sekda Yacob Ubyaan S.Sos.M.M. Unsur Forkopimda,
# para tokoh agama ..."): the list goes on in the next "sentence"
DEGREE_END = re.compile(r"\b(?:S|M|Dr|Drs|Ir|SH|MH|MM|MSi|MAP)\.?(?:[A-Z][a-z]{0,3}\.?)*[.,]*\s*$")
HOUSE = re.compile(r"masjid|gereja|musholl?a|mushall?a|pura|vihara|klenteng", re.IGNORECASE)
AT = re.compile(r"\bdi\s+$", re.IGNORECASE)
LEAD_SENTENCES = 3  # news reports its event in the first sentences; later ones drift to topics
LEAD_CHARS = 3000  # more than three sentences of news
FRAGMENT_WORDS = 4  # fewer words tell no event


def cued(text: str, title: str | None = None, article: Article | None = None) -> bool:
    """Whether the title or a lead sentence shows government and civil society interacting."""
    article = article or Article(text[:LEAD_CHARS])  # only the lead is read
    # a title is title-cased: the case-sensitive shapes of a civil body read only the lead
    lead = _lead(text, article)
    return (
        _shows(title or "", named=False)
        or any(_shows(s) for s in lead)
        or any(
            _joined(first, then) or _joined(then, first)
            for first, then in zip(lead, lead[1:], strict=False)
        )
    )


def _joined(first: str, then: str) -> bool:
    """One event told over two neighbouring lead sentences: the government side takes part in one,
    the civil-society side in the other ("Kepala X menghadiri FGD ... . Acara ini dihadiri oleh
    tokoh masyarakat, ormas ...")."""
    plain = QUOTED.sub(" ", first)
    return bool(GOVERNMENT.search(plain) and interaction(plain)) and _civil(then)


def _lead(text: str, article: Article) -> list[str]:
    """The first sentences of news; one that opens with or inside a quote does not count (what
    someone says reports no event, and the sentence closing the quote often does: "..., ucap
    Gubernur X ketika mengukuhkan ...")."""
    lead: list[str] = []
    counted = 0
    said = _unquoted(text, article)
    for a, b in article.spans:
        if lead and DEGREE_END.search(lead[-1]):  # a list cut after a name's degree goes on
            lead[-1] += said[a:b]
            continue
        if counted == LEAD_SENTENCES:
            break
        lead.append(said[a:b])
        opening = text[a:b].lstrip()[:1]
        counted += not (opening in '"“' and opening or article.quoted(a) or _fragment(text[a:b]))
    return lead


def _unquoted(text: str, article: Article) -> str:
    """The text with speech blanked, also a quote running over several sentences ("“Kami sangat
    konsen dengan masyarakat adat. ...,” imbuh X"): a sentence inside it reports no event."""
    chars = list(text)
    for a, b in article.quotes:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _fragment(sentence: str) -> bool:
    """A dateline or source tag cut off as a sentence ("Dobo-Diskominfo.", "..."): no news yet."""
    return len(sentence.split()) < FRAGMENT_WORDS


def _shows(sentence: str, named: bool = True) -> bool:
    plain = QUOTED.sub(" ", sentence)
    if not GOVERNMENT.search(plain) or not interaction(plain):
        return False
    return _civil(sentence, named)


def _civil(sentence: str, named: bool = True) -> bool:
    """The civil-society side takes part in an interaction the sentence tells of."""
    plain = QUOTED.sub(" ", sentence)
    if not interaction(plain):
        return False
    civil = [*CIVIL_SOCIETY.finditer(plain), *(NAMED_CIVIL.finditer(plain) if named else ())]
    return any(
        _taking_part(plain[: m.start()])
        and not PLANNED_AFTER.match(plain, m.end())
        and not _worship_venue(plain, m)
        and not _guests(plain, m)
        for m in civil
    )


def _guests(sentence: str, found: re.Match[str]) -> bool:
    """People named as a group in a list of who attended ("Hadir ... Kapolres, Kajari, Tokoh
    Masyarakat dan jajaran Pemkab"): guests at a government event; a body named there takes part."""
    return bool(PEOPLE.match(found.group()) and GUESTS.search(sentence, 0, found.start()))


def _worship_venue(sentence: str, found: re.Match[str]) -> bool:
    """A house of worship right after "di" is where the event happens, not a party ("membuka
    kegiatan di Masjid X"); its congregation or board is ("pengurus Masjid X")."""
    return bool(HOUSE.fullmatch(found.group()) and AT.search(sentence, 0, found.start()))


def _taking_part(before: str) -> bool:
    """Not asked, not planned, not "se-Kabupaten", not a venue's owner ("di Aula FKUB")."""
    return not (
        REQUEST.search(before)
        or FUTURE.search(before)
        or re.search(r"\bse-?$", before)
        or VENUE_OF.search(before)
        or PORTFOLIO.search(before)
    )


def relevant(
    engagements: list[Any], text: str, title: str | None = None, article: Article | None = None
) -> bool:
    return bool(engagements) or cued(text, title, article)
