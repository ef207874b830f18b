"""Export committed tables to CSV or newline-delimited JSON (streamed by DuckDB, atomic files)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb

from pipeline.core.errors import InputError
from pipeline.core.schema import with_metadata
from pipeline.store.layout import STORED_TABLES
from pipeline.store.scan import conformed_select, read_file_meta
from pipeline.store.table_store import TableStore

FORMATS = {"csv": ("csv", "(FORMAT csv, HEADER true)"), "json": ("jsonl", "(FORMAT json)")}
BULKY_COLUMNS = {"pages": ("html",)}  # raw bytes make no sense in CSV or JSON


def export_tables(
    data_dir: Path | str | None, fmt: str, output: Path, tables: list[str] | None = None
) -> list[Path]:
    """Write each table to `output/<table>.csv` or `.jsonl`; returns the files written."""
    if fmt not in FORMATS:
        raise InputError(f"export: --format {fmt!r} is not one of {', '.join(FORMATS)}")
    names = tables or list(STORED_TABLES)
    unknown = [t for t in names if t not in (*STORED_TABLES, "pages")]
    if unknown:
        raise InputError(f"export: unknown table(s) {', '.join(unknown)}")
    store = TableStore(data_dir)
    if output.exists() and not output.is_dir():
        raise InputError(f"export: --output {output} is a file; give a folder")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"export: cannot create folder {output} ({exc.strerror})") from exc
    return [_export_one(store, name, fmt, output) for name in names]


def _export_one(store: TableStore, table: str, fmt: str, output: Path) -> Path:
    suffix, options = FORMATS[fmt]
    target = output / f"{table}.{suffix}"
    tmp = output / f".{table}.{uuid.uuid4().hex}.tmp"
    drop = BULKY_COLUMNS.get(table, ())
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    try:
        con.execute("SET TimeZone = 'Asia/Jakarta'")
        paths = store.files(table)
        files = [str(f) for f in paths]
        if files:  # every file's version checked; older files get the columns added since
            select = conformed_select(
                "$files", with_metadata(table), [read_file_meta(f, table) for f in paths], drop
            )
        else:
            con.register("empty_table", with_metadata(table).empty_table())
            select = (
                "SELECT *" + (f" EXCLUDE ({', '.join(drop)})" if drop else "") + " FROM empty_table"
            )
        # the target is a parameter, never SQL text: a folder named "it's" is just a name
        query = f"COPY ({select}) TO $target {options}"
        con.execute(query, {"target": str(tmp), **({"files": files} if files else {})})
        os.replace(tmp, target)
    finally:
        con.close()
        tmp.unlink(missing_ok=True)
    return target
