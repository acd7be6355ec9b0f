"""Bytes to text for files of unknown encoding.

News archives mix UTF-8 with legacy single-byte encodings; cp1251 (Cyrillic) and latin-1 are the usual ones.
A file that decodes as UTF-8 is UTF-8; otherwise the candidate whose text looks most like prose wins.
"""

from __future__ import annotations

import re

from workbench.load.errors import RejectedInput

# Encodings tried after UTF-8, in order of how often they turn up in this field's archives.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin-1")
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# The same bytes as a deletion table: bytes.translate drops them, and the length lost counts them several
# times faster than the pattern finds them.
CONTROL_BYTE_VALUES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u00ff]")
# cp1251 text read as latin-1 (and vice versa) produces runs of these symbols.
MOJIBAKE = re.compile(r"[\u00a4-\u00bf\u00d7\u00f7\u2020-\u2122\u0402-\u040f\u0452-\u045f\u0490\u0491]")
BINARY_CONTROL_SHARE = 0.05  # share of control bytes above which a file is not text


def decode_text(data: bytes, path: str) -> str:
    """Decode a text file, or reject it as empty, binary or undecodable."""
    if not data.strip():
        raise RejectedInput(path, "empty file: it holds no text")
    sample = data[:65536]
    if b"\x00" in sample or _control_count(sample) > BINARY_CONTROL_SHARE * len(sample):
        raise RejectedInput(path, "binary file: it is not text (control bytes found); expected a page-text "
                            "dump, an HTML page or a table")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best, best_score = None, None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _prose_score(text)
        if best_score is None or score > best_score:
            best, best_score = text, score
    if best is None:
        raise RejectedInput(path, "cannot decode: not UTF-8, cp1251 or latin-1")
    return best


def _control_count(data: bytes) -> int:
    """How many bytes of `data` CONTROL_BYTES matches."""
    return len(data) - len(data.translate(None, CONTROL_BYTE_VALUES))


def _prose_score(text: str) -> float:
    """Letters in one script score, mojibake symbols cost; cp1251 Cyrillic beats latin-1 accents."""
    cyrillic = len(CYRILLIC.findall(text))
    latin = len(LATIN_LETTERS.findall(text))
    return max(cyrillic, latin) - 5 * len(MOJIBAKE.findall(text))
