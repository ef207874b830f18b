"""The data-contract tables of docs/contracts.md, generated from pipeline.core.tables.

    python -m pipeline.core.tables_doc          # rewrite the generated part of docs/contracts.md
    python -m pipeline.core.tables_doc --check  # exit 1 when it is stale

Only the text between the BEGIN and END markers is generated; the rest of the page is prose.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.core.schema import SCHEMA_VERSION
from pipeline.core.table_spec import TableSpec
from pipeline.core.tables import SPECS

BEGIN = "<!-- BEGIN generated tables: python -m pipeline.core.tables_doc -->"
END = "<!-- END generated tables -->"
CONTRACTS = Path(__file__).resolve().parents[2] / "docs" / "contracts.md"


def _cols(names: tuple[str, ...]) -> str:
    return ", ".join(f"`{n}`" for n in names) or "–"


def _table_section(spec: TableSpec) -> list[str]:
    where = f"tables/{spec.name}/" if spec.stored else "raw/pages/ (append-only, no manifest)"
    versions = "; ".join(f"{v}: {note}" for v, note in spec.history)
    lines = [
        f"### {spec.name}",
        "",
        f"Stored in `{where}`; key {_cols(spec.key)}; partitions {_cols(spec.partition_by)}; "
        f"sorted by {_cols(spec.sort_by)}"
        + (f"; derived from {_cols(spec.derived_from)}" if spec.derived_from else "")
        + (f"; UI: {spec.ui.title_en}" if spec.ui else "; not in the UI")
        + f". Versions: {versions}.",
        "",
        "| column | type | since | meaning |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| `{c.name}` | {c.type} | {c.since} | {c.doc.replace('|', '/')} |" for c in spec.columns
    ]
    return [*lines, ""]


def render() -> str:
    """The generated block, markers included."""
    lines = [BEGIN, "", f"Current schema version: {SCHEMA_VERSION}.", ""]
    for spec in SPECS.values():
        lines += _table_section(spec)
    return "\n".join([*lines, END])


def updated(text: str) -> str:
    """`text` with its generated block replaced (appended when the page has none yet)."""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        return head + render() + rest.split(END, 1)[1]
    return text.rstrip("\n") + "\n\n## Tables\n\n" + render() + "\n"


def main(argv: list[str]) -> int:
    text = CONTRACTS.read_text(encoding="utf-8")
    new = updated(text)
    if "--check" in argv:
        if new != text:
            print(f"{CONTRACTS} is stale: run python -m pipeline.core.tables_doc", file=sys.stderr)
            return 1
        return 0
    CONTRACTS.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
