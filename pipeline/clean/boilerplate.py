"""Apply the Indonesian boilerplate rules (`rules.py`) to body lines, HTML or text dump alike."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.clean import byline_rules, rules
from pipeline.clean.end_marks import CLOSING_MARK

END_PUNCT = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")
_QUOTES = "\"“”'‘’«» "
_WORD = re.compile(r"\w+")
_CREDIT_TAIL = 96  # longer than any CREDIT_TAG match
_MAX_LINES_FOR_QUOTES = 400  # the pull-quote check is quadratic; real bodies have far fewer lines


@dataclass
class LineInfo:
    reporter: str | None = None
    editor: str | None = None
    writer: str | None = None
    credit: str | None = None
    dropped: dict[str, int] = field(default_factory=dict)

    def count(self, name: str) -> None:
        self.dropped[name] = self.dropped.get(name, 0) + 1


def is_paragraph(line: str) -> bool:
    """Prose, not a heading, label or menu item."""
    words = len(line.split())
    return words >= 20 or (words >= 7 and line.rstrip().endswith(END_PUNCT))


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


class RuleTable:
    """A rule table compiled for speed, answering exactly as trying its rules in order would.

    Rules anchored at the line start become one alternation tried with `match`: re tries each
    alternative at position 0 only, in table order, so a prose line costs one regex call instead
    of one per rule (most body lines match nothing). Unanchored rules run after a `literal` test.
    """

    def __init__(self, table: tuple[rules.Rule, ...]) -> None:
        self.table = table
        anchored = [(i, rule) for i, rule in enumerate(table) if _anchored(rule.pattern)]
        self._start = (
            re.compile("|".join(f"(?P<r{i}>{_scoped(rule.pattern)})" for i, rule in anchored))
            if anchored
            else None
        )
        self._loose = [(i, rule) for i, rule in enumerate(table) if not _anchored(rule.pattern)]

    def first(self, line: str) -> str | None:
        hit = self._start.match(line) if self._start is not None else None
        first = int(hit.lastgroup[1:]) if hit is not None and hit.lastgroup else len(self.table)
        lowered: str | None = None
        for index, rule in self._loose:
            if index > first:
                break
            if rule.literal is not None:
                lowered = line.lower() if lowered is None else lowered
                if rule.literal not in lowered:
                    continue
            if rule.pattern.search(line):
                return rule.name
        return self.table[first].name if first < len(self.table) else None


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Starts with ^ and has no top-level alternative that could match elsewhere ("^a|b")."""
    source = pattern.pattern
    return (
        source.startswith("^")
        and not (pattern.flags & re.MULTILINE)
        and "|" not in _top_level(source)
    )


def _top_level(source: str) -> str:
    """The characters of `source` outside any group or character class (escapes dropped)."""
    depth, in_class, escaped, out = 0, False, False, []
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _scoped(pattern: re.Pattern[str]) -> str:
    """The pattern with its case flag scoped to it, so rules with different flags share one regex."""
    case = "i" if pattern.flags & re.IGNORECASE else "-i"
    return f"(?{case}:{pattern.pattern})"


_TABLES: dict[int, RuleTable] = {}


def matching_rule(line: str, table: tuple[rules.Rule, ...]) -> str | None:
    """The name of the first rule of `table` that matches `line`, or None."""
    compiled = _TABLES.get(id(table))
    if compiled is None or compiled.table is not table:
        compiled = _TABLES[id(table)] = RuleTable(table)
    return compiled.first(line)


def _record_people(line: str, name: str, info: LineInfo) -> None:
    value = re.split(r"[:\-–]", line, maxsplit=1)[-1].strip(" .")
    if name == "reporter_line" and not info.reporter:
        info.reporter = value
    elif name == "editor_line" and not info.editor:
        info.editor = value
    elif name == "writer_line" and not info.writer:
        info.writer = value


def cut_at_end_marker(lines: list[str], info: LineInfo) -> list[str]:
    """Everything from the first related-news / comment / footer marker after the prose starts."""
    seen_prose = False
    for index, line in enumerate(lines):
        if is_paragraph(line):
            seen_prose = True
            continue
        if seen_prose and (name := matching_rule(line, rules.END_MARKERS)):
            info.count(name)
            return lines[:index]
    return lines


def drop_rule_lines(lines: list[str], info: LineInfo) -> list[str]:
    kept = []
    in_block = False
    for line in lines:
        name = matching_rule(line, rules.DROP_LINE_RULES) if len(line) < 400 else None
        if name is None and in_block and not is_paragraph(line):
            info.count("baca_juga_block")
            continue
        in_block = name == "baca_juga" and len(line.split()) <= 3
        if name is None:
            kept.append(line)
            continue
        info.count(name)
        if name in ("reporter_line", "editor_line", "writer_line"):
            _record_people(line, name, info)
    return kept


