"""Build the spaCy pipeline from config.cfg (cached per process)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

import nlp.components  # noqa: F401  (registers the factories)
from nlp.lexicons.abbreviations import TOKENIZER_SPECIAL_CASES
from nlp.lexicons.people import HONORIFICS

CONFIG = Path(__file__).with_name("config.cfg")


@cache
def load() -> Language:
    """spacy.blank("id") + abbreviation special cases + Pantau's components as config.cfg wires them."""
    config = spacy.util.load_config(CONFIG)
    pipeline = spacy.util.load_model_from_config(config, auto_fill=True)
    tokenizer = pipeline.tokenizer
    for abbreviation in {*TOKENIZER_SPECIAL_CASES, *(h for h in HONORIFICS if h.endswith("."))}:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])  # type: ignore[union-attr]
    return pipeline
