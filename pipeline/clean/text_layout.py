"""Where a text dump's headline and body start: the line rules of `from_text`.

Real dumps come in every shape between a whole page (menus, headline, date line, body, related
news, footer) and a clean body with nothing around it. The body starts at the first prose line,
unless that line is the headline (a date line follows it, it comes back later, or it is a long
headline without closing punctuation over a new sentence), a photo caption ("A (kiri) - B
(tengah)"), or a deck, caption or summary above a dateline-led lede; a dateline standing alone on
the line before ("Gerung, Diskominfotik", "SUKAMAJU—–", "SITE.ID" over "– Lede") belongs to the
body. The headline is looked for only above the body: a text that opens with its lede has none.
What a single line is (prose, a date line, a dateline...) is `text_lines`' call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from pipeline.clean import boilerplate
from pipeline.clean.text_lines import (
    has_date,
    is_byline,
    is_lone_dateline,
    is_menu,
    is_meta_line,
    is_prose,
    is_rule_line,
    is_share_line,
    is_title_shaped,
    printed_twice,
    starts_with_dateline,
    word_count,
)

_WORD = re.compile(r"\w+")
_DECK_WORDS = 30  # a deck or caption above the lede is shorter than this
_DECK_LINES = 6  # a teaser, byline, site line and caption above the lede span fewer lines
_SENTENCE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“'‘")
_SHARED_WORDS = 0.5  # a summary above the lede repeats at least this share of its words


@dataclass
class Layout:
    title: int | None
    body_start: int | None
    lede_end: int | None = None  # a hard-wrapped lede runs from body_start to this line


_WRAP_WORDS = 8  # a wrapped dateline-led lede line is at least this long
_SAME_HEADLINE = 90  # rapidfuzz ratio of two printings of one headline
_WRAP_LINES = 6
_TITLE_CASE, _TITLE_CASE_WORDS = 0.6, 20
_HEADLINE_MIN_WORDS = 5  # a headline with every word capitalised: a lede has lower-case words
# An upper-case headline run on into its lede: four or more capitalised tokens, no dash (a dateline has
# one: "SALIRA TV KABUPATEN BOGOR – "), then a sentence-case word.
_CAPS_HEADLINE = re.compile(r"^(?:(?:[A-Z0-9][A-Z0-9.,'’&/]*|[/&])\s+){4,}(?=[A-Z][a-z])")
_SITE_LEAD = re.compile(
    r"^[\w-]+\.[a-z]{2,}\b|^[^\s–—]{1,40}\s*[–—|]"
)  # "kabarcontoh.id", "sukamaju –"
_LOWER_START = re.compile(r"[a-z]")  # a Latin lower-case letter, not a garbled symbol ("πŒ")
# A dateline with the site's code: "GORONTALO-NN–", "SUKAMAJU-KC -": the body's first words even on a
# short hard-wrapped line that reads like a headline.
_CODED_DATELINE = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,})?\s?-\s?[A-Z]{2,5}\s?[–—-]")


def _key(line: str) -> str:
    """A line's words, lower case: a headline repeated under the date line compares equal."""
    return " ".join(_WORD.findall(line.lower()))


def _is_headline(lines: list[str], i: int, keys: list[str]) -> bool:
    """A prose-shaped line that is the page's headline: a date line follows it, it is repeated, or
    it is a long headline (20-30 words, no closing punctuation) over a new sentence."""
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if is_meta_line(following) or keys[i] in keys[i + 1 :] or keys[i] in keys[:i]:
        return True
    if (
        any(  # printed twice with a slip ("Satu jie" / "Satu ji"): the page's title and its h1
            fuzz.ratio(keys[i], key) >= _SAME_HEADLINE
            for key in keys[max(0, i - 3) : i] + keys[i + 1 : i + 4]
            if key
        )
        and is_title_shaped(lines[i])  # a lede repeated under its deck is no headline
    ):
        return True
    line = lines[i]
    if is_share_line(following) and len(line.split()) <= _DECK_WORDS and ". " not in line:
        return True  # share buttons sit under the headline ("Facebook", "Berbagi ke Sosial Media")
    opens = following[:1] in _SENTENCE_OPENERS or following[:1].isupper()  # "𝐁𝐚𝐭𝐚𝐦 –" too
    if not is_prose(following) or not opens or ". " in line:
        return False
    words = line.split()
    if (
        len(words) <= _DECK_WORDS
        and (line[-1:].isalnum() or line.endswith(("?", "!")))
        and not (starts_with_dateline(line) and len(words) >= _WRAP_WORDS)
    ):  # a dateline-led lede cut mid-sentence ("SUKAMAJU, KABAR.COM – ... Selasa (13/10") is no headline
        return True
    # A short Title Case line over prose: "Ayo Dukung Program Kampung Bersih!" (ledes are sentence case)
    capitals = sum(w[:1].isupper() for w in words if w[:1].isalpha())
    lettered = sum(1 for w in words if w[:1].isalpha())
    if lettered >= _HEADLINE_MIN_WORDS and capitals == lettered and len(words) < _TITLE_CASE_WORDS:
        return not starts_with_dateline(line)  # every word capitalised, even before a full stop
    return (
        len(words) < _TITLE_CASE_WORDS
        and capitals >= _TITLE_CASE * len(words)
        and not starts_with_dateline(line)
        and not line.endswith(".")  # a lede full of names and offices closes with a full stop
    )


