"""A lede's first word in capitals ("PEMERINTAH Kabupaten Donggala melalui ...", "LEMBAGA
Masyarakat Hukum Adat ..."): news pages shout the opening word, which is then read as the head
word it spells, so the body it opens is found like any other."""

from __future__ import annotations

from functools import cache

from nlp import orgspans as spans
from nlp.words import Word

_MIN_LEN = 5  # "DPRD", "KNPI" are acronyms; a shouted head word is a longer common word


@cache
def _head_words() -> frozenset[str]:
    return frozenset(
        word
        for index in (spans.heads(), spans.regional(), spans.levels())
        for word in index
        if word[:1].isupper() and word[1:].islower()
    )


def unshouted(ws: list[Word]) -> list[Word]:
    """The words with a capitalised head word before a Title-case word written as "Head"."""
    heads = _head_words()
    out = ws
    for k, word in enumerate(ws[:-1]):
        if (
            word.is_upper
            and len(word.text) >= _MIN_LEN
            and word.text.capitalize() in heads
            and ws[k + 1].is_title
            and not ws[k + 1].is_upper
        ):
            if out is ws:
                out = list(ws)
            out[k] = Word(word.text.capitalize(), word.start, word.end)
    return out
