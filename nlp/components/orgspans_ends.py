"""Where a body's name ends: where its head's name begins ("Kepala Dinas Satpol PP Budi Santoso,",
"Ketua Tim Penggerak PKK (TP-PKK) Sri Wahyuni,", "Kepala Pengadilan Negeri Lalu Ahmad Fauzi
menyampaikan"), and after all the regions of one office serving several ("BNN Kota Maju dan Tanah
Datar"). Helpers for OrgFinder (nlp.components.organisations) and its cuts (organisations_cuts)."""

from __future__ import annotations

from nlp import gazetteer
from nlp.lexicons.honorifics import NAME_FORMING_STARTS
from nlp.names import ends_clause, is_name_word
from nlp.orgspans import TAIL_LEVELS, phrase_at, regional
from nlp.orgspans_tail import Tail
from nlp.regionspan import region_at
from nlp.words import Word

# a head's name runs on past a body's words for at most this many more words
_RUN_ON = 4
# regions a unit is named after ("Dinas Kesehatan Aceh Budi,"); a village's name may be a person's
_OWN_REGIONS = frozenset({"province", "regency", "city"})


def clause_end_after_name(ws: list[Word], k: int) -> int:
    """Where the name words starting at word k end their clause ("... Badar Pakaya, Kepala"): the
    clause end after them, or k itself when they do not reach one."""
    end = k
    while (
        end < len(ws)
        and end - k < _RUN_ON
        and _name_word(ws[end])
        and not gazetteer.lookup(ws[end].text)  # "... Nasional | Bangka Belitung.": a region
    ):
        end += 1
    return end if end > k and ends_clause(ws, end) else k


def _name_word(word: Word) -> bool:
    """A word of a person's name, an abbreviated first name ("Moh.", "Muh.") included."""
    text = word.text
    return is_name_word(word) or (
        text.endswith(".") and 2 < len(text) <= 5 and text[:-1].isalpha() and word.is_title
    )


def starts_prefixed_name(ws: list[Word], k: int) -> bool:
    """Whether word k opens a name by a name-forming first word ("Lalu", "Andi", "I Made"), the
    words after it being a name's too."""
    for parts in NAME_FORMING_STARTS:
        size = len(parts)
        if tuple(w.text for w in ws[k : k + size]) == parts and (
            k + size < len(ws) and _name_word(ws[k + size])
        ):
            return True
    return False


def closes_acronym(ws: list[Word], n: int) -> bool:
    """Whether word n closes a body's "(ACR)" ("... Keluarga (TP-PKK) Sri Wahyuni,")."""
    return (
        n >= 2
        and ws[n].text == ")"
        and ws[n - 2].text == "("
        and any(c.isupper() for c in ws[n - 1].text)
        and not is_name_word(ws[n - 1])
    )


def tail_outside_name(after: Tail, trimmed: int, written: int) -> Tail:
    """A unit's name trimmed before its head's name ("Dinas Satpol PP | Badar Pakaya,") keeps no
    bare region read from that name's first words ("Badar" is also a village's name)."""
    if (
        trimmed < written
        and after.acronym is None
        and after.skip is None
        and after.region is not None
        and not after.region.prefixed
        and not any(c.level in _OWN_REGIONS for c in after.region.candidates)
        and trimmed < after.end < written
    ):
        return Tail(trimmed, None, None, None)
    return after


def joint_regions_end(ws: list[Word], i: int, after: Tail) -> int:
    """ "Kanwil DJP Sulawesi Selatan, Sulawesi Barat, dan Sulawesi Tenggara", "FKDM Kecamatan A, B
    dan C": one office serving regions of one level listed up to "dan" ends after the last (the
    governments of two regions, "Pemprov A dan B", are two bodies)."""
    region = after.region
    if region is None or after.end != region.end or phrase_at(ws, i, regional()):
        return after.end
    levels = {c.level for c in region.candidates}
    k = after.end
    while k < len(ws):
        k += ws[k].text == ","
        closing = k < len(ws) and ws[k].text == "dan"
        k += closing
        more = region_at(ws, k, TAIL_LEVELS)
        if more is None or more.prefixed or not levels & {c.level for c in more.candidates}:
            return after.end
        if closing:
            return more.end if ends_clause(ws, more.end) else after.end
        k = more.end
        if k >= len(ws) or ws[k].text not in {",", "dan"}:
            return after.end
    return after.end