def _past_deck(lines: list[str], start: int) -> int:
    """The dateline-led lede when a short deck or caption, or a summary of the lede, sits above it."""
    lede = next(
        (j for j in range(start + 1, min(start + 3, len(lines))) if starts_with_dateline(lines[j])),
        None,
    )
    if lede is None:
        lede = _lede_past_byline(lines, start)
    # a dateline never opens two lines running: over the lede, "FOTO BERSAMA - ..." is a caption
    one_sentence_over = lede == start + 1 and ". " not in lines[start]
    if lede is None or starts_with_dateline(lines[start]) and not one_sentence_over:
        return start
    lede_words = {w.strip(_PUNCT) for w in lines[lede].lower().split()}  # "Riau," is "Riau"
    for j in range(start, lede):
        if printed_twice(lines, j):  # a caption under its alt text ("... Perbesar"): no lede
            continue
        words = [w.strip(_PUNCT) for w in lines[j].lower().split()]
        shared = sum(w in lede_words for w in words) / len(words)
        if len(words) >= _DECK_WORDS and shared < _SHARED_WORDS:
            return start
    return lede


def _lede_past_byline(lines: list[str], start: int) -> int | None:
    """The dateline-led lede further down when a byline or site line sits between it and `start`
    (a teaser, "Penulis: A | Editor: B", the site's name, a photo caption, then "SITE.COM, KOTA -
    ..."): the lines above a byline or a date line are the page's header, not the body."""
    for j in range(start + 1, min(start + _DECK_LINES, len(lines))):
        if starts_with_dateline(lines[j]):
            between = lines[start + 1 : j]
            header = any(is_byline(line) or is_meta_line(line) for line in between)
            return j if header else None
    return None


def _with_lone_dateline(lines: list[str], start: int, title: int | None) -> int:
    before = start - 1
    if before < 0 or word_count(lines[before]) > 3:
        return start
    if before == title and not lines[before].endswith(_DASHES):  # a headline never ends in a dash
        return start
    return before if is_lone_dateline(lines[before], lines[start]) else start


_DASHES = ("-", "–", "—")
_PUNCT = ".,;:!?()\"“”'‘’"


def _find_title(lines: list[str], start: int) -> int | None:
    """The headline above the body: the line over a date line, else the first headline-shaped line."""
    above = [i for i in range(min(start, 30)) if is_title_shaped(lines[i]) or is_prose(lines[i])]
    dated = [i for i in above if any(is_meta_line(line) for line in lines[i + 1 : i + 3])]
    candidates = dated or above
    return candidates[0] if candidates else None


def joined_lede(lines: list[str], layout: Layout) -> list[str]:
    """The lines with the lede made one line: a lone dateline joined to it, a hard-wrapped lede's
    lines joined (so no edge trim drops them), a headline glued to its front cut off."""
    at = layout.body_start
    if at is None:
        return lines
    end = layout.lede_end if layout.lede_end is not None else at
    if end == at and at + 1 < len(lines) and is_lone_dateline(lines[at], lines[at + 1]):
        end = at + 1
    lede = " ".join(lines[at : end + 1])
    title = lines[layout.title] if layout.title is not None else ""
    if (
        title and lede.startswith(title) and len(lede) > len(title) + 1
    ):  # "<headline> <lede>" on one line
        lede = lede[len(title) :].lstrip()
    elif glued := _CAPS_HEADLINE.match(
        lede
    ):  # "KESBANGPOL GELAR DIALOG ORMAS / LSM Bertempat di ..."
        lede = lede[glued.end() :]
    return [*lines[:at], lede, *lines[end + 1 :]]


