"""`pantau extract` against hostile files and paths: each bad line costs that line only, the
output lands whole or not at all, and a path it must not replace is refused, never replaced."""

from __future__ import annotations

import codecs
import json
import os
import socket
from pathlib import Path

import pytest

from pantau.input_lines import read_lines
from pantau.output_file import open_output, resolve_target
from pipeline.core.errors import Dropped, InputError
from pipeline.core.textnorm import INVISIBLE, visible
from tests.hostile.cli import run_cli

GOOD = {
    "id": "ok",
    "text": "Judul Berita Acara\n\nBupati Sukamaju Asep Permana membuka acara sosialisasi di aula "
    "kantor bupati pada hari Senin. Acara itu dihadiri perwakilan ormas, tokoh agama dan kepala desa "
    "dari seluruh kecamatan yang ada di kabupaten tersebut.\n",
}


def _jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


# ---- input decoding -------------------------------------------------------------------------


def test_one_invalid_utf8_byte_costs_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        _jsonl({"id": "a", "text": "x"}) + b'{"id": "b", "text": "caf\xe9"}\n' + _jsonl({"id": "c"})
    )
    got = list(read_lines(path))
    assert isinstance(got[1], Dropped) and "0xe9" in str(got[1])
    assert [json.loads(g)["id"] for g in (got[0], got[2])] == ["a", "c"]


@pytest.mark.parametrize(
    "encoding,bom",
    [
        ("utf-8-sig", b""),
        ("utf-16", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32", b""),
    ],
)
def test_files_with_a_byte_order_mark_keep_their_first_document(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = _jsonl({"id": "first", "text": "Ratu Tatu ü"}, {"id": "second", "text": "dua"}).decode()
    path = tmp_path / "in.jsonl"
    path.write_bytes(bom + text.encode(encoding))
    got = list(read_lines(path))
    assert [json.loads(g)["id"] for g in got] == ["first", "second"]
    assert json.loads(got[0])["text"] == "Ratu Tatu ü"


@pytest.mark.parametrize(
    "payload",
    [
        b"\xff\xfe\x00",  # a BOM and half a character
        b"\x80\x81\x82\n",
        b"\n\n\n",
        b"",
        b'{"id": "no newline at the end"}',
        b'{"id": "crlf"}\r\n{"id": "two"}\r\n',
        '{"id": "sep", "text": "a\u2028b"}\n'.encode(),
    ],
)
def test_odd_input_files_never_crash_the_reader(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(payload)
    for item in read_lines(path):
        assert isinstance(item, str | Dropped)


def test_u2028_inside_a_json_string_does_not_split_the_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes('{"id": "sep", "text": "a\u2028b"}\n'.encode())
    assert len(list(read_lines(path))) == 1


# ---- invisible characters ------------------------------------------------------------------


@pytest.mark.parametrize("char", list(INVISIBLE))
def test_each_invisible_character_inside_a_name_is_removed(char: str) -> None:
    assert visible(f"Ra{char}tu Tatu Cha{char}sanah") == "Ratu Tatu Chasanah"


@pytest.mark.parametrize("char", list(INVISIBLE))
def test_the_cleaner_keeps_a_name_split_by_an_invisible_character(char: str) -> None:
    from pipeline.clean import clean_text

    body = (
        f"Bupati Serang Ra{char}tu Tatu Cha{char}sanah membuka rapat koordinasi bersama ormas "
        "di aula kecamatan pada hari Kamis. Rapat membahas kebersihan lingkungan dan ketertiban."
    )
    article = clean_text(f"Judul Berita Rapat\n\n{body}\n")
    assert "Ratu Tatu Chasanah" in article.body


def test_one_nul_does_not_drop_a_document_but_a_binary_file_is_still_refused() -> None:
    from pipeline.clean import clean_text
    from pipeline.core.errors import Reason

    body = (
        "Bupati membuka rapat koordinasi bersama ormas di aula kecamatan pada hari Kamis pagi ini. "
        "Rapat itu membahas kebersihan lingkungan, ketertiban umum dan rencana kerja bakti bersama "
        "warga di setiap desa menjelang peringatan hari jadi kabupaten bulan depan."
    )
    assert "\x00" not in clean_text(f"Judul Berita\n\n{body[:20]}\x00{body[20:]}\n").body
    with pytest.raises(Dropped) as caught:
        clean_text("\x00" * 100 + body)
    assert caught.value.reason == Reason.BINARY


# ---- output paths --------------------------------------------------------------------------


def test_output_is_written_through_a_temporary_file_and_renamed(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), open_output(target) as sink:
        sink.write("half")
        raise RuntimeError("stopped")
    assert target.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == [
        "out.jsonl"
    ]
    with open_output(target) as sink:
        sink.write("new\n")
    assert target.read_text() == "new\n" and sorted(p.name for p in tmp_path.iterdir()) == [
        "out.jsonl"
    ]


def test_output_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old")
    target.chmod(0o640)
    with open_output(target) as sink:
        sink.write("new")
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_symlink_is_written_through_and_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    with open_output(link) as sink:
        sink.write("new")
    assert link.is_symlink() and real.read_text() == "new"


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    return path


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda p: p, "is a folder"),
        (lambda p: p / "no" / "such" / "out.jsonl", "does not exist"),
        (lambda p: Path("/dev/null"), "not a regular file"),
        (lambda p: Path("/dev/zero"), "not a regular file"),
        (_fifo, "not a regular file"),
        (_socket, "not a regular file"),
    ],
)
def test_paths_that_are_not_files_to_replace_are_refused(
    tmp_path: Path, make, message: str
) -> None:
    target = make(tmp_path)
    with pytest.raises(InputError, match=message):
        resolve_target(target)
    assert Path("/dev/null").is_char_device()


def test_dash_means_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert resolve_target("-") is None
    with open_output("-") as sink:
        sink.write("to stdout\n")
    assert "to stdout" in capsys.readouterr().out


@pytest.mark.parametrize("output", ["{tmp}", "{tmp}/missing/out.jsonl", "/dev/null"])
def test_extract_command_refuses_bad_outputs_with_exit_2(tmp_path: Path, output: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl(GOOD))
    got = run_cli(["extract", "--input", str(source), "--output", output.format(tmp=tmp_path)])
    assert got.code == 2, got.output
    assert Path("/dev/null").is_char_device()


def test_extract_command_writes_error_objects_for_undecodable_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        codecs.BOM_UTF8 + _jsonl(GOOD) + b'{"id": "bad", "text": "\xff"}\n' + _jsonl(GOOD)
    )
    target = tmp_path / "out.jsonl"
    got = run_cli(["extract", "--input", str(source), "--output", str(target)])
    assert got.code == 0, got.output
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["ok", "line-2", "ok"]
    assert "error" in rows[1] and "decode_error" in rows[1]["error"] and "error" not in rows[0]
