"""The real-article corpus: gold rows joined with their cached page texts.

Third-party text is never committed. A gold row (tests/fixtures/real/<split>.jsonl) keeps the page's
url, the sha256 and length of its text dump, the body proper as character offsets (`body_start`,
`body_end`) and the annotations; the texts live in a git-ignored cache,
`data/cache/real-texts/<split>/<id>.txt`, or under the folder named by `PANTAU_REAL_TEXTS`.
A text is read as the corpus tool hashed it (UTF-8, universal newlines) and must match its sha256,
so offsets always point into the text they were annotated on.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.core.errors import InputError

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "fixtures" / "real"
CACHE_ENV = "PANTAU_REAL_TEXTS"
SPLITS = ("dev", "blind")
EDGE_WORDS = (
    8  # words of the body's start / end compared by `pantau eval` (annotators marked ~8-12)
)
_CUT_WORDS = 3  # words of a fragment cut by the excerpt's end after the annotated body
_SENTENCE_END = re.compile(r"[.!?]")
_EXCERPT_CHARS = 1_900  # texts this long were cut by the excerpt's end, not by the page's
_CUT_ALONE = 12
_OPENING_QUOTES = "“\"‘'"
# a last line of one of these words is the page's ("Iklan" over an ad slot), not a cut paragraph
_PAGE_WORDS = frozenset(
    {"iklan", "advertisement", "sponsored", "share", "bagikan", "komentar", "tags"}
)


def cache_root() -> Path:
    """The folder holding one sub-folder of texts per split."""
    return Path(os.environ.get(CACHE_ENV) or REPO / "data" / "cache" / "real-texts")


def gold_path(split: str) -> Path:
    return GOLD_DIR / f"{split}.jsonl"


def _cut_word(alone: str) -> bool:
    """ "Per", "Potensi-pote": a paragraph cut after its first letters."""
    return (
        alone.replace("-", "").isalpha()
        and len(alone) <= _CUT_ALONE
        and alone.lower() not in _PAGE_WORDS
    )


def _cut_quote(alone: str) -> bool:
    """ "“Alham", "“Semoga kepengur": a quoted paragraph cut after its first words (at most
    _CUT_WORDS, README "How it is scored")."""
    words = alone[1:].split()
    return (
        alone[0] in _OPENING_QUOTES
        and 0 < len(words) <= _CUT_WORDS
        and all(w.replace("-", "").isalpha() for w in words)
    )


@dataclass(frozen=True)
class RealArticle:
    gold: dict[str, Any]
    text: str

    @property
    def id(self) -> str:
        return str(self.gold["id"])

    @property
    def body(self) -> str:
        """The body proper as annotated (credit tag excluded), a cut last word included."""
        return self.text[self.gold["body_start"] : self.body_end]

    @property
    def body_end(self) -> int:
        """Where the body ends for scoring. When the excerpt stops mid-sentence right after the
        annotated end, the cut fragment ("antara lai", "(Kota Balikpa", a last line "Per") belongs to
        the body: annotators stop before it, and a cleaner cannot tell "lai" from a whole word."""
        end: int = self.gold["body_end"]
        rest = self.text[end:].rstrip()
        if not rest or not (
            rest[-1].isalnum() or rest[-1] in ",;-–"
        ):  # a closing ")" is a credit tag
            return end
        if "\n" not in rest and len(rest.split()) <= _CUT_WORDS and not _SENTENCE_END.search(rest):
            return end + len(rest)
        alone = (
            rest.strip()
        )  # "Per": a paragraph cut after its first letters, on the excerpt's last line
        cut = _cut_word(alone) or _cut_quote(alone)
        if cut and len(self.text) >= _EXCERPT_CHARS and "\n" not in alone:
            return end + len(rest)
        return end

    def scoring_row(self) -> dict[str, Any]:
        """The gold row in the shape `pantau eval` scores: inline text, body_first / body_last."""
        words = self.body.split()
        return {
            **self.gold,
            "text": self.text,
            "body_first": " ".join(words[:EDGE_WORDS]),
            "body_last": " ".join(words[-EDGE_WORDS:]),
        }


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} line {n}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or not row.get("id"):
            raise InputError(f"{path} line {n}: a gold row needs an id")
        rows.append(row)
    return rows


def join(golds: list[dict[str, Any]], texts: Path) -> list[RealArticle]:
    """Each gold row with its text from `texts`/<id>.txt; a missing or changed text is an InputError."""
    if not texts.is_dir():
        raise InputError(f"{texts}: no such folder of texts (see tests/fixtures/real/README.md)")
    missing = [g["id"] for g in golds if not (texts / f"{g['id']}.txt").is_file()]
    if missing:
        raise InputError(
            f"{texts}: {len(missing)} of {len(golds)} texts missing (first: {missing[0]}.txt)"
        )
    return [_checked(gold, texts / f"{gold['id']}.txt") for gold in golds]


def _checked(gold: dict[str, Any], path: Path) -> RealArticle:
    text = read_text(path)
    if gold.get("text_sha256") and text_sha256(text) != gold["text_sha256"]:
        raise InputError(
            f"{path}: sha256 differs from the gold row's text_sha256 (a different or edited text)"
        )
    start, end = gold.get("body_start"), gold.get("body_end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        raise InputError(
            f"{path}: body offsets {start}:{end} do not fit a text of {len(text)} characters"
        )
    return RealArticle(gold, text)


def load(split: str, texts: Path | None = None) -> list[RealArticle]:
    """The split's gold rows joined with the cache (raises InputError when either is absent)."""
    return join(read_gold(gold_path(split)), texts or cache_root() / split)


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def unavailable(split: str) -> str | None:
    """Why the split cannot be measured here (benchmarks and tests skip with this), or None."""
    gold, texts = gold_path(split), cache_root() / split
    if not gold.is_file():
        return f"{_shown(gold)} absent (the annotated rows are copied in when the corpus is frozen)"
    if not gold.read_text(encoding="utf-8").strip():
        return f"{_shown(gold)} holds no rows (a new blind part is being annotated)"
    if not texts.is_dir() or not any(texts.glob("*.txt")):
        return (
            f"no cached texts in {_shown(texts)} (third-party texts are never committed: put them there "
            f"or point {CACHE_ENV} at a folder holding {split}/<id>.txt)"
        )
    return None


def iter_available(splits: tuple[str, ...] = SPLITS) -> Iterator[tuple[str, list[RealArticle]]]:
    for split in splits:
        if unavailable(split) is None:
            yield split, load(split)
