"""Helpers for the NLP tests: data tables under tests/nlp/data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).with_name("data")


def table(name: str) -> list[Any]:
    """Rows of data/<name>.json as pytest params, each with its "case" as id."""
    rows = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return [pytest.param(row, id=row["case"]) for row in rows]
