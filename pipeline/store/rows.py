"""Checking and completing incoming rows before they are stored, and the keys that identify them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.core.article import article_id_for
from pipeline.core.errors import InputError
from pipeline.core.parquet_io import to_table
from pipeline.core.tables import SPECS
from pipeline.store.layout import UNKNOWN


def as_dict(row: Any, table: str) -> dict[str, Any]:
    if hasattr(row, "to_row"):
        return dict(row.to_row())
    if isinstance(row, Mapping):
        return dict(row)
    raise InputError(f"{table} rows: expected a mapping, got {type(row).__name__}")


def month_of(row: Mapping[str, Any]) -> str:
    for key in ("published_at", "fetched_at"):
        stamp = row.get(key)
        if isinstance(stamp, datetime):
            return stamp.strftime("%Y-%m")
    return UNKNOWN


def article_rows(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Article rows with article_id and month filled; the last copy of an article_id wins."""
    by_id: dict[str, dict[str, Any]] = {}
    for raw in rows:
        row = as_dict(raw, "articles")
        if not row.get("article_id"):
            if not row.get("url"):
                raise InputError(f"articles row without article_id or url: {sorted(row)[:8]}")
            row["article_id"] = article_id_for(row["url"])
        row["month"] = row.get("month") or month_of(row)
        by_id[row["article_id"]] = row
    return list(by_id.values())


def mention_rows(
    article_ids: set[str], rows: Iterable[Any], placement: Mapping[str, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Mention rows with article_id (when unambiguous) and the article's portal/province/month."""
    only = next(iter(article_ids)) if len(article_ids) == 1 else None
    out = []
    for raw in rows:
        row = as_dict(raw, "mentions")
        row["article_id"] = row.get("article_id") or only
        if row["article_id"] not in article_ids:
            raise InputError(
                f"mentions row for article {row['article_id']!r} outside the replaced ids "
                f"({len(article_ids)} given); pass its article_id in article_ids"
            )
        where = placement.get(row["article_id"], {})
        for key in ("portal", "province", "month"):
            row[key] = row.get(key) or where.get(key)
        row["month"] = row["month"] or UNKNOWN
        if not row.get("published_date") and isinstance(where.get("published_at"), datetime):
            row["published_date"] = where["published_at"].date()
        out.append(row)
    return out


def arrow_rows(rows: list[dict[str, Any]], table: str) -> pa.Table:
    """Rows to a table of the schema, with a clear error naming the table and the problem."""
    try:
        return to_table(rows, table)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError) as exc:
        raise InputError(f"{table} rows do not fit the schema: {exc}") from exc


def run_key(table: pa.Table) -> pa.Array:
    """The crawl_runs key columns joined as in `TableStore.append_crawl_runs` (None as "None")."""
    columns = [pc.fill_null(table[col], "None") for col in SPECS["crawl_runs"].key]
    return pc.binary_join_element_wise(*columns, "\x1f")


def mention_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """A stored mention's identity, so its entity_id carries over when it is stored again."""
    return tuple(
        row.get(k)
        for k in (
            "article_id",
            "type",
            "start",
            "end",
            "text",
            "normalized",
            "role",
            "jurisdiction",
            "code",
        )
    )