def _lede_end(lines: list[str], start: int) -> int | None:
    """The line ending a dateline-led lede that starts on a short, hard-wrapped line."""
    if is_prose(lines[start]) or not starts_with_dateline(lines[start]):
        return None
    for j in range(start + 1, min(start + _WRAP_LINES, len(lines))):
        if is_rule_line(lines[j]) or starts_with_dateline(lines[j]):
            return None  # a widget, or the lede's own dateline: `start` was a headline
        if lines[j].endswith(boilerplate.END_PUNCT) or is_prose(lines[j]):
            return j
    return None


def _wrapped_lede(lines: list[str], start: int, title: int | None) -> int | None:
    """Where a hard-wrapped, dateline-led lede begins when its sentence ends on line `start`
    ("Palopo (Kemenag Palopo) – Forum ... Kota" / "Palopo gelar ..." / "... Kasubag TU.")."""
    if starts_with_dateline(
        lines[start]
    ):  # the lede has its own dateline: a line above is a headline
        return None
    first = start - 1
    while first > (title if title is not None else -1) and start - first <= _WRAP_LINES:
        line = lines[first]
        if line.endswith(boilerplate.END_PUNCT) or is_rule_line(line) or has_date(line):
            return None
        if starts_with_dateline(line) and len(line.split()) >= _WRAP_WORDS:
            return first
        first -= 1
    return None


def _coded_dateline_above(lines: list[str], start: int) -> int | None:
    """The line above the first prose line that opens with a coded dateline, when the lines
    between run on unpunctuated: the lede's first, hard-wrapped line (it reads like a headline)."""
    for j in range(start - 1, max(start - _WRAP_LINES, 0) - 1, -1):
        if lines[j].endswith(boilerplate.END_PUNCT) or is_rule_line(lines[j]):
            return None
        if _CODED_DATELINE.match(lines[j]):
            return j
    return None


def _continued_from(lines: list[str], start: int) -> int | None:
    """Where the sentence begins when the first prose line opens in lower case ("perayaan HUT ...")
    because the text is hard-wrapped: the lines above it back to one that starts a sentence."""
    if not _LOWER_START.match(lines[start]) or _SITE_LEAD.match(
        lines[start]
    ):  # "kabarcontoh.id – ...": a dateline
        return None
    found = None
    for first in range(start - 1, max(start - _WRAP_LINES, 0) - 1, -1):
        line = lines[first]
        if first and is_lone_dateline(lines[first - 1], line):
            return first - 1  # "Kota, kabar.com." over a lede full of names that reads like a menu
        if (
            line.endswith(boilerplate.END_PUNCT)
            or is_rule_line(line)
            or is_meta_line(line)
            and len(line) < 40
            or is_menu(line)
            and len(line.split()) > 3
        ):
            break  # a sentence's end, a widget, a headline or a menu: the paragraph starts below it
        if line[:1].isupper():
            found = first
    return found


def find_layout(lines: list[str]) -> Layout:
    keys = [_key(line) for line in lines]
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if is_prose(line) and not is_menu(line) and not _is_headline(lines, i, keys)
        ),
        None,
    )
    if start is None:  # no prose-shaped line at all: the longest plain line is the body's start
        plain = [
            i for i, line in enumerate(lines) if len(line.split()) >= 4 and not is_rule_line(line)
        ]
        start = max(plain, key=lambda i: len(lines[i]), default=None)
        if start is None:
            return Layout(None, None)
    continued = _continued_from(lines, start)
    if (
        continued is not None
    ):  # a hard-wrapped first paragraph: the body starts where its sentence does
        return Layout(_find_title(lines, continued), continued, lede_end=start)
    coded = _coded_dateline_above(lines, start)
    if coded is not None:  # "SUKAMAJU-KC– Hj. Nama" / "(Ketua ...) bersama ..." / "... (5/3/2025)."
        return Layout(_find_title(lines, coded), coded, lede_end=start)
    title = _find_title(lines, start)
    wrapped = _wrapped_lede(lines, start, title)
    if wrapped is not None:
        return Layout(title, wrapped, lede_end=start)
    start = _past_deck(lines, start)
    start = _with_lone_dateline(lines, start, title)
    if title == start:  # the headline-shaped line was the lede's dateline
        title = None
    return Layout(title, start, lede_end=_lede_end(lines, start))
