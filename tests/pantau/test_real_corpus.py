"""The real-article corpus loader: gold rows joined with cached texts, checked and scored as annotated."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pantau import real_corpus
from pipeline.core.errors import InputError

LEDE = "SUKAMAJU – Bupati Contoh membuka rapat koordinasi ormas di pendopo, Senin (3/3/2025)."
TEXT = f"Judul Rapat Koordinasi Ormas\n{LEDE}\nKegiatan diikuti tiga puluh pengurus. (Humas)\n"


def _row(text: str, first: str, last: str, **extra: object) -> dict:
    start = text.index(first)
    return {
        "id": "a1",
        "url": "https://contoh.go.id/2025/03/03/rapat/",
        "published": "2025-03-03",
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "text_length": len(text),
        "body_start": start,
        "body_end": text.rindex(last) + len(last),
        **extra,
    }


def _cache(tmp_path: Path, text: str, doc_id: str = "a1") -> Path:
    folder = tmp_path / "texts"
    folder.mkdir(exist_ok=True)
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


def test_join_gives_the_annotated_body_and_its_edge_words(tmp_path: Path) -> None:
    [article] = real_corpus.join(
        [_row(TEXT, "SUKAMAJU", "tiga puluh pengurus.")], _cache(tmp_path, TEXT)
    )
    assert article.body.startswith("SUKAMAJU") and article.body.endswith("pengurus.")
    row = article.scoring_row()
    assert row["body_first"] == "SUKAMAJU – Bupati Contoh membuka rapat koordinasi ormas"
    assert row["body_last"].endswith("tiga puluh pengurus.") and row["text"] == TEXT


def test_a_text_that_differs_from_its_hash_is_refused_by_name(tmp_path: Path) -> None:
    folder = _cache(tmp_path, TEXT.replace("tiga", "empat"))
    with pytest.raises(InputError, match=r"a1\.txt: sha256 differs"):
        real_corpus.join([_row(TEXT, "SUKAMAJU", "pengurus.")], folder)


def test_missing_texts_are_counted_and_named(tmp_path: Path) -> None:
    folder = _cache(tmp_path, TEXT)
    rows = [
        _row(TEXT, "SUKAMAJU", "pengurus."),
        {**_row(TEXT, "SUKAMAJU", "pengurus."), "id": "b2"},
    ]
    with pytest.raises(InputError, match=r"1 of 2 texts missing \(first: b2\.txt\)"):
        real_corpus.join(rows, folder)


def test_offsets_outside_the_text_are_refused(tmp_path: Path) -> None:
    row = {**_row(TEXT, "SUKAMAJU", "pengurus."), "body_end": len(TEXT) + 5}
    with pytest.raises(InputError, match="do not fit"):
        real_corpus.join([row], _cache(tmp_path, TEXT))


@pytest.mark.parametrize(
    ("tail", "scored_last"),
    [
        (" antara lai", "antara lai"),  # a word cut by the excerpt's end belongs to the body
        (" (Kota Balikpa\n", "(Kota Balikpa"),
        (" (YAN)", "pengurus."),  # a credit tag does not
        ("\nRedaksi Contoh\n\n\n", "pengurus."),  # nor a line after the body
    ],
)
def test_a_fragment_cut_by_the_excerpt_end_counts_as_body(
    tmp_path: Path, tail: str, scored_last: str
) -> None:
    text = f"{LEDE}\nKegiatan diikuti tiga puluh pengurus.{tail}"
    [article] = real_corpus.join([_row(text, "SUKAMAJU", "pengurus.")], _cache(tmp_path, text))
    assert article.scoring_row()["body_last"].endswith(scored_last)


@pytest.mark.parametrize(
    ("last_line", "scored_last"),
    [
        ("Per", "Per"),  # a paragraph cut after its first letters on a long excerpt's last line
        ("Rapat-rap", "Rapat-rap"),  # a reduplicated word cut the same way
        ("Iklan", "pengurus."),  # an ad slot's word is the page's, not a cut paragraph
        ("“Semoga pengur", "“Semoga pengur"),  # a quotation cut after its first words
        ("“Kami siap hadir tepat waktu", "pengurus."),  # five words: a line of the page's
    ],
)
def test_a_lone_last_word_of_a_long_excerpt_is_body_unless_it_is_the_pages(
    tmp_path: Path, last_line: str, scored_last: str
) -> None:
    filler = "\n".join(["Rapat berjalan lancar dan tertib hingga selesai."] * 40)
    text = f"{LEDE}\n{filler}\nKegiatan diikuti tiga puluh pengurus.\n\n{last_line}"
    [article] = real_corpus.join([_row(text, "SUKAMAJU", "pengurus.")], _cache(tmp_path, text))
    assert article.scoring_row()["body_last"].endswith(scored_last)


def test_texts_are_read_with_universal_newlines_as_the_corpus_tool_hashed_them(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a1.txt").write_bytes(TEXT.replace("\n", "\r\n").encode())
    [article] = real_corpus.join([_row(TEXT, "SUKAMAJU", "pengurus.")], folder)
    assert article.text == TEXT


def test_cache_root_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(real_corpus.CACHE_ENV, str(tmp_path))
    assert real_corpus.cache_root() == tmp_path
    monkeypatch.delenv(real_corpus.CACHE_ENV)
    assert real_corpus.cache_root() == real_corpus.REPO / "data" / "cache" / "real-texts"


def test_unavailable_says_what_is_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(real_corpus, "GOLD_DIR", tmp_path)
    monkeypatch.setenv(real_corpus.CACHE_ENV, str(tmp_path / "cache"))
    assert "absent" in (real_corpus.unavailable("dev") or "")
    (tmp_path / "dev.jsonl").write_text("\n", encoding="utf-8")  # between two blind parts
    assert "holds no rows" in (real_corpus.unavailable("dev") or "")
    (tmp_path / "dev.jsonl").write_text(
        json.dumps(_row(TEXT, "SUKAMAJU", "pengurus.")) + "\n", encoding="utf-8"
    )
    assert "no cached texts" in (real_corpus.unavailable("dev") or "")
    (tmp_path / "cache").mkdir()
    _cache(tmp_path, TEXT).rename(tmp_path / "cache" / "dev")
    assert real_corpus.unavailable("dev") is None
    [(split, articles)] = list(real_corpus.iter_available(("dev",)))
    assert split == "dev" and articles[0].id == "a1"


def test_gold_lines_that_are_not_json_are_named(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text('{"id": "a1"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"dev\.jsonl line 2: not JSON"):
        real_corpus.read_gold(path)
