"""Comparison forms of names, offices and regions, and which spellings name one person.

Indonesian news writes one name many ways (old and new orthography, office abbreviations, a
typing slip); pipeline.derive.entities compares names only in these folded forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

# Indonesian spelling variants (old and new orthography, transliterations) folded before comparing
SPELLING_FOLDS = (
    ("oe", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("sj", "sy"),
    ("nj", "ny"),
    ("ch", "h"),
    ("kh", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
)
REGION_PREFIXES = {
    "kab": "kabupaten",
    "pemkab": "kabupaten",
    "kec": "kecamatan",
    "prov": "provinsi",
    "pemprov": "provinsi",
    "pemkot": "kota",
    "kel": "kelurahan",
}
# office abbreviations of Indonesian news (data): the short form folds to the long one
ROLE_SHORT = {
    "sekda": "sekretaris daerah",
    "wabup": "wakil bupati",
    "wawali": "wakil wali kota",
    "wawalkot": "wakil wali kota",
    "walkot": "wali kota",
    "walikota": "wali kota",
    "wagub": "wakil gubernur",
    "gub": "gubernur",
    "kades": "kepala desa",
    "kadis": "kepala dinas",
    "kaban": "kepala badan",
    "kabag": "kepala bagian",
    "kabid": "kepala bidang",
    "kakan": "kepala kantor",
    "kalak": "kepala pelaksana",
    "plt": "pelaksana tugas",
    "pj": "penjabat",
    "pjs": "pejabat sementara",
    "kajari": "kepala kejaksaan negeri",
    "kajati": "kepala kejaksaan tinggi",
    "lurah": "kepala kelurahan",
}
ROLE_WORDS = {
    "kesra": "kesejahteraan rakyat",
    "dinkes": "dinas kesehatan",
    "kemenag": "kementerian agama",
}
ACRONYM_SHAPE = re.compile(r"^[A-Z][A-Za-z0-9&.\-]{1,11}$")


def fold(text: str | None) -> str:
    """Case, accents, punctuation and spelling variants removed: the comparison form of a name."""
    if not text:
        return ""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    plain = re.sub(r"[^a-z0-9]+", " ", plain)
    for old, new in SPELLING_FOLDS:
        plain = plain.replace(old, new)
    return " ".join(re.sub(r"(.)\1+", r"\1", plain).split())


def fold_region(text: str | None) -> str:
    words = fold(text).split()
    return " ".join(REGION_PREFIXES.get(w, w) if i == 0 else w for i, w in enumerate(words))


def fold_role(text: str | None) -> str:
    """Comparison form of an office: "Sekda" and "Sekretaris Daerah" are one office."""
    words = (text or "").casefold().replace(".", " ").split()
    return " ".join(
        ROLE_WORDS.get(w, w) for w in " ".join(ROLE_SHORT.get(w, w) for w in words).split()
    )


def similar_tokens(a: str, b: str) -> bool:
    """Same word up to one spelling slip; short words must match exactly."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    return Levenshtein.distance(a, b) <= 1  # two edits turn Kurniawan into Kurniawati


def same_person(a: str, b: str) -> bool:
    """Two folded names of one person: same word count, every word equal or a spelling slip."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or not ta:
        return False
    edits = sum(Levenshtein.distance(x, y) for x, y in zip(ta, tb, strict=True))
    return edits <= 2 and all(similar_tokens(x, y) for x, y in zip(ta, tb, strict=True))


def name_block(folded: str) -> tuple[int, str]:
    """Names can only match inside a block (word count, initials): keeps clustering near-linear."""
    words = folded.split()
    return len(words), "".join(w[0] for w in words)


def cluster_names(names: Iterable[str]) -> dict[str, str]:
    """folded name -> representative (the smallest folded name of its cluster)."""
    blocks: dict[tuple[int, str], list[str]] = defaultdict(list)
    for name in sorted(set(names)):
        blocks[name_block(name)].append(name)
    parent: dict[str, str] = {name: name for members in blocks.values() for name in members}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if root(a) != root(b) and same_person(a, b):
                    ra, rb = sorted((root(a), root(b)))
                    parent[rb] = ra
    return {name: root(name) for name in parent}


def is_acronym(name: str, acronym: str | None) -> bool:
    return bool(acronym and fold(name) == fold(acronym)) or (
        " " not in name and bool(ACRONYM_SHAPE.match(name)) and sum(c.isupper() for c in name) >= 2
    )
