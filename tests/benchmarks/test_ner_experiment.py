"""The NER experiment's data conversion, gate and skip behaviour (fictional text only)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from benchmarks import ner_data, ner_train
from benchmarks.ner_gate import runs, windows
from nlp.words import words

CONLL = """Menurut ADP O
Rina PROPN B-PER
Wati PROPN I-PER
, PUNCT O
Yayasan PROPN I-ORG
Lestari PROPN I-ORG
bertemu VERB O

Di ADP O
Ambarawa PROPN B-LOC
. PUNCT O
"""


@pytest.fixture(autouse=True)
def no_common_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The common-word list is built from the (absent on a clone) training data: tests go without."""
    monkeypatch.setattr("benchmarks.ner_gate.COMMON", frozenset())


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("id")


def test_conll_entities_are_mapped_and_a_stray_inside_tag_starts_one(
    tmp_path: Path, blank: spacy.language.Language
) -> None:
    path = tmp_path / "x.txt"
    path.write_text(CONLL, encoding="utf-8")
    (doc,) = ner_data.conll_docs(blank, path)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Rina Wati", "PER"),
        ("Yayasan Lestari", "ORG"),
        ("Ambarawa", "LOC"),
    ]
    assert doc.text.startswith("Menurut Rina Wati, Yayasan")


def test_corpus_names_become_entities_and_other_capitalised_words_stay_unknown(
    blank: spacy.language.Language,
) -> None:
    text = "Judul\nBupati Sukamaju Rina Wati bertemu Yayasan Lestari dan Panitia. Kata Wati, acara lancar."
    row = {
        "body_start": 6,
        "body_end": len(text),
        "officials": [{"name": "Rina Wati"}],
        "organisations": [{"name": "Yayasan Lestari", "acronym": None}],
        "places": [{"name": "Sukamaju"}],
    }
    doc = ner_data.corpus_doc(blank, row, text)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Sukamaju", "LOC"),
        ("Rina Wati", "PER"),
        ("Yayasan Lestari", "ORG"),
    ]
    iob = {t.text: t.ent_iob_ for t in doc}
    assert iob["bertemu"] == "O"
    assert [t.ent_iob_ for t in doc if t.text == "Wati"] == ["I", ""]  # "Kata Wati": a reference
    assert iob["Panitia"] == ""  # capitalised, not a gold name: unknown to the loss, not "outside"
    assert iob["Bupati"] == iob["Kata"] == "O"  # a sentence's first word is outside


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hadir pula Rina Wati dan Budi Santosa di sana", ["Rina Wati", "Budi Santosa"]),
        ("acara Coffee Morning bersama warga", ["Coffee Morning"]),
        ("acara itu dihadiri Rukun Warga setempat dan warga", []),  # "warga" in lower case
        ("acara itu dihadiri Sukamaju saja", []),  # one word
    ],
)
def test_gate_reads_runs_of_two_name_like_capitalised_words(text: str, expected: list[str]) -> None:
    ws = words(text)
    lower = {w.text for w in ws if w.is_lower}
    found = [" ".join(w.text for w in ws[i:j]) for i, j in runs(ws, set(), lower)]
    assert found == expected


def test_gate_skips_words_a_rule_claimed() -> None:
    ws = words("hadir Rina Wati dan Budi Santosa")
    assert runs(ws, {1, 2}, set()) == [(4, 6)]


def test_windows_add_context_and_merge_when_they_touch() -> None:
    assert windows([(5, 7), (9, 10), (30, 32)], 34) == [(2, 13), (27, 34)]


def test_training_skips_with_a_message_when_the_data_is_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ner_train, "IDNER", tmp_path / "absent")
    monkeypatch.setattr("sys.argv", ["ner_train"])
    assert ner_train.main() == 0
    assert "skipped:" in capsys.readouterr().out


def test_common_words_are_those_written_mostly_in_lower_case(
    blank: spacy.language.Language,
) -> None:
    doc = blank(
        "kata warga di sana. Para warga datang, lalu Budi pergi. Ketua Budi dan budi pekerti."
    )
    assert ner_data.common_words([doc]) == ["warga"]  # "budi": once lower, twice capitalised
