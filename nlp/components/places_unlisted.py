"""Villages written with their village word that the gazetteer does not hold where the article is:
"di Desa Sabe, Kecamatan Janapria" in a Lombok article when the data's only Sabe is in Sulawesi.
The region list ships every province, regency, city and district, but village lists lag behind new
villages, splits and renamings, and a village word before a capitalised name ("Desa", "Kelurahan",
"Gampong", "Nagari", "Pekon" ...) already says the name is a village. Such a village is listed as
written, without a code, when its name is a village's name somewhere in the country: a programme
("Desa Sadar Kerukunan", "Kelurahan Siaga") is not. Level words that are also ordinary words
("kampung", "negeri", "lembang") are left out ("Kampung KB", "Pengadilan Negeri"), and so is a
village word after a venue word ("Kantor Desa Kolono", "Balai Desa X": the office, as `in_a_venue`)."""

from __future__ import annotations

from nlp import gazetteer
from nlp.components.places_villages import NAME_PARTS
from nlp.lexicons.dates import MONTHS, WEEKDAYS
from nlp.lexicons.places import LEVEL_PREFIXES, STREET_WORDS
from nlp.lexicons.places_around import VENUE_WORDS
from nlp.mention import DATE, OFFICIAL, ORG, PERSON, PLACE, DocState, Mention
from nlp.words import Word

_VILLAGE_WORDS = frozenset(
    w
    for w, levels in LEVEL_PREFIXES.items()
    if levels == ("village",) and "." not in w and w not in {"kampung", "negeri", "lembang", "ds"}
)
_MAX_NAME_WORDS = 3
_VENUES = STREET_WORDS | VENUE_WORDS


def _name_word(word: Word) -> bool:
    lower = word.text.lower()
    return (
        word.is_title
        and word.text.isalpha()
        and lower not in LEVEL_PREFIXES
        and lower not in WEEKDAYS
        and lower not in MONTHS
    )


def _name_end(ws: list[Word], i: int) -> int | None:
    """The end of the village's name that starts at word i: its capitalised words, and a name part
    written in lower case ("Desa Suka jaya"). A region written after it without a comma is not part
    of it ("Desa Gura Tobelo"); a longer run of capitalised words is some other name's."""
    k = i
    while k < len(ws) and (_name_word(ws[k]) or (k > i and ws[k].text in NAME_PARTS)):
        k += 1
    if k - i > _MAX_NAME_WORDS:
        return None
    if (
        k - i > 1
        and gazetteer.lookup(ws[k - 1].text)
        and not gazetteer.villages_named(" ".join(w.text for w in ws[i:k]))
    ):
        k -= 1
    return k


def unlisted_villages(
    state: DocState,
    ws: list[Word],
    text: str,
    found: list[Mention],
    related: list[tuple[int, int]],
) -> list[Mention]:
    """Villages with their village word, not already found, outside other entities and related
    lines ("Baca juga")."""
    covered = state.covered_words((ORG, OFFICIAL, PERSON, DATE), ws)
    # villages the finder already placed, by name ("Desa Patoman" found once is found)
    named = {m.normalized.split(" ", 1)[-1].lower() for m in found if m.kind == "village"}
    out: list[Mention] = []
    for i, word in enumerate(ws[:-1]):
        lower = word.text.lower()
        if lower not in _VILLAGE_WORDS or not word.is_title or i in covered:
            continue
        end = _name_end(ws, i + 1)
        if end is None or end == i + 1 or any(k in covered for k in range(i + 1, end)):
            continue
        if i > 0 and ws[i - 1].text.capitalize() in _VENUES:
            continue
        start, stop = word.start, ws[end - 1].end
        if any(m.overlaps(start, stop) for m in found) or any(a <= start < b for a, b in related):
            continue
        name = text[ws[i + 1].start : stop]
        if not gazetteer.villages_named(name) or name.lower() in named:
            continue
        display = f"{word.text[:1].upper()}{lower[1:]} {name}"
        out.append(Mention(PLACE, start, stop, text[start:stop], display, kind="village"))
    return out
