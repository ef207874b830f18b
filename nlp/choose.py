"""Pick one region among same-named candidates (Kabupaten vs Kota Serang, a village in many places)."""

from __future__ import annotations

from collections.abc import Iterable

from nlp.gazetteer import Region

LEVEL_ORDER = {"province": 0, "regency": 1, "city": 2, "district": 3, "village": 4}


def choose(
    candidates: Iterable[Region],
    *,
    province: str | None = None,
    preferred: dict[str, str] | None = None,
    context_codes: Iterable[str] = (),
) -> Region | None:
    """The most plausible region: one the article already typed ("Kota Serang" written elsewhere),
    then one inside a region the article names, then the article's province, then the higher level."""
    found = list(candidates)
    if not found:
        return None
    context = tuple(context_codes)

    def score(region: Region) -> tuple[int, int, int, int]:
        typed = 0 if preferred and preferred.get(region.name.lower()) == region.level else 1
        inside = 0 if any(region.code.startswith(c + ".") for c in context) else 1
        in_province = 0 if province and region.province == province else 1
        return (typed, inside, in_province, LEVEL_ORDER.get(region.level, 9))

    return min(found, key=score)


def province_code(name: str | None) -> str | None:
    """Code of a province given by name ("Banten", "Kalteng", "36"), or None."""
    if not name:
        return None
    from nlp import gazetteer

    if name.replace(".", "").isdigit():
        return name[:2]
    found = gazetteer.lookup(name.removeprefix("Provinsi ").strip(), ("province",))
    return found[0].code if found else None
