"""What `pantau query` accepts: exactly one statement that only reads, whatever its prefix.

DuckDB labels `EXPLAIN ANALYZE COPY ... TO 'file'` an EXPLAIN statement, yet ANALYZE runs the
COPY: the kind of the statement *inside* an EXPLAIN decides. Comments, parentheses and WITH are
seen through by DuckDB's own parser (`extract_statements` types `/* x */ (WITH a AS ...) SELECT`
as SELECT); EXPLAIN's prefix (ANALYZE, an option list) is skipped here and the rest parsed again.

This check is the first door; the second is the connection itself (pipeline.store.query): external
access off and no allowed path, so even a statement that slipped through could reach no file.
"""

from __future__ import annotations

import math
import re

import duckdb

from pipeline.core.errors import InputError

READ_KINDS = {duckdb.StatementType.SELECT}
_SPACE_OR_COMMENT = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.S)
_WORD = re.compile(r"[A-Za-z_]+")
_OPTIONS = re.compile(r"\([^()'\"]*\)")  # EXPLAIN (FORMAT json, ANALYZE): no strings, no nesting
_REFUSED_HINT = "only SELECT / WITH / FROM / VALUES / DESCRIBE / SUMMARIZE / EXPLAIN of those"


def check_read_only(query: str) -> None:
    """Raise InputError unless `query` is one statement that reads and never writes."""
    statements = _parse(query)
    if len(statements) != 1:
        raise InputError(f"query: give exactly one SQL statement (got {len(statements)})")
    statement = statements[0]
    if statement.type == duckdb.StatementType.EXPLAIN:
        inner = _explained(statement.query)
        check_read_only(inner)
        return
    if statement.type not in READ_KINDS:
        raise InputError(f"query refused: {_REFUSED_HINT} are allowed, not {statement.type.name}")


def _parse(query: str) -> list[duckdb.Statement]:
    if not query or not query.strip():
        raise InputError("query: empty SQL statement")
    try:
        return list(duckdb.extract_statements(query))
    except duckdb.Error as exc:
        raise InputError(f"query does not parse: {_first_line(exc)}") from exc


def _explained(text: str) -> str:
    """The statement an EXPLAIN [ANALYZE] [(options)] wraps, as text."""
    pos = _skip(text, 0)
    word = _WORD.match(text, pos)
    if not word or word.group().upper() != "EXPLAIN":
        raise InputError("query refused: an EXPLAIN whose statement cannot be told apart")
    pos = _skip(text, word.end())
    word = _WORD.match(text, pos)
    if word and word.group().upper() == "ANALYZE":
        pos = _skip(text, word.end())
    options = _OPTIONS.match(text, pos)
    if options:
        pos = _skip(text, options.end())
    inner = text[pos:]
    if not inner.strip():
        raise InputError("query refused: EXPLAIN of nothing")
    return inner


def _skip(text: str, pos: int) -> int:
    match = _SPACE_OR_COMMENT.match(text, pos)
    return match.end() if match else pos


def check_timeout(value: float) -> float:
    """A time limit must be a finite number of seconds above zero (0, nan, inf would never stop)."""
    try:
        seconds = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"--timeout {value!r} is not a number of seconds") from exc
    if not math.isfinite(seconds) or seconds <= 0:
        raise InputError(f"--timeout {value!r}: give a number of seconds above 0 (e.g. 30)")
    if seconds > 24 * 3600:
        raise InputError(f"--timeout {value!r}: at most one day (86400 s)")
    return seconds


_MEMORY = re.compile(r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*$", re.I)


def check_memory_limit(value: str) -> str:
    """A DuckDB memory limit such as "2GB" or "512MiB" (checked here: it is not SQL to interpolate)."""
    if not isinstance(value, str) or not _MEMORY.match(value):
        raise InputError(f"memory limit {value!r}: give a size such as 2GB or 512MiB")
    return value.strip()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
