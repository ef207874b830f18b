"""Training data for the NER experiment, written as spaCy DocBins under data/cache/ner/ (git-ignored).

Two sources, never committed:
- idner-news-2k (MIT, github.com/khairunnisaor/idner-news-2k): CoNLL files `token POS IOB` copied to
  data/cache/ner/raw/idner-news-2k/{train,dev,test}.txt;
- the real corpus's TRAIN rows (/work/corpus/train.jsonl + their texts): gold lists names, not spans,
  so every occurrence of a gold name inside the body becomes an entity. Gold lists no short references
  ("Thaib" after "Muhammad Thaib"), so capitalised words outside gold names are marked *missing*
  (unknown to the loss) rather than outside; lower-case words are outside.
VAL (/work/corpus/val.jsonl) is never read here: it is what the model is measured on.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "data" / "cache" / "ner"
RAW = CACHE / "raw"
CORPUS = Path("/work/corpus")
SENTENCES_PER_DOC = 8
_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "LOC": "LOC"}
_NO_SPACE_BEFORE = frozenset(",.;:!?)]%'\"")


def conll_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """(token, IOB tag) per sentence; the tag is the last column (idner has a POS column between)."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if sentence:
                yield sentence
            sentence = []
            continue
        sentence.append((cols[0], cols[-1]))
    if sentence:
        yield sentence


def _doc_of(nlp: Language, sentences: list[list[tuple[str, str]]]) -> Doc:
    words = [w for s in sentences for w, _ in s]
    tags = [t for s in sentences for _, t in s]
    spaces = [nxt not in _NO_SPACE_BEFORE for nxt in words[1:]] + [False]
    iob: list[str] = []
    for tag in tags:
        prefix, _, label = tag.partition("-")
        mapped = _LABELS.get(label)
        iob.append(f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O")
    for k, tag in enumerate(iob):  # an I- after O (a slip in the source) starts an entity
        if tag.startswith("I-") and (k == 0 or iob[k - 1] == "O"):
            iob[k] = "B-" + tag[2:]
    return Doc(nlp.vocab, words=words, spaces=spaces, ents=iob)


def conll_docs(nlp: Language, path: Path) -> list[Doc]:
    sentences = list(conll_sentences(path))
    step = SENTENCES_PER_DOC
    return [_doc_of(nlp, sentences[k : k + step]) for k in range(0, len(sentences), step)]


def gold_forms(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(surface form, label) of every gold entity of a corpus row."""
    forms: list[tuple[str, str]] = []
    for kind, label in (("officials", "PER"), ("persons", "PER"), ("places", "LOC")):
        for item in row.get(kind) or []:
            for name in [item.get("name"), *(item.get("aliases") or [])]:
                if name:
                    forms.append((name, label))
    for org in row.get("organisations") or []:
        for name in (org.get("name"), org.get("acronym")):
            if name:
                forms.append((name, "ORG"))
    return forms


def _occurrences(text: str, form: str) -> Iterator[int]:
    start = text.find(form)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + len(form)] if start + len(form) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            yield start
        start = text.find(form, start + 1)


def corpus_doc(nlp: Language, row: dict[str, Any], text: str) -> Doc:
    """The row's body, tokenised as Pantau tokenises, with its gold names as entities."""
    body = text[row["body_start"] : row["body_end"]]
    doc = nlp.make_doc(body)
    spans: list[Span] = []
    for form, label in gold_forms(row):
        for start in _occurrences(body, form):
            span = doc.char_span(start, start + len(form), label=label, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
    ents = filter_spans(spans)
    inside = {k for e in ents for k in range(e.start, e.end)}
    missing = [
        doc[k : k + 1]
        for k, token in enumerate(doc)
        if k not in inside and token.text[:1].isupper() and k > 0 and doc[k - 1].text not in ".!?\n"
    ]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def corpus_docs(nlp: Language, gold: Path, texts: Path) -> list[Doc]:
    docs = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            path = texts / f"{row['id']}.txt"
            if path.is_file():
                docs.append(corpus_doc(nlp, row, path.read_text(encoding="utf-8")))
    return docs


def common_words(docs: list[Doc], least: int = 2) -> list[str]:
    """Words written in lower case at least `least` times and more often than capitalised inside a
    sentence: common words ("warga", "mohon"), which a two-word "name" of the model must not hold.
    Only words, never sentences, leave the training text."""
    lower: Counter[str] = Counter()
    title: Counter[str] = Counter()
    for doc in docs:
        for k, token in enumerate(doc):
            if not token.is_alpha:
                continue
            if token.is_lower:
                lower[token.text] += 1
            elif token.is_title and k > 0 and doc[k - 1].text not in '.!?\n"':
                title[token.text.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= least and n > title[w])


def write(docs: list[Doc], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return len(docs)
