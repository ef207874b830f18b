"""Places: administrative regions linked to Kemendagri codes, outside other entities' spans.

Provinces, regencies and cities match bare or after a prefix; districts need a prefix, a parent
the article names, or to be their regency's seat; villages need a village word ("Desa", "Kampung")
and to lie inside a region the article names or its province, or, without the word, to follow "di"
and be the only village of that name inside a region the article names. Same-named regions are resolved by the
level the article writes elsewhere ("Kota Serang"), the regions it names and its province. A capital
town written bare ("TONDANO") is a place of its own, level "other", without a code. A bare name that
belongs to an office, a unit, a people or an idiom ("Kapolres Cimahi", "suku Nias") is no place."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp import gazetteer
from nlp.choose import choose, province_code
from nlp.component import component
from nlp.components.places_bounds import (
    across_a_unit,
    idiom_words,
    in_a_name,
    in_a_site_name,
    in_a_venue,
    in_dateline,
    island_of,
    island_people,
    name_runs_on,
    nation_phrase,
    other_place_ok,
    related_lines,
    school_or_court_negeri,
    short_form_of_a_name,
    theme_quotes,
    worship_addresses,
)
from nlp.components.places_names import after_a_body
from nlp.components.places_reclaim import reclaim_regions
from nlp.components.places_runs import (
    bare_district_in_a_run,
    district_named_within,
    far_and_alone,
)
from nlp.components.places_unlisted import unlisted_villages
from nlp.components.places_villages import bare_villages
from nlp.gazetteer import Region
from nlp.lexicons.places import (
    AMBIGUOUS_BARE,
    ISLANDS,
    KOTA_PLAIN_WORDS,
    LEVEL_PREFIXES,
    LOCAL_LEVEL_WORDS,
    OTHER_PLACES,
)
from nlp.lexicons.places_abroad import countries
from nlp.lexicons.places_short import AMBIGUOUS_SHORT
from nlp.mention import DATE, OFFICIAL, ORG, PERSON, PLACE, DocState, Mention
from nlp.regionspan import RegionSpan, region_at
from nlp.words import Word

_BARE_LEVELS = ("province", "regency", "city")
_AMBIGUOUS = AMBIGUOUS_BARE | AMBIGUOUS_SHORT  # bare words named only with a prefix


_JOINED = re.compile(r"[A-Z]\w+-\w")


def _split_joined(ws: list[Word], text: str) -> list[Word]:
    """Words with a region name glued to the next word by a hyphen split in three
    ("Jayapura-GUBERNUR", "Langgur-Inmas", "Waisai-Kabupaten"): datelines are often written so.
    Names with a hyphen of their own ("Bau-Bau") stay whole."""
    if _JOINED.search(text) is None:
        return ws
    first_words = gazetteer.first_words()
    out: list[Word] = []
    for w in ws:
        head, dash, _ = w.text.partition("-")
        if (
            not dash
            or not head[:1].isupper()
            or len(head) < 3
            or head.lower() not in first_words
            or gazetteer.lookup(w.text)
        ):
            out.append(w)
            continue
        at = w.start + len(head)
        out.extend(
            (
                Word(head, w.start, at),
                Word("-", at, at + 1),
                Word(w.text[len(head) + 1 :], at + 1, w.end),
            )
        )
    return out


def _candidates(state: DocState, ws: list[Word]) -> list[RegionSpan]:
    spans: list[RegionSpan] = []
    covered = state.covered_words((ORG, OFFICIAL, PERSON, DATE), ws) - worship_addresses(state, ws)
    i = 0
    while i < len(ws):
        word = ws[i]
        # a level word in lower case still names the level: "di kota Sorong", "distrik Waibhu"
        lower_prefix = (
            word.is_lower and word.text in LEVEL_PREFIXES and i + 1 < len(ws) and ws[i + 1].is_title
        )
        if (
            not (word.is_title or lower_prefix)
            or i in covered
            or not (gazetteer.starts_a_name(word.text) or word.text.lower() in LEVEL_PREFIXES)
        ):
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


def _pick(
    span: RegionSpan, province: str | None, typed: dict[str, str], codes: set[str]
) -> Region | None:
    pool = [c for c in span.candidates if span.prefixed or c.level in _BARE_LEVELS]
    if not pool:  # a bare district name only inside a region the article names, or a regency seat
        pool = [
            c
            for c in span.candidates
            if c.level == "district"
            and c.name.split(" ", 1)[-1] not in KOTA_PLAIN_WORDS
            and (
                any(c.code.startswith(p + ".") for p in codes)
                or c.code in gazetteer.seat_districts()
            )
        ]
    if province and span.prefix_levels == ("district",):
        # "Kecamatan Batu hampar" in a Riau article is no district of Kota Batu (Jawa Timur): a
        # district stands in the article's province or in a region the article names
        pool = [
            c
            for c in pool
            if c.province == province or any(c.code.startswith(p + ".") for p in codes)
        ]
    return choose(pool, province=province, preferred=typed, context_codes=codes)


def _nearby(villages: tuple[Region, ...], province: str | None, inner: set[str]) -> list[Region]:
    """Villages inside a region the article names or in its province: a name shared by villages
    across the country ("Kampung Baru") is otherwise a guess, or not a village at all."""
    near = [v for v in villages if any(v.code.startswith(c + ".") for c in inner)]
    return near or [v for v in villages if province and v.province == province]


def _town(span: RegionSpan, ws: list[Word], region: Region) -> str | None:
    """The capital town a bare name stands for ("TONDANO" -> "Tondano", seat of Minahasa), if any."""
    if span.prefixed or region.level != "regency":
        return None
    return gazetteer.town_names().get(
        gazetteer.key(" ".join(w.text for w in ws[span.start : span.end]))
    )


def find_places(state: DocState, text: str) -> list[Mention]:
    ws = _split_joined(state.words, text)
    spans = _candidates(state, ws)
    typed, codes = _context(state, spans)
    province = province_code(state.province)
    picked: dict[int, Region] = {}
    idioms = idiom_words(ws, text)
    related = related_lines(text) + theme_quotes(text)
    kept: set[int] = set()
    named = state.covered_words((ORG, OFFICIAL), ws)
    ends, starts = {s.end - 1 for s in spans}, {s.start for s in spans}
    # regions above villages first: their codes then place same-named villages
    for n, span in enumerate(spans):
        if any(a <= ws[span.start].start < b for a, b in related) or in_a_venue(ws, span):
            continue
        if not span.prefixed and (span.start in idioms or in_a_name(ws, span.start, text)):
            continue
        if short_form_of_a_name(ws, span, named) or name_runs_on(ws, span, text):
            continue
        if school_or_court_negeri(ws, span) or in_a_site_name(ws, span, text):
            continue
        if across_a_unit(ws, span.start) or after_a_body(ws, span, text):
            continue
        kept.add(n)
        bare_word = ws[span.start].text if span.end - span.start == 1 else ""
        if span.prefix_levels == ("village",) or (
            not span.prefixed and bare_word in _AMBIGUOUS and not in_dateline(ws, span, text)
        ):
            continue
        region = _pick(span, province, typed, codes)
        if region is not None and far_and_alone(ws, span, region, province, codes):
            region = district_named_within(span, codes) or region
        if region is not None and not (
            region.level == "district" and bare_district_in_a_run(ws, span, text, ends, starts)
        ):
            picked[n] = region
    inner = codes | {r.code for r in picked.values()}
    for n, span in enumerate(spans):
        if span.prefix_levels == ("village",) and n in kept:
            region = choose(
                _nearby(span.candidates, province, inner), province=province, context_codes=inner
            )
            if region is not None:
                picked[n] = region
    found = bare_villages(state, ws, text, {r.code for r in picked.values()} | codes, spans)
    for n, region in sorted(picked.items()):
        span = spans[n]
        start, end = ws[span.start].start, ws[span.end - 1].end
        written = text[start:end]
        if island_of(ws, span):  # "Pulau Bali": the island, not the province
            start = ws[span.start - 1].start
            found.append(Mention(PLACE, start, end, text[start:end], text[start:end], kind="other"))
            continue
        town = _town(span, ws, region)
        if town is not None:  # a town, not a region: listed apart from its regency, without a code
            found.append(Mention(PLACE, start, end, written, town, kind="other", flags=["town"]))
            continue
        found.append(
            Mention(
                PLACE,
                start,
                end,
                written,
                _display(span, ws, region),
                kind=region.level,
                code=region.code,
            )
        )
    found += unlisted_villages(state, ws, text, found, related)
    return found + _other_places(state, ws, text, found, related)


def _display(span: RegionSpan, ws: list[Word], region: Region) -> str:
    """The canonical name, with a local level word kept as written ("Kapanewon Moyudan")."""
    word = ws[span.start].text
    if span.prefixed and word.lower() in LOCAL_LEVEL_WORDS:
        return f"{word[:1].upper()}{word[1:].lower()} {region.name}"
    return region.display


def _other_places(
    state: DocState,
    ws: list[Word],
    text: str,
    found: list[Mention],
    related: list[tuple[int, int]],
) -> list[Mention]:
    """Indonesia, islands and places abroad standing alone ("di Hongkong", "seluruh Sumatera")."""
    out: list[Mention] = []
    abroad = countries()
    for k, word in enumerate(ws):
        if (
            (word.text in OTHER_PLACES or word.text in abroad)
            and not any(a <= word.start < b for a, b in related)
            and not nation_phrase(ws, k)
            and not state.claimed(word.start, word.end)
            and not any(m.overlaps(word.start, word.end) for m in found)
            and other_place_ok(ws, k, text)
            and not in_a_name(ws, k, text)
            and not (word.text in ISLANDS and island_people(ws, k))
        ):
            name = OTHER_PLACES.get(word.text) or abroad[word.text]
            out.append(Mention(PLACE, word.start, word.end, word.text, name, kind="other"))
    return out


@component("pantau_places_v1")
def places(doc: Doc, state: DocState) -> None:
    reclaim_regions(state)
    state.mentions.extend(find_places(state, state.text))
