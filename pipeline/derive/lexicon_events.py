"""Engagement event types: kept in `nlp.lexicons.events` (the NLP stage and the table share them)."""

from __future__ import annotations

from nlp.lexicons.events import EVENT_TYPES, LABELS_ID, OTHER

VOCABULARY = EVENT_TYPES

__all__ = ["EVENT_TYPES", "LABELS_ID", "OTHER", "VOCABULARY"]
