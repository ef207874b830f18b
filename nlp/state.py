"""The per-Doc state shared by Pantau's components (`doc._.pantau`)."""

from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from nlp.mention import DocState
from nlp.words import words

if not Doc.has_extension("pantau"):
    Doc.set_extension("pantau", default=None)


def state_of(doc: Doc) -> DocState:
    """The doc's state, created (with its word tokens) on first use."""
    state: DocState | None = doc._.pantau
    if state is None:
        state = DocState(text=doc.text)
        doc._.pantau = state
    if not state.text and len(doc):
        state.text = doc.text
    if not state.words and state.text:
        state.words = words(state.text)
    return state


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where the doc's sentences start (vectorised: doc.sents is slow)."""
    if not len(doc):
        return [0]
    marks = doc.to_array([SENT_START, IDX])
    starts = marks[marks[:, 0] == 1, 1].tolist()
    return starts if starts and starts[0] == 0 else [0, *starts]
