"""Canonical entities across articles: one row per official, person, organisation or place.

A mention's *surface* (type, name, role, jurisdiction, code, acronym, kind) is mapped to a
canonical key; entity_id is a hash of that key, never a counter, so the same data always gives
the same ids. Officials: name + role + jurisdiction, tolerant of spelling variants; organisations:
long form and acronym merged; places: region code.

A branch of an organisation ("Pengurus Cabang Nahdlatul Ulama Kabupaten Garut", "PC Fatayat NU
Garut") is a body of its own — its own board, its own statements — so it stays a separate entity;
when its parent is among the entities, `parent_id` links it ("Nahdlatul Ulama").
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from pipeline.derive.name_folding import (
    cluster_names,
    fold,
    fold_region,
    fold_role,
    is_acronym,
    name_block,
    same_person,
)

SURFACE_COLUMNS = ("type", "name", "role", "jurisdiction", "code", "acronym", "kind")
ENTITY_TYPES = ("OFFICIAL", "PERSON", "ORG", "PLACE")
Surface = tuple[str | None, ...]

# the branch words of Indonesian mass organisations and parties (folded), then the parent's name
BRANCH_PREFIX = re.compile(
    r"^(?:(?:dewan )?(?:pengurus|pimpinan) (?:anak cabang|cabang istimewa|cabang|wilayah|daerah|ranting|pusat)"
    r"|majelis wakil cabang|pc|pw|pac|mwc|dpc|dpd|dpw) (?P<rest>.+)$"
)


@dataclass
class Resolution:
    ids: dict[Surface, str]  # surface -> entity_id
    entities: list[dict[str, Any]]  # rows of ENTITIES

    def entity_id(self, row: dict[str, Any]) -> str | None:
        return self.ids.get(surface_of(row))


def surface_of(row: dict[str, Any]) -> Surface:
    (surface,) = surfaces({col: [row.get(col)] for col in (*SURFACE_COLUMNS, "normalized", "text")})
    return surface


def surfaces(columns: dict[str, list[Any]]) -> list[Surface]:
    """The surface of every row given column-wise (lists; None or NaN for missing values)."""
    size = len(next(iter(columns.values()), []))

    def cleaned(col: str) -> list[str | None]:
        values = columns.get(col) or [None] * size
        memo: dict[object, str | None] = {}
        return [memo[v] if v in memo else memo.setdefault(v, _clean(v)) for v in values]

    # the clean name, else the text as written (a missing value is None or NaN, never a name)
    names = [
        n if n is not None else t
        for n, t in zip(cleaned("normalized"), cleaned("text"), strict=True)
    ]
    cols = [names if col == "name" else cleaned(col) for col in SURFACE_COLUMNS]
    return list(zip(*cols, strict=True)) if size else []


def _clean(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = " ".join(str(value).split())
    return text or None


def entity_id_for(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _official_keys(surfaces: list[Surface]) -> dict[Surface, str]:
    def office(s: Surface) -> tuple[str, str]:
        return fold_role(s[2]), s[4] or fold_region(s[3])

    complete = [s for s in surfaces if all(office(s))]
    by_office: dict[tuple[str, str], list[Surface]] = defaultdict(list)
    for s in complete:
        by_office[office(s)].append(s)
    keys: dict[Surface, str] = {}
    for (role, jur), members in by_office.items():
        reps = cluster_names(fold(s[1]) for s in members)
        for s in members:
            keys[s] = f"OFFICIAL|{reps[fold(s[1])]}|{role}|{jur}"
    by_block: dict[tuple[int, str], list[Surface]] = defaultdict(list)
    for c in complete:
        by_block[name_block(fold(c[1]))].append(c)
    for s in surfaces:  # a partial office joins the one complete office holder of that name
        if s in keys:
            continue
        name, known = fold(s[1]), office(s)
        matches = {
            keys[c]
            for c in by_block[name_block(name)]
            if same_person(fold(c[1]), name)
            and all(a == b for a, b in zip(known, office(c), strict=True) if a)
        }
        keys[s] = matches.pop() if len(matches) == 1 else f"OFFICIAL|{name}|{known[0]}|{known[1]}"
    return keys


def _person_keys(surfaces: list[Surface]) -> dict[Surface, str]:
    reps = cluster_names(fold(s[1]) for s in surfaces)
    return {s: f"PERSON|{reps[fold(s[1])]}" for s in surfaces}


def _org_keys(surfaces: list[Surface]) -> dict[Surface, str]:
    long_forms: dict[str, set[str]] = defaultdict(set)
    for s in surfaces:
        if s[5] and not is_acronym(s[1] or "", s[5]):
            long_forms[fold(s[5])].add(fold(s[1]))
    keys = {}
    for s in surfaces:
        name = s[1] or ""
        if is_acronym(name, s[5]):
            longs = long_forms.get(fold(name), set())
            keys[s] = f"ORG|{longs.pop()}" if len(longs) == 1 else f"ORG|acronym:{fold(name)}"
        else:
            keys[s] = f"ORG|{fold(name)}"
    return keys


def _place_keys(surfaces: list[Surface]) -> dict[Surface, str]:
    return {
        s: f"PLACE|{s[4]}" if s[4] else f"PLACE|name:{fold_region(s[1])}|{s[6] or ''}"
        for s in surfaces
    }


KEYERS = {
    "OFFICIAL": _official_keys,
    "PERSON": _person_keys,
    "ORG": _org_keys,
    "PLACE": _place_keys,
}


def resolve(mentions: pd.DataFrame, article_dates: dict[str, date | None]) -> Resolution:
    """Canonical entities of `mentions` (MENTIONS columns) seen in articles dated `article_dates`."""
    rows = mentions[mentions["type"].isin(ENTITY_TYPES)]
    columns = {col: rows[col].tolist() for col in rows.columns}
    seen: dict[Surface, set[str]] = defaultdict(set)
    texts: dict[Surface, Counter[str]] = defaultdict(Counter)
    written = [_clean(t) for t in columns.get("text", [])]
    for surface, article_id, text in zip(
        surfaces(columns), columns["article_id"], written, strict=True
    ):
        if surface[1]:
            seen[surface].add(article_id)
            texts[surface][text or surface[1]] += 1
    keys: dict[Surface, str] = {}
    for etype, keyer in KEYERS.items():
        keys.update(keyer(sorted((s for s in seen if s[0] == etype), key=_sort_key)))
    members: dict[str, list[Surface]] = defaultdict(list)
    for surface, key in keys.items():
        members[key].append(surface)
    ids = {s: entity_id_for(k) for s, k in keys.items()}
    parents = org_parents({s: k for s, k in keys.items() if s[0] == "ORG"})
    entities = [
        _entity_row(k, ms, seen, texts, article_dates) | {"parent_id": parents.get(k)}
        for k, ms in sorted(members.items())
    ]
    return Resolution(ids=ids, entities=entities)


def branch_parent_words(name: str | None) -> list[str] | None:
    """The words after a branch prefix ("pengurus cabang", "PC", ...), or None for no branch."""
    found = BRANCH_PREFIX.match(fold(name))
    return found.group("rest").split() if found else None


def org_parents(keys: dict[Surface, str]) -> dict[str, str]:
    """Branch entity key -> parent entity_id, for branches whose parent is itself an entity.

    The parent is the longest leading part of the words after the branch prefix that names an
    organisation (long form, acronym or its known expansion): "nahdlatul ulama kabupaten garut"
    -> "nahdlatul ulama"; "nu garut" -> NU -> Nahdlatul Ulama when both forms were seen.
    """
    by_name: dict[str, str] = {}
    for s, key in keys.items():  # long forms first: they win over an acronym of the same spelling
        if not is_acronym(s[1] or "", s[5]):
            by_name.setdefault(fold(s[1]), key)
    for s, key in keys.items():
        for alias in (s[1], s[5]):
            if alias:
                by_name.setdefault(fold(alias), key)
    parents: dict[str, str] = {}
    for s, key in keys.items():
        words = branch_parent_words(s[1])
        if not words or key in parents:
            continue
        for end in range(len(words), 0, -1):
            parent = by_name.get(" ".join(words[:end]))
            if (
                parent
                and parent != key
                and branch_parent_words(parent.removeprefix("ORG|")) is None
            ):
                parents[key] = entity_id_for(parent)
                break
    return parents


def _sort_key(s: Surface) -> tuple[str, ...]:
    return tuple(v or "" for v in s)


def _most_common(counts: Counter[str]) -> str | None:
    ranked = sorted(((-n, v) for v, n in counts.items() if v))
    return ranked[0][1] if ranked else None


def _entity_row(
    key: str,
    surfaces: list[Surface],
    seen: dict[Surface, set[str]],
    texts: dict[Surface, Counter[str]],
    article_dates: dict[str, date | None],
) -> dict[str, Any]:
    def weighted(col: int, only: list[Surface] | None = None) -> str | None:
        counts: Counter[str] = Counter()
        for s in only or surfaces:
            if value := s[col]:
                counts[value] += len(seen[s])
        return _most_common(counts)

    long_forms = [s for s in surfaces if not (s[0] == "ORG" and is_acronym(s[1] or "", s[5]))]
    name = weighted(1, long_forms or surfaces)
    articles = set().union(*(seen[s] for s in surfaces))
    dates = sorted(d for a in articles if (d := article_dates.get(a)) is not None)
    aliases = {s[1] for s in surfaces} | {t for s in surfaces for t in texts[s]}
    acronyms = Counter(s[1] for s in surfaces if s[0] == "ORG" and s[1] and is_acronym(s[1], s[5]))
    return {
        "entity_id": entity_id_for(key),
        "type": surfaces[0][0],
        "name": name,
        "aliases": sorted(a for a in aliases if a and a != name),
        "role": weighted(2),
        "region_code": weighted(4),
        "kind": weighted(6),
        "acronym": weighted(5) or _most_common(acronyms),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "n_articles": len(articles),
    }
