"""`pantau verify` and `pantau repair`: check every stored file, and mend what can be mended.

verify reads every file the data folder holds: the table manifest, each file it names (present,
a readable Parquet footer, a readable schema version, `pantau.table` equal to its table, bytes
equal to its content-addressed name) and the raw page files; files no manifest names are listed.

repair never deletes. A damaged file is moved to `<data>/quarantine/<time>/`, keeping its path.
A missing or unreadable manifest is rebuilt from the valid files (for each partition the file
the old manifest named, else the newest valid file the store did not leave half-committed).
When an articles, mentions or engagements partition is lost, the same partition of the other
two is dropped from the manifest too: the next `pantau process` finds those pages unprocessed
and rebuilds the three from the raw pages (the derived tables are marked stale).
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline.core.errors import DamagedFileError, SchemaVersionError
from pipeline.core.parquet_io import file_metadata, parquet_files
from pipeline.store import manifest as mf
from pipeline.store.layout import STORED_TABLES

ARTICLE_SIDE = ("articles", "mentions", "engagements")  # one partitioning: portal / month


@dataclass
class Finding:
    path: Path
    problem: str
    damaged: bool = True

    def __str__(self) -> str:
        return f"{'DAMAGED' if self.damaged else 'note'}: {self.path}: {self.problem}"


@dataclass
class Report:
    checked: int = 0
    findings: list[Finding] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    @property
    def damaged(self) -> list[Finding]:
        return [f for f in self.findings if f.damaged]


def check_file(path: Path, table: str, *, content: bool = True) -> str | None:
    """Why `path` cannot serve as a file of `table`, or None when it is sound."""
    try:
        file_metadata(path, table)
    except (DamagedFileError, SchemaVersionError) as exc:
        return str(exc).removeprefix(f"{path}: ").split("; run `pantau verify`")[0]
    if content and path.name.startswith("part-"):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:24]
        if path.name != f"part-{digest}.parquet":
            return "bytes do not match the file's content-addressed name (changed in place)"
    return None


def verify(data_dir: Path) -> Report:
    """Check every stored file; nothing is changed."""
    root, report = data_dir / "tables", Report()
    manifest = _manifest_or_finding(root, report)
    named: set[Path] = set()
    for table in STORED_TABLES:
        for path in manifest.files(root, table) if manifest else []:
            named.add(path)
            report.checked += 1
            problem = "missing" if not path.exists() else check_file(path, table)
            if problem:
                report.findings.append(Finding(path, problem))
    for path in mf.part_files(root):
        if path not in named:
            report.checked += 1
            table = path.relative_to(root).parts[0]
            problem = (
                check_file(path, table) if table in STORED_TABLES else "not in a known table folder"
            )
            note = "not named by the manifest" + (f"; also {problem}" if problem else " (valid)")
            report.findings.append(Finding(path, note, damaged=manifest is None and bool(problem)))
    for path in parquet_files(data_dir / "raw" / "pages"):
        report.checked += 1
        problem = check_file(path, "pages", content=False)
        if problem:
            report.findings.append(Finding(path, problem))
    return report


def _manifest_or_finding(root: Path, report: Report) -> mf.Manifest | None:
    try:
        return mf.load(root)
    except (DamagedFileError, SchemaVersionError) as exc:
        report.findings.append(Finding(root / mf.MANIFEST_NAME, str(exc)))
        return None


def repair(data_dir: Path, now: datetime | None = None) -> Report:
    """Quarantine damaged files and rebuild the manifest from the valid ones; deletes nothing."""
    from pipeline.store.table_store import TableStore

    store = TableStore(data_dir)
    with store._locked():
        report = verify(data_dir)
        root = store.root
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        quarantine = data_dir / "quarantine" / stamp
        old = _manifest_or_finding(root, Report())
        tables: dict[str, dict[str, str]] = {}
        staged = mf.staged_paths(root)
        for table in STORED_TABLES:
            tables[table] = _choose(root, table, old, staged)
        lost = _lost_partitions(old, tables)
        for table in ARTICLE_SIDE:
            for part in lost:
                if tables[table].pop(part, None):
                    report.actions.append(
                        f"dropped {table}/{part} from the manifest (rebuilt by `pantau process`)"
                    )
        for finding in report.damaged:
            if finding.path.exists() and finding.path.name != mf.MANIFEST_NAME:
                _move(finding.path, data_dir, quarantine, report)
        if (root / mf.MANIFEST_NAME).exists() and old is None:
            _move(root / mf.MANIFEST_NAME, data_dir, quarantine, report)
        sources = dict(old.sources) if old else {}
        if lost or old is None or report.damaged:
            sources[mf.STALE_KEY] = "1"  # entities and engagements follow on the next run
        new = mf.Manifest(tables={t: p for t, p in tables.items() if p}, sources=sources)
        if old is None or new.to_json() != old.to_json():
            mf.save(root, new)
            report.actions.append(f"wrote {root / mf.MANIFEST_NAME}")
        (root / mf.STAGED_LOG).unlink(missing_ok=True)  # orphans stay on disk, merely unnamed
    return report


def _choose(root: Path, table: str, old: mf.Manifest | None, staged: set[Path]) -> dict[str, str]:
    """partition -> file: the old manifest's when sound, else the newest sound committed-looking one."""
    chosen: dict[str, str] = {}
    named = old.partitions(table) if old else {}
    for part, name in named.items():
        path = root / table / part / name
        if path.exists() and check_file(path, table) is None:
            chosen[part] = name
    if old is not None:
        return chosen
    candidates = (
        [p for p in mf.part_files(root / table) if check_file(p, table) is None]
        if (root / table).is_dir()
        else []
    )
    # files a crashed commit staged are the last resort; among the rest the newest wins
    candidates.sort(key=lambda p: (p not in staged, p.stat().st_mtime))
    for path in candidates:
        chosen[str(path.parent.relative_to(root / table))] = path.name
    return chosen


def _lost_partitions(old: mf.Manifest | None, tables: dict[str, dict[str, str]]) -> set[str]:
    if old is None:
        return set()
    return {
        part
        for table in ARTICLE_SIDE
        for part in old.partitions(table)
        if part not in tables[table]
    }


def _move(path: Path, data_dir: Path, quarantine: Path, report: Report) -> None:
    target = quarantine / path.relative_to(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(path), str(target))
    report.actions.append(f"quarantined {path} -> {target}")


def heal(data_dir: Path) -> list[str]:
    """Before a run: quarantine damaged table or page files so the run rebuilds what they held.
    A missing or unreadable manifest is not mended silently: that takes `pantau repair`."""
    report = verify(data_dir)
    if not report.damaged:
        return []
    for finding in report.damaged:
        if finding.path.name == mf.MANIFEST_NAME:
            raise DamagedFileError(finding.problem)
    return [str(f) for f in report.damaged] + repair(data_dir).actions
