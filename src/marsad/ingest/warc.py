"""WARC / ARC archives (warcio): HTML and plain-text 200 responses -> RawDoc.

warcio stops quietly at a cut-off archive, so truncation is detected here: a record whose
payload ends before its declared length, headers that end early, bytes left after the last
record, or a gzip member that never reached its end.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from marsad.ingest.dates import iso_date
from marsad.ingest.decode import TextDecodeError, decode_declared
from marsad.ingest.html import html_doc
from marsad.records import InputProblem, RawDoc

_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
_CHUNK = 1 << 16


def _iterator(fh: Any) -> Any:
    from warcio.archiveiterator import ArchiveIterator

    class _Tracked(ArchiveIterator):
        """Remembers whether the last gzip member ended properly before warcio drops the decompressor."""

        cut_off = False

        def close(self) -> None:
            reader = getattr(self, "reader", None)
            decompressor = getattr(reader, "decompressor", None)
            if decompressor is not None and getattr(decompressor, "eof", True) is False:
                self.cut_off = True
            super().close()

    return _Tracked(fh)


def _drain(record: Any) -> bool:
    """Read what is left of the record; False when it ends before its declared length."""
    stream = record.raw_stream
    while stream.read(_CHUNK):
        pass
    return getattr(stream, "limit", 0) <= 0


def _headers_cut(record: Any) -> bool:
    """A WARC record without its mandatory type or length: the archive ends inside its headers."""
    if not str(record.format).startswith("warc"):
        return False
    length = record.rec_headers.get_header("Content-Length")
    if not record.rec_type or length is None or not length.strip().isdigit():
        return True
    # An HTTP response record whose HTTP headers are missing was cut inside its WARC headers.
    return (
        record.rec_type == "response"
        and "application/http" in (record.content_type or "")
        and (record.http_headers is None)
    )


def _content_type(record: Any) -> tuple[str, str | None]:
    value = record.http_headers.get_header("Content-Type") or ""
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return mime.strip().lower(), charset


def _record_doc(record: Any, source: str, max_bytes: int) -> RawDoc | InputProblem | None:
    """The article in one record, a problem, or None for records that are not articles."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    mime, charset = _content_type(record)
    if mime not in _HTML_TYPES and mime != "text/plain":
        return None
    if (record.length or 0) > max_bytes:
        return InputProblem(source, "I008", f"input too large: record of {record.length} bytes")
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputProblem(source, "I008", f"input too large: payload over {max_bytes} bytes")
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    crawled = iso_date(record.rec_headers.get_header("WARC-Date"))
    if mime in _HTML_TYPES:
        return html_doc(data, source, charset=charset, url=uri, fallback_date=crawled)
    try:
        text = decode_declared(data, charset)
    except TextDecodeError as exc:
        return exc.problem(source)
    return RawDoc(source=source, raw=text, url=uri, published=crawled)


def warc_docs(path: str | os.PathLike[str], max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """Articles in one archive, then an I006 problem if the archive is broken or cut off."""
    name = os.fspath(path)
    with open(path, "rb") as fh:
        records = _iterator(fh)
        n = 0
        while True:
            try:
                record = next(records)
            except StopIteration:  # warcio also stops quietly inside a cut-off record's headers
                break
            except Exception as exc:  # warcio raises many types on damaged input
                yield InputProblem(name, "I006", f"broken WARC archive after {n} records: {exc}")
                return
            n += 1
            if _headers_cut(record):
                yield InputProblem(name, "I006", f"broken WARC archive: record {n} has incomplete headers")
                return
            uri = record.rec_headers.get_header("WARC-Target-URI")
            source = uri or f"{name}#record-{n}"
            try:
                doc = _record_doc(record, source, max_bytes)
                complete = _drain(record)
            except Exception as exc:
                yield InputProblem(name, "I006", f"broken WARC archive at record {n}: {exc}")
                return
            if not complete:
                yield InputProblem(name, "I006", f"broken WARC archive: record {n} ({source}) is cut off")
                return
            if doc is not None:
                yield doc
        if n == 0:
            yield InputProblem(name, "I006", "broken WARC archive: no records")
        elif records.cut_off or getattr(records, "offset", 0) < os.fstat(fh.fileno()).st_size:
            yield InputProblem(name, "I006", f"broken WARC archive: cut off after {n} records")
