"""NLP components are found by discovery and are plain spaCy components; config.cfg declares the
order; the extractor version is the fingerprint of nlp/'s code and data."""

from __future__ import annotations

import shutil
from pathlib import Path

import spacy
from spacy.language import Language

import nlp
import nlp.components
from nlp.component import REGISTERED, component
from nlp.mention import ORG, Mention
from nlp.version import ROOT, VERSION, fingerprint

COMPONENTS = Path(nlp.components.__file__).parent


def test_every_module_in_the_components_folder_is_imported_by_discovery():
    on_disk = {p.stem for p in COMPONENTS.glob("*.py") if not p.stem.startswith("_")}
    assert set(nlp.components.MODULES) == on_disk


def test_every_configured_component_is_registered_by_a_components_module():
    config = spacy.util.load_config(COMPONENTS.parent / "config.cfg")
    wanted = {
        block["factory"] for name, block in config["components"].items() if name != "sentencizer"
    }
    assert all(Language.has_factory(name) for name in wanted)
    outside = {
        name: REGISTERED.get(name, "not through nlp.component.component")
        for name in wanted
        if not REGISTERED.get(name, "").startswith("nlp.components.")
    }
    assert outside == {}  # each configured component is a step in an nlp/components/ module
    assert [n for n in config["nlp"]["pipeline"] if n != "sentencizer"] == [
        p for p in nlp.load().pipe_names if p != "sentencizer"
    ]


def test_a_step_registered_with_the_helper_runs_on_the_shared_state_as_a_plain_component():
    @component("pantau_test_marker_v1")
    def marker(doc, state):
        state.mentions.append(Mention(ORG, 0, 5, doc.text[:5], "Rapat"))

    pipeline = spacy.blank("id")
    pipeline.add_pipe("pantau_test_marker_v1")
    doc = pipeline("Rapat Forum Warga di balai desa.")
    assert [m.text for m in doc._.pantau.mentions] == ["Rapat"]
    assert callable(pipeline.get_pipe("pantau_test_marker_v1")) and marker.__name__ == "marker"


def test_the_version_is_the_series_plus_the_fingerprint_of_nlp():
    assert f"pantau-nlp/3+{fingerprint()}" == VERSION
    assert nlp.extract("Bupati Serang Ratna Dewi hadir.").mentions[0]["extractor"] == VERSION


def test_the_fingerprint_changes_with_a_lexicon_or_the_config_and_not_with_caches(tmp_path):
    copy = tmp_path / "nlp"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    base = fingerprint(copy)
    assert base == fingerprint(ROOT)
    (copy / "__pycache__").mkdir(exist_ok=True)
    (copy / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (copy / "notes.md").write_text("a note changes no extraction\n")
    assert fingerprint(copy) == base
    lexicon = copy / "lexicons" / "org_kinds.py"
    lexicon.write_text(
        lexicon.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8"
    )
    changed = fingerprint(copy)
    assert changed != base
    (copy / "config.cfg").write_text((copy / "config.cfg").read_text() + "\n")
    assert fingerprint(copy) not in (base, changed)
