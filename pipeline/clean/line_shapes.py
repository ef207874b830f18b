"""A line above a body that looks like prose by its length but is page furniture: a run of
headlines on one line (a ticker of other posts, a headline with its deck), twenty words or more,
no sentence end anywhere, and nearly every word capitalised. Indonesian prose lower-cases
its function and verb words ("yang", "dan", "menghadiri"); on dev 432 no body line without a
sentence end has more than 83% of its words capitalised, five headline runs have 88% or more.
"""

from __future__ import annotations

import re

_RUN_WORDS = 20
_RUN_CAPITALISED = 0.85
_SENTENCE_END = re.compile(r"[.!?\"”:;]\s|[.!?\"”)]$")


def is_headline_run(line: str) -> bool:
    """Twenty words or more, no sentence end, nearly all capitalised: headlines, not a paragraph."""
    words = [word for word in line.split() if word[0].isalpha()]
    if len(line.split()) < _RUN_WORDS or _SENTENCE_END.search(line.strip()):
        return False
    return sum(word[0].isupper() for word in words) >= _RUN_CAPITALISED * max(len(words), 1)
