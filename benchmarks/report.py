"""BENCHMARKS.md from benchmarks/results.json: per benchmark one table, figure | Pantau | baseline | ratio.

A figure is compared with its baseline when the results say which one that is: a `pantau` entry
beside other systems measured on the same input (`corpus.pantau.f1` vs `corpus.trafilatura_default.f1`),
a `new_` setting beside its `old_` one, or a pair declared in PAIRS (the benchmarks name their
baselines freely). Every other figure gets a row of its own with no baseline, except those that
only restate a ratio the table shows (REDUNDANT). No cell holds JSON.
"""

from __future__ import annotations

from typing import Any

# benchmark -> (figure, Pantau's key, baseline's key, what the baseline is); keys are dotted paths
PAIRS: dict[str, list[tuple[str, str, str, str]]] = {
    "bench_crawl": [
        (
            "pages/s",
            "crawl_pages_per_s",
            "baseline_urllib_sequential_pages_per_s",
            "urllib, sequential",
        )
    ],
    "bench_end_to_end": [
        (
            "articles/s, 2 workers",
            "end_to_end_articles_per_s_2_workers",
            "trafilatura_only_articles_per_s",
            "trafilatura extraction only",
        ),
        (
            "clean-only articles/s",
            "pantau_clean_only_articles_per_s",
            "trafilatura_only_articles_per_s",
            "trafilatura extraction only",
        ),
    ],
    "bench_nlp": [
        (
            "words/s per core",
            "words_per_s_per_core",
            "baseline_bare_spacy_words_per_s",
            "bare spaCy",
        )
    ],
    "bench_query": [
        (
            "search median ms",
            "search_median_ms",
            "baseline_pandas_contains_median_ms",
            "pandas str.contains",
        )
    ],
    "bench_store": [
        ("write rows/s", "write_rows_per_s", "baseline_plain_pyarrow_rows_per_s", "plain pyarrow"),
        (
            "entity rebuild over 10 batches s",
            "rebuild_entities_once_per_run_10_batches_s",
            "baseline_rebuild_entities_after_each_of_10_batches_s",
            "rebuild after each batch",
        ),
        (
            "articles + mentions bytes per 10k articles",
            "articles_plus_mentions_bytes_per_10k",
            "baseline_single_file_bytes_per_10k",
            "one zstd Parquet file per table",
        ),
    ],
}
# figures that only restate a ratio the table shows (or its inverse), left out
REDUNDANT = ("ms_per_doc", "speedup_vs_", "f1_delta_vs_", "ratio_end_to_end_vs_")
SYSTEM = "pantau"
NEW, OLD = "new_", "old_"

Row = tuple[str, str, str, str]


def flatten(figures: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"a": {"b": 1}} -> {"a.b": 1}; lists and scalars are leaves."""
    out: dict[str, Any] = {}
    for key, value in figures.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    return str(value).replace("|", "\\|").replace("\n", " ")


def ratio(pantau: Any, baseline: Any) -> str:
    numbers = all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in (pantau, baseline)
    )
    return f"{pantau / baseline:.2f}×" if numbers and baseline else "–"


def _row(figure: str, pantau: Any, baseline: Any, label: str) -> Row:
    return figure, cell(pantau), f"{cell(baseline)} ({label})", ratio(pantau, baseline)


def compared(name: str, flat: dict[str, Any]) -> tuple[list[Row], set[str]]:
    """Rows of figures that have a baseline, and the keys they used."""
    rows: list[Row] = []
    used: set[str] = set()
    for figure, mine, theirs, label in PAIRS.get(name, []):
        if mine in flat and theirs in flat:
            rows.append(_row(figure, flat[mine], flat[theirs], label))
            used |= {mine, theirs}
    for key in flat:  # group.pantau.metric beside group.<system>.metric
        group, _, rest = key.partition(f".{SYSTEM}.")
        if not rest:
            continue
        used.add(key)
        for other in flat:
            head, _, metric = other.rpartition(".")
            system = head.removeprefix(f"{group}.")
            if (
                metric == rest
                and head.startswith(f"{group}.")
                and "." not in system
                and system != SYSTEM
            ):
                rows.append(
                    _row(f"{group} {rest}", flat[key], flat[other], system.replace("_", " "))
                )
                used.add(other)
    for key in flat:  # new_x beside old_x: the new setting against the previous one
        if key.startswith(NEW) and OLD + key.removeprefix(NEW) in flat:
            old = OLD + key.removeprefix(NEW)
            rows.append(
                _row(
                    key.removeprefix(NEW).replace(".", " "),
                    flat[key],
                    flat[old],
                    "previous setting",
                )
            )
            used |= {key, old}
    return rows, used


def table(name: str, figures: dict[str, Any]) -> list[str]:
    flat = {
        k: v
        for k, v in flatten(figures).items()
        if k not in ("_seconds", "_note") and not any(r in k for r in REDUNDANT)
    }
    rows, used = compared(name, flat)
    rows += [
        (key.replace(".", " "), cell(value), "–", "–")
        for key, value in flat.items()
        if key not in used
    ]
    lines = ["| figure | Pantau | baseline | ratio |", "|---|---:|---:|---:|"]
    return lines + [f"| {' | '.join(row)} |" for row in rows]


def render(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (benchmarks/report.py) from benchmarks/results.json; every figure",
        "was measured beside its baseline in the same run, each benchmark in its own process.",
        "`python -m benchmarks clean` re-runs one benchmark and keeps the others' last figures.",
        "Ratio is Pantau / baseline: above 1 is better for rates and scores, below 1 for times and sizes.",
    ]
    for name, entry in sorted(results.items()):
        info, figures = entry.get("machine", {}), entry["figures"]
        took = f"; the run took {cell(figures['_seconds'])} s" if "_seconds" in figures else ""
        lines += [
            "",
            f"## {name}",
            "",
            f"Measured {info.get('date', '?')} on {info.get('cores', '?')} cores "
            f"({info.get('cpu', '?')}, {info.get('memory', '?')}), Python {info.get('python', '?')}{took}.",
            "",
        ]
        if figures.get("_note"):  # what a figure means or what it bought, in the benchmark's words
            lines += [str(figures["_note"]), ""]
        lines += table(name, figures)
    return "\n".join(lines) + "\n"
