"""The NER experiment's gated component: the trained model reads only short windows around runs of
capitalised words no rule claimed, and adds a person or organisation the rules did not find.

Registered as spaCy component `pantau_trained_ner_v1` when this module is imported; the measurement
inserts it before the linker of Pantau's cached pipeline (nlp.pipeline.load()).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.lexicons import organisations_words, places_around
from nlp.lexicons.organisations import GOV_UNIT_HEADS, KIND_HEADS
from nlp.mention import ORG, PERSON, DocState, Mention
from nlp.names import is_name_word, parse_name
from nlp.orgspans import kind_of
from nlp.state import state_of
from nlp.words import Word

_VENUES = organisations_words.VENUE_WORDS | places_around.VENUE_WORDS
_ORG_HEADS = frozenset(h.split()[0] for h in (*GOV_UNIT_HEADS, *KIND_HEADS))
_COMMON_FILE = Path(__file__).resolve().parents[1] / "data" / "cache" / "ner" / "common_words.txt"
COMMON = frozenset(_COMMON_FILE.read_text().split()) if _COMMON_FILE.is_file() else frozenset()
WINDOW = 3  # words of context each side: the tok2vec sees 3 words each side (depth 3, window 1)


@dataclass
class Stats:
    words: int = 0
    model_words: int = 0
    added: dict[str, int] = field(default_factory=lambda: {PERSON: 0, ORG: 0})


STATS = Stats()


def _covered(state: DocState) -> set[int]:
    import bisect

    starts = [w.start for w in state.words]
    out: set[int] = set()
    for m in state.mentions:
        k = bisect.bisect_left(starts, m.start)
        while k < len(starts) and starts[k] < m.end:
            out.add(k)
            k += 1
    return out


def runs(ws: list[Word], covered: set[int], lower: set[str]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised unclaimed words holding two name-like words in a row (not
    common words, not written in lower case elsewhere in the text)."""
    out, i = [], 0
    while i < len(ws):
        if not ws[i].is_title or i in covered:
            i += 1
            continue
        j = i
        while j < len(ws) and ws[j].is_title and j not in covered:
            j += 1
        named = [_name_like(w, lower) for w in ws[i:j]]
        if any(a and b for a, b in zip(named, named[1:], strict=False)):
            out.append((i, j))
        i = j
    return out


def _name_like(word: Word, lower: set[str]) -> bool:
    key = word.text.lower()
    return is_name_word(word) and key not in COMMON and key not in lower


def windows(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for i, j in spans:
        a, b = max(0, i - WINDOW), min(n, j + WINDOW)
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


class TrainedNer:
    def __init__(self, model_dir: Path, labels: tuple[str, ...] = ("PER", "ORG")) -> None:
        self.model = spacy.load(model_dir)
        self.labels = labels
        self.lower: set[str] = set()

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        ws = state.words
        covered = _covered(state)
        self.lower = {w.text for w in ws if w.is_lower}  # words this text also writes in lower case
        found = runs(ws, covered, self.lower)
        STATS.words += len(ws)
        if not found:
            return doc
        inside = {k for i, j in found for k in range(i, j)}
        spans = windows(found, len(ws))
        docs = [
            Doc(
                self.model.vocab,
                words=[w.text for w in ws[a:b]],
                spaces=[ws[k + 1].start > ws[k].end for k in range(a, b - 1)] + [False],
            )
            for a, b in spans
        ]
        STATS.model_words += sum(len(d) for d in docs)
        for (a, _), piece in zip(spans, self.model.pipe(docs), strict=True):
            for ent in piece.ents:
                first, end = a + ent.start, a + ent.end
                if ent.label_ in self.labels and all(k in inside for k in range(first, end)):
                    self._add(state, ent.label_, first, end)
        return doc

    def _add(self, state: DocState, label: str, first: int, end: int) -> None:
        ws = state.words
        start, stop = ws[first].start, ws[end - 1].end
        text = state.text[start:stop]
        if label == "PER":
            name = parse_name(ws, first)
            if name is None or name.words < 2 or name.end != end:
                return  # a name of two words or more, exactly the predicted span
            if any(
                w.is_upper or w.text in _VENUES or not (is_name_word(w) or w.is_title)
                for w in ws[first:end]
            ):
                return  # "GUNAWAN PUTRA" bylines, "Trinity Room" venues
            if any(w.text.lower() in self.lower or w.text.lower() in COMMON for w in ws[first:end]):
                return  # "Rukun Warga" in a text about "warga": common words, not a name
            state.mentions.append(Mention(PERSON, start, stop, text, name.name, flags=["trained"]))
            STATS.added[PERSON] += 1
        elif label == "ORG":
            if (
                end - first < 2
                or ws[first].text not in _ORG_HEADS
                or any(w.is_upper for w in ws[first:end])
            ):
                return  # a head the rules know ("Yayasan", "Dinas") then a name; no acronyms
            state.mentions.append(
                Mention(
                    ORG, start, stop, text, text, kind=kind_of(text), core=text, flags=["trained"]
                )
            )
            STATS.added[ORG] += 1


@Language.factory(
    "pantau_trained_ner_v1", default_config={"model_dir": "", "labels": ["PER", "ORG"]}
)
def make(nlp: Language, name: str, model_dir: str, labels: list[str]) -> TrainedNer:
    return TrainedNer(Path(model_dir), tuple(labels))
