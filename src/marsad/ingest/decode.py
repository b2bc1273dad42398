"""Bytes to text for Arabic inputs: BOMs, UTF-16 without BOM, Windows-1256, and a checked fallback.

The decoded text is the input exactly: only a leading byte-order mark is removed, line endings
and everything else stay as they were, so every later span points into what the user gave.
"""

from __future__ import annotations

import re

from marsad.errors import INPUT_CODES, InputError
from marsad.records import InputProblem


class TextDecodeError(InputError):
    """Bytes that are not usable text; ``input_code`` is the I00x code to report."""

    def __init__(self, input_code: str, detail: str = "") -> None:
        self.input_code = input_code
        self.detail = detail
        reason = INPUT_CODES[input_code] + (f": {detail}" if detail else "")
        self.reason = reason
        super().__init__(f"{input_code} {reason}")

    def problem(self, source: str) -> InputProblem:
        return InputProblem(source, self.input_code, self.reason)


# File signatures of common binary formats (checked before any decoding).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh91AY&SY", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\x7fELF", "ELF executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE2) document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
    (b"\x00asm", "WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "Java class / fat binary"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# C0 controls other than \t \n \v \f \r, DEL, and C1 controls: never in real text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*")
# Characters of plausible Arabic/Latin news text (with punctuation, digits and symbols in use).
_PLAUSIBLE = re.compile(
    r"[\t\n\x0b\x0c\r\x20-\x7e\u00a0-\u024f\u0300-\u036f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    r"\u2000-\u206f\u20a0-\u20bf\u2100-\u214f\u2190-\u21ff\ufb50-\ufdff\ufe70-\ufeff]"
)
_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
# A Latin-1 letter glued to an Arabic letter: the mark of a wrong single-byte code page.
_MIXED = re.compile(r"[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")
_SNIFF = 65_536  # how much of a large input the plausibility checks look at


def _too_many_controls(text: str) -> bool:
    """More than 1% control characters (or any NUL) means binary data, not text."""
    if "\x00" in text:
        return True
    if _CONTROL.search(text) is None:
        return False
    sample = text[:_SNIFF]
    return len(_CONTROL.findall(sample)) * 100 > len(sample)


def plausible(text: str) -> bool:
    """True when ``text`` reads as Arabic/Latin text rather than mojibake from a wrong guess."""
    sample = text[:_SNIFF]
    if not sample:
        return False
    odd = len(sample) - len(_PLAUSIBLE.findall(sample))
    if odd * 50 > len(sample):  # over 2% characters from unexpected scripts or controls
        return False
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return False
    return len(_MIXED.findall(sample)) * 100 <= letters


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a BOM: try both byte orders, keep the one that reads as text."""
    if len(data) % 2:
        return None
    best: str | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _too_many_controls(text) and plausible(text):
            if best is not None:  # both orders read as text: ambiguous, prefer the usual LE
                return best
            best = text
    return best


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut last character, stray bytes): decode, marking them U+FFFD.

    Without this a cut-off UTF-8 file would fall through to Windows-1256 and read as mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    if len(text) == len(data):  # no multibyte character decoded: nothing says this is UTF-8
        return None
    bad = text.count("\ufffd")
    if bad == 1 and text.endswith("\ufffd"):  # cut inside the last character
        return text
    return text if bad * 200 <= len(text) and bad <= 16 else None


def _fallback(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: _SNIFF * 4]).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if not _too_many_controls(text) and plausible(text) else None


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                detail = f"invalid {codec} after its byte-order mark ({exc.reason})"
                raise TextDecodeError("I003", detail) from None
            if _too_many_controls(text):
                raise TextDecodeError("I002", f"control characters in {codec} text")
            return text
    if b"\x00" in data:
        text16 = _utf16_guess(data)
        if text16 is None:
            raise TextDecodeError("I002", "NUL bytes that are not UTF-16 text")
        return text16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _too_many_controls(text):
            return text
        text16 = _utf16_guess(data)  # Arabic UTF-16 without spaces has no NUL but reads as controls
        if text16 is None:
            raise TextDecodeError("I002", "too many control characters")
        return text16
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return repaired
    text = data.decode("cp1256")  # defines all 256 bytes, so this never fails
    if _too_many_controls(text):
        raise TextDecodeError("I002", "too many control characters")
    if plausible(text):
        return text
    guessed = _fallback(data)
    if guessed is None:
        raise TextDecodeError("I003", "not UTF-8, UTF-16 or Windows-1256, and no other encoding fits")
    return guessed


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format ``data`` starts with, if it is a known one."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def is_blank(text: str) -> bool:
    """Only whitespace and invisible marks (BOM, zero-width, bidi controls)."""
    return _INVISIBLE.fullmatch(text) is not None


def decode_bytes(data: bytes) -> str:
    """Decode one input; raise ``TextDecodeError`` (I001 empty, I002 binary, I003 undecodable)."""
    if not data:
        raise TextDecodeError("I001", "no bytes")
    kind = binary_kind(data)
    if kind is not None:
        raise TextDecodeError("I002", kind)
    text = _decode(data)
    if is_blank(text):
        raise TextDecodeError("I001", "only whitespace")
    return text


def decode_declared(data: bytes, charset: str | None) -> str:
    """Decode with a declared charset (HTTP header, HTML meta) when it fits, else ``decode_bytes``.

    Valid UTF-8 wins over the declaration: pages served as UTF-8 under an old
    ``windows-1256`` meta tag are common, the reverse almost never reads as valid UTF-8.
    """
    try:
        data.decode("utf-8")  # valid UTF-8 is UTF-8, whatever the page claims
    except UnicodeDecodeError:
        pass
    else:
        return decode_bytes(data)
    if charset:
        codec = charset.strip().strip("\"'").lower()
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if text and not _too_many_controls(text) and not is_blank(text):
                return text
    return decode_bytes(data)
