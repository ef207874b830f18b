"""Pantau's Parquet tables: `TableStore` writes and reads them (see docs/contracts.md)."""

from pipeline.core.errors import SchemaVersionError
from pipeline.store.layout import PARTITION_BY, STORED_TABLES
from pipeline.store.table_store import TableStore

__all__ = ["PARTITION_BY", "STORED_TABLES", "SchemaVersionError", "TableStore"]
