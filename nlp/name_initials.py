"""Upper-case initials inside a name ("Martahi JH David", "Jimmy CR. Kapisa", "Mahfud AR. Kambay"):
two capital letters between two name words, the last word ending the name. Checked only inside a
name begun by a full word, and never for a degree ("SH", "SE") or a body's acronym."""

from __future__ import annotations

from collections.abc import Callable

from nlp.lexicons.people import DEGREES
from nlp.words import Word

_INITIALS = 2  # "JH", "CR": longer capitals are acronyms ("BPD", "KUA")


def inner_initials(
    ws: list[Word],
    k: int,
    parts: list[str],
    name_word: Callable[[Word], bool],
    ends: Callable[[list[Word], int], bool],
) -> tuple[int, str] | None:
    """(words taken, text) of the initials at k inside a name begun with `parts`, else None."""
    word = ws[k]
    bare = word.bare
    if not parts or len(bare) != _INITIALS or not bare.isalpha() or not bare.isupper():
        return None
    if bare in DEGREES or not name_word(ws[k - 1]) or ws[k - 1].is_initial:
        return None
    n = 2 if k + 1 < len(ws) and ws[k + 1].text == "." else 1  # "CR." printed with its stop
    after = k + n
    if after >= len(ws) or not name_word(ws[after]) or ws[after].is_initial:
        return None
    if not ends(ws, after + 1):
        return None
    return n, f"{bare}." if n == 2 or word.text.endswith(".") else bare
