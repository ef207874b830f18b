"""An official represented at the event takes no part in it (README clarification 7), wherever
else the body names them: "Sekda X, mewakili Bupati Y", "Bupati Y yang diwakili Sekda X", and a speech read out by someone else ("X membacakan sambutan
Gubernur Y", "Bupati Y dalam sambutannya yang dibacakan X", "Dalam sambutan tertulis yang
dibacakan oleh Sekda X, Bupati Y berharap ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.lexicons import participation as pa
from nlp.participation import OFFICIAL, Article, Part

# "mewakili Bupati Y" right before Y (no comma between: "mewakili Bupati Y, Wakil Bupati Z" is
# Z's presence); "Y yang diwakili X", "Y berhalangan". Not "melalui": "Gubernur Y melalui juru
# bicaranya" speaks for Y about the event, it does not stand in for Y at it.
STOOD_IN = re.compile(r"\b(?:" + "|".join(pa.REPRESENTED_AFTER) + r")\s+[^,;.\n]*$", re.I)
SENDS = re.compile(
    r"(?:" + "|".join(w for w in pa.REPRESENTED_BEFORE if w != r"melalui") + r")\b", re.I
)

_SPEECH = r"sambutan(?:nya)?(?:\s+tertulis(?:nya)?)?"
_READ = r"(?:dibacakan|disampaikan)"
# "membacakan sambutan (tertulis) (dari) Gubernur Y": Y's speech, someone else's voice
READ_OUT = re.compile(r"\b(?:membacakan|dibacakan)\s+" + _SPEECH + r"(?:\s+dari)?\s+$", re.I)
# "Bupati Y(,) dalam sambutannya yang dibacakan X", "sambutan Bupati Y yang dibacakan oleh X"
READ_FOR = re.compile(
    r"[\s,]*(?:(?:dalam|melalui)\s+" + _SPEECH + r"\s+)?(?:yang\s+)?" + _READ + r"\b", re.I
)
# "Dalam sambutan (tertulis) yang dibacakan oleh Sekda X, Bupati Y ...": the reader comes first
READ_BY = re.compile(
    r"\b" + _SPEECH + r"\s+(?:yang\s+)?" + _READ + r"\s+oleh\s+[^,;:\n]{3,80},[^;:\n]*$", re.I
)


def represented(article: Article, part: Part) -> bool:
    """Whether this mention of an official shows them represented by someone else."""
    if article.quoted(part.start):
        return False
    a, _ = article.sentence(part.start)
    before = article.text[a : part.start]
    after = article.text[part.end : part.end + 80].lstrip(" ,")
    return bool(
        STOOD_IN.search(before[-40:])
        or SENDS.match(after)
        or READ_OUT.search(before[-60:])
        or READ_FOR.match(article.text, part.end)
        or READ_BY.search(before)
    )


def absent(article: Article, parts: Sequence[Part]) -> set[str]:
    """Officials represented at some mention: they take part at none."""
    return {p.key for p in parts if p.side == OFFICIAL and represented(article, p)}
