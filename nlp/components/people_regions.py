"""Regions' short forms read as names after an office: "Bupati Polman agar ...", "Kadis Pendidikan
Morut", "Bupati Morut Delis J. Hehi".

A short form the gazetteer lacks ("Morut", "Polman", "Konut", "Kep.") looks like a one-word name
after a title, and one-word officials are common ("Bupati Subandi mengatakan"). The text tells them
apart: it writes the short form as a region somewhere else, in brackets after the region's name
("Morowali Utara (Morut)", "Kepulauan Bangka Belitung (Kep. Babel)"), after a regional body's
head ("Pemkab Morut", "Kesbangpol Konut", "Bawaslu Polman") or as the dateline ("POLMAN, ..."). A
word the text writes so is not a name: a mention named by it alone is dropped and one that starts
with it is named without it."""

from __future__ import annotations

from nlp import gazetteer
from nlp.mention import OFFICIAL, PERSON, DocState, Mention
from nlp.titles import office_at
from nlp.words import Word

# heads of regional bodies and levels written before a region's (short) name
_REGION_BODY_HEADS = frozenset(
    """Pemkab Pemkot Pemda Pemprov Kabupaten Kab Kab. Kota Provinsi Prov Prov. Polres Polda Kodim
    Korem Kejari Kejati DPRD Setda Setdakab Kesbangpol Bawaslu KPU Kemenag Dinkes Disdik BPBD
    Bappeda""".split()  # noqa: SIM905
)
_BRACKET_LOOKBACK = 3  # words of a region's name before its bracketed short form


def _bracketed_after_region(ws: list[Word], k: int) -> bool:
    """ "Polewali Mandar (Polman)": the word at k opens a bracket right after a known region."""
    if k < 2 or ws[k - 1].text != "(" or k + 1 >= len(ws):
        return False
    if ws[k + 1].text != ")" and not ws[k].text.endswith("."):
        return False  # "Kab. Tanggamus (Heri Agus Setiawan, S.Sos.)": a holder's name in brackets
    for n in range(1, _BRACKET_LOOKBACK + 1):
        if k - 1 - n < 0:
            break
        if gazetteer.lookup(" ".join(w.text for w in ws[k - 1 - n : k - 1])):
            return True
    return False


def _after_body_head(ws: list[Word], k: int) -> bool:
    """ "Pemkab Morut,", "Kesbangpol Konut di": one word after a regional body's head, closing its
    phrase (a name goes on: "Ketua DPRD Ahmad Umasangadji"), with no office written over the head."""
    if k < 1 or ws[k - 1].text not in _REGION_BODY_HEADS:
        return False
    if any(
        t is not None and t.end >= k - 1
        for s in (k - 3, k - 2)
        if s >= 0
        for t in [office_at(ws, s)]
    ):
        return False  # "Kepala Kesbangpol Muldani,": an office, then its holder's one-word name
    return k + 1 >= len(ws) or not (ws[k + 1].is_title or ws[k + 1].is_upper)


def region_short_forms(state: DocState) -> set[str]:
    """Title-case words the text writes as a region's short form (without a final full stop)."""
    ws = state.words
    found: set[str] = set()
    if ws and ws[0].is_upper and len(ws) > 1 and ws[1].text in {",", "-", "–"}:
        found.add(ws[0].text.capitalize())  # the dateline: "POLMAN, Tayang9 -"
    for k, word in enumerate(ws):
        if not word.is_title or not (_after_body_head(ws, k) or _bracketed_after_region(ws, k)):
            continue
        if not gazetteer.lookup(word.text):  # known regions are read as regions already
            found.add(word.text.rstrip("."))
    return found


def _renamed(mention: Mention, short: set[str]) -> Mention | None:
    words = mention.normalized.split()
    if not words or words[0].rstrip(".") not in short:
        return mention
    if len(words) == 1:
        return None
    mention.normalized = " ".join(words[1:])
    return mention


def _region_named(mention: Mention) -> bool:
    """ "Bupati Lampung Barat." read as a name: a name of two words or more that is a region's."""
    return mention.type in (OFFICIAL, PERSON) and (
        len(mention.normalized.split()) >= 2 and bool(gazetteer.lookup(mention.normalized))
    )


def drop_region_names(state: DocState, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the names that are the text's region short forms or a region's name."""
    short = region_short_forms(state)
    kept = []
    for m in mentions:
        if _region_named(m):
            continue
        renamed = _renamed(m, short) if short and m.type in (OFFICIAL, PERSON) else m
        if renamed is not None:
            kept.append(renamed)
    return kept
