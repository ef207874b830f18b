"""Find a region name (with an optional level prefix) starting at a word: shared by components."""

from __future__ import annotations

from dataclasses import dataclass

from nlp import gazetteer
from nlp.gazetteer import Region
from nlp.lexicons.places import LEVEL_PREFIXES
from nlp.words import Word

# "-" joins a name written with spaced hyphens ("Kec. Alang - Alang Lebar"): the key reads it as a space
_JOINERS = frozenset({"dan", "-"})
# compass words closing a region name are often written in lower case ("Kolaka utara", "provinsi
# Papua tengah"); the lookup is case-blind, so the name is found once they may join it
_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut"})


@dataclass(frozen=True)
class RegionSpan:
    start: int  # word index of the prefix (or of the name when bare)
    end: int  # word index after the name
    candidates: tuple[Region, ...]
    prefixed: bool
    prefix_levels: tuple[str, ...]


def _prefix(ws: list[Word], i: int) -> tuple[int, tuple[str, ...]]:
    """(number of prefix words, levels) at i; (0, ()) when there is none."""
    first = ws[i].text.lower().removeprefix("se-")
    if i + 1 < len(ws):
        two = f"{first} {ws[i + 1].text.lower()}"
        if two in LEVEL_PREFIXES:
            return 2, LEVEL_PREFIXES[two]
    if first in LEVEL_PREFIXES:
        return 1, LEVEL_PREFIXES[first]
    return 0, ()


def _name_ok(word: Word) -> bool:
    return word.is_title or word.text.isdigit()


def region_at(
    ws: list[Word], i: int, levels: tuple[str, ...] | None = None, *, prefixed_only: bool = False
) -> RegionSpan | None:
    """The longest region name starting at word i (after a prefix, if any) at `levels`."""
    if i >= len(ws):  # a name cut off by the text's end ("... Pemerintah Daerah")
        return None
    n_prefix, prefix_levels = _prefix(ws, i)
    if prefixed_only and not n_prefix:
        return None
    wanted = prefix_levels or levels
    if levels and prefix_levels:
        wanted = tuple(lv for lv in prefix_levels if lv in levels)
        if not wanted:
            return None
    j = i + n_prefix
    if j >= len(ws) or not ws[j].is_title:
        return None
    village = "village" in (wanted or ())
    if not village and not gazetteer.starts_a_name(ws[j].text):
        return None
    best: RegionSpan | None = None
    parts: list[str] = []
    for k in range(j, min(j + gazetteer.MAX_WORDS, len(ws))):
        word = ws[k]
        # a village's later name words are often written in lower case ("Pekon Padang dalom"):
        # kept only when the longer name is a village of the gazetteer
        lower_part = village and word.is_lower and word.text.isalpha()
        if not (
            _name_ok(word)
            or (k > j and (word.text in _JOINERS or word.text in _COMPASS or lower_part))
        ):
            break
        parts.append(word.text)
        if word.text in _JOINERS:  # a name never ends on its joiner ("Sungailiat - Dalam ...")
            continue
        found = gazetteer.lookup(" ".join(parts), wanted or None)
        if (
            not found
            and n_prefix
            and len(parts) > 2
            and parts[0] == "Kota"
            and wanted == ("district",)
        ):
            found = gazetteer.lookup(" ".join(parts[1:]), wanted)  # "Kecamatan Kota Ternate Tengah"
        if found:
            best = RegionSpan(i, k + 1, found, n_prefix > 0, prefix_levels)
    return best
