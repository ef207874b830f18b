"""Rewrite old module paths to issue 13's layout (docs/architecture.md), for branches begun before it.

    python scripts/move_map.py [FILE ...]            # rewrite tracked text files (or the ones named)
    python scripts/move_map.py --theirs [FILE ...]   # first keep the other side of each conflict hunk
    python scripts/move_map.py --move-new            # also git mv the modules branches added meanwhile

After `git merge` of such a branch most conflicts are import blocks: both sides changed the same
lines, one to the new paths, the other for its own reasons. `--theirs` keeps the merged branch's
lines in every conflict hunk, and the rewrite then moves their paths to the new layout; run
`ruff check --fix .` afterwards (import order) and read `ruff check` for a name this side added
in a hunk that was dropped. The rewrite is idempotent: new paths are left alone.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

# old dotted module -> new one; the slashed path forms (`flows/cli.py`) follow
MOVES = [
    ("flows.ui.testdata", "tests.pantau.testdata"),
    ("flows.demo.devset", "tests.pantau.devset"),
    ("flows.demo_ports", "pantau.demo_ports"),
    *[
        (f"flows.{m}", f"pantau.{m}")
        for m in (
            "cli",
            "commands",
            "ui",
            "demo",
            "monitoring",
            "alerts",
            "canary",
            "runs",
            "summary",
            "extract",
            "evaluate",
        )
    ],
    *[
        (f"tests.flows.test_{t}", f"tests.pantau.test_{t}")
        for t in (
            "alerts",
            "browser",
            "demo_site",
            "evaluate",
            "extract",
            "monitoring",
            "query_cmd",
            "runs",
            "ui",
        )
    ],
    *[
        (f"pipeline.{m}", f"pipeline.core.{m}")
        for m in ("config", "errors", "article", "schema", "lock", "parquet_io")
    ],
    ("pipeline.dedup_specifics", "pipeline.dedup.specifics"),
    ("pipeline.lsh_index", "pipeline.dedup.lsh_index"),
    ("pipeline.dedup", "pipeline.dedup.deduper"),
    *[
        (f"pipeline.{m}", f"pipeline.derive.{m}")
        for m in ("entities", "engagements", "lexicon_events")
    ],
    ("pipeline.query", "pipeline.store.query"),
    ("pipeline.api", "pipeline.store.api"),
    *[
        (f"tests.pipeline.test_{t}", f"tests.pipeline.{d}.test_{t}")
        for d, names in (
            ("core", "article config lock schema"),
            ("dedup", "dedup dedup_quality"),
            ("derive", "engagements entities"),
            ("store", "query"),
        )
        for t in names.split()
    ],
]
# modules other branches added in the old places while the move happened -> their home in the new layout
NEW_HOMES = {
    "flows/eval_engagements.py": "pantau/eval_engagements.py",
    "flows/input_lines.py": "pantau/input_lines.py",
    "flows/output_file.py": "pantau/output_file.py",
    "flows/commands/store_cmd.py": "pantau/commands/store_cmd.py",
    "pipeline/textnorm.py": "pipeline/core/textnorm.py",
    "pipeline/sql_guard.py": "pipeline/store/sql_guard.py",
    "pipeline/real_corpus.py": "pantau/real_corpus.py",
    "flows/demo/content/engagements.json": "pantau/demo/content/engagements.json",
    "tests/flows/test_evaluate_real.py": "tests/pantau/test_evaluate_real.py",
}
# `from pipeline import x` names a moved module directly
FROM_PACKAGE = {
    "config": "core",
    "errors": "core",
    "article": "core",
    "schema": "core",
    "lock": "core",
    "parquet_io": "core",
    "entities": "derive",
    "engagements": "derive",
    "lexicon_events": "derive",
    "query": "store",
    "api": "store",
}
NEW_DEDUP = (
    r"(?!\.(?:deduper|specifics|lsh_index)\b)"  # pipeline.dedup.<new module> is already moved
)
CONFLICT = re.compile(r"^<<<<<<< [^\n]*\n(.*?)^=======\n(.*?)^>>>>>>> [^\n]*\n", re.S | re.M)
SUFFIXES = {".py", ".md", ".ipynb", ".toml", ".cfg", ".txt", ".sh", ".json", ""}


def move_new() -> None:
    """git mv each module of NEW_HOMES that is here, and rewrite its imports with the others."""
    for old, new in NEW_HOMES.items():
        if Path(old).exists() and not Path(new).exists():
            subprocess.run(["git", "mv", old, new], check=True)
            print(f"moved {old} -> {new}")
        if old.endswith(".py"):
            MOVES.append(
                (
                    old.removesuffix(".py").replace("/", "."),
                    new.removesuffix(".py").replace("/", "."),
                )
            )


def patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for old, new in MOVES:
        guard = NEW_DEDUP if old == "pipeline.dedup" else ""
        out.append((re.compile(r"(?<![\w.])" + re.escape(old) + guard + r"(?!\w)"), new))
        slashed, new_slashed = old.replace(".", "/"), new.replace(".", "/")
        # a slashed file path moves only with its suffix or as a folder (flows/ui/)
        out.append(
            (
                re.compile(
                    r"(?<![\w.])"
                    + re.escape(slashed)
                    + r"(?=\.py\b|/)"
                    + ("(?!/)" if guard else "")
                ),
                new_slashed,
            )
        )
    return out


def rewrite(text: str) -> str:
    for pattern, new in patterns():
        text = pattern.sub(new, text)

    def from_package(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",")]
        homes = {FROM_PACKAGE.get(n.split(" as ")[0]) for n in names}
        if len(homes) != 1 or None in homes:
            return match.group(0)  # mixed or unknown names: left for a person
        return f"{match.group(1)}from pipeline.{homes.pop()} import {match.group(2)}"

    return re.sub(r"^(\s*)from pipeline import ([\w ,]+)$", from_package, text, flags=re.M)


def take_theirs(text: str) -> str:
    return CONFLICT.sub(lambda m: m.group(2), text)


# the map itself names the old paths; fixtures record how past figures were measured
LEFT_ALONE = ("docs/architecture.md", "scripts/move_map.py", "data/", "tests/fixtures/")


def tracked() -> list[str]:
    names = subprocess.run(
        ["git", "ls-files"], capture_output=True, text=True, check=True
    ).stdout.split()
    return [n for n in names if Path(n).suffix in SUFFIXES and not n.startswith(LEFT_ALONE)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "files", nargs="*", help="files to rewrite (default: every tracked text file)"
    )
    parser.add_argument(
        "--theirs", action="store_true", help="keep the merged branch's side of conflict hunks"
    )
    parser.add_argument(
        "--move-new", action="store_true", help="git mv the modules of NEW_HOMES first"
    )
    args = parser.parse_args(argv)
    if args.move_new:
        move_new()
    for name in args.files or tracked():
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        new = rewrite(take_theirs(text) if args.theirs else text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
