"""Very long documents through NLP: chunked under spaCy's limit, offsets kept, time bounded."""

from __future__ import annotations

import time

import pytest

from nlp.chunking import CHUNKED, OVER_BUDGET, extract_long, pieces
from nlp.extraction import Extraction
from nlp.mention import Mention

PARAGRAPH = (
    "Bupati Sukamaju Asep Permana membuka rapat bersama Forum Warga Peduli Sungai di aula.\n\n"
)


@pytest.mark.parametrize("size", [50, 200, 1000])
@pytest.mark.parametrize("text", [PARAGRAPH * 40, "x" * 5000, ("kata " * 3000), "a.\n" * 2000])
def test_pieces_cover_the_text_exactly_within_the_size(text: str, size: int) -> None:
    got = pieces(text, size)
    assert "".join(p for _, p in got) == text
    assert all(len(p) <= size for _, p in got)
    assert [o for o, _ in got] == [sum(len(p) for _, p in got[:i]) for i in range(len(got))]


def _fake_extract(piece: str) -> Extraction:
    at = piece.find("Asep")
    found = (
        [Mention("OFFICIAL", at, at + 12, "Asep Permana", "Asep Permana", entity="OFFICIAL:asep")]
        if at >= 0
        else []
    )
    return Extraction(piece, found, [0])


def test_mention_offsets_point_into_the_whole_text() -> None:
    text = PARAGRAPH * 100
    got = extract_long(text, _fake_extract, size=500)
    assert got.found and all(text[m.start : m.end] == "Asep Permana" for m in got.found)
    assert CHUNKED in got.flags and OVER_BUDGET not in got.flags


def test_time_budget_stops_starting_pieces_and_flags_it() -> None:
    ticks = iter(range(1000))
    got = extract_long(
        PARAGRAPH * 100, _fake_extract, size=500, budget=3, clock=lambda: float(next(ticks))
    )
    assert OVER_BUDGET in got.flags and 0 < len(got.found) < 100


@pytest.mark.hostile_slow
def test_a_text_over_spacys_limit_is_extracted_in_bounded_time() -> None:
    import nlp

    paragraph = "Bupati Lebak Ratna Kusuma membuka rapat bersama Pemuda Pancasila di aula.\n\n"
    text = paragraph * (1_100_000 // len(paragraph))
    began = time.monotonic()
    got = nlp.extract(text)
    assert len(text) > 1_000_000 and CHUNKED in got.flags
    last = [m for m in got.found if m.normalized == "Ratna Kusuma"][-1]
    assert text[last.start : last.end] == last.text and last.start > 1_000_000
    assert time.monotonic() - began < 400
