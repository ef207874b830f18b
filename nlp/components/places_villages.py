"""Villages written without their village word: after "di" ("di Lamaru"), in a list that "di" opens
("di Oeba, Bakunase dan Petuk") or in an address after a venue ("di Aula Melati, Sukamaju,
Cibeber"), when the name is the only village of that name inside a region the article names."""

from __future__ import annotations

from nlp import gazetteer
from nlp.gazetteer import Region
from nlp.lexicons.places import LEVEL_PREFIXES, STREET_WORDS
from nlp.mention import DATE, OFFICIAL, ORG, PERSON, PLACE, DocState, Mention
from nlp.regionspan import RegionSpan
from nlp.words import Word

_CHAIN = frozenset({",", "dan", "atau", "serta"})
_CHAIN_REACH = 12  # words back from a list item to the "di" that opens it
# words closing a village's name that writers leave in lower case ("di Doyo lama")
NAME_PARTS = frozenset(
    """lama baru jaya indah makmur utara selatan timur barat tengah hilir hulu ilir ulu atas
    bawah""".split()  # noqa: SIM905
)
_ENDS = frozenset({".", "!", "?", ";", ":", "(", ")"})


def _abbreviation_dot(ws: list[Word], j: int) -> bool:
    """The dot of a short abbreviation inside a clause ("Perum. Banteng", "Alm. KH. Ahmad")."""
    return (
        ws[j].text == "."
        and 0 < j < len(ws) - 1
        and ws[j - 1].is_title
        and len(ws[j - 1].text) <= 5
        and ws[j - 1].end == ws[j].start
        and ws[j + 1].is_title
    )


def _opened_by_di(ws: list[Word], i: int, text: str) -> bool:
    """Whether word i follows "di" or is an item of a list or address that "di" opens in the same
    clause ("di Lapangan Merdeka, Sukamaju, Cibeber", "di Oeba, Bakunase dan Petuk")."""
    if ws[i - 1].text == "di":
        return True
    if ws[i - 1].text not in _CHAIN:
        return False
    for j in range(i - 2, max(-1, i - 2 - _CHAIN_REACH), -1):
        if _abbreviation_dot(ws, j):
            continue
        if ws[j].text in _ENDS or "\n" in text[ws[j].end : ws[j + 1].start]:
            return False
        if ws[j].text == "di":
            return True
    return False


def _village_at(ws: list[Word], i: int, inner: set[str]) -> tuple[int, Region] | None:
    """The longest name of one to three words at i that is the only village of its name inside
    the named regions."""
    best = None
    for k in range(i, min(i + 3, len(ws))):
        if not (ws[k].is_title or (k > i and ws[k].text in NAME_PARTS)):
            break
        name = " ".join(w.text for w in ws[i : k + 1])
        near = [
            v
            for v in gazetteer.villages_named(name)
            if any(v.code.startswith(c + ".") for c in inner)
        ]
        if len(near) == 1:
            best = (k, near[0])
    return best


def _parent_after(ws: list[Word], k: int, starts: dict[int, RegionSpan]) -> set[str]:
    """Codes of the region written after word k and a comma ("Air Itam, Pangkalpinang"): the
    parent an address names after its village. Without the comma a name runs on ("Pamona Poso",
    a people; "Dabo Singkep", a town)."""
    if k + 1 >= len(ws) or ws[k + 1].text != ",":
        return set()
    span = starts.get(k + 2)
    return {c.code for c in span.candidates if c.level != "village"} if span else set()


def _village_before_parent(
    ws: list[Word], i: int, starts: dict[int, RegionSpan]
) -> tuple[int, Region] | None:
    """A name of one to three words at i that is the only village of its name inside the region
    written right after it ("Air Itam, Pangkalpinang –", "Lempuyang Bandar, Way Pengubuan")."""
    if i > 0 and ws[i - 1].is_title:  # inside a longer name ("Gampong Ajuen Lam Hasan")
        return None
    for k in range(i, min(i + 3, len(ws))):
        if not ws[k].is_title or (k > i and k in starts and not _alias_word(ws, k)):
            return None
        parents = _parent_after(ws, k, starts)
        if not parents:
            continue
        near = _near(ws, i, k, parents)
        return (k, near[0]) if len(near) == 1 else None
    return None


def _near(ws: list[Word], i: int, k: int, inner: set[str]) -> list[Region]:
    name = " ".join(w.text for w in ws[i : k + 1])
    return [
        v for v in gazetteer.villages_named(name) if any(v.code.startswith(c + ".") for c in inner)
    ]


def _alias_word(ws: list[Word], k: int) -> bool:
    """A compass word alone ("Selatan") matches only as the short form of a district named
    "Kota Selatan": inside a longer name it is the name's last word ("Tiku Selatan")."""
    return ws[k].text.lower() in NAME_PARTS


def bare_villages(
    state: DocState, ws: list[Word], text: str, inner: set[str], spans: list[RegionSpan]
) -> list[Mention]:
    taken = {
        k
        for span in spans
        if not (span.end - span.start == 1 and _alias_word(ws, span.start))
        for k in range(span.start, span.end)
    }
    starts = {span.start: span for span in spans}
    covered = state.covered_words((ORG, OFFICIAL, PERSON, DATE), ws)
    found: list[Mention] = []
    for i in range(len(ws)):
        if not ws[i].is_title or i in taken or i in covered:
            continue
        if ws[i].text in STREET_WORDS or ws[i].text.lower() in LEVEL_PREFIXES:
            continue
        if i == 0 or not _opened_by_di(ws, i, text):
            best = _village_before_parent(ws, i, starts)
        else:
            best = _village_at(ws, i, inner)
        if best is None or any(k in taken or k in covered for k in range(i, best[0] + 1)):
            continue
        k, region = best
        start, end = ws[i].start, ws[k].end
        found.append(
            Mention(
                PLACE, start, end, text[start:end], region.display, kind="village", code=region.code
            )
        )
    return found
