"""Possessive role words ("Ketuanya, <name>," = its chair; "Wakil ketuanya" = its deputy chair): the role of the organisation named
just before. Keys are lower case; values are the head written before the organisation.

"Wakilnya" becomes "Wakil Ketua" only for non-government bodies: a Dinas's deputy is no fixed
office ("Wakil Kepala"? "Sekretaris"?), so there the sentence keeps today's reading.
"""

from __future__ import annotations

POSSESSIVE_HEADS: dict[str, str] = {
    "ketuanya": "Ketua",
    "kepalanya": "Kepala",
    "sekretarisnya": "Sekretaris",
    "bendaharanya": "Bendahara",
    "pimpinannya": "Pimpinan",
    "pemimpinnya": "Pimpinan",
    "direkturnya": "Direktur",
    "koordinatornya": "Koordinator",
    "wakilnya": "Wakil Ketua",
}

# heads that only make sense for non-government bodies (see the module docstring)
NON_GOV_ONLY: frozenset[str] = frozenset({"wakilnya"})

# how many sentences back (the possessive's own included) the organisation may be named
SENTENCES_BACK = 2
