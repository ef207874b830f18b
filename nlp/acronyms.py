"""Acronym definitions: "Long Form Name (ACR)" with the letters of ACR taken from the long form,
so "Simpul Madani Serang (SMS)" and "Badan Kesatuan Bangsa dan Politik (Kesbangpol)" link both ways."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from nlp.lexicons.organisations import GENERIC, NAME_JOINERS
from nlp.words import Word

MAX_LONG_FORM = 12
_SKIPPABLE = frozenset({",", "di"})  # "Persekutuan Gereja-gereja di Indonesia (PGI)"
_STOP = frozenset(".;:!?\"“”'()[]")


@dataclass(frozen=True)
class Definition:
    acronym: str
    first: int  # word index where the long form starts
    open_paren: int  # word index of "("
    close_paren: int = 0  # word index of ")"


def aligns(acronym: str, long_form: tuple[str, ...]) -> bool:
    """True when the acronym is made of prefixes of the words in order (joiners may give none);
    a hyphenated word may also give a letter per part ("Persekutuan Gereja-Gereja Jayawijaya",
    PGGJ)."""
    letters = _expand(acronym.lower().replace("-", ""))
    parts = tuple(part for w in long_form for part in w.split("-") if part)
    return _aligns(letters, tuple(w.lower() for w in long_form)) or (
        len(parts) > len(long_form) and _aligns(letters, tuple(p.lower() for p in parts))
    )


def _aligns(letters: str, words: tuple[str, ...]) -> bool:
    @cache
    def can(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(letters)
        word = words[w]
        if (word in NAME_JOINERS or word in _SKIPPABLE) and w > 0 and can(a, w + 1):
            return True
        for p in range(1, min(len(word), len(letters) - a) + 1):
            if word[:p] == letters[a : a + p] and can(a + p, w + 1):
                return True
        return False

    return can(0, 0)


def _expand(letters: str) -> str:
    """ "dp3a" -> "dpppa": a digit repeats the letter after it."""
    out, k = [], 0
    while k < len(letters):
        if letters[k].isdigit() and k + 1 < len(letters) and letters[k + 1].isalpha():
            out.append(letters[k + 1] * int(letters[k]))
            k += 2
        else:
            out.append(letters[k])
            k += 1
    return "".join(out)


def _acronym_word(word: Word) -> bool:
    text = word.text
    return 2 <= len(text) <= 15 and text[0].isupper() and not text.isdigit() and "." not in text


def _parenthesised(ws: list[Word], i: int) -> tuple[str, int] | None:
    """ "(Kesbangpol)", "(DPD KNPI)" or "(PC GP Ansor)" at i: the acronym and the index of ")"."""
    for size in (1, 2, 3):
        close = i + size + 1
        if (
            close < len(ws)
            and ws[close].text == ")"
            and all(_acronym_word(w) for w in ws[i + 1 : close])
        ):
            if size == 2 and not ws[i + 1].is_upper:
                return None
            return " ".join(w.text for w in ws[i + 1 : close]), close
    return None


def definitions(ws: list[Word]) -> list[Definition]:
    """Every "(ACR)" whose letters align with the words just before it."""
    found: list[Definition] = []
    for i in range(1, len(ws) - 2):
        if ws[i].text != "(" or (got := _parenthesised(ws, i)) is None:
            continue
        acronym, close = got
        if acronym in GENERIC:
            continue
        start = i
        while start > 0 and i - start < MAX_LONG_FORM and ws[start - 1].text not in _STOP:
            start -= 1
        for first in range(i - 1, start - 1, -1):
            if not ws[first].text[:1].isalpha() and ws[first].text != ",":
                break
            if ws[first].is_title and aligns(
                acronym.replace(" ", ""), tuple(w.text for w in ws[first:i])
            ):
                found.append(Definition(acronym, first, i, close))
                break
    return found
