"""`make bench`: run every benchmarks/bench_*.py, print their figures, write BENCHMARKS.md.

Each benchmark module has `main() -> dict` returning its figures, each measured next to a
baseline in the same run. A benchmark that cannot run here (for example ../shared is absent)
returns {"skipped": "why"} and its last measured figures stay in BENCHMARKS.md; one that crashes
is reported, and the others still run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.report import render

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "BENCHMARKS.md"
RESULTS = HERE / "results.json"  # every benchmark's latest figures: a partial run keeps the others


def discover(only: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not only or any(o in n for o in only)]


def machine() -> dict[str, str]:
    mem = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        mem = meminfo.read_text().splitlines()[0].split(":")[1].strip()
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (
                ln.split(":")[1].strip()
                for ln in cpuinfo.read_text().splitlines()
                if ln.startswith("model name")
            ),
            "",
        )
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": mem,
    }


def run_one(name: str) -> dict:
    """Run one benchmark in its own interpreter, so its memory figures are its own."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        code = (
            "import json, sys, importlib; "
            f"figures = importlib.import_module('benchmarks.{name}').main(); "
            "open(sys.argv[1], 'w').write(json.dumps(figures, default=str))"
        )
        done = subprocess.run([sys.executable, "-c", code, str(out)], cwd=HERE.parent, check=False)
        if done.returncode == 0 and out.exists():
            figures = json.loads(out.read_text())
        else:  # a broken benchmark is reported, not fatal to the others
            figures = {"error": f"exit code {done.returncode} (its traceback is printed above)"}
    figures["_seconds"] = round(time.perf_counter() - started, 1)
    return figures


def load_results() -> dict[str, dict]:
    try:
        saved = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def merged(previous: dict[str, Any] | None, fresh: dict[str, Any]) -> dict[str, Any]:
    """The entry to keep for one benchmark: a run that skipped (its inputs are absent here, e.g.
    ../shared or the real-text cache on a user's clone) keeps the last measured figures, with the
    machine and date they were measured on, instead of replacing them with the reason."""
    skipped = set(fresh["figures"]) <= {"skipped", "_seconds"} and "skipped" in fresh["figures"]
    if skipped and previous is not None and "skipped" not in previous.get("figures", {}):
        print(f"skipped ({fresh['figures']['skipped']}): its last figures are kept", flush=True)
        return previous
    return fresh


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "only", nargs="*", help="substrings of benchmark names to run (default: all)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not rewrite BENCHMARKS.md"
    )
    args = parser.parse_args()
    results = load_results()
    for name in discover(args.only):
        print(f"== {name}", flush=True)
        figures = run_one(name)
        print(json.dumps(figures, indent=2, ensure_ascii=False, default=str), flush=True)
        results[name] = merged(results.get(name), {"machine": machine(), "figures": figures})
    if not args.no_write:
        RESULTS.write_text(
            json.dumps(results, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )
        OUTPUT.write_text(render(results), encoding="utf-8")
        print(f"wrote {RESULTS.name} and {OUTPUT}")


if __name__ == "__main__":
    main()
