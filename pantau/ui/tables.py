"""Read a Pantau table folder (plain or hive-partitioned Parquet files) into one Arrow table.

The UI and the notebooks read whatever the pipeline wrote below `<data_dir>/tables/<table>/`.
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
from pipeline.store import manifest

# the tables people look at; `pages` holds raw HTML and stays out of the UI
UI_TABLES = ("articles", "mentions", "entities", "engagements", "crawl_runs")


def partition_values(path: Path, root: Path) -> dict[str, str]:
    """`{"portal": "x", "month": "2024-05"}` from root/portal=x/month=2024-05/f.parquet."""
    values: dict[str, str] = {}
    for part in path.relative_to(root).parts[:-1]:
        key, sep, value = part.partition("=")
        if sep and key:
            values[key] = unquote(value)
    return values


def table_files(root: Path, table_name: str) -> list[Path]:
    """The files a reader must open: those the store's manifest names when there is one (older
    files may linger until the store collects them), else every Parquet file below the folder."""
    if (root / manifest.MANIFEST_NAME).exists():
        return manifest.load(root).files(root, table_name)
    return parquet_files(root / table_name)


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
    schema = TABLES[table_name]
    try:
        files = [(path, read_file(path)) for path in table_files(base, table_name)]
    except FileNotFoundError:
        # the store committed a new manifest and removed the old files while we read: list again
        files = [(path, read_file(path)) for path in table_files(base, table_name)]
    parts = [
        _conform(table, schema, partition_values(path, base / table_name)) for path, table in files
    ]
    if not parts:
        return schema.empty_table()
    return pa.concat_tables(parts)


def read_frame(table_name: str, data_dir: Path | str | None = None) -> pd.DataFrame:
    """`table_name` as a pandas DataFrame; `data_dir` defaults to PANTAU_DATA_DIR / config."""
    root = Path(data_dir) / "tables" if data_dir is not None else None
    return read_arrow(table_name, root).to_pandas()


def table_fingerprint(root: Path) -> list[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every table file read: changes when the pipeline rewrites one."""
    out = []
    for name in UI_TABLES:
        for path in table_files(root, name):
            stat = path.stat()
            out.append((str(path.relative_to(root)), stat.st_size, stat.st_mtime_ns))
    return out
