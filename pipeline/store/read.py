"""The one read path: which files make up a table, and its rows as Arrow or pandas.

The store (`TableStore.files`), the query CLI (`pantau query` / `search` / `export` through
pipeline.store.query and export), the web UI, `pipeline.store.api` and the notebooks all list a
table's files with `committed_files` and read rows with `read_arrow` / `read_frame`.
Files are read one by one so that each file's schema version is checked and so that partition
values (`portal=.../month=...` folders) fill columns the writer dropped from the file itself.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pyarrow as pa

from pipeline.core.config import tables_dir
from pipeline.core.errors import InputError
from pipeline.core.parquet_io import parquet_files, read_file
from pipeline.core.schema import TABLES
from pipeline.core.tables import STORED
from pipeline.store import manifest


def pages_root(root: Path) -> Path:
    """Raw pages live beside the tables folder, append-only (no manifest)."""
    return root.parent / "raw" / "pages"


def committed_files(root: Path, table: str) -> list[Path]:
    """The files a writer or the query CLI opens: those the manifest under `root` names
    (`root` is `<data_dir>/tables`); a missing manifest beside table files is an error."""
    if table == "pages":
        return parquet_files(pages_root(root))
    check_table(table)
    return manifest.load(root).files(root, table)


def table_files(root: Path, table_name: str) -> list[Path]:
    """The files a UI or notebook reader opens: the manifest's when there is one (older files may
    linger until the store collects them), else every Parquet file below the folder (a folder
    written by hand or by an older Pantau)."""
    if table_name == "pages" or (root / manifest.MANIFEST_NAME).exists():
        return committed_files(root, table_name)
    return parquet_files(root / table_name)


def check_table(table: str) -> None:
    known = ("pages", *STORED)
    if table not in known:
        raise InputError(f"unknown table {table!r} (known: {', '.join(known)})")


def partition_values(path: Path, root: Path) -> dict[str, str]:
    """`{"portal": "x", "month": "2024-05"}` from root/portal=x/month=2024-05/f.parquet."""
    values: dict[str, str] = {}
    for part in path.relative_to(root).parts[:-1]:
        key, sep, value = part.partition("=")
        if sep and key:
            values[key] = unquote(value)
    return values


def _conform(table: pa.Table, schema: pa.Schema, partitions: dict[str, str]) -> pa.Table:
    """Cast one file's table to `schema`: a column the file lacks comes from its partition folder
    (a writer may keep it only there) or becomes nulls."""
    columns = []
    for field in schema:
        if field.name in table.column_names:
            column = table.column(field.name)
        elif field.name in partitions:
            column = pa.chunked_array(
                [pa.array([partitions[field.name]] * len(table), pa.string())]
            )
        else:
            column = pa.chunked_array([pa.nulls(len(table), field.type)])
        columns.append(column.cast(field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def read_arrow(table_name: str, root: Path | None = None) -> pa.Table:
    """Every row of `table_name` below `root` (default: the configured tables folder).

    An absent folder gives an empty table of the right schema; a file of an unreadable schema
    version raises SchemaVersionError naming the file.
    """
    if table_name not in TABLES:
        raise InputError(f"unknown table {table_name!r} (known: {', '.join(sorted(TABLES))})")
    base = root or tables_dir()
    schema = TABLES[table_name]  # the records' schemas, via the module a version test may patch
    try:
        files = [(path, read_file(path)) for path in table_files(base, table_name)]
    except FileNotFoundError:
        # the store committed a new manifest and removed the old files while we read: list again
        files = [(path, read_file(path)) for path in table_files(base, table_name)]
    folder = pages_root(base) if table_name == "pages" else base / table_name
    parts = [_conform(table, schema, partition_values(path, folder)) for path, table in files]
    if not parts:
        return schema.empty_table()
    return pa.concat_tables(parts)


def read_frame(table_name: str, data_dir: Path | str | None = None) -> pd.DataFrame:
    """`table_name` as a pandas DataFrame; `data_dir` defaults to PANTAU_DATA_DIR / config."""
    root = Path(data_dir) / "tables" if data_dir is not None else None
    return read_arrow(table_name, root).to_pandas()
