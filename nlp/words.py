"""Word tokens with character offsets: the unit every rule-based component walks over.

spaCy's tokens split "M.Si" or "J." unevenly; these keep an abbreviation's full stop and split a
sentence-final one, so rules can look at "Ir." and "Jaelani" the same way everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.lexicons.abbreviations import TOKENIZER_SPECIAL_CASES
from nlp.lexicons.people import HONORIFICS

# apostrophes inside a word in any of the forms pages print them ("Ma'ruf", "Ma‘mum", "Ya`kub")
_TOKEN = re.compile(r"\w+(?:['’‘`\-.]\w+)*\.?|[^\w\s]", re.UNICODE)
_KEEP_DOT = frozenset(TOKENIZER_SPECIAL_CASES) | {h for h in HONORIFICS if h.endswith(".")}
# Honorifics and degrees written glued to the name ("Drs.H.Ajamalus", "H.Djohan"): split off, so the
# name is read as if spaced. Only before a capitalised word of 3+ letters, which keeps initials
# ("M.D") and degrees ("S.Sos", "M.Si") whole.
# Also before a lone initial ending the token ("Dr.H.A Fahsar": the initial opens the name).
_GLUED = re.compile(
    r"(?:(?:Drs|Dra|Dr|Ir|Hj|H|KH|K\.H|Prof|dr|Ust|TGH|Pdt|Tgk|Teuku)\.)+(?=[A-Z][a-z][a-z'’‘`]|[A-Z]$)"
)
_GLUED_ONE = re.compile(r"K\.H\.|[A-Za-z]+\.")
# region and acting abbreviations glued to the next word ("Kab.Kupang", "Prov.NTT", "Plt.Kepala")
_GLUED_REGION = re.compile(r"(?:Kab|Kec|Prov|Kel|Plt|Plh|Pjs|Pj)\.(?=[A-Z])")


class Word:
    """One word; its case flags are computed once because every rule asks for them."""

    __slots__ = ("text", "start", "end", "is_title", "is_upper", "is_lower")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        first = text[:1]
        self.is_title = first.isupper()
        self.is_lower = first.islower()
        self.is_upper = self.is_title and text.isupper() and len(text.rstrip(".")) >= 2

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.start}, {self.end})"

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")

    @property
    def is_punct(self) -> bool:
        return not self.text[:1].isalnum()

    @property
    def is_initial(self) -> bool:
        return len(self.text) == 2 and self.is_title and self.text[1] == "."


def _keeps_dot(token: str) -> bool:
    return token in _KEEP_DOT or (len(token) == 2 and token[0].isupper()) or "." in token[:-1]


def _split_glued(token: str, start: int, append: Callable[[Word], None]) -> tuple[str, int]:
    """Append the glued honorifics of `token` as words; return the rest and its start."""
    glued = _GLUED.match(token) or _GLUED_REGION.match(token)
    if glued is None:
        return token, start
    for part in _GLUED_ONE.finditer(glued.group()):
        append(Word(part.group(), start + part.start(), start + part.end()))
    return token[glued.end() :], start + glued.end()


# a dateline or site name glued by a hyphen to the first word ("ROKAN HILIR-Pemerintah",
# "marapipost.com-Pemerintah"): split there, so the body's first name is read whole
_GLUED_DATELINE = re.compile(r"(?:(?<=[A-Z]{4})|(?<=\.com)|(?<=\.id))-(?=[A-Z][a-z])")


def words(text: str) -> list[Word]:
    out: list[Word] = []
    append = out.append
    for match in _TOKEN.finditer(text):
        token = match.group()
        start, end = match.span()
        if "-" in token and (glued := _GLUED_DATELINE.search(token)):
            cut = start + glued.start()
            append(Word(token[: glued.start()], start, cut))
            append(Word("-", cut, cut + 1))
            token, start = token[glued.end() :], cut + 1
        if "." in token[:5] and len(token) > 4:
            token, start = _split_glued(token, start, append)
        if len(token) > 1:
            if token[-1] == "." and not _keeps_dot(token):
                append(Word(token[:-1], start, end - 1))
                append(Word(".", end - 1, end))
                continue
            if token.startswith("se-") and token[3:4].isupper():  # "se-Kota Tangerang": all of it
                append(Word("se-", start, start + 3))
                token, start = token[3:], start + 3
        append(Word(token, start, end))
    return out


def join(parts: list[str]) -> str:
    """Words back to text with ordinary spacing around punctuation ("Ekonomi, Sosial")."""
    text = " ".join(parts)
    for before, after in (
        (" ,", ","),
        (" .", "."),
        (" ;", ";"),
        (" :", ":"),
        ("( ", "("),
        (" )", ")"),
        (" / ", "/"),
    ):
        text = text.replace(before, after)
    return text
