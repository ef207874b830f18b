"""Is an article about government and civil-society organisations? Keyword evidence only."""

from __future__ import annotations

from pipeline.clean.keywords import CHECKS


def relevance(text: str) -> tuple[bool, list[str]]:
    """(relevant, matched terms in keyword order). Any one term makes the article relevant."""
    if not text:
        return False, []
    lowered = text.lower()
    terms = [term for term, hint, pattern in CHECKS if hint in lowered and pattern.search(text)]
    return bool(terms), terms
