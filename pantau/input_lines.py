"""JSONL input read byte by byte: one bad line costs that line only.

A UTF-16 or UTF-32 file (recognised by its byte-order mark) is decoded whole; a UTF-8 BOM is
dropped (it would otherwise glue itself to the first document's JSON). Without a BOM each line
is decoded as UTF-8 on its own: a line with an invalid byte becomes a `Dropped` naming the line
and the byte, and every other line is still processed.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from pipeline.core.errors import Dropped, Reason

WIDE_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_lines(path: Path) -> Iterator[str | Dropped]:
    """Each line of `path` as text, or a Dropped for a line that cannot be decoded."""
    with path.open("rb") as handle:
        head = handle.read(4)
        for bom, encoding in WIDE_BOMS:
            if head.startswith(bom):
                yield from _wide(head + handle.read(), encoding, path)
                return
        if head.startswith(codecs.BOM_UTF8):
            head = head[len(codecs.BOM_UTF8) :]
        pending = head
        for raw in handle:
            for line in _split(pending + raw):
                yield _decode(line)
            pending = b""
        for line in _split(pending):
            yield _decode(line)


def _split(data: bytes) -> list[bytes]:
    """Lines split on \\n only (JSON strings may hold U+2028 and lone \\r)."""
    lines = data.split(b"\n")
    out = [line + b"\n" for line in lines[:-1]]
    return out + ([lines[-1]] if lines[-1] else [])


def _decode(raw: bytes) -> str | Dropped:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        return Dropped(Reason.DECODE_ERROR, f"not UTF-8 (byte 0x{bad} at column {exc.start + 1})")


def _wide(data: bytes, encoding: str, path: Path) -> Iterator[str | Dropped]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        yield Dropped(Reason.DECODE_ERROR, f"{path}: broken {encoding} at byte {exc.start}")
        return
    lines = text.lstrip("\ufeff").split("\n")
    yield from [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
