"""How `pantau eval` tells that a predicted organisation is a gold one written another way.

The same body is written in several ways in one article and annotators pick one of them; scoring
one written form against another would count one body as a miss plus a spurious one. So, on both
sides alike:
- standard short forms of a government body's words mean their long forms ("Kab." Kabupaten,
  "Prov." Provinsi, "Kanwil" Kantor Wilayah, "Kemenag" Kementerian Agama, "Kementrian"
  Kementerian, "Bakesbangpol"/"Badan Kesbangpol" Kesbangpol);
- the board of a body is the body: a leading "Pengurus" or "Takmir" ("Pengurus Masjid X" is Masjid X; the
  level boards "Pengurus Besar / Wilayah / Daerah / Cabang" are kept);
- a body with an acronym is also its acronym plus its region ("Forum Kerukunan Umat Beragama
  Kabupaten X" (FKUB) is "FKUB Kabupaten X");
- a body named without its region is the same body named with it when nothing else in the article
  has that name: the region part is a region level word ("Kabupaten", "Kota", "Kab.", ...) or "se-"
  and what follows, or trailing words that are a place the gold lists for the article. Two
  different regions never match; a region with its parent written after it is that region
  ("Desa A Kecamatan B" is "Desa A")."""

from __future__ import annotations

import re
from typing import Any

from pantau.scoring import norm

_SHORT_FORMS = (
    (r"\bkab\b", "kabupaten"),
    (r"\bprov\b", "provinsi"),
    (r"\bkanwil\b", "kantor wilayah"),
    (r"\bsetda\b", "sekretariat daerah"),
    (r"\bpemkab\b", "pemerintah kabupaten"),
    (r"\bpemkot\b", "pemerintah kota"),
    (r"\bpemprov\b", "pemerintah provinsi"),
    (r"\bkankemenag\b", "kantor kementerian agama"),
    (r"\bkemenag\b", "kementerian agama"),
    (r"\bkementrian\b", "kementerian"),
    (r"\b(?:badan |kantor )?(?:ba)?kesbang ?pol\b", "kesbangpol"),
    (r"\b(?:badan )?kesatuan bangsa dan politik\b", "kesbangpol"),
)
_BOARD = re.compile(r"^(?:pengurus|takmir) (?!besar |wilayah |daerah |cabang |pusat |harian )")
# "se" is what "se-Kota X" leaves after norm()
_LEVEL_WORD = r"\b(?:provinsi|kabupaten|kota|kecamatan|kelurahan|desa|distrik|se)\b"
_LEVEL = re.compile(_LEVEL_WORD + ".*$")  # a level word and the region after it


def canonical(name: str | None) -> str:
    key = norm(name)
    for pattern, long_form in _SHORT_FORMS:
        key = re.sub(pattern, long_form, key)
    return _BOARD.sub("", key).strip()


def forms(item: dict[str, Any], *, gold: bool) -> set[str]:
    """Every key of one organisation: its names, and its acronym alone (gold) or with its region."""
    names = [item.get("name"), *(item.get("aliases") or [])]
    found = {canonical(n) for n in names if n}
    acronym = canonical(item.get("acronym"))
    if acronym:
        if gold:
            found.add(acronym)
        for name in list(found):
            region = _LEVEL.search(name)
            if region and region.start() > 0:
                found.add(f"{acronym} {region.group(0)}")
    return {k for k in found if k}


def own_forms(item: dict[str, Any], found: set[str]) -> set[str]:
    """The keys that tell one body from another: a bare acronym is shared by every body of that
    name ("FKUB Provinsi Riau" and "FKUB Siak" are two bodies in one article)."""
    return found - {canonical(item.get("acronym"))}


def split_region(name: str, places: set[str]) -> tuple[str, str]:
    """(the name without its region part, the region part), both canonical."""
    key = canonical(name)
    region = _LEVEL.search(key)
    if region and region.start() > 0:
        return key[: region.start()].strip(), key[region.start() :]
    words = key.split()
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[-size:]) in places:
            return " ".join(words[:-size]), " ".join(words[-size:])
    return key, ""


def place_names(gold: dict[str, Any]) -> set[str]:
    return {canonical(p.get("name")) for p in gold.get("places") or [] if p.get("name")}


_LEVEL_WORDS = re.compile(_LEVEL_WORD + " ?")


def _parts(keys: set[str], places: set[str]) -> set[tuple[str, str]]:
    out = set()
    for key in keys:
        core, region = split_region(key, places)
        out.add((core, _LEVEL_WORDS.sub("", region).strip()))
    return out


def _same_region(one: str, other: str) -> bool:
    """Either is missing, or the shorter starts the longer (its parent region written after it)."""
    short, long = sorted((one.split(), other.split()), key=len)
    return long[: len(short)] == short


def regionless_pairs(
    gold: list[set[str]],
    pred: list[set[str]],
    open_gold: list[int],
    open_pred: list[int],
    places: set[str],
) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index) among the unmatched that name one body with and without its
    region (or its region written with another level word); a core two bodies share is left alone."""
    gold_parts = [_parts(k, places) for k in gold]
    pred_parts = [_parts(k, places) for k in pred]

    def unique(core: str, parts: list[set[tuple[str, str]]]) -> bool:
        return sum(any(c == core for c, _ in p) for p in parts) == 1

    pairs, used = [], set()
    for g in open_gold:
        for p in open_pred:
            if p in used:
                continue
            if any(
                gc == pc
                and gc
                and _same_region(gr, pr)
                and unique(gc, gold_parts)
                and unique(gc, pred_parts)
                for gc, gr in gold_parts[g]
                for pc, pr in pred_parts[p]
            ):
                pairs.append((g, p))
                used.add(p)
                break
    return pairs
