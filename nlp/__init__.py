"""Pantau's NLP stage: officials, persons, organisations, places and dates from Indonesian news.

`load()` builds the spaCy pipeline (spacy.blank("id") + registered rule components wired by
config.cfg); `extract(text)` returns an `Extraction`; `extract_many(items)` batches with nlp.pipe.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from nlp.chunking import CHUNK_CHARS, extract_long
from nlp.extraction import Extraction
from nlp.mention import DocState
from nlp.pipeline import load
from nlp.version import VERSION
from pipeline.core.textnorm import visible

__all__ = ["Extraction", "extract", "extract_many", "load"]


def _as_date(value: object) -> date | None:
    """A publication date given as a date, a datetime or an ISO string; None when unusable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _doc(text: str, published: object, province: str | None, page_year: int | None = None) -> Doc:
    pipeline = load()
    text = visible(text or "")
    doc = pipeline.make_doc(text)
    doc._.pantau = DocState(
        text=text or "", published=_as_date(published), province=province, page_year=page_year
    )
    return doc


def _sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start (vectorised: iterating doc.sents is slow)."""
    if not len(doc):
        return []
    marks = doc.to_array([SENT_START, IDX])
    starts = marks[marks[:, 0] == 1, 1].tolist()
    return starts if starts and starts[0] == 0 else [0, *starts]


def _result(doc: Doc) -> Extraction:
    state = doc._.pantau
    published = state.published.isoformat() if state.published else None
    return Extraction(
        state.text, list(state.mentions), _sentence_starts(doc), VERSION, published=published
    )


def extract(
    text: str,
    *,
    published: date | None = None,
    province: str | None = None,
    page_year: int | None = None,
) -> Extraction:
    """Entities of one text; `published` supplies missing years (else `page_year`, the year of the
    page's url), `province` breaks ties between regions.
    A text over CHUNK_CHARS is extracted in pieces under a time budget (nlp/chunking.py)."""
    text = visible(text or "")
    if len(text) > CHUNK_CHARS:
        return extract_long(
            text, lambda piece: _result(load()(_doc(piece, published, province, page_year)))
        )
    return _result(load()(_doc(text, published, province, page_year)))


Item = tuple[str, date | None, str | None] | tuple[str, date | None, str | None, int | None]


def extract_many(items: Iterable[Item], batch_size: int = 32) -> Iterator[Extraction]:
    """(text, published, province[, page_year]) tuples -> Extractions in the same order (long
    texts alone)."""
    pending: list[Item] = []
    for item in items:
        if len(item[0] or "") > CHUNK_CHARS:
            yield from _pipe(pending, batch_size)
            pending = []
            page_year = item[3] if len(item) > 3 else None
            yield extract(item[0], published=item[1], province=item[2], page_year=page_year)
        else:
            pending.append(item)
    yield from _pipe(pending, batch_size)


def _pipe(items: list[Item], batch_size: int) -> Iterator[Extraction]:
    docs = (_doc(*item) for item in items)
    for doc in load().pipe(docs, batch_size=batch_size):
        yield _result(doc)
