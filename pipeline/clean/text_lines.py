"""What one line of a text dump is, for `text_layout`: prose, a date line, a title-shaped line, a
dateline opening a lede or standing alone, a byline, a flattened menu or a boilerplate rule line."""

from __future__ import annotations

import re
import unicodedata

from pipeline.clean import boilerplate, byline_rules, dates, line_shapes, rules
from pipeline.clean.line_shapes import CAPTION_MARK, PHOTO_CREDIT, is_headline_run, is_post_stamp

_HEADER_LINE = re.compile(
    r"^(jl\.?\s|jalan\s|telp|tel\.|fax|\(?\d{3,4}\)?[\s\d-]{5,}$)|@|\[at\]|https?://|www\.|\s[/»>|]\s|^[\w-]+-[\w-]+$",
    re.I,
)

# A dateline opening a line: a few capitalised words (place, site, agency), then a dash.
# "JAMBI –", "Padang, Rakyatterkini.com –", "(humasKominfo) –", "SUKAMAJU—–", "Buleleng, Selasa (27/1/2026) —",
# "Kitasulsel–MAKASSAR ".
_DATELINE_LEAD = re.compile(
    r"^\(?[A-Za-z0-9][^\s–—]*(?:[ ,]+[^\s–—]+){0,6}?\s*(?:[–—-]{1,3}(?:\s+|$)|[–—]{1,3}[A-Z]{3,}\s"
    r"|[–—]{1,3}(?=[A-Z][a-z]))"  # "AGAM, METRO–Bupati ...": the dash glued to the lede's first word
)
_NAME = r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?"
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[a-z]{2,}){1,2}"
_LONE_DATELINE = re.compile(
    r"^([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?,\s*(?:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?|[a-z][\w-]*\.[a-z.]{2,})\s*[–—-]{0,3}"  # Gerung, Diskominfotik / Kota, kabar.com.
    r"|[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?\s*[–—-]{1,3}"  # SUKAMAJU—–
    r"|[A-Z]{3,}\s+[^\w\s]{1,2}\s+[\w.]+,?"  # KOTA // KC,
    # a place and the site's domain on either side of a bar, a slash or a dash: "Sukamaju -
    # KabarContoh.online", "KabarContoh.id | Kota Sukamaju"
    rf"|{_NAME}\s*[|/–—-]{{1,2}}\s*{_DOMAIN}|{_DOMAIN}\s*[|/–—-]{{1,2}}\s*{_NAME}"
    r"|[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?,?\s*\([\w.]{2,30}\)\s*[–—-]{0,3})$"  # AGAM (Kabarcontoh)
)  # PESAWARAN ✓ lensanews.id
_SITE_BAR_LEAD = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*\|\s*[A-Z]")
# A dateline closed by a bar instead of a dash: the place, maybe the site, a bar, then the lede's
# first word in sentence case ("SUKAMAJU | Bupati ...", "KOTA, Kabar.id| Draf ...", "Kota, Kabar
# Contoh | Penjabat ..."). One bar only and a sentence after it: a breadcrumb has more bars.
_BAR_DATELINE = re.compile(r"^([A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,3}?)\s*\|\s*(?=[A-Z][a-z])")
_BAR_LEDE_WORDS = 8
_RULE_CHARS = (
    400  # as in `boilerplate.drop_rule_lines`: longer lines are prose whatever they start with
)
_SENTENCE_LOWER = 3  # lower-case words in a sentence; a date line has fewer ("Senin, 3 Maret 2025")
_META_WORDS = (
    15  # a date line under a headline ("Berita | Jumat, 12 Juli 2019 - 03:38 | Dibaca 269 kali")
)
_MENU_CAPITALS = 0.7
_SHORT_DATE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b")  # "19 Sep 2025"


def is_rule_line(line: str) -> bool:
    return boilerplate.matching_rule(line, rules.DROP_LINE_RULES) is not None


def is_title_shaped(line: str) -> bool:
    words = len(line.split())
    if not 4 <= words <= 30 or line.endswith((".", ":", ",")) or _HEADER_LINE.search(line):
        return False
    if dates.TEXT_DATE.search(line) or dates.NUM_DATE.search(line):
        return False
    return not is_rule_line(line)


