"""Pantau's components are plain spaCy components that read and extend the doc's shared state.

`@component("pantau_x_v1")` over `def step(doc, state) -> None` registers the stateless spaCy
component `pantau_x_v1` (what nlp/config.cfg names as a factory) that runs the step on
`doc._.pantau` and returns the doc: the one stanza every component module would repeat.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from nlp.mention import DocState
from nlp.state import state_of

Step = Callable[[Doc, DocState], None]
REGISTERED: dict[str, str] = {}  # component name -> module of its step (the registry test reads it)


def component(name: str) -> Callable[[Step], Step]:
    """Register the decorated step as spaCy component `name`; the step itself is returned unchanged."""

    def register(step: Step) -> Step:
        def run(doc: Doc) -> Doc:
            step(doc, state_of(doc))
            return doc

        run.__name__, run.__doc__ = step.__name__, step.__doc__
        Language.component(name, func=run)
        REGISTERED[name] = step.__module__
        return step

    return register
