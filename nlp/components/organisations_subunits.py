"""A section of a secretariat named bare ("Kepala Bagian Hukum", "Bagian Tata Usaha"): annotators
list the section only with the secretariat or region it belongs to ("Bagian Kesra Setda Kabupaten
X"), as they leave out the other sub-units (Bidang, Seksi). Written bare it is kept for the role
it bounds but never listed (flagged OFFICE_ONLY by OrgFinder). A province's bureau ("Biro Umum")
is a body of its own and is not a section."""

from __future__ import annotations

from nlp.lexicons.organisations_words import PARENT_UNITS
from nlp.mention import Mention

# heads of a secretariat's sections
SECTION_HEADS = frozenset({"Bagian", "Subbagian", "Subbag"})
# a secretariat the section belongs to, written in its name
_SECRETARIATS = PARENT_UNITS | {"Setdako", "Setdakab", "Sekretariat", "Sekda", "Pemda"}


def bare_section(m: Mention) -> bool:
    words = m.normalized.split()
    return (
        len(words) > 0
        and words[0] in SECTION_HEADS
        and m.code is None
        and not any(w in _SECRETARIATS for w in words[1:])
    )
