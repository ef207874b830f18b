"""One exception vocabulary for every stage, with reason codes that can be counted.

A stage never lets a foreign exception escape for bad *input*: it raises (or returns)
one of these with a machine-readable reason, so flows can count drops by reason.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum


class Reason(StrEnum):
    """Why an input was dropped or flagged. Values are stable: they land in tables and logs."""

    # fetching
    HTTP_ERROR = "http_error"
    ROBOTS_DISALLOWED = "robots_disallowed"
    PRIVATE_ADDRESS = "private_address"
    OFFSITE = "offsite"
    TOO_LARGE = "too_large"
    NOT_HTML = "not_html"
    TIMEOUT = "timeout"
    REDIRECT_LOOP = "redirect_loop"
    # cleaning
    EMPTY = "empty"
    BINARY = "binary"
    DECODE_ERROR = "decode_error"
    TRUNCATED = "truncated"
    NO_BODY = "no_body"
    NO_TITLE = "no_title"
    NO_DATE = "no_date"
    DATE_REJECTED = "date_rejected"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near_duplicate"
    ENCODING_MISMATCH = "encoding_mismatch"  # declared charset was wrong; decoded anyway
    MOJIBAKE_REPAIRED = "mojibake_repaired"
    INVALID_UNICODE = "invalid_unicode"  # lone surrogates replaced by U+FFFD so the text is UTF-8
    CREDIT_TAG = (
        "credit_tag"  # closing "(Humas)" credit cut from the body; flag is "credit_tag:(Humas)"
    )
    UNKNOWN_PARSER = "unknown_parser"  # portal names a parser that does not exist: generic used
    PARSER_MISSED_BODY = "parser_missed_body"  # site parser found no body: generic used
    # extraction / io
    MALFORMED_INPUT = "malformed_input"
    EXTRACTION_FAILED = "extraction_failed"


class PantauError(Exception):
    """Base of every error Pantau raises on purpose."""


class ConfigError(PantauError):
    """A configuration file, value or schedule is invalid."""


class InputError(PantauError):
    """A user-supplied input (file, URL, argument) cannot be used. The message names it."""


class SchemaVersionError(PantauError):
    """A stored table was written with a schema version this code cannot read."""


class DamagedFileError(PantauError):
    """A stored file is missing, truncated or not what it claims to be. The message names it and
    the recovery step (`pantau verify`, `pantau repair`)."""


class LockedError(PantauError):
    """Another Pantau run holds the data folder."""


class UnsafeURLError(PantauError):
    """A URL resolves to a private, loopback or link-local address that was not allowed."""


class Dropped(PantauError):
    """An input item was dropped on purpose; `reason` says why."""

    def __init__(self, reason: Reason, detail: str = "", source: str | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.source = source
        where = f" [{source}]" if source else ""
        super().__init__(f"{reason.value}{where}: {detail}" if detail else f"{reason.value}{where}")


class DropCounter(Counter[str]):
    """Counts drops by reason; `record` accepts a Dropped or a Reason."""

    def record(self, drop: Dropped | Reason) -> None:
        reason = drop.reason if isinstance(drop, Dropped) else drop
        self[reason.value] += 1

    def as_dict(self) -> dict[str, int]:
        return dict(sorted(self.items()))
