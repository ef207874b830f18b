"""`pantau eval --gold G --texts DIR`: real-corpus gold (body as offsets) scored on cached texts."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pantau.cli import app, main

TEXT = (
    "Beranda\nDaerah\nBupati Contoh Buka Rapat Koordinasi Ormas Se-Kabupaten\n"
    "Senin, 3 Maret 2025 | 14:20 WIB\n"
    "SUKAMAJU – Bupati Lebak Ratna Kusuma membuka rapat koordinasi organisasi kemasyarakatan "
    "di pendopo kabupaten bersama Badan Kesbangpol.\n"
    "Baca Juga:\nWarga Desa Contoh Gelar Kerja Bakti Bersihkan Saluran\n"
    "Rapat membahas pendaftaran ormas baru dan laporan kegiatan setiap tiga bulan sekali. (Humas)\n"
    "Berita Terkait\nLomba Kampung Bersih Diikuti Dua Puluh Desa\n"
)


def _corpus(tmp_path: Path, text: str = TEXT) -> tuple[Path, Path]:
    start, last = TEXT.index("SUKAMAJU"), "tiga bulan sekali."
    row = {
        "id": "a1",
        "url": "https://contoh.go.id/berita/rapat",
        "province": "Jawa Barat",
        "published": "2025-03-03",
        "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
        "body_start": start,
        "body_end": TEXT.index(last) + len(last),
        "officials": [{"name": "Ratna Kusuma", "role": "Bupati"}],
    }
    gold, texts = tmp_path / "dev.jsonl", tmp_path / "texts"
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    texts.mkdir()
    (texts / "a1.txt").write_text(text, encoding="utf-8")
    return gold, texts


def test_pantau_eval_texts_scores_body_edges_and_date_from_offsets(tmp_path: Path) -> None:
    gold, texts = _corpus(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--texts", str(texts), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert (out["body_start_accuracy"], out["body_end_accuracy"], out["published_accuracy"]) == (
        1.0,
        1.0,
        1.0,
    )
    assert out["officials"]["tp"] == 1


def test_pantau_eval_texts_refuses_an_edited_text_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, texts = _corpus(tmp_path, TEXT.replace("tiga", "empat"))
    monkeypatch.setattr(sys, "argv", ["pantau", "eval", "--gold", str(gold), "--texts", str(texts)])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 2
    assert "a1.txt: sha256 differs" in capsys.readouterr().err
