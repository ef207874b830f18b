"""How each table is partitioned, sorted and keyed on disk."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.core.parquet_io import parquet_bytes
from pipeline.core.tables import SPECS, STORED

UNKNOWN = "unknown"

# hive-style partition columns (only the partitions a write touches are rewritten) and the total
# order inside each file (equal rows always give equal bytes), as pipeline.core.tables declares them
PARTITION_BY: dict[str, tuple[str, ...]] = {name: SPECS[name].partition_by for name in STORED}
SORT_BY: dict[str, tuple[str, ...]] = {name: SPECS[name].sort_by for name in STORED}

STORED_TABLES = STORED


@lru_cache(maxsize=4096)
def partition_value(value: object) -> str:
    text = UNKNOWN if value is None or value == "" else str(value)
    return quote(text, safe="")


def partition_of(table: str, row: dict[str, Any]) -> str:
    """The relative partition directory of one row, e.g. "portal=serangkab/month=2023-07"."""
    return "/".join(f"{col}={partition_value(row.get(col))}" for col in PARTITION_BY[table])


def parse_partition(part: str) -> dict[str, str]:
    return {key: unquote(value) for key, value in (seg.split("=", 1) for seg in part.split("/"))}


def sort_rows(table: pa.Table, name: str) -> pa.Table:
    keys = [(col, "ascending", "at_start") for col in SORT_BY[name] if col in table.column_names]
    if not keys or table.num_rows < 2:
        return table
    return table.take(pc.sort_indices(table, sort_keys=keys))


def encode(table: pa.Table, name: str) -> tuple[str, bytes]:
    """Sorted Parquet bytes of a partition and their content-addressed file name."""
    data = parquet_bytes(sort_rows(table, name), name)
    return f"part-{hashlib.sha256(data).hexdigest()[:24]}.parquet", data


def group_by_partition(
    table: str, rows: Iterable[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(partition_of(table, row), []).append(row)
    return groups
