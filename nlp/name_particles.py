"""Particles inside a name: "Siti binti Ahmad", "Rosita br Ginting", and the patronymic's father
written with his own honorific ("Hasballah Bin HM Yusuf", "Aminah Binti H. Ahmad", "Raja Ali Ibni
Raja Haji Yusuf"). The honorific after a patronymic belongs to the father's name as written, so it
stays in the name and does not restart it; a patronymic name may run past the usual word limit."""

from __future__ import annotations

from nlp.lexicons.people import NAME_PARTICLES
from nlp.words import Word

PATRONYMICS = frozenset({"bin", "binti", "ibni"})
# the father's honorific a patronymic may carry before his name
_FATHER_HONORIFICS = frozenset({"H", "H.", "HM", "HM.", "Hj", "Hj.", "Haji", "KH", "KH."})
_PATRONYMIC_EXTRA_WORDS = 4  # "Jelita Binti H Raja Muhamad Amin": the father's name after the limit


def particle_len(ws: list[Word], k: int, parts: list[str]) -> int:
    """How many words at k (a particle, and a patronymic's father's honorific) go on a name begun
    with `parts`; 0 when word k is no particle or no capitalised name word follows."""
    low = ws[k].text.lower()
    if not parts or low not in NAME_PARTICLES:
        return 0
    n = 2 if low in PATRONYMICS and k + 2 < len(ws) and ws[k + 1].text in _FATHER_HONORIFICS else 1
    return n if k + n < len(ws) and ws[k + n].is_title else 0


def word_limit(parts: list[str], usual: int) -> int:
    """The most words a name may have: more once a patronymic has begun the father's name."""
    if any(p.lower() in PATRONYMICS for p in parts):
        return usual + _PATRONYMIC_EXTRA_WORDS
    return usual