def drop_repeats(lines: list[str], title: str | None, info: LineInfo) -> list[str]:
    """Repeated headlines, and pull quotes that repeat a sentence of a longer body line."""
    title_key = _key(title) if title else None
    keys = [_key(line) for line in lines]
    joined = "\n".join(keys)
    kept, seen = [], set()
    for line, key in zip(lines, keys, strict=True):
        if not key:
            continue
        if key == title_key or key in seen:
            info.count("repeated_headline")
            continue
        if (
            len(line) < 200
            and len(keys) < _MAX_LINES_FOR_QUOTES
            and joined.count(key) > keys.count(key)
        ):
            info.count("pull_quote")
            continue
        seen.add(key)
        kept.append(line)
    return kept


def trim_edges(lines: list[str], info: LineInfo) -> list[str]:
    """Labels and captions before the first paragraph; names and tags after the last one."""
    prose = [i for i, line in enumerate(lines) if is_paragraph(line)]
    if not prose:
        return lines
    first, last = prose[0], prose[-1]
    if first:
        info.dropped["leading_label"] = info.dropped.get("leading_label", 0) + first
    tail = [
        line for line in lines[last + 1 :] if len(line.split()) >= 4 and not looks_like_name(line)
    ]
    return lines[first : last + 1] + tail


def looks_like_name(line: str) -> bool:
    words = line.split()
    return len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def credit_at_end(line: str) -> re.Match[str] | None:
    """The closing credit tag of `line`, or None when the bracket is prose.

    A short bracketed tag is a credit when it stands alone, follows sentence punctuation
    ("... berjalan lancar. (Humas)"), or reads like a credit by itself ("(ant/jpnn)", "(kn-2)",
    "(Prokompim)"). An acronym that ends a sentence ("... Badan Kesbangpol (Kesbangpol).") is
    never matched: only spaces may follow the bracket.
    """
    tail_at = max(0, len(line) - _CREDIT_TAIL)  # the tag is short: searching a long line is wasted
    match = byline_rules.CREDIT_TAG.search(line, tail_at)
    if match is None:
        return None
    if match.group(0).rstrip().endswith(").") and not line[: match.start()].rstrip().endswith(
        byline_rules.SENTENCE_END
    ):  # "... adil. (AB-CD)." closes the article; "... Badan Kesbangpol (Kesbangpol)." is prose
        return None
    text = match.group(1).strip()
    labelled = byline_rules.CREDIT_LABEL.match(text)
    if labelled:
        text = text[labelled.end() :]
        return match if byline_rules.CREDIT_TEXT.match(text) else None
    if not byline_rules.CREDIT_TEXT.match(text) or not any(
        ch.isalpha() or ch == "*" for ch in text
    ):
        return None
    if text.lower() in byline_rules.CREDIT_TAG_KEEP:
        return None
    # "katanya. ***(Nama)": an end mark may sit between the sentence and the credit
    before = line[: match.start()].rstrip().rstrip("*").rstrip()
    if not before or before.endswith(byline_rules.SENTENCE_END):
        return match
    first_word = re.split(r"[\s/&,-]+", text.lower())[0]
    return (
        match
        if byline_rules.CREDIT_CODE.match(text) or first_word in byline_rules.CREDIT_WORDS
        else None
    )


def strip_credit(lines: list[str], info: LineInfo) -> list[str]:
    """Cut a closing credit tag from the end of the last line (or a line holding only the tag);
    the text of the last one cut is kept in `info.credit` (the Article's `credit`, also a flag)."""
    while lines:
        last = lines[-1]
        for tail in (byline_rules.TRAILING_BYLINE, byline_rules.TRAILING_PHOTO, CLOSING_MARK):
            if mark := tail.search(last):
                last = lines[-1] = last[: mark.start()]
        match = credit_at_end(last)
        if match is None:
            break
        info.credit = match.group(0).strip()
        info.count("credit_tag")
        rest = last[: match.start()].rstrip()
        if rest:
            lines[-1] = rest
            break
        lines = lines[:-1]
    return lines


def clean_lines(lines: list[str], title: str | None) -> tuple[list[str], LineInfo]:
    info = LineInfo()
    lines = cut_at_end_marker(lines, info)
    lines = drop_rule_lines(lines, info)
    lines = drop_repeats(lines, title, info)
    lines = strip_credit(
        lines, info
    )  # a tag on its own line would otherwise vanish in the tail trim
    lines = trim_edges(lines, info)
    lines = strip_credit(lines, info)
    return lines, info
