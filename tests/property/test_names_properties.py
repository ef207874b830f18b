"""Properties of the name cleaner (nlp.names.parse_name): degrees and honorifics stripped."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nlp.lexicons.people import DEGREES, HONORIFICS, RANKS
from nlp.titles import office_at
from nlp.words import Word, words

names = pytest.importorskip("nlp.names")

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HONORIFICS_WRITTEN = ["H.", "Hj.", "Ir.", "Drs.", "Dr.", "Dra.", "KH.", "Ny."]
DEGREES_WRITTEN = [
    "MM",
    "M.Si",
    "S.Sos",
    "S.H.",
    "M.H.",
    "SE",
    "S.Pd",
    "M.Pd",
    "S.T.",
    "MBA",
    "S.IP",
    "M.Kes",
]
GIVEN = [
    "Dede",
    "Ratu",
    "Budi",
    "Sari",
    "Andi",
    "Rina",
    "Yusuf",
    "Wulan",
    "Teguh",
    "Intan",
    "Muslih",
    "Nurul",
    "Fajar",
    "Lestari",
    "Bambang",
]


def _usable(word: str) -> bool:
    """A word the cleaner can take for a name part: not a title, office, degree or honorific."""
    ws = words(word)
    return (
        len(ws) == 1
        and names.is_name_word(Word(word, 0, len(word)))
        and office_at(ws, 0) is None
        and word not in HONORIFICS
        and word not in RANKS
        and word.replace(".", "") not in DEGREES
    )


invented = st.text("abcdefghijklmnoprstuwy", min_size=3, max_size=8).map(str.capitalize)
name_word = st.one_of(st.sampled_from(GIVEN), invented).filter(_usable)
person = st.lists(name_word, min_size=1, max_size=3).map(" ".join)


def _clean(text: str) -> str | None:
    match = names.parse_name(words(text), 0)
    return match.name if match else None


@FAST
@given(
    name=person,
    before=st.lists(st.sampled_from(HONORIFICS_WRITTEN), max_size=2),
    after=st.lists(st.sampled_from(DEGREES_WRITTEN), max_size=2),
)
def test_name_cleaner_strips_honorifics_and_degrees(
    name: str, before: list[str], after: list[str]
) -> None:
    written = " ".join([*before, name]) + "".join(f", {d}" for d in after)
    assert _clean(written) == name


@FAST
@given(name=person)
def test_name_cleaner_is_idempotent(name: str) -> None:
    once = _clean(name)
    assume(once is not None)
    assert _clean(once) == once


@FAST
@given(text=st.text(max_size=120))
def test_name_cleaner_never_crashes_and_keeps_only_input_words(text: str) -> None:
    ws = words(text)
    for k in range(len(ws) + 1):
        for match in (names.parse_name(ws, k), names.parse_name_before(ws, k)):
            if match is None:
                continue
            assert match.start <= match.end <= len(ws)
            originals = [w.text for w in ws[match.start : match.end]]
            assert all(part in originals for part in match.name.split()), (match, originals)
