"""Within one article: give every mention an entity key, resolve short references ("Tatu",
"Sekda", "BKPSDM") to the entity named in full, and fill an official's missing jurisdiction."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz
from spacy.tokens import Doc

from nlp.component import component
from nlp.components.org_region_code import government_code
from nlp.lexicons.organisations_more import AGENCY_LONG_FORMS
from nlp.mention import DATE, OFFICE_ONLY, OFFICIAL, ORG, PERSON, PLACE, DocState, Mention
from nlp.titles import role_key

_NON_WORD = re.compile(r"[^\w]+")
FUZZY_MIN = 85


def name_key(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def _same_person(short: str, full: str) -> bool:
    a, b = name_key(short).split(), name_key(full).split()
    if not a or not b:
        return False
    if all(t in b for t in a):
        return True
    return a[0] == b[0] and fuzz.ratio(" ".join(a), " ".join(b)) >= FUZZY_MIN


def _aliases(m: Mention) -> list[str]:
    return [flag.removeprefix("alias:") for flag in m.flags if flag.startswith("alias:")]


def _same_entity(short: str, e: Mention) -> bool:
    """The name, or a nickname given in brackets after it, agrees with `short`."""
    return _same_person(short, e.normalized) or any(_same_person(short, a) for a in _aliases(e))


def link_people(state: DocState) -> None:
    people = [m for m in state.mentions if m.type in (OFFICIAL, PERSON)]
    named = [m for m in people if not m.reference]
    entities: list[Mention] = []  # one representative mention per entity
    for m in sorted(named, key=lambda m: m.start):
        same = next(
            (
                e
                for e in entities
                if name_key(e.normalized) == name_key(m.normalized) or _same_entity(m.normalized, e)
            ),
            None,
        )
        if same is None:
            entities.append(m)
            m.entity = f"{m.type}:{name_key(m.normalized)}"
        else:
            m.entity = same.entity
            if m.type == OFFICIAL and same.type == PERSON:  # an office outranks a role
                same.type, same.role, same.jurisdiction = OFFICIAL, m.role, m.jurisdiction
    for m in people:
        if m.reference:
            _resolve_reference(m, entities)
    for e in entities:  # every mention of an entity takes the entity's type
        for m in people:
            if m.entity == e.entity:
                m.type = e.type
    state.mentions = [
        m for m in state.mentions if m.type not in (OFFICIAL, PERSON) or m.entity is not None
    ]


def _resolve_reference(m: Mention, entities: list[Mention]) -> None:
    if m.role and m.normalized == m.role:  # a bare title: the holder named nearest before
        wanted = role_key(m.role)
        holders = [
            e
            for e in entities
            if e.role
            and role_key(e.role) == wanted
            and (not m.code or not e.code or m.code == e.code)
        ]
        before = [e for e in holders if e.start < m.start] or holders
        if before:
            m.entity, m.normalized = before[-1].entity, before[-1].normalized
        return
    matches = [e for e in entities if _same_entity(m.normalized, e)]
    if matches:
        m.entity, m.normalized = matches[0].entity, matches[0].normalized
    elif "bare" not in m.flags and len(m.normalized.split()) >= 2:
        m.reference = False
        m.entity = f"{PERSON}:{name_key(m.normalized)}"
        entities.append(m)


_REGION_WORDS = frozenset(
    {
        "kabupaten",
        "kota",
        "provinsi",
        "kab",
        "administrasi",
        "dan",
        ",",
        "badan",
        "kantor",
        "wilayah",
        "kanwil",
    }
)  # "Kantor Wilayah Kemenag Sumbar" = "Kemenag Sumbar"


def _signature(m: Mention, long_forms: dict[str, str]) -> tuple[frozenset[str], str | None]:
    """Words of an organisation's name without its region, acronyms spelt out, plus its region:
    "Badan Kesbangpol Pandeglang" and "Badan Kesatuan Bangsa dan Politik Kabupaten Pandeglang" agree."""
    from nlp.orgspans import level_len

    words: list[str] = []
    core = (m.core or m.normalized).split()
    rest = core[level_len(core) :]
    if " ".join(rest) in long_forms:  # "GP Ansor" spelt out as a whole
        rest = long_forms[" ".join(rest)].split()
    for word in rest:
        words.extend(long_forms.get(word, word).split())
    words = [w.lower() for w in words[level_len(words) :]]
    return frozenset(w for w in words if w not in _REGION_WORDS), m.code


def link_orgs(state: DocState) -> None:
    orgs = [m for m in state.mentions if m.type == ORG and OFFICE_ONLY not in m.flags]
    full = [m for m in orgs if not m.reference]
    from nlp.orgspans import level_len

    long_forms = dict(AGENCY_LONG_FORMS)  # the article's own definitions override these
    for m in full:
        if m.acronym and m.core:
            core, letters = m.core.split(), m.acronym.split()
            long_forms[m.acronym] = " ".join(core[level_len(core) :])
            if len(letters) > 1 and level_len(letters):  # "(DPD KNPI)": "KNPI" is the body's own
                long_forms[" ".join(letters[level_len(letters) :])] = long_forms[m.acronym]
    by_acronym = {m.acronym: m for m in full if m.acronym}
    seen: dict[tuple[frozenset[str], str | None], str] = {}
    signatures: dict[int, frozenset[str]] = {}  # id(mention) -> its words, for the regionless pass
    for m in orgs:
        target = by_acronym.get(m.acronym) if m.reference and m.acronym else None
        if target is not None and (not m.code or m.code == target.code):
            m.entity = target.entity or _org_key(target)
            continue
        if m.kind == "government_agency" and m.normalized.startswith("Pem"):
            m.code = government_code(m)  # "Pemerintah Kota (Pemkot) Bogor" is the city's
        if m.kind == "government_agency" and m.code and m.normalized.startswith("Pem"):
            m.entity = f"ORG:gov:{m.code}"
            continue
        signature = _signature(m, long_forms)
        signatures[id(m)] = signature[0]
        m.entity = seen.setdefault(signature, _org_key(m))
    _fold_regionless(orgs, seen, signatures)
    _fold_bare_names(orgs)


def _fold_regionless(
    orgs: list[Mention],
    seen: dict[tuple[frozenset[str], str | None], str],
    signatures: dict[int, frozenset[str]],
) -> None:
    """ "Dinas Pemuda dan Olahraga" after "Dinas Pemuda dan Olahraga Kabupaten Pesawaran": a body
    named without its region is the one regional body of that name in the article (two or more
    regions of it leave it alone)."""
    regional: dict[frozenset[str], set[str]] = {}
    for (words, code), entity in seen.items():
        if code is not None and words:
            regional.setdefault(words, set()).add(entity)
    for m in orgs:
        own = signatures.get(id(m))
        if m.code is not None or not own or len(targets := regional.get(own, set())) != 1:
            continue
        m.entity = next(iter(targets))


def _fold_bare_names(orgs: list[Mention]) -> None:
    """A body named bare ("Aisyiyah") after its branch was named in full ("Pimpinan Daerah
    Aisyiyah Kota Tasikmalaya") is that branch."""
    containing: dict[tuple[str, ...], str] = {}  # 1-2 word runs of longer names -> entity
    for other in orgs:
        names = other.normalized.lower().split() + (other.acronym or "").lower().split()
        for size in (1, 2):
            if len(names) > size and other.entity:
                for k in range(len(names) - size + 1):
                    containing.setdefault(tuple(names[k : k + size]), other.entity)
    for m in orgs:
        if m.code or m.reference or len(m.normalized.split()) > 2:
            continue
        target = containing.get(tuple(m.normalized.lower().split()))
        if target is not None and target != m.entity:
            m.entity = target


def _org_key(m: Mention) -> str:
    return f"ORG:{name_key(m.normalized)}"


def link_simple(state: DocState) -> None:
    for m in state.mentions:
        if m.type == PLACE:
            m.entity = f"PLACE:{m.code or name_key(m.normalized)}"
        elif m.type == DATE:
            m.entity = f"DATE:{m.normalized}"


@cache
def _closed_office_levels() -> dict[str, tuple[str, ...]]:
    from nlp.lexicons.offices import CLOSED_OFFICES

    return {role_key(o.title): o.levels for o in CLOSED_OFFICES}


def default_jurisdiction(state: DocState) -> None:
    """An official written without a region ("Wakil Wali Kota, Chaidir") serves the region of the
    article's regional government, when its level fits the office."""
    from nlp import gazetteer

    home = next(
        (
            m.code
            for m in state.mentions
            if m.type == ORG and m.entity and m.entity.startswith("ORG:gov:")
        ),
        None,
    )
    if home is None:
        codes = [
            m.code
            for m in state.mentions
            if m.code
            and (
                (m.type == ORG and m.kind == "government_agency")
                or (m.type == PLACE and m.kind in ("province", "regency", "city"))
            )
        ]
        codes = [c[:5] for c in codes]
        # a tie goes to the region named first: a set's order changes with the hash seed, and the
        # same article must give the same jurisdiction on every run
        home = max(dict.fromkeys(codes), key=codes.count) if codes else None
    region = gazetteer.by_code(home) if home else None
    if region is None:
        return
    levels = _closed_office_levels()
    for m in state.mentions:
        if m.type != OFFICIAL or m.jurisdiction or not m.role:
            continue
        allowed = levels.get(role_key(m.role))
        if allowed is None or region.level in allowed:
            m.jurisdiction, m.code = region.jurisdiction, region.code


@component("pantau_linker_v1")
def linker(doc: Doc, state: DocState) -> None:
    link_orgs(state)
    link_simple(state)
    link_people(state)
    default_jurisdiction(state)
    state.mentions.sort(key=lambda m: m.start)
