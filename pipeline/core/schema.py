"""The data contract: pyarrow schemas of every Pantau table (from pipeline.core.tables), versioned.

Each table written by Pantau carries `pantau.table` and `pantau.schema_version` in its
Parquet key-value metadata; readers call `check_version` before trusting a file.
"""

from __future__ import annotations

import pyarrow as pa

from pipeline.core.errors import SchemaVersionError
from pipeline.core.tables import SPECS

# 1: first release. 2: articles.credit (and, added without a bump as readers conform by column
# name, engagements.government_body_ids). A file of an older version lacks the columns added
# since; readers conform it to the current schema (nulls there) and the next write of its
# partition rewrites it at the current version.
SCHEMA_VERSION = 2
# versions this code can read; a later version may add columns but must list older ones here
READABLE_VERSIONS = frozenset({1, 2})
META_TABLE = b"pantau.table"
META_VERSION = b"pantau.schema_version"

# the schemas are declared with the rest of each table's facts in pipeline.core.tables
TABLES: dict[str, pa.Schema] = {name: spec.schema for name, spec in SPECS.items()}
PAGES, ARTICLES, MENTIONS = TABLES["pages"], TABLES["articles"], TABLES["mentions"]
ENTITIES, ENGAGEMENTS, CRAWL_RUNS = TABLES["entities"], TABLES["engagements"], TABLES["crawl_runs"]


def with_metadata(table_name: str) -> pa.Schema:
    """The schema of `table_name` with Pantau's version metadata attached."""
    schema = TABLES[table_name]
    return schema.with_metadata(
        {META_TABLE: table_name.encode(), META_VERSION: str(SCHEMA_VERSION).encode()}
    )


def check_version(metadata: dict[bytes, bytes] | None, where: str) -> int:
    """Return the schema version in `metadata`, or raise SchemaVersionError naming `where`."""
    raw = (metadata or {}).get(META_VERSION)
    if raw is None:
        raise SchemaVersionError(
            f"{where}: no pantau.schema_version in the Parquet metadata; not a Pantau table"
        )
    try:
        version = int(raw)
    except ValueError as exc:
        raise SchemaVersionError(f"{where}: unreadable schema version {raw!r}") from exc
    if version not in READABLE_VERSIONS:
        raise SchemaVersionError(
            f"{where}: written with schema version {version}; this Pantau reads "
            f"{sorted(READABLE_VERSIONS)}. Upgrade Pantau or re-run the stage into a new data folder."
        )
    return version
