"""The manifest: the one file that says which Parquet file holds each partition of each table.

A commit writes new content-addressed partition files first, then replaces the manifest with a
rename, then deletes files the manifest no longer names. A crash before the rename leaves the
previous manifest, whose files are all still present: readers never see a torn state.

The store deletes only what it knows is its own: files the previous manifest named and the new
one drops, and files it staged itself (each staged path is written to `_staged.log` before the
file, so a crash's orphans are swept by the next commit). A file it never recorded is never
deleted. A missing manifest beside part files is damage to report, never an empty store.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.core.errors import DamagedFileError, SchemaVersionError
from pipeline.core.schema import READABLE_VERSIONS, SCHEMA_VERSION

MANIFEST_NAME = "_manifest.json"
STAGED_LOG = "_staged.log"
STALE_KEY = (
    "derived/stale"  # set by a commit of articles or mentions, cleared once derived tables follow
)
STALE_ENGAGEMENTS = (
    "engagements"  # its value once entities were rebuilt and only engagements are left
)
FORMAT = "pantau-store/1"


@dataclass
class Manifest:
    """table -> partition (relative dir, e.g. "portal=x/month=2024-05") -> file name."""

    tables: dict[str, dict[str, str]] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    # "<table>/<partition>" -> signature of the inputs a derived partition was built from
    sources: dict[str, str] = field(default_factory=dict)

    def files(self, root: Path, table: str) -> list[Path]:
        parts = self.tables.get(table, {})
        return [root / table / part / name for part, name in sorted(parts.items())]

    def partitions(self, table: str) -> dict[str, str]:
        return dict(self.tables.get(table, {}))

    def with_partitions(self, table: str, updates: dict[str, str | None]) -> Manifest:
        """A new manifest where `updates` set (file name) or drop (None) partitions of `table`."""
        tables = {name: dict(parts) for name, parts in self.tables.items()}
        parts = tables.setdefault(table, {})
        for part, file_name in updates.items():
            if file_name is None:
                parts.pop(part, None)
            else:
                parts[part] = file_name
        if not parts:
            tables.pop(table)
        return Manifest(tables=tables, schema_version=SCHEMA_VERSION, sources=dict(self.sources))

    def with_sources(self, updates: dict[str, str | None]) -> Manifest:
        sources = {k: v for k, v in {**self.sources, **updates}.items() if v is not None}
        return Manifest(tables=self.tables, schema_version=self.schema_version, sources=sources)

    def to_json(self) -> str:
        body: dict[str, Any] = {
            "format": FORMAT,
            "schema_version": self.schema_version,
            "tables": self.tables,
        }
        if self.sources:
            body["sources"] = self.sources
        return json.dumps(body, indent=1, sort_keys=True) + "\n"


def load(root: Path) -> Manifest:
    """The committed manifest under `root` (an empty one when nothing was ever written)."""
    path = root / MANIFEST_NAME
    if not path.exists():
        orphans = part_files(root)
        if orphans:
            raise DamagedFileError(
                f"{path} is missing but {len(orphans)} table file(s) exist under {root} "
                f"(e.g. {orphans[0]}); nothing was deleted. Run `pantau repair` to rebuild the "
                "manifest from the valid files (`pantau verify` lists them first)."
            )
        return Manifest()
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SchemaVersionError(f"{path}: unreadable table manifest ({exc})") from exc
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise SchemaVersionError(f"{path}: not a Pantau table manifest (format {FORMAT} expected)")
    version = body.get("schema_version")
    if version not in READABLE_VERSIONS:
        raise SchemaVersionError(
            f"{path}: tables written with schema version {version}; this Pantau reads "
            f"{sorted(READABLE_VERSIONS)}. Upgrade Pantau or re-run the stage into a new data folder."
        )
    return Manifest(
        tables=body.get("tables") or {},
        schema_version=int(version),
        sources=body.get("sources") or {},
    )


def save(root: Path, manifest: Manifest) -> None:
    """Replace the manifest atomically (temporary file, fsync, rename)."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / MANIFEST_NAME
    tmp = root / f".{MANIFEST_NAME}.{uuid.uuid4().hex}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(manifest.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def part_files(root: Path) -> list[Path]:
    """Every table file below `root` (named or not by a manifest), temporary files excluded."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.glob("*/**/part-*.parquet") if p.is_file())


def record_staged(root: Path, path: Path) -> None:
    """Note a file about to be staged, so a crash's orphan is known to be the store's own."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / STAGED_LOG, "a", encoding="utf-8") as log:
        log.write(str(path.relative_to(root)) + "\n")


def staged_paths(root: Path) -> set[Path]:
    log = root / STAGED_LOG
    if not log.exists():
        return set()
    return {root / line for line in log.read_text(encoding="utf-8").splitlines() if line.strip()}


def collect_garbage(root: Path, old: Manifest, new: Manifest) -> int:
    """Delete the store's own files the new manifest does not name: those the old manifest named,
    and those the store staged (logged in `_staged.log`). Nothing else is ever deleted."""
    tables = set(old.tables) | set(new.tables)
    keep = {path for table in tables for path in new.files(root, table)}
    candidates = {path for table in tables for path in old.files(root, table)} | staged_paths(root)
    removed = 0
    for path in sorted(candidates - keep):
        if path.is_file() and path.name.startswith("part-"):
            path.unlink(missing_ok=True)
            removed += 1
            _prune_empty_dirs(path.parent, root)
    (root / STAGED_LOG).unlink(missing_ok=True)
    return removed


def _prune_empty_dirs(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
