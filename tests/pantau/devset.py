"""Build the annotated development set from the demo corpus.

`python -m tests.pantau.devset` writes `tests/fixtures/devset/dev.jsonl` (one gold record per
article, in the shape of ../shared/eval/seeds-gold.jsonl, plus the rendered page as `html`) and
`manifest.json` (portals, counts, syndicated copies). `--check` fails when the files are stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pantau.demo.model import DemoArticle, all_articles, portal_spec, portals
from pantau.demo.server import build_site
from pantau.demo.site import DemoSite
from pipeline.core.article import article_id_for

DEVSET_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "devset"
# Engagement gold lives beside the content, keyed by article key, so the content modules stay untouched.
ENGAGEMENTS_FILE = (
    Path(__file__).resolve().parents[2] / "pantau" / "demo" / "content" / "engagements.json"
)


def engagement_gold(path: Path = ENGAGEMENTS_FILE) -> dict[str, dict[str, Any]]:
    """Article key -> {"relevant", "engagements"} (CONVENTIONS.md "Engagements")."""
    return json.loads(path.read_text(encoding="utf-8"))


def engagements_for(article: DemoArticle, gold: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The article's `relevant` and `engagements` gold fields."""
    if (
        article.key not in gold
    ):  # every article is annotated, even if with []: a missing key is an omission
        raise KeyError(f"{ENGAGEMENTS_FILE.name} has no entry for {article.key}")
    entry = gold[article.key]
    return {"relevant": entry["relevant"], "engagements": entry["engagements"]}


def dev_base_url(portal: str) -> str:
    """The nominal base URL a portal's dev-set pages are rendered with."""
    return f"https://{portal_spec(portal).domain}/"


def record_id(site: DemoSite, article: DemoArticle) -> str:
    return f"{article.portal}-{article.number}_{article_id_for(site.article_url(article))}"


def gold_record(
    site: DemoSite,
    article: DemoArticle,
    ids: dict[str, str],
    engagements: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    spec = site.spec
    return {
        "id": ids[article.key],
        "url": site.article_url(article),
        "site": spec.domain,
        "site_type": spec.site_type,
        "portal": spec.name,
        "province": article.province,
        "published": article.published.date().isoformat(),
        "published_at": article.published.isoformat(),
        "published_source": "html",
        "title": article.title,
        "dateline": article.dateline,
        "credit": article.credit,
        "author": article.author,
        "reporter": article.reporter,
        "editor": article.editor,
        "body_first": article.body_first,
        "body_last": article.body_last,
        **{
            key: article.gold[key]
            for key in ("officials", "persons", "organisations", "places", "dates")
        },
        **engagements_for(article, engagements),
        "notes": list(article.notes),
        "dup_of": ids[article.copy_of] if article.copy_of else None,
        "html": site.article_page(article),
    }


def _sorted_articles() -> list[DemoArticle]:
    return sorted(all_articles(), key=lambda a: (a.portal, a.number))


def build_records() -> list[dict[str, Any]]:
    sites = {spec.name: build_site(spec, dev_base_url(spec.name)) for spec in portals()}
    items = _sorted_articles()
    ids = {a.key: record_id(sites[a.portal], a) for a in items}
    engagements = engagement_gold()
    return [gold_record(sites[a.portal], a, ids, engagements) for a in items]


def manifest(records: list[dict[str, Any]]) -> dict[str, Any]:
    bodies = {r["id"]: a.paragraphs for r, a in zip(records, _sorted_articles(), strict=True)}
    counts: dict[str, int] = {}
    for record in records:
        counts[record["portal"]] = counts.get(record["portal"], 0) + 1
    return {
        "n_articles": len(records),
        "portals": {
            spec.name: {
                "shape": spec.shape,
                "site": spec.domain,
                "articles": counts.get(spec.name, 0),
            }
            for spec in portals()
        },
        "syndicated": [
            {
                "copy": r["id"],
                "original": r["dup_of"],
                "shingle_jaccard": round(_jaccard(bodies[r["id"]], bodies[r["dup_of"]]), 3),
            }
            for r in records
            if r["dup_of"] is not None
        ],
    }


def _shingles(paragraphs: tuple[str, ...], size: int = 5) -> set[tuple[str, ...]]:
    words = " ".join(paragraphs).lower().split()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _jaccard(left: tuple[str, ...], right: tuple[str, ...]) -> float:
    """Word 5-shingle Jaccard of two bodies: how hard the copy is for near-duplicate detection."""
    a, b = _shingles(left), _shingles(right)
    return len(a & b) / len(a | b) if a | b else 1.0


def render_files() -> dict[str, str]:
    """File name -> exact content of the committed dev-set files."""
    records = build_records()
    lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    return {
        "dev.jsonl": lines,
        "manifest.json": json.dumps(manifest(records), ensure_ascii=False, indent=2) + "\n",
    }


def stale_files(folder: Path = DEVSET_DIR) -> list[str]:
    """Names of dev-set files missing or different from a fresh build."""
    out = []
    for name, content in render_files().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            out.append(name)
    return out


def write_files(folder: Path = DEVSET_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in render_files().items():
        path = folder / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write (or check) the demo development set.")
    parser.add_argument(
        "--out", type=Path, default=DEVSET_DIR, help="folder (default: %(default)s)"
    )
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files(args.out)
        if stale:
            print(
                f"stale dev-set files in {args.out}: {', '.join(stale)}; run python -m tests.pantau.devset"
            )
            return 1
        print(f"dev set in {args.out} is current")
        return 0
    for path in write_files(args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
