"""The end of a text dump's body.

- Archived dumps and search excerpts stop after about 2,000 characters, often mid-sentence. The
  edge trim drops short lines after the last paragraph (names, tags), which would also drop the cut
  line ("Selain penyerahan", "Bupati Bre"): when the text stops abruptly right after the body, its
  last lines are the body's continuation.
- A credit tag closes the article even when more follows (listing pages run the next one on).
- An inline share widget is cut off the line it ends ("... Share this:TwitterFacebook").
- Other posts' Title Case headlines under the article, and a closing slogan that opens with an
  emoji ("🤝 Bersama membangun ..."), are the site's, not the article's; so is a headline in
  sentence case over its date line ("Bupati contoh gelar dialog" / "Minggu, 8 Juni 2025 4:56 WIB")
  printed under the body.
- An excerpt cut right after an opening bracket ("... Pemuda Contoh (") or an empty link residue
  ("[]") ends the body on the word before it.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.clean import boilerplate, dates, rules

EXCERPT_CHARS = (
    1_900  # a text this long that stops mid-line was cut, whatever its last line looks like
)
_TAGLINE_WORDS = 15
_CUT_TAIL_LINES = 2
_STAMP_WORDS = 10  # a date line under or over an article is this short
_HEADLINE_WORDS, _HEADLINE_CAPITALS = 4, 0.8
_LIST_ITEM = re.compile(
    r"^(\d{1,2}[.)]|[a-z][.)]|[-•*–])\s"
)  # "1. Memberikan penguatan ...": the body's own list
_SHARE_TAIL = re.compile(
    r"\s*\b(share\s+this|bagikan(\s+ini)?)\s*:\s*(facebook|twitter|whatsapp|telegram|linkedin|email"
    r"|pinterest|x|line|print|\s|,)*$",
    re.I,
)


def is_cut(text: str) -> bool:
    """The text stops mid-line: no closing punctuation and no blank line after its last line."""
    tail = text.rstrip(" \t")
    if tail.endswith("\n\n"):
        return False
    tail = tail.rstrip()
    return bool(tail) and (tail[-1].isalnum() or tail[-1] in ",;-–(")


def _is_boilerplate(line: str) -> bool:
    return bool(rules.FOOTER_TEXT.search(line)) or any(
        boilerplate.matching_rule(line, table)
        for table in (rules.DROP_LINE_RULES, rules.END_MARKERS)
    )


def keep_cut_tail(source: list[str], kept: list[str], text: str) -> list[str]:
    """`kept` with the source's last lines appended when the text was cut right after the body:
    a cut line ("Selain penyerahan"), or a crosshead and the cut start of its paragraph."""
    if not kept or not is_cut(text):
        return kept
    at = next((i for i in range(len(source) - 1, -1, -1) if source[i].startswith(kept[-1])), None)
    tail = _past_related_link(source[at + 1 :] if at is not None else [])
    if (
        not tail
        or len(tail) > _CUT_TAIL_LINES
        or any(_is_boilerplate(line) or _is_stamp(line) for line in tail)
    ):
        return kept
    if len(text) < EXCERPT_CHARS and any(boilerplate.looks_like_name(line) for line in tail):
        return kept
    return [*kept, *tail]


def _past_related_link(tail: list[str]) -> list[str]:
    """The lines after a "Baca juga:" line and the headline it links ("Baca juga:" / "Pemkab Contoh
    Gelar Lomba"): the body runs on below them."""
    if tail and boilerplate.matching_rule(tail[0], rules.DROP_LINE_RULES) == "baca_juga":
        linked = tail[0].rstrip().endswith(":") and len(tail) > 1
        return tail[2:] if linked else tail[1:]
    return tail


def _is_stamp(line: str) -> bool:
    """A credit tag, a date alone on its line, or a date line ("- Senin, 25 Juli 2022 | 20:26
    WIB"): the article's foot, not its text."""
    match = boilerplate.credit_at_end(line)
    if match is not None and match.start() == 0:
        return True
    bare = line.strip(" .-–—|")
    return bool(dates.TEXT_DATE.fullmatch(bare)) or (
        len(line.split()) <= _STAMP_WORDS
        and bool(dates.TEXT_DATE.search(line))
        and not line.endswith(".")
    )


def strip_share_tail(lines: list[str]) -> list[str]:
    """Lines with an inline share widget cut off their end ("... (Diskominfo) Share this:TwitterFacebook")."""
    return [
        _share_cut(line) if "share" in line.lower() or "bagikan" in line.lower() else line
        for line in lines
    ]


def _share_cut(line: str) -> str:
    """A line that is only the widget stays whole: it is the end marker of the body."""
    return _SHARE_TAIL.sub("", line) or line


_DANGLING = re.compile(r"(?:\s*(?:\[\]|\(\)|!\[\]\(\)))+\s*$|\s+[(\[“\"‘]+$")


def drop_dangling_end(kept: list[str]) -> list[str]:
    """`kept` with an empty link residue ("[]") or a bracket the excerpt's cut left open removed
    from the end of its last line."""
    if not kept:
        return kept
    last = _DANGLING.sub("", kept[-1])
    return [*kept[:-1], last] if last else kept[:-1]


def until_dated_headline(lines: list[str]) -> list[str]:
    """The body lines up to a headline printed with its date line under the body: a short line
    without closing punctuation, after a closed paragraph and over a date line."""
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if (
            lines[index - 1].endswith(boilerplate.END_PUNCT)
            and not line.endswith(boilerplate.END_PUNCT)
            and len(line.split()) <= _TAGLINE_WORDS
            and not _LIST_ITEM.match(line)
            and _is_stamp(lines[index + 1])
            and boilerplate.credit_at_end(lines[index + 1]) is None
        ):
            return lines[:index]
    return lines


def until_credit_break(lines: list[str]) -> list[str]:
    """The body lines up to a paragraph closed by a credit tag ("... Yuyun Has. (*)") when what
    follows is not prose: listing pages run the next article's category and headline on."""
    for index, line in enumerate(lines[:-1]):
        if (
            boilerplate.is_paragraph(line)
            and not boilerplate.is_paragraph(lines[index + 1])
            and boilerplate.credit_at_end(line)
        ):
            return lines[: index + 1]
    return lines


def drop_headline_tail(kept: list[str]) -> list[str]:
    """`kept` without the headline-shaped and date lines after its last paragraph: other posts'
    titles ("Pemkab Contoh Gelar Lomba Desa Bersih") listed under the article with no "Berita
    Terkait", or the page's own headline and date line printed under the body."""
    end = len(kept)
    while (
        end > 1
        and not boilerplate.is_paragraph(kept[end - 1])
        and (_is_headline_shaped(kept[end - 1]) or _is_stamp(kept[end - 1]))
    ):  # a post's headline over its date line ("- Senin, 25 Juli 2022 | 20:26 WIB")
        end -= 1
    return kept[:end]


def _is_headline_shaped(line: str) -> bool:
    if _LIST_ITEM.match(line):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return (
        len(words) >= _HEADLINE_WORDS
        and capitals >= _HEADLINE_CAPITALS * len(words)
        and not line.endswith((".", ":"))
    )


def drop_tagline(kept: list[str]) -> list[str]:
    if len(kept) < 2:
        return kept
    last = kept[-1]
    if len(last.split()) <= _TAGLINE_WORDS and unicodedata.category(last[0]) == "So":
        return kept[:-1]
    return kept