def starts_with_dateline(line: str) -> bool:
    line = unicodedata.normalize("NFKC", line[:120])  # "𝐁𝐚𝐭𝐚𝐦 –": styled letters are letters
    if _SITE_BAR_LEAD.match(line) or line_shapes.BRACKET_DATELINE.match(line):  # site | place –
        return True
    if _is_bar_dateline(line):
        return True
    match = _DATELINE_LEAD.match(line)
    if match is None:
        return False
    if match.group(0).startswith("("):  # "(humasKominfo) –": a bracketed source tag
        return True
    words = re.findall(r"[^\W\d_][\w.'’]*", match.group(0))
    # site names may be lower case: "BANYUWANGI, (suaraindonesia.co.id)-", "KOTA CONTOH, kabarcontoh.id –"
    return bool(words) and all(w[0].isupper() or "." in w for w in words) and words[0][0].isupper()


def _is_bar_dateline(line: str) -> bool:
    match = _BAR_DATELINE.match(line)
    if match is None or "|" in line[match.end() :] or len(line.split()) < _BAR_LEDE_WORDS:
        return False
    if re.search(r"\d", match.group(1)):  # "Senin, 3 Maret 2025 | ...": a date line, no place
        return False
    words = re.findall(r"[^\W\d_][\w.'’]*", match.group(1))
    return all(w[0].isupper() or "." in w for w in words)


def is_prose(line: str) -> bool:
    return (
        boilerplate.is_paragraph(line)
        and not CAPTION_MARK.search(line)
        and not PHOTO_CREDIT.search(line)
        and not is_headline_run(line)
        and not is_post_stamp(line)
        and (len(line) >= _RULE_CHARS or not is_rule_line(line))
    )


def is_share_line(line: str) -> bool:
    return (boilerplate.matching_rule(line, rules.DROP_LINE_RULES) or "").startswith("share")


def is_meta_line(line: str) -> bool:
    return (
        len(line.split()) <= _META_WORDS
        and bool(dates.TEXT_DATE.search(line) or dates.NUM_DATE.search(line))
        and not _is_sentence(line)
    )


def _is_sentence(line: str) -> bool:
    """A short sentence with a date ("Kegiatan itu berlangsung di Aula, Senin (3/3/2025).") is
    prose, not a date line: it closes with a full stop and runs on lower-case words."""
    lower = sum(w[:1].islower() for w in line.split())
    return line.rstrip("”\"’' ").endswith((".", "!", "?")) and lower >= _SENTENCE_LOWER


def is_byline(line: str) -> bool:
    return bool(
        byline_rules.EDITOR_INLINE.search(line) or byline_rules.REPORTER_INLINE.search(line)
    ) and not (boilerplate.is_paragraph(line))


def word_count(line: str) -> int:
    """Words of a line, its dashes and bars not counted ("PALANGKA RAYA, Kabarcontoh.com –" and
    "Kabarcontoh.id | Kota Sukamaju" have three)."""
    return sum(1 for w in line.split() if w.strip("-–—|/"))


def is_lone_dateline(line: str, lede: str) -> bool:
    if word_count(line) > 3 or is_prose(line) or is_rule_line(line):
        return False
    opens_with_dash = lede[:1] in "–—-"  # "SATUMALUKU.ID" over "– Pengurus MUI ..."
    closes_with_dash = line.endswith(("-", "–", "—"))  # "Sukamaju kabar contoh,com-" over the lede
    return bool(_LONE_DATELINE.match(line)) or (
        (opens_with_dash or closes_with_dash) and line[:1].isupper()
    )


def has_date(line: str) -> bool:
    return bool(
        dates.TEXT_DATE.search(line) or dates.NUM_DATE.search(line) or _SHORT_DATE.search(line)
    )


def is_menu(line: str) -> bool:
    """A site menu flattened into one long line: no sentence punctuation, nearly every word capitalised."""
    if any(mark in line for mark in ".,!?"):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= _MENU_CAPITALS * len(words)


_TWICE_WORDS = 8  # a caption's words; short lines ("Foto", "Bupati") prefix many others


def printed_twice(lines: list[str], j: int) -> bool:
    """Line `j` is printed again right above or below it, maybe with a button's label glued on
    ("<caption> Perbesar" / "<caption>"): an image's alt text and its caption, not a lede."""
    for k in (j - 1, j + 1):
        if 0 <= k < len(lines):
            short, long = sorted((lines[j], lines[k]), key=len)
            if len(short.split()) >= _TWICE_WORDS and long.startswith(short):
                return True
    return False
