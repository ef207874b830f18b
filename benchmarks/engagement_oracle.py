"""Engagement pairs with the gold's officials and organisations given (an oracle).

End to end, a pair is lost when either side is not recognised, so the pairs figure mixes entity
errors with participation and pairing errors. Here each real article is cleaned and run through the
NLP stage as `pantau eval` does, then its official and organisation mentions are replaced by the
gold's, found in the cleaned body (name, as written, aliases, acronym; an official's later surname
references too), keyed and named as the gold names them. Dates, places and sentences stay the NLP
stage's. What is still missed here is the engagement builder's own error.

    python -m benchmarks.engagement_oracle [--split dev] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nlp.mention import OFFICIAL, ORG, Mention
from pantau.eval_engagements import EngagementScore, render, score
from pantau.extract import prepare
from pantau.real_corpus import cache_root, gold_path, join, read_gold

_LEVEL = re.compile(r"\b(?:Provinsi|Kabupaten|Kota)\s+")
_SHORT = 4  # a surname reference must be at least this long ("Ali" is too often a word)


def _spans(body: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of `forms` occurs as whole words (case as written when short, else any case)."""
    out = []
    for form in {f.strip() for f in forms if f and len(f.strip()) >= 2}:
        flags = 0 if len(form) <= 5 else re.IGNORECASE
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", body, flags):
            out.append(m.span())
    return out


def _official_forms(item: dict[str, Any]) -> tuple[list[str], list[str]]:
    full = [item.get("name") or "", item.get("as_written") or "", *(item.get("aliases") or [])]
    words = [w for w in (item.get("name") or "").split() if len(w) >= _SHORT and w[0].isupper()]
    return full, words


def _org_forms(item: dict[str, Any]) -> list[str]:
    name = item.get("name") or ""
    return [
        name,
        _LEVEL.sub("", name),
        item.get("as_written") or "",
        item.get("acronym") or "",
        *(item.get("aliases") or []),
    ]


def gold_mentions(body: str, gold: dict[str, Any]) -> list[Mention]:
    """The gold's officials and organisations as mentions of the cleaned body (longest first)."""
    found: list[tuple[int, int, str, dict[str, Any]]] = []
    for item in gold.get("officials") or []:
        full, words = _official_forms(item)
        spans = _spans(body, full)
        first = min((a for a, _ in spans), default=None)
        if first is not None:  # a surname after the full name refers back to it
            spans += [s for s in _spans(body, words) if s[0] > first]
        found += [(a, b, OFFICIAL, item) for a, b in spans]
    for item in gold.get("organisations") or []:
        found += [(a, b, ORG, item) for a, b in _spans(body, _org_forms(item))]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[Mention] = []
    for a, b, kind, item in found:
        if out and a < out[-1].end:
            continue
        out.append(
            Mention(
                kind,
                a,
                b,
                body[a:b],
                item["name"],
                role=item.get("role"),
                kind=item.get("kind"),
                entity=f"{kind}:{item['name']}",
            )
        )
    return out


def predict(article: Any) -> dict[str, Any]:
    import nlp

    ready = prepare({"id": article.id, "text": article.text, "url": article.gold.get("url")}, 1)
    extraction = nlp.extract(
        ready.body, published=ready.published, province=article.gold.get("province")
    )
    kept = [m for m in extraction.found if m.type not in (OFFICIAL, ORG)]
    extraction.found = sorted(kept + gold_mentions(ready.body, article.gold), key=lambda m: m.start)
    return extraction.as_output(ready.title)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--only", help="a file of article ids to score (one a line)")
    args = parser.parse_args(argv)
    folder = cache_root() / args.split
    if not folder.is_dir():
        print(f"skipped: no texts at {folder} (set PANTAU_REAL_TEXTS)", file=sys.stderr)
        return {"skipped": f"no texts at {folder}"}
    rows = read_gold(gold_path(args.split))
    if args.only:
        wanted = set(Path(args.only).read_text().split())
        rows = [r for r in rows if r["id"] in wanted]
    result = EngagementScore()
    for article in join(rows, folder):
        score(article.gold, predict(article), result)
    print("\n".join(render(result)))
    if args.misses:
        for miss in result.misses:
            print(json.dumps(miss, ensure_ascii=False))
    return result.as_dict()


if __name__ == "__main__":
    main()
