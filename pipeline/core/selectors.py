"""A site's selectors: where its article pages keep each field (XPath, first hit wins).

Plain data in the kernel, so a portal record (crawlers/portals) can carry them; the cleaner
(pipeline/clean/parsers) builds a site parser from each record that has them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from pipeline.core.errors import InputError


@dataclass(frozen=True)
class Selectors:
    title: tuple[str, ...]
    date: tuple[str, ...]
    body: tuple[str, ...]
    author: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()  # removed inside the body before its text is read

    @classmethod
    def from_dict(cls, data: dict[str, Any], owner: str) -> Selectors:
        """Selectors from plain data (a portal record read back from JSON); `owner` names it in errors."""
        known = {f.name for f in fields(cls)}
        if (
            not isinstance(data, dict)
            or set(data) - known
            or not {"title", "date", "body"} <= set(data)
        ):
            raise InputError(
                f"portal {owner!r}: selectors must be an object with title, date and body "
                f"(and optionally author, boilerplate); got {data!r}"
            )
        return cls(**{k: tuple(v) for k, v in data.items()})
