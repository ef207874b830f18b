"""Page furniture glued to the lede with no line break between: the dump lost the break where two
blocks met, so a date line, a post's stamp or an image credit runs straight into the first sentence
("Senin, 3 Maret 2025 - 10:55 WIBSUKAMAJU, KABAR.COM - ...", "... | 12 CommentsSUKAMAJU – ...",
"Sumber Gambar : humas.contohPenjabat Bupati ..."). The glue shows as a capital right after a
lower-case letter, a figure or a bracket, or right after a time zone in capitals ("WIBSORONG").

Only the lines above the body are split, and only where what stands before the glue is furniture
by the line shapes already known (a date line, a post stamp, a photo or image credit) and what
follows is prose: a name written in camel case ("KabarContoh") or a dateline ("SUKAMAJU, Senin
(3/3/2025)Bupati ...") is never furniture.
"""

from __future__ import annotations

import re

from pipeline.clean import boilerplate
from pipeline.clean.line_shapes import PHOTO_CREDIT, is_post_stamp
from pipeline.clean.text_lines import is_meta_line, is_prose, starts_with_dateline

_GLUE = re.compile(r"(?:(?<=[a-z0-9)])|(?<=\bWIB)|(?<=\bWITA)|(?<=\bWIT))(?=[A-Z])")
_GLUE_WITHIN = 160  # furniture above a lede is shorter than this
_IMAGE_CREDIT = re.compile(r"^(sumber\s+(gambar|foto)|kredit\s+foto)\s*:", re.I)
# An image-credit label left empty, the lede's dateline glued on ("Sumber Gambar :Sukamaju - ...").
_EMPTY_LABEL = re.compile(r"^(sumber\s+(gambar|foto)|kredit\s+foto|foto|gambar)\s*:\s*(?=\S)", re.I)
_LEDE_WORDS = 8  # what follows the glue is a sentence, not a word or two
# A dateline's day in figures closing the prefix: "Sukamaju, Rabu (5/3/2025)" is the lede's own.
_DATELINE_DAY = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)$")


def _is_furniture(prefix: str) -> bool:
    if starts_with_dateline(prefix) or _DATELINE_DAY.search(prefix):  # the lede's own dateline
        return False
    return bool(
        is_meta_line(prefix)
        or is_post_stamp(prefix)
        or _IMAGE_CREDIT.match(prefix)
        or PHOTO_CREDIT.search(prefix)
    )


def unglued(line: str) -> list[str]:
    """[furniture, lede] when `line` is furniture glued to a lede, else [line]."""
    if (label := _EMPTY_LABEL.match(line)) and starts_with_dateline(line[label.end() :]):
        return [line[: label.end()].strip(), line[label.end() :]]
    for glue in _GLUE.finditer(line[:_GLUE_WITHIN]):
        prefix, rest = line[: glue.start()].strip(), line[glue.start() :]
        if (
            len(rest.split()) >= _LEDE_WORDS
            and boilerplate.is_paragraph(rest)
            and _is_furniture(prefix)
        ):
            return [prefix, rest]
    return [line]


def split_glued_furniture(lines: list[str]) -> list[str]:
    """`lines` with furniture glued to the first prose line split off onto a line of its own."""
    for index, line in enumerate(lines):
        if is_prose(line):
            return [*lines[:index], *unglued(line), *lines[index + 1 :]]
    return lines
