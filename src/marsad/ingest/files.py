"""Paths -> readers: folder walk, dispatch by extension, content sniffing, text files, the safety net."""

from __future__ import annotations

import gzip
import json
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.ingest.dates import date_from_name
from marsad.ingest.decode import TextDecodeError, binary_kind, decode_bytes
from marsad.ingest.feeds import feed_docs
from marsad.ingest.fields import JsonlFields
from marsad.ingest.html import html_doc
from marsad.ingest.jsonl import jsonl_docs
from marsad.ingest.parquet import parquet_docs
from marsad.ingest.warc import warc_docs
from marsad.records import InputProblem, RawDoc

Item = RawDoc | InputProblem

# Kinds: text, jsonl, html, feed, warc, parquet. Longest suffixes first.
_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".txt", "text"),
    (".text", "text"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".xml", "feed"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".warc", "warc"),
    (".arc", "warc"),
    (".parquet", "parquet"),
)
_WHOLE = frozenset(("text", "html", "feed"))  # kinds read into memory at once: size-checked first
_GZIP = b"\x1f\x8b"
_HEAD = 4096


def kind_from_name(name: str) -> str | None:
    """The reader an extension asks for; None when missing or unknown (then the content decides)."""
    lower = name.lower()
    for suffix, kind in _BY_SUFFIX:
        if lower.endswith(suffix):
            return kind
    return None


