from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pantau.cli import app
from pantau.extract import extract_file, extract_records
from pipeline.core.errors import InputError

KEYS = {
    "id",
    "title",
    "published",
    "body",
    "officials",
    "persons",
    "organisations",
    "places",
    "dates",
    "relevant",
    "engagements",
}

# a fictional text dump in the shape of a regional portal page: header, title, date, body, footer
DUMP = """Jl. Merdeka No 5 Kab. Contoh

Pemkab Lebak Gelar Dialog Bersama Ormas dan Tokoh Agama Se-Kabupaten

Rabu, 12 Juni 2024

Bupati Lebak Ratna Kusuma membuka dialog bersama ormas di Kecamatan Cibeber, Selasa (11/6). Dialog diikuti Pemuda Pancasila, KNPI dan PCNU Lebak.

"Kami ingin ormas ikut membangun daerah," kata Ratna di hadapan peserta dialog yang memenuhi aula kecamatan.

Ketua KNPI Lebak, Rudi Hermawan, menyambut baik ajakan itu dan berjanji mengajak anggotanya aktif dalam kegiatan sosial.

Berita Terkait

© 2024 Pemerintah Kabupaten Lebak. All Rights Reserved.
"""

HTML = """<html><head><title>Wali Kota Serang Temui Ormas</title>
<meta property="article:published_time" content="2023-07-14T10:00:00+07:00"></head>
<body><nav>Beranda | Berita</nav><article><h1>Wali Kota Serang Temui Ormas di Kecamatan Taktakan</h1>
<p>Wali Kota Serang Hendra Wijaya bertemu perwakilan ormas di Kecamatan Taktakan, Kamis (13/07/2023).
Pertemuan membahas kebersihan lingkungan dan keamanan warga menjelang peringatan hari besar.</p>
<p>"Ormas adalah mitra pemerintah," kata Hendra. Ia meminta MUI Kota Serang dan FKUB ikut mengawal program.</p>
</article><footer>Hak cipta Pemkot Serang</footer></body></html>"""


def _lines(*records: object) -> list[str]:
    return [r if isinstance(r, str) else json.dumps(r) for r in records]


def test_extract_text_input_gives_design_shape() -> None:
    [out] = extract_records(_lines({"id": "a", "text": DUMP, "published": "2024-06-12"}))
    assert set(out) == KEYS
    assert out["published"] == "2024-06-12"
    assert {"name": "Ratna Kusuma", "role": "Bupati", "jurisdiction": "Kabupaten Lebak"} in out[
        "officials"
    ]
    assert {"text": "Selasa (11/6)", "iso": "2024-06-11"} in out["dates"]
    assert "Berita Terkait" not in out["body"]


def test_extract_html_input_is_cleaned_first() -> None:
    [out] = extract_records(
        _lines({"id": "h", "html": HTML, "url": "https://serangkota.go.id/berita/1"})
    )
    assert "error" not in out, out
    assert {"name": "Hendra Wijaya", "role": "Wali Kota", "jurisdiction": "Kota Serang"} in out[
        "officials"
    ]
    assert out["published"] == "2023-07-14"
    assert out["places"] == [
        {"name": "Kecamatan Taktakan", "level": "district", "code": "36.73.06"}
    ]
    assert {"name": "MUI Kota Serang", "acronym": None, "kind": "religious"} in out["organisations"]


def test_extract_malformed_lines_give_error_objects_and_the_run_goes_on() -> None:
    lines = _lines(
        {"id": "1", "text": DUMP},
        "not json",
        {"id": "2"},
        {"text": "no id"},
        {"id": "3", "text": DUMP, "published": "yesterday"},
        {"id": "4", "text": DUMP},
    )
    out = list(extract_records(lines))
    assert [o["id"] for o in out] == ["1", "line-2", "2", "line-4", "3", "4"]
    assert ["error" in o for o in out] == [False, True, True, True, True, False]
    assert "published" in out[4]["error"]


def test_extract_keeps_input_order_across_batches() -> None:
    records = [{"id": str(n), "text": DUMP} for n in range(40)]
    assert [o["id"] for o in extract_records(_lines(*records))] == [str(n) for n in range(40)]


def test_extract_file_writes_all_or_nothing(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(_lines({"id": "x", "text": DUMP}, "{bad")) + "\n", encoding="utf-8")
    counts = extract_file(source, target)
    assert counts == {"documents": 2, "errors": 1}
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert not list(tmp_path.glob("*.partial"))


def test_extract_missing_input_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.jsonl"):
        extract_file(tmp_path / "nope.jsonl", tmp_path / "out.jsonl")


def test_pantau_extract_command(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": "x", "text": DUMP}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "x"


def test_extract_failure_in_nlp_gives_an_error_object_for_that_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import nlp

    real = nlp.extract

    def fragile(text: str, **kwargs: object) -> object:
        if "Ratna" in text:
            raise RuntimeError("boom")
        return real(text, **kwargs)  # type: ignore[arg-type]

    def broken_batch(items: object, batch_size: int = 32) -> object:
        raise RuntimeError("batch failed")

    monkeypatch.setattr(nlp, "extract", fragile)
    monkeypatch.setattr(nlp, "extract_many", broken_batch)
    html_only = {"id": "ok", "html": HTML, "url": "https://serangkota.go.id/berita/1"}
    out = list(extract_records(_lines({"id": "bad", "text": DUMP}, html_only)))
    assert out[0] == {"id": "bad", "error": "extraction_failed [line 1]: RuntimeError: boom"}
    assert out[1]["officials"][0]["name"] == "Hendra Wijaya"


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://kabarcontoh.id/news/2024/ormas-bertemu-bupati", "2024-06-11"),  # a Tuesday
        ("https://kabarcontoh.id/news/2023/ormas-bertemu-bupati", None),  # 11/6/2023 a Sunday
        ("https://kabarcontoh.id/news/ormas-bertemu-bupati", None),  # no year at all
    ],
)
def test_extract_resolves_day_month_dates_with_the_urls_year(url: str, iso: str | None) -> None:
    undated = DUMP.replace("Rabu, 12 Juni 2024\n", "")  # no date line: nothing gives the day
    [out] = extract_records(_lines({"id": "a", "text": undated, "url": url}))
    assert out["published"] is None
    found = [d["iso"] for d in out["dates"] if d["text"] == "Selasa (11/6)"]
    assert found == ([iso] if iso else [])
