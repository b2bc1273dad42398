"""JSON Lines (plain or gzip) -> one RawDoc per line; a bad line is reported as ``path#L<n>`` and skipped."""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator

from marsad.ingest.decode import TextDecodeError, decode_bytes
from marsad.ingest.fields import JsonlFields, doc_from_record
from marsad.records import InputProblem, RawDoc

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CHUNK = 1 << 16


def _line_doc(text: str, source: str, fields: JsonlFields) -> RawDoc | InputProblem | None:
    if not text.strip():
        return None  # blank lines separate nothing in JSONL; skipping them loses nothing
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return InputProblem(source, "I004", f"malformed JSON line: {exc}")
    if not isinstance(record, dict):
        return InputProblem(source, "I004", f"malformed JSON line: a {type(record).__name__}, not an object")
    return doc_from_record(record, source=source, raw=text, fields=fields)


def _strip_newline(line: bytes) -> bytes:
    if line.endswith(b"\n"):
        line = line[:-1]
        if line.endswith(b"\r"):
            line = line[:-1]
    return line


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(line)  # Windows-1256 exports exist


def _byte_lines(
    fh: gzip.GzipFile | io.BufferedReader, name: str, fields: JsonlFields, max_bytes: int
) -> Iterator[RawDoc | InputProblem]:
    lineno = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        source = f"{name}#L{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line without holding it
                rest = fh.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield InputProblem(source, "I008", f"input too large: line over {max_bytes} bytes")
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            text = _decode_line(_strip_newline(line))
        except TextDecodeError as exc:
            if exc.input_code == "I001":
                continue
            yield exc.problem(source)
            continue
        doc = _line_doc(text, source, fields)
        if doc is not None:
            yield doc


def _text_lines(text: str, name: str, fields: JsonlFields) -> Iterator[RawDoc | InputProblem]:
    for lineno, line in enumerate(text.split("\n"), 1):
        doc = _line_doc(line.removesuffix("\r"), f"{name}#L{lineno}", fields)
        if doc is not None:
            yield doc


def jsonl_docs(
    path: str | os.PathLike[str], fields: JsonlFields, max_bytes: int
) -> Iterator[RawDoc | InputProblem]:
    """Stream the lines (``.gz`` too); UTF-16 files, which cannot be split as bytes, are read whole."""
    name = os.fspath(path)
    opener = gzip.open if name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            head = fh.peek(4)[:4]
            if head.startswith(_UTF16_BOMS) or b"\x00" in head:
                data = fh.read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield InputProblem(name, "I008", f"input too large: UTF-16 JSONL over {max_bytes} bytes")
                    return
                try:
                    text = decode_bytes(data)
                except TextDecodeError as exc:
                    yield exc.problem(name)
                    return
                yield from _text_lines(text, name, fields)
                return
            yield from _byte_lines(fh, name, fields, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:  # unreadable, or a damaged / cut-off gzip stream
        yield InputProblem(name, "I009", f"unreadable file: {exc}")
