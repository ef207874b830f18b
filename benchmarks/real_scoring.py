"""Cleaning figures on the real-article corpus, with an error category for every miss.

For each article: clean its text dump (`clean_text`, the url passed as the crawler would) and the same
body inside a WordPress-shaped page (`clean_html`); then body start / end exact (the first / last
words of the annotated body, as `pantau eval` scores them), body token F1 (4-gram shingles),
publication date where the gold has one, a date given where the gold has none, and refusals.
`python -m benchmarks.real_scoring GOLD TEXTS` prints the figures and one line per miss.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.real_pages import shaped_pages
from pantau.real_corpus import RealArticle, join, read_gold
from pipeline.clean import clean_html, clean_text
from pipeline.clean.boilerplate import LineInfo, drop_rule_lines
from pipeline.clean.evaluate import body_score
from pipeline.core.errors import Dropped

NOW = datetime(2026, 12, 31, 12, tzinfo=ZoneInfo("Asia/Jakarta"))
_HTML_MISS = 0.99


@dataclass
class Tally:
    n: int = 0
    start: int = 0
    end: int = 0
    f1: float = 0.0
    html_f1: float = 0.0
    dated: int = 0
    dated_right: int = 0
    undated: int = 0
    spurious_dates: int = 0
    refused: int = 0
    misses: list[dict[str, str]] = field(default_factory=list)

    def figures(self) -> dict[str, float | int]:
        n = max(self.n, 1)
        return {
            "articles": self.n,
            "body_start": round(self.start / n, 3),
            "body_end": round(self.end / n, 3),
            "body_f1": round(self.f1 / n, 3),
            "html_body_f1": round(self.html_f1 / n, 3),
            "published": round(self.dated_right / max(self.dated, 1), 3),
            "with_date": self.dated,
            "date_given_where_none": self.spurious_dates,
            "without_date": self.undated,
            "refused": self.refused,
        }


def _words(text: str) -> list[str]:
    return text.split()


def _position(haystack: list[str], needle: list[str]) -> int | None:
    """Index of the first occurrence of `needle` (a few words) in `haystack`."""
    if not needle:
        return None
    first = needle[0]
    for i, word in enumerate(haystack):
        if word == first and haystack[i : i + len(needle)] == needle:
            return i
    return None


def _edge_category(article: RealArticle, body: str, which: str) -> str:
    """early / late / inside: where the predicted edge sits against the gold's, in words."""
    text_words = _words(article.text)
    gold_at = (
        len(_words(article.text[: article.gold["body_start"]]))
        if which == "start"
        else len(_words(article.text[: article.body_end]))
    )
    got = _words(body)
    if which == "start":
        at = _position(text_words, got[:6])
    else:
        tail = got[-6:]
        found = _position(text_words, tail)
        at = None if found is None else found + len(tail)
    if at is None:
        return f"{which}_changed"  # the edge words were altered (normalised, credit cut inside)
    return f"{which}_{'early' if at < gold_at else 'late'}"


def score(article: RealArticle, tally: Tally) -> None:
    row = article.scoring_row()
    tally.n += 1
    gold_date = article.gold.get("published")
    try:
        cleaned = clean_text(article.text, article.gold.get("url"), now=NOW)
    except Dropped as exc:
        tally.refused += 1
        tally.misses.append({"id": article.id, "category": "refused", "detail": str(exc)[:120]})
        cleaned = None
    body = " ".join(_words(cleaned.body)) if cleaned else ""
    if body.startswith(row["body_first"]):
        tally.start += 1
    elif cleaned:
        tally.misses.append(
            {
                "id": article.id,
                "category": _edge_category(article, body, "start"),
                "detail": f"got {body[:70]!r} want {row['body_first']!r}",
            }
        )
    if body.endswith(row["body_last"]):
        tally.end += 1
    elif cleaned:
        tally.misses.append(
            {
                "id": article.id,
                "category": _edge_category(article, body, "end"),
                "detail": f"got {body[-70:]!r} want {row['body_last']!r}",
            }
        )
    tally.f1 += body_score(body, article.body).f1
    _score_date(article, cleaned, gold_date, tally)
    tally.html_f1 += _html_f1(article, tally)


def _score_date(article: RealArticle, cleaned: object, gold_date: str | None, tally: Tally) -> None:
    stamp = getattr(cleaned, "published_at", None)
    got = stamp.date().isoformat() if stamp else None
    if gold_date is None:
        tally.undated += 1
        if got is not None:
            tally.spurious_dates += 1
            tally.misses.append(
                {"id": article.id, "category": "date_spurious", "detail": f"got {got}"}
            )
        return
    tally.dated += 1
    if got == gold_date:
        tally.dated_right += 1
        return
    category = "date_missed" if got is None else "date_wrong"
    source = article.gold.get("published_source")
    tally.misses.append(
        {"id": article.id, "category": category, "detail": f"got {got} want {gold_date} ({source})"}
    )


def prose_of(body: str) -> str:
    """The annotated body without the lines inside it that are a page's, not the article's ("Baca
    Juga:" and its headlines, "ADVERTISEMENT"): offsets cannot leave them out, an HTML page would
    not hold them as body text."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return "\n".join(drop_rule_lines(lines, LineInfo()))


def _html_f1(article: RealArticle, tally: Tally) -> float:
    """Mean body F1 of the article's body inside every HTML page shape; shapes below 0.99 are misses."""
    gold = prose_of(article.body)
    scores = []
    for shape, page in shaped_pages(gold, article.gold.get("published"), article.id):
        try:
            body = clean_html(page, article.gold.get("url"), now=NOW).body
        except Dropped:
            body = ""
        scores.append(body_score(body, gold).f1)
        if scores[-1] < _HTML_MISS:
            tally.misses.append(
                {
                    "id": article.id,
                    "category": "html_body",
                    "detail": f"{shape} F1 {scores[-1]:.3f}",
                }
            )
    return sum(scores) / len(scores)


def measure(articles: list[RealArticle]) -> Tally:
    tally = Tally()
    for article in articles:
        score(article, tally)
    return tally


def main(argv: list[str]) -> None:
    gold, texts = Path(argv[0]), Path(argv[1])
    tally = measure(join(read_gold(gold), texts))
    print(json.dumps(tally.figures(), indent=1))
    for miss in sorted(tally.misses, key=lambda m: m["category"]):
        print(f"{miss['category']:<16} {miss['id']}  {miss['detail']}")


if __name__ == "__main__":
    main(sys.argv[1:])
