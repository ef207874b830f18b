"""Whole-page text dumps: line classification, and accuracy on the real seeds when ../shared is there."""

from __future__ import annotations

import json

from pipeline.clean import classify_lines, clean_text
from pipeline.clean.evaluate import gold_accuracy
from pipeline.core.errors import Dropped
from tests.pipeline.clean.corpus import NOW, floors

DUMP = """Jl. Pemuda No 3 Kabupaten Contoh

info[at]contoh.go.id

Berita / rapat ormas bahas ketertiban

rapat-ormas-bahas-ketertiban

Rapat Ormas Bahas Ketertiban Wilayah Kecamatan

Kamis, 11 Juli 2024 Reporter: Dimas Prasetya Editor: Rina Kurniasih 820

Humas Pemkab

Pemerintah kecamatan bersama organisasi kemasyarakatan membahas ketertiban wilayah menjelang perayaan hari jadi kabupaten.

Advertisement Space

Camat meminta setiap Ormas menjaga kondusivitas lingkungan dan melapor bila ada potensi gangguan. (Rls/Red)

Berita Terkait

Warga Antusias Ikuti Jalan Sehat

© 2024 Pemerintah Kabupaten Contoh. All Rights Reserved."""


def test_text_dump_lines_are_classified_header_title_metadata_body_related_footer():
    labels = dict((line, label) for label, line in classify_lines(DUMP))
    assert labels["info[at]contoh.go.id"] == "header"
    assert labels["Rapat Ormas Bahas Ketertiban Wilayah Kecamatan"] == "title"
    assert labels["Humas Pemkab"] == "metadata"
    assert labels["Advertisement Space"] == "boilerplate"
    assert labels["Warga Antusias Ikuti Jalan Sehat"] == "related"
    assert labels["© 2024 Pemerintah Kabupaten Contoh. All Rights Reserved."] == "footer"
    assert (
        labels[next(line for line in labels if line.startswith("Pemerintah kecamatan"))] == "body"
    )


def test_text_dump_gives_body_and_metadata_fields():
    article = clean_text(DUMP, "archive://contoh/1", now=NOW)
    assert article.title == "Rapat Ormas Bahas Ketertiban Wilayah Kecamatan"
    assert article.body.startswith("Pemerintah kecamatan bersama")
    assert article.body.endswith("potensi gangguan.")
    assert article.published_at.date().isoformat() == "2024-07-11"
    assert (article.reporter, article.editor) == ("Dimas Prasetya", "Rina Kurniasih")
    assert (article.author, article.author_kind) == ("Humas Pemkab", "institution")
    assert article.extractor == "pantau:text"


def test_seed_dumps_match_gold_body_start_end_and_date(shared_dir):
    gold_rows = [
        json.loads(line)
        for line in (shared_dir / "eval" / "seeds-gold.jsonl").read_text().splitlines()
        if line
    ]
    pairs = []
    for gold in gold_rows:
        path = shared_dir / "seeds" / f"{gold['id']}.txt"
        try:
            article = clean_text(path.read_text(encoding="utf-8"), gold.get("url"), now=NOW)
        except Dropped:
            pairs.append((gold, None))
            continue
        published = article.published_at.date().isoformat() if article.published_at else None
        pairs.append((gold, {"body": article.body, "published": published}))
    scores = gold_accuracy(pairs)
    print(f"seeds: {scores}")
    assert scores["n"] == len(gold_rows) > 0
    assert scores["body_start"] >= floors()["seeds_body_start"]
    assert scores["body_end"] >= floors()["seeds_body_end"]
    assert scores["published"] >= floors()["seeds_published"]
