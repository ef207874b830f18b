"""TableStore: idempotent, crash-safe, partitioned Parquet tables under <data_dir>/tables."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from filelock import FileLock, Timeout

from pipeline.core import config
from pipeline.core.errors import LockedError
from pipeline.core.parquet_io import read_file, write_bytes_atomic
from pipeline.core.schema import with_metadata
from pipeline.core.tables import DERIVED, SPECS
from pipeline.store import manifest as mf
from pipeline.store import rebuild
from pipeline.store import rows as rw
from pipeline.store.layout import encode, group_by_partition
from pipeline.store.read import committed_files
from pipeline.store.rebuild import Updates
from pipeline.store.scan import files_holding, read_columns, read_file_meta, with_added_columns


class TableStore:
    """The Pantau tables of one data folder. Writers take a lock; readers never block."""

    def __init__(self, data_dir: Path | str | None = None, *, lock_timeout: float = 120.0) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else config.data_dir()
        self.root = self.data_dir / "tables"
        self.pages_root = self.data_dir / "raw" / "pages"
        self.lock_timeout = lock_timeout
        self._lock: FileLock | None = None

    # ---- reading -------------------------------------------------------------------------
    def manifest(self) -> mf.Manifest:
        return mf.load(self.root)

    def files(self, table: str) -> list[Path]:
        """The committed Parquet files of `table` (what a reader must open, nothing else)."""
        return committed_files(self.root, table)

    def read_arrow(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """Rows of `table`; a commit that swaps files mid-read makes it list the files again."""
        for attempt in range(3):
            try:
                return self._read_once(table, columns)
            except (FileNotFoundError, duckdb.IOException):
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _read_once(self, table: str, columns: list[str] | None) -> pa.Table:
        files = self.files(table)
        schema = with_metadata(table)
        if not files:
            return schema.empty_table().select(columns or schema.names)
        # refuse a file of an unreadable schema version before scanning
        names = [read_file_meta(path, table) for path in files]
        wanted = columns or schema.names
        everywhere = [c for c in wanted if all(c in n for n in names)]
        if len(everywhere) == len(wanted):
            return read_columns(files, wanted, schema)
        return with_added_columns(files, names, wanted, schema)

    def read(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        return self.read_arrow(table, columns).to_pandas()

    def processed_urls(self, extractor: str | None = None) -> set[str]:
        """URLs of stored articles (only those stored by `extractor`, when given)."""
        got = self.read_arrow("articles", ["url", "extractor"])
        if extractor is not None:
            got = got.filter(pc.equal(got["extractor"], extractor))
        return {u for u in got["url"].to_pylist() if u}

    # ---- writing -------------------------------------------------------------------------
    def upsert_articles(self, rows: Iterable[Any]) -> int:
        """Insert or replace articles by article_id; returns the number of partitions rewritten."""
        incoming = rw.article_rows(rows)
        ids = {r["article_id"] for r in incoming}
        with self._locked():
            manifest = self.manifest()
            staged = self._replace("articles", manifest, ids, incoming, "article_id")
            return self._commit(manifest, {"articles": staged}, {mf.STALE_KEY: "1"})

    def replace_mentions(self, article_ids: Iterable[str], rows: Iterable[Any]) -> int:
        """Replace every mention of `article_ids` with `rows` (an empty list deletes them)."""
        ids = set(article_ids)
        with self._locked():
            manifest = self.manifest()
            placement = self._placement(manifest, ids)
            incoming = rw.mention_rows(ids, rows, placement)
            carry = self._entity_ids_of(manifest, ids)
            for row in incoming:
                row["entity_id"] = row.get("entity_id") or carry.get(rw.mention_key(row))
            staged = self._replace("mentions", manifest, ids, incoming, "article_id")
            return self._commit(manifest, {"mentions": staged}, {mf.STALE_KEY: "1"})

    def append_crawl_runs(self, rows: Iterable[Any]) -> int:
        """Add crawl runs; a run already stored (same run_id and portal) is replaced, not doubled."""
        incoming = [rw.as_dict(r, "crawl_runs") for r in rows]
        for row in incoming:
            row["run_key"] = "\x1f".join(str(row.get(col)) for col in SPECS["crawl_runs"].key)
        keys = {r["run_key"] for r in incoming}
        with self._locked():
            manifest = self.manifest()
            staged = self._replace("crawl_runs", manifest, keys, incoming, rw.run_key)
            return self._commit(manifest, {"crawl_runs": staged})

    def derive(self) -> int:
        """Rebuild every derived table (pipeline.core.tables DERIVED), each after those it reads."""
        return sum(self.derive_table(table) for table in DERIVED)

    def derive_table(self, table: str) -> int:
        """Rebuild derived `table` with its step (pipeline.store.rebuild.STEPS); a derived table
        before it is rebuilt first when a commit left it stale or it is incomplete."""
        position = DERIVED.index(table)
        with self._locked():
            for earlier in DERIVED[:position]:
                if rebuild.stale_from(self.manifest()) <= DERIVED.index(earlier) or rebuild.STEPS[
                    earlier
                ].incomplete(self):
                    self.derive_table(earlier)
            manifest = self.manifest()
            updates, sources = rebuild.STEPS[table].stage(self, manifest)
            return self._commit(
                manifest, updates, {**sources, **rebuild.stale_after(manifest, position)}
            )

    def rebuild_entities(self) -> int:
        """Recompute canonical entities from all mentions and fill mentions.entity_id."""
        return self.derive_table("entities")

    def rebuild_engagements(self) -> int:
        """Recompute engagements article partition by article partition."""
        return self.derive_table("engagements")

    def derived_stale(self) -> bool:
        """True when articles or mentions were committed but the derived tables were not
        rebuilt after them (a run stopped in between): the next run completes it."""
        return mf.STALE_KEY in self.manifest().sources

    def complete_derived(self) -> bool:
        """Rebuild the derived tables if an interrupted run left them stale."""
        if not self.derived_stale():
            return False
        self.derive_table(DERIVED[-1])
        return True

    # ---- internals -----------------------------------------------------------------------
    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer per data folder; re-entrant within this store (rebuilds nest)."""
        if self._lock is None:
            state = self.data_dir / "state"
            state.mkdir(parents=True, exist_ok=True)
            self._lock = FileLock(state / "store.lock", timeout=self.lock_timeout)
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise LockedError(f"{self.data_dir}: another Pantau run is writing the tables") from exc
        try:
            yield
        finally:
            self._lock.release()

    def read_partition(self, manifest: mf.Manifest, table: str, part: str) -> pa.Table | None:
        name = manifest.partitions(table).get(part)
        if name is None:
            return None
        got, schema = read_file(self.root / table / part / name, table), with_metadata(table)
        for field in schema:  # a file written before a column was added: null there
            if field.name not in got.column_names:
                got = got.append_column(field, pa.nulls(got.num_rows, field.type))
        return got.select(schema.names).cast(schema)

    def stage(self, table: str, part: str, data: pa.Table | None) -> str | None:
        """Write a partition's new file (invisible until the manifest names it)."""
        if data is None or data.num_rows == 0:
            return None
        name, payload = encode(data, table)
        path = self.root / table / part / name
        mf.record_staged(self.root, path)
        if not _holds(path, payload):  # a file damaged in place under the right name is rewritten
            write_bytes_atomic(payload, path)
        return name

    def _replace(
        self,
        table: str,
        manifest: mf.Manifest,
        keys: set[str],
        incoming: list[dict[str, Any]],
        key: Any,
    ) -> dict[str, str | None]:
        """Drop rows whose key is in `keys` wherever they are, add `incoming`; stage touched parts."""
        new_parts = group_by_partition(table, incoming)
        old_parts = self._parts_holding(manifest, table, keys, key)
        staged: dict[str, str | None] = {}
        for part in sorted(old_parts | set(new_parts)):
            pieces = []
            old = self.read_partition(manifest, table, part)
            if old is not None:
                pieces.append(
                    old.filter(pc.invert(pc.is_in(_keys(old, key), pa.array(sorted(keys)))))
                )
            if part in new_parts:
                pieces.append(rw.arrow_rows(new_parts[part], table))
            staged[part] = self.stage(table, part, pa.concat_tables(pieces))
        return staged

    def _parts_holding(
        self, manifest: mf.Manifest, table: str, keys: set[str], key: Any
    ) -> set[str]:
        parts = manifest.partitions(table)
        if not isinstance(key, str):  # composite keys: small tables, look everywhere
            return set(parts)
        by_path = {self.root / table / p / n: p for p, n in parts.items()}
        return {by_path[f] for f in files_holding(list(by_path), key, keys)}

    def _placement(self, manifest: mf.Manifest, ids: set[str]) -> dict[str, dict[str, Any]]:
        """portal / province / month of stored articles, to place their mentions beside them."""
        cols = ["article_id", "portal", "province", "month", "published_at"]
        out: dict[str, dict[str, Any]] = {}
        for part in self._parts_holding(manifest, "articles", ids, "article_id"):
            got = self.read_partition(manifest, "articles", part)
            if got is not None:
                for row in got.select(cols).to_pylist():
                    if row["article_id"] in ids:
                        out[row["article_id"]] = row
        return out

    def _entity_ids_of(self, manifest: mf.Manifest, ids: set[str]) -> dict[tuple[Any, ...], str]:
        """entity_id of already stored mentions, so identical re-processing rewrites nothing."""
        out: dict[tuple[Any, ...], str] = {}
        for part in self._parts_holding(manifest, "mentions", ids, "article_id"):
            got = self.read_partition(manifest, "mentions", part)
            for row in got.to_pylist() if got is not None else []:
                if row["article_id"] in ids and row["entity_id"]:
                    out[rw.mention_key(row)] = row["entity_id"]
        return out

    def _commit(
        self, manifest: mf.Manifest, updates: Updates, sources: dict[str, str | None] | None = None
    ) -> int:
        """Swap the manifest to the staged files, then delete files no longer named."""
        new = manifest.with_sources(sources or {})
        changed = 0
        for table, parts in updates.items():
            old_parts = manifest.partitions(table)
            diff = {p: n for p, n in parts.items() if old_parts.get(p) != n}
            changed += len(diff)
            new = new.with_partitions(table, diff)
        if new.to_json() != manifest.to_json() or not (self.root / mf.MANIFEST_NAME).exists():
            mf.save(self.root, new)
        mf.collect_garbage(self.root, manifest, new)
        return changed


def _holds(path: Path, payload: bytes) -> bool:
    """The file exists with exactly these bytes (cheap size test first)."""
    try:
        if path.stat().st_size != len(payload):
            return False
        return path.read_bytes() == payload
    except OSError:
        return False


def _keys(table: pa.Table, key: Any) -> Any:
    return table[key] if isinstance(key, str) else key(table)
