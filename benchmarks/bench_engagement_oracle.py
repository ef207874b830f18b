"""Engagement pairs on the real dev part with the gold's officials and organisations given: the
engagement builder's own error, apart from entity recognition (`benchmarks.engagement_oracle`).
Skipped with the reason when the real-article texts are absent."""

from __future__ import annotations

from typing import Any

from benchmarks.engagement_oracle import main as oracle


def main() -> dict[str, Any]:
    return oracle([])