def _head_text(head: bytes) -> str:
    """The start of a file as text, good enough to look for ASCII markers (``<rss``, ``{``)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if b"\x00" in head[:256] and len(head) >= 2:
        le = head[: len(head) // 2 * 2].decode("utf-16-le", errors="ignore")
        be = head[: len(head) // 2 * 2].decode("utf-16-be", errors="ignore")
        return le if sum(c < "\x80" for c in le) >= sum(c < "\x80" for c in be) else be
    return head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="ignore")


def sniff_kind(head: bytes) -> str:
    """What a file without a telling extension holds, from its first bytes."""
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if head.startswith(b"PAR1"):
        return "parquet"
    start = _head_text(head).lstrip(" \t\r\n\ufeff")
    lower = start[:_HEAD].lower()
    if lower.startswith("<?xml"):
        return "html" if "<html" in lower else "feed"
    if lower.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    if lower.startswith(("<!doctype html", "<html", "<head", "<body", "<!--")) or "<html" in lower[:512]:
        return "html"
    if start.startswith("{"):
        first = start.split("\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
    return "text"


def _read_limited(path: Path, max_bytes: int) -> bytes | InputProblem:
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputProblem(str(path), "I008", f"input too large: over {max_bytes} bytes")
    return data


def _gunzip_limited(path: Path, max_bytes: int) -> bytes | InputProblem:
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return InputProblem(str(path), "I009", f"unreadable file: damaged gzip data ({exc})")
    if len(data) > max_bytes:
        return InputProblem(str(path), "I008", f"input too large: over {max_bytes} bytes uncompressed")
    return data


def _text_doc(data: bytes, path: Path) -> Item:
    try:
        text = decode_bytes(data)
    except TextDecodeError as exc:
        return exc.problem(str(path))
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return RawDoc(source=str(path), raw=text, published=date_from_name(name))


def _json_document(data: bytes, source: str) -> InputProblem | None:
    """A whole-file JSON array / pretty-printed object is not JSONL: say so rather than read it as prose."""
    stripped = data.lstrip()
    if not stripped.startswith((b"[", b"{")):
        return None
    try:
        json.loads(decode_bytes(data))
    except (TextDecodeError, ValueError, RecursionError):
        return None
    reason = "unsupported input type: a JSON document; write one object per line (JSONL)"
    return InputProblem(source, "I010", reason)


def _whole_docs(kind: str, data: bytes, path: Path) -> Iterator[Item]:
    source = str(path)
    if kind == "html":
        yield html_doc(data, source)
    elif kind == "feed":
        yield from feed_docs(data, source)
    else:
        problem = _json_document(data, source) if kind_from_name(path.name) is None else None
        yield problem if problem is not None else _text_doc(data, path)


def _file_docs(path: Path, size: int, fields: JsonlFields, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    if size == 0:
        yield InputProblem(source, "I001", "empty input: no bytes")
        return
    kind = kind_from_name(path.name)
    if kind is None:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
        if head.startswith(_GZIP):  # unknown .gz (or no extension): look inside
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                inner_head = inner.decompress(head, _HEAD)
            except zlib.error:
                inner_head = b""
            inner_kind = sniff_kind(inner_head) if inner_head else "text"
            if inner_kind == "warc":
                yield from warc_docs(path, max_bytes)
                return
            if inner_kind == "jsonl":
                yield from jsonl_docs(path, fields, max_bytes)
                return
            if inner_kind == "parquet":
                yield InputProblem(source, "I010", "unsupported input type: gzipped Parquet; gunzip it")
                return
            got = _gunzip_limited(path, max_bytes)
            if isinstance(got, InputProblem):
                yield got
                return
            yield from _whole_docs(sniff_kind(got[:_HEAD]), got, path)
            return
        if binary_kind(head) is not None and not head.startswith(b"PAR1"):
            yield _text_doc(head, path)  # reports I002 with the format's name
            return
        kind = sniff_kind(head)
    if kind == "jsonl":
        yield from jsonl_docs(path, fields, max_bytes)
    elif kind == "warc":
        yield from warc_docs(path, max_bytes)
    elif kind == "parquet":
        yield from parquet_docs(path, fields)
    else:
        if size > max_bytes:
            yield InputProblem(source, "I008", f"input too large: {size} bytes, limit {max_bytes}")
            return
        got = _read_limited(path, max_bytes)
        if isinstance(got, InputProblem):
            yield got
            return
        yield from _whole_docs(kind, got, path)


_FALLBACK_CODE = {"html": "I005", "feed": "I005", "warc": "I006", "jsonl": "I004"}


def _guarded(items: Iterator[Item], path: Path) -> Iterator[Item]:
    """Whatever a reader or library throws on hostile input becomes a problem for that input only."""
    try:
        yield from items
    except OSError as exc:
        yield InputProblem(str(path), "I009", f"unreadable file: {exc.strerror or exc}")
    except Exception as exc:
        code = _FALLBACK_CODE.get(kind_from_name(path.name) or "", "I009")
        yield InputProblem(str(path), code, f"could not read: {type(exc).__name__}: {exc}")


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | InputProblem]:
    """Files under ``folder`` in sorted order, depth first; hidden entries skipped.

    Linked folders are followed once each (``seen`` holds real paths), so a link loop ends.
    """
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        reason = f"unreadable file: cannot list folder ({exc.strerror or exc})"
        yield InputProblem(str(folder), "I009", reason)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(Path(entry.path), seen)
        else:
            yield Path(entry.path)


def _path_docs(path: Path, fields: JsonlFields, max_bytes: int, *, walk: bool) -> Iterator[Item]:
    try:
        info = path.stat()
    except OSError as exc:
        yield InputProblem(str(path), "I009", f"unreadable file: {exc.strerror or exc}")
        return
    if stat.S_ISREG(info.st_mode):
        yield from _guarded(_file_docs(path, info.st_size, fields, max_bytes), path)
    elif walk and stat.S_ISDIR(info.st_mode):
        for item in _walk(path, set()):
            if isinstance(item, InputProblem):
                yield item
            else:
                yield from _path_docs(item, fields, max_bytes, walk=False)
    else:
        yield InputProblem(str(path), "I010", "unsupported input type: not a regular file or folder")


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    fields: JsonlFields = JsonlFields(),  # noqa: B008 - frozen, so a shared default is safe
    max_bytes: int = 50_000_000,
) -> Iterator[RawDoc | InputProblem]:
    """Read files and folders into RawDocs; every bad input becomes an InputProblem and reading goes on.

    ``max_bytes`` bounds what is held at once: a whole text/HTML/feed file, one JSONL line, one
    WARC payload. Callers tell the two results apart with ``isinstance``.
    """
    if isinstance(paths, str | os.PathLike):  # one path, not an iterable of its characters
        paths = [paths]
    for p in paths:
        yield from _path_docs(Path(os.fspath(p)), fields, max_bytes, walk=True)
