"""Roles read from context before pantau_people runs: possessive roles ("Ketuanya, <name>,") and
English titles ("Regent of Sleman <name>"). One component for both keeps the per-doc overhead of
a pipeline stage once: the speed budget (50k words/s/core) has little room."""

from __future__ import annotations

from spacy.tokens import Doc

from nlp.component import component
from nlp.components.english_titles import add_english_titles
from nlp.components.possessive import add_possessive_roles
from nlp.mention import DocState


@component("pantau_role_context_v1")
def role_context(doc: Doc, state: DocState) -> None:
    add_possessive_roles(doc, state)
    add_english_titles(doc, state)
