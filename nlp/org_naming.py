"""Which written form names an organisation defined without its region but referred to with one:
"Forum Kerukunan Umat Beragama (FKUB)" then "FKUB Sanggau" is Sanggau's forum, and annotators
name it by the regional form ("FKUB Sanggau"), as they name every regional body. Used by
Extraction.entities (nlp.extraction) after it picked the fullest form of each entity."""

from __future__ import annotations

from dataclasses import replace

from nlp.mention import ORG, Mention


def regional_forms(found: list[Mention], best: dict[str, Mention]) -> None:
    """Replace, in `best`, a region-less organisation by its one regional reference's written form."""
    regional: dict[str, list[Mention]] = {}
    for m in found:
        if m.type == ORG and m.entity in best and m.reference and m.code is not None:
            regional.setdefault(m.entity, []).append(m)
    for entity, refs in regional.items():
        held = best[entity]
        if held.code is not None or len({r.code for r in refs}) != 1:
            continue
        written = " ".join(refs[0].text.split())
        best[entity] = replace(held, normalized=written, code=refs[0].code)
