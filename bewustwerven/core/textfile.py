"""One encoding for a whole text file, or a clear refusal.

UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") and cp1252 (older
Excel on Windows) are recognised. A file that is mostly UTF-8 but holds bytes that are not
(a line pasted from a cp1252 file) is refused with the first line that does not fit, rather
than decoded wrongly as a whole: a wrongly decoded name ("ZoÃ« Bakker") slips past the
redactor. NUL bytes outside UTF-16 mean the file is not text.
"""

from __future__ import annotations

from dataclasses import dataclass

_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True, slots=True)
class EncodingProblem(Exception):
    line: int
    message_nl: str
    message_en: str


def _line_at(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _utf8_error(data: bytes, start: int = 0) -> int | None:
    try:
        data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        return start + exc.start
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) or ``EncodingProblem``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise EncodingProblem(
                _line_at(data, exc.start) // 2 or 1,
                "Het bestand begint als UTF-16 maar is dat verderop niet.",
                "The file starts as UTF-16 but is not UTF-16 further on.",
            ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        line = _line_at(data, nul)
        raise EncodingProblem(
            line,
            f"Regel {line} bevat een NUL-teken: dit is geen tekstbestand (of UTF-16 zonder "
            "BOM). Sla het op als CSV (UTF-8).",
            f"Line {line} holds a NUL character: this is not a text file (or UTF-16 without "
            "a BOM). Save it as CSV (UTF-8).",
        )
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    bad = _utf8_error(body)
    if bad is None:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    if bom or _has_utf8_sequences(body[:bad]) or _has_utf8_sequences(body[bad + 1 :]):
        line = _line_at(body, bad)
        raise EncodingProblem(
            line,
            f"Het bestand is UTF-8, maar regel {line} niet (een andere tekenset, bijvoorbeeld "
            "geplakt uit een ander bestand). Sla het hele bestand op als CSV (UTF-8).",
            f"The file is UTF-8, but line {line} is not (another character set, e.g. pasted "
            "from another file). Save the whole file as CSV (UTF-8).",
        )
    odd = next((i for i, b in enumerate(body) if b in _CP1252_UNDEFINED), None)
    if odd is not None:
        line = _line_at(body, odd)
        raise EncodingProblem(
            line,
            f"Regel {line} heeft een teken dat in geen bekende tekenset past.",
            f"Line {line} holds a character that fits no known character set.",
        )
    return body.decode("cp1252"), "cp1252"


def _has_utf8_sequences(chunk: bytes) -> bool:
    """True if ``chunk`` holds a valid multi-byte UTF-8 character."""
    i, n = 0, len(chunk)
    while i < n:
        b = chunk[i]
        if b < 0x80:
            i += 1
            continue
        width = 0
        if 0xC2 <= b <= 0xDF:
            width = 2
        elif 0xE0 <= b <= 0xEF:
            width = 3
        elif 0xF0 <= b <= 0xF4:
            width = 4
        if width and i + width <= n:
            try:
                chunk[i : i + width].decode("utf-8")
                return True
            except UnicodeDecodeError:
                pass
        i += 1
    return False
