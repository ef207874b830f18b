"""The region a regional government is named after, read from its own name: "Pemerintah Kota
(Pemkot) Bogor" is the city's government, not the regency's; "Pemkab Bolaang Mongondow (Bolmong)"
and "Pemerintah Kota Jakarta Selatan (Jaksel)" carry their region inside the defined long form.
Used by the linker so that every form of one government is one organisation."""

from __future__ import annotations

from nlp import gazetteer
from nlp.lexicons import organisations as lex
from nlp.mention import Mention

_LEVELS = frozenset({"province", "regency", "city"})


def government_code(m: Mention) -> str | None:
    """The region code of a regional government mention: its own code when its name agrees, else
    the one region of the level its head names ("Pemkot" -> a city) that its name words spell."""
    words = m.normalized.split()
    for size in (4, 3, 2, 1):
        level = lex.REGIONAL_GOV_HEADS.get(" ".join(words[:size]))
        if level is not None and len(words) > size:
            break
    else:
        return m.code
    candidates = [
        c
        for c in gazetteer.lookup(" ".join(words[size:])) or ()
        if c.level in _LEVELS and (not level or c.level == level)
    ]
    codes = {c.code for c in candidates}
    if m.code in codes or not codes:
        return m.code
    return next(iter(codes)) if len(codes) == 1 else m.code
