from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

import nlp
from pipeline.core.schema import MENTIONS

NOT_FROM_NLP = {
    "article_id",
    "entity_id",
    "portal",
    "province",
    "month",
    "published_date",
}  # added by the store


def test_load_is_cached_blank_indonesian_with_registered_components() -> None:
    pipeline = nlp.load()
    assert pipeline is nlp.load()
    assert pipeline.lang == "id"
    assert [name for name, _ in pipeline.pipeline][0] == "sentencizer"
    assert {
        "pantau_dates",
        "pantau_organisations",
        "pantau_people",
        "pantau_places",
        "pantau_linker",
    } <= set(pipeline.pipe_names)


def test_tokenizer_keeps_abbreviations_so_sentences_do_not_break() -> None:
    doc = nlp.load()("Sekda Lebak, Ir. H. Dede Jaelani, MM membuka Kab. Serang.")
    assert "Ir." in [t.text for t in doc] and "Kab." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_mentions_have_the_mentions_table_columns() -> None:
    rows = nlp.extract(
        "Bupati Serang Ratna Dewi hadir di Kecamatan Padarincang, Kamis (13/07/2023)."
    ).mentions
    expected = {f.name for f in MENTIONS} - NOT_FROM_NLP
    assert rows and all(set(row) == expected for row in rows)
    assert {row["type"] for row in rows} == {"OFFICIAL", "PLACE", "DATE"}
    table = pa.Table.from_pylist(rows, schema=pa.schema([MENTIONS.field(n) for n in rows[0]]))
    assert table.num_rows == len(rows)


def test_mention_offsets_point_at_their_text() -> None:
    text = "Kapolres Nias AKBP Yudi Prasetyo hadir di Kota Gunungsitoli."
    for row in nlp.extract(text).mentions:
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["text"] in row["sentence"]


def test_extract_many_keeps_order_and_context() -> None:
    items = [
        ("Rapat Senin (29/04).", date(2019, 4, 29), None),
        ("Tanpa tanggal.", None, None),
        ("Rapat Senin (29/04).", date(2024, 4, 29), "Banten"),
    ]
    results = list(nlp.extract_many(items))
    assert [r.as_output()["dates"] for r in results] == [
        [{"text": "Senin (29/04)", "iso": "2019-04-29"}],
        [],
        [{"text": "Senin (29/04)", "iso": "2024-04-29"}],
    ]


def test_empty_text_gives_empty_output() -> None:
    out = nlp.extract("").as_output()
    assert out == {
        "officials": [],
        "persons": [],
        "organisations": [],
        "places": [],
        "dates": [],
        "relevant": False,
        "engagements": [],
    }


@pytest.mark.parametrize(
    "ending", ["masalah bagi Badan", "disampaikan kepada Dinas", "dihadiri Ketua", "oleh Kepala"]
)
def test_a_text_ending_on_a_head_or_title_word_extracts_without_error(ending: str) -> None:
    text = f"Pemerintah kabupaten menyampaikan bahwa hal itu menjadi {ending}"
    assert nlp.extract(text).as_output()["officials"] == []
