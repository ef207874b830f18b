"""The end of a text dump's body: a last line cut off by the dump's end, and a closing tagline.

Archived dumps and search excerpts stop after about 2,000 characters, often mid-sentence. The
edge trim drops short lines after the last paragraph (names, tags), which would also drop the cut
line ("Selain penyerahan", "Bupati Bre"): when the text stops abruptly right after the body, that
last line is the body's continuation. A credit tag closes the article even when more follows.
A closing slogan that opens with an emoji
("🤝 Bersama membangun ...") is the site's, not the article's.
"""

from __future__ import annotations

import unicodedata

from pipeline.clean import boilerplate, rules

EXCERPT_CHARS = 1_900  # a text this long that stops mid-line was cut, whatever its last line looks like
_TAGLINE_WORDS = 15


def is_cut(text: str) -> bool:
    """The text stops mid-line: no closing punctuation and no blank line after its last line."""
    tail = text.rstrip(" \t")
    if tail.endswith("\n\n"):
        return False
    tail = tail.rstrip()
    return bool(tail) and (tail[-1].isalnum() or tail[-1] in ",;-–(")


def _is_boilerplate(line: str) -> bool:
    return bool(rules.FOOTER_TEXT.search(line)) or any(
        boilerplate.matching_rule(line, table) for table in (rules.DROP_LINE_RULES, rules.END_MARKERS))


def keep_cut_line(source: list[str], kept: list[str], text: str) -> list[str]:
    """`kept` with the source's last line appended when the text was cut right after the body."""
    if len(source) < 2 or not kept or not is_cut(text):
        return kept
    last, before = source[-1], source[-2]
    if kept[-1] == last or not before.startswith(kept[-1]) or _is_boilerplate(last):
        return kept
    if len(text) < EXCERPT_CHARS and boilerplate.looks_like_name(last):
        return kept
    return [*kept, last]


def until_credit_break(lines: list[str]) -> list[str]:
    """The body lines up to a paragraph closed by a credit tag ("... Yuyun Has. (*)") when what
    follows is not prose: listing pages run the next article's category and headline on."""
    for index, line in enumerate(lines[:-1]):
        if boilerplate.is_paragraph(line) and not boilerplate.is_paragraph(lines[index + 1]) \
                and boilerplate.credit_at_end(line):
            return lines[:index + 1]
    return lines


def drop_tagline(kept: list[str]) -> list[str]:
    if len(kept) < 2:
        return kept
    last = kept[-1]
    if len(last.split()) <= _TAGLINE_WORDS and unicodedata.category(last[0]) == "So":
        return kept[:-1]
    return kept
