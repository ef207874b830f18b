"""Bytes to text, with the checks that turn bad input into a reason code instead of a crash."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from pipeline.clean.unicode import has_surrogates, looks_binary, storable, visible
from pipeline.core.errors import Dropped, Reason

MAX_BYTES = 8 * 1024 * 1024  # past this only the head is parsed: article bodies sit near the top
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_HTML_HINT = re.compile(r"<\s*(html|head|body|div|p|article|meta|title|h1|span|table|br)\b", re.I)
_CLOSING = re.compile(r"</\s*(html|body)\s*>\s*$", re.I)
_BULKY = re.compile(
    r"<(script|style)\b.*?</\1\s*>|data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+", re.I | re.S
)
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2122]|Â[\u00a0-\u00bf]")


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


@dataclass
class Decoded:
    text: str
    encoding: str
    flags: list[str] = field(default_factory=list)


def _is_binary(head: bytes) -> bool:
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    sample = head[:4096]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return sample.count(b"\x00") > 8 or controls > len(sample) * 0.1


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _fix_mojibake(text: str) -> str | None:
    """UTF-8 bytes that were decoded as windows-1252 ("â€œ"): undo it when it round-trips.

    Browsers map the five bytes windows-1252 leaves undefined to C1 controls, so those go back
    through latin-1; anything else outside both charsets means the text was not mojibake."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 128:
            out.append(code)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if code > 255:
                return None
            out.append(code)
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


LATIN_FALLBACKS = ["cp1252", "latin_1", "iso8859_15"]
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _by_bom(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            return (text, encoding) if text is not None else None
    return None


def decode_bytes(data: bytes, declared: str | None, source: str | None) -> Decoded:
    """Decode with the declared encoding when it fits; otherwise sniff. Flags say what happened."""
    flags: list[str] = []
    if not data.strip():
        raise Dropped(Reason.EMPTY, "no bytes", source)
    wide = _by_bom(data)
    if wide is not None:  # UTF-16 / UTF-32 with a byte-order mark: its NULs are not binary
        return Decoded(wide[0].lstrip("\ufeff"), wide[1], flags)
    if _is_binary(data[:8192]):
        raise Dropped(Reason.BINARY, "binary content", source)
    if len(data) > 4 * MAX_BYTES:
        data = data[
            : 4 * MAX_BYTES
        ]  # decoding is cheap; check_text sheds bulk and cuts to MAX_BYTES
        flags.append(Reason.TOO_LARGE.value)
    # Valid UTF-8 with multi-byte sequences is almost never an accident: it wins over a declared
    # single-byte charset (UTF-8 served as windows-1252 would otherwise turn into mojibake).
    text = _try(data, "utf-8")
    if text is not None:
        if (
            declared
            and declared.lower().replace("_", "-") not in ("utf-8", "utf8")
            and not data.isascii()
        ):
            flags.append(Reason.ENCODING_MISMATCH.value)
        return Decoded(_repair(text, flags), "utf-8", flags)
    candidates = [c.decode("ascii", "ignore") for c in _META_CHARSET.findall(data[:4096])[:1]]
    if declared:
        candidates.insert(0, declared)
    for enc in candidates:
        if enc.lower().replace("_", "-") in ("utf-8", "utf8"):
            if Reason.ENCODING_MISMATCH.value not in flags:
                flags.append(Reason.ENCODING_MISMATCH.value)
            continue
        decoded = _try(data, enc)
        if decoded is not None:
            return Decoded(decoded, enc, flags)
    # Indonesian pages that are not UTF-8 are Windows / Latin-1 pages (curly quotes, dashes, é):
    # those are ranked first, any other charset only when none of them fits
    best = (
        from_bytes(data[:200_000], cp_isolation=LATIN_FALLBACKS).best()
        or from_bytes(data[:200_000]).best()
    )
    encoding = best.encoding if best else "cp1252"
    decoded = _try(data, encoding) or data.decode("cp1252", errors="replace")
    return Decoded(decoded, encoding, flags)


def _repair(text: str, flags: list[str]) -> str:
    if _MOJIBAKE.search(text[:200_000]):
        fixed = _fix_mojibake(text)
        if fixed is not None:
            flags.append(Reason.MOJIBAKE_REPAIRED.value)
            return fixed
    return text


# The characters of _CONTROL_CHARS as UTF-8: C0 controls are single bytes (never inside a multi-byte
# sequence), U+FFFE / U+FFFF are EF BF BE / EF BF BF.
_C0_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])


def _has_control_chars(text: str) -> bool:
    """Whether _CONTROL_CHARS would change `text`: deleting bytes in C is ~3x faster than a regex
    scan of a 100 kB page, and almost no page has any."""
    data = text.encode("utf-8", "surrogatepass")
    return (
        len(data.translate(None, _C0_BYTES)) != len(data)
        or b"\xef\xbf\xbe" in data
        or b"\xef\xbf\xbf" in data
    )


def check_text(text: str, source: str | None) -> tuple[str, list[str]]:
    """Checks on a str input: empty, non-HTML, truncated; returns the text and flags."""
    flags: list[str] = []
    if not text or text.isspace():  # isspace stops at the first visible character; strip() copies
        raise Dropped(Reason.EMPTY, "empty page", source)
    if looks_binary(text):
        raise Dropped(Reason.BINARY, "NUL characters in text", source)
    text = visible(
        text
    )  # soft hyphens, zero-width characters, stray NULs: nothing to see, words to join
    if has_surrogates(
        text
    ):  # lxml refuses a str with lone surrogates: the whole page would be lost
        text = storable(text)
        flags.append(Reason.INVALID_UNICODE.value)
    if len(text) > MAX_BYTES:
        # Huge pages are mostly inline scripts, styles and data: URIs; shed those before cutting.
        text = _BULKY.sub("", text)
        flags.append(Reason.TOO_LARGE.value)
        if len(text) > MAX_BYTES:
            text = text[:MAX_BYTES]
            flags.append(Reason.TRUNCATED.value)
    # lxml refuses control characters in text it is asked to set; they carry no content anyway.
    if _has_control_chars(text):
        text = _CONTROL_CHARS.sub(" ", text)
    if not _HTML_HINT.search(text[:20_000]):
        raise Dropped(Reason.NOT_HTML, "no HTML tags", source)
    if not _CLOSING.search(text[-2000:].rstrip()):
        flags.append(Reason.TRUNCATED.value)
    return text, flags
