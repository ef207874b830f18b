"""Places: administrative regions linked to Kemendagri codes, outside other entities' spans.

Provinces, regencies and cities match bare or after a prefix; districts need a prefix or a parent
the article names; villages need "Desa"/"Kelurahan"/"Kel.". Same-named regions are resolved by the
level the article writes elsewhere ("Kota Serang"), the regions it names and its province."""

from __future__ import annotations

from spacy.tokens import Doc

from nlp import gazetteer
from nlp.choose import choose, province_code
from nlp.component import component
from nlp.gazetteer import Region
from nlp.lexicons.places import AMBIGUOUS_BARE, LEVEL_PREFIXES, OTHER_PLACES, STREET_WORDS
from nlp.mention import DATE, OFFICIAL, ORG, PERSON, PLACE, DocState, Mention
from nlp.regionspan import RegionSpan, region_at

_BARE_LEVELS = ("province", "regency", "city")


def _candidates(state: DocState) -> list[RegionSpan]:
    ws, spans = state.words, []
    covered = state.covered_words((ORG, OFFICIAL, PERSON, DATE))
    first_words = gazetteer.first_words()
    i = 0
    while i < len(ws):
        word = ws[i]
        if not word.is_title or i in covered or (
                word.text.lower() not in first_words and word.text.lower() not in LEVEL_PREFIXES):
            i += 1
            continue
        span = region_at(ws, i)
        if span is None:
            i += 1
            continue
        spans.append(span)
        i = span.end
    return spans


def _context(state: DocState, spans: list[RegionSpan]) -> tuple[dict[str, str], set[str]]:
    """Levels the article writes explicitly per name, and codes of regions named unambiguously
    (including the jurisdictions of officials and organisations)."""
    typed: dict[str, str] = {}
    codes: set[str] = {m.code for m in state.mentions if m.code and m.type in (ORG, OFFICIAL)}
    for span in spans:
        if span.prefixed and span.prefix_levels[0] in ("regency", "city"):
            typed[span.candidates[0].name.lower()] = span.prefix_levels[0]
        levels = {c.level for c in span.candidates if c.level in _BARE_LEVELS}
        if len(span.candidates) == 1 and levels:
            codes.add(span.candidates[0].code)
    return typed, {c[:5] if len(c) > 5 else c for c in codes}


def _pick(span: RegionSpan, province: str | None, typed: dict[str, str], codes: set[str]) -> Region | None:
    pool = [c for c in span.candidates if span.prefixed or c.level in _BARE_LEVELS]
    if not pool:  # a bare district name only inside a region the article names
        pool = [c for c in span.candidates
                if c.level == "district" and any(c.code.startswith(p + ".") for p in codes)]
    return choose(pool, province=province, preferred=typed, context_codes=codes)


def find_places(state: DocState, text: str) -> list[Mention]:
    spans = _candidates(state)
    typed, codes = _context(state, spans)
    province = province_code(state.province)
    ws = state.words
    picked: dict[int, Region] = {}
    # regions above villages first: their codes then place same-named villages
    for n, span in enumerate(spans):
        if any(w.text in STREET_WORDS for w in ws[max(0, span.start - 2):span.start]):
            continue  # "Jalan Raya Serang", "Hotel Bandung Permai"
        bare_word = ws[span.start].text if span.end - span.start == 1 else ""
        if span.prefix_levels == ("village",) or (not span.prefixed and bare_word in AMBIGUOUS_BARE):
            continue
        region = _pick(span, province, typed, codes)
        if region is not None:
            picked[n] = region
    inner = codes | {r.code for r in picked.values()}
    for n, span in enumerate(spans):
        if span.prefix_levels == ("village",):
            region = choose(span.candidates, province=province, context_codes=inner)
            if region is not None:
                picked[n] = region
    found = []
    for n, region in sorted(picked.items()):
        span = spans[n]
        start, end = ws[span.start].start, ws[span.end - 1].end
        written = text[start:end]
        found.append(Mention(PLACE, start, end, written, region.display, kind=region.level,
                             code=region.code))
    for word in ws:
        if word.text in OTHER_PLACES and not state.claimed(word.start, word.end):
            found.append(Mention(PLACE, word.start, word.end, word.text, OTHER_PLACES[word.text],
                                 kind="other"))
    return found


@component("pantau_places_v1")
def places(doc: Doc, state: DocState) -> None:
    state.mentions.extend(find_places(state, state.text))
