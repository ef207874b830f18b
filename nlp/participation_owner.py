"""Officials named only as the owners of a programme or a term, with a partner.

"program Gubernur X dan Wakil Gubernur Y", "di bawah kepemimpinan Bupati X dan Wabup Y",
"agenda 100 hari kerja Bupati dan Wakil Bupati Z, X-Y", "masa kepemimpinannya bersama Wagub Y":
the leader and the deputy coordinated with them are both named as owners, neither takes part in
the event (`nlp.cues.OWNER` only reaches the first of them, right after the owner word).
"""

from __future__ import annotations

import re

from nlp.lexicons import participation as pa

# the owner word (also with its possessive "-nya"), then the first owner's title and name, then a
# coordinator right before this mention: no verb, no sentence or clause break in between
# not an anniversary of the term ("genap satu tahun kepemimpinan Walikota X dan Wakil Walikota
# Y"): that event is the owners' own
_OWNER = r"(?i:(?<!tahun )\b(?:" + "|".join(pa.OWNER) + r"|hari kerja)(?:nya)?\b)"
_COORDINATED = r"(?:\s+(?:dan|serta|bersama(?:\s+wakilnya)?)\s+|\s*[-–]\s*)"
_FREE = r"(?:(?!\b" + pa.VERB_SHAPE + r"\b)(?:[^.;:\n]|(?<=[A-Z])\.))"  # an initial's dot: "S."
# after the coordinator only the partner's title ("dan Wakil Bupati |Y"): a comma there ends the
# owners' phrase ("... dan Wakil Bupati Y, Camat Z membuka ...")
_TITLE = r"(?:(?!\b" + pa.VERB_SHAPE + r"\b)[^.,;:\n]){0,30}$"
OWNED_PARTNER = re.compile(_OWNER + _FREE + r"{0,90}?" + _COORDINATED + _TITLE)


def owned_partner(before: str) -> bool:
    """Whether the mention after `before` is coordinated with an official named as a programme's
    or a term's owner ("... kepemimpinan Bupati X dan Wabup |Y")."""
    return bool(OWNED_PARTNER.search(before[-150:]))
