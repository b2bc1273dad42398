"""Fuzz: random and damaged bytes under every extension never make a reader raise."""

from __future__ import annotations

import datetime as dt
import io
import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import INPUT_CODES
from marsad.ingest import TextDecodeError, decode_bytes, read_paths
from marsad.records import InputProblem, RawDoc

ARABIC = "".join(chr(c) for c in [*range(0x0621, 0x063B), *range(0x0641, 0x064B)])  # the 36 letters of MSA
ARTICLE = "قال وزير الخارجية إن المحادثات مستمرة، وأضاف أن الحل سياسي.\n"
EXTENSIONS = [".txt", ".jsonl", ".html", ".xml", ".warc", ".warc.gz", ".parquet"]
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _warc(compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for i, ctype in enumerate(["text/html; charset=utf-8", "text/plain"]):
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        body = f"<html><body><article><p>{ARTICLE * 3}</p></article></body></html>" if i == 0 else ARTICLE
        rec = writer.create_warc_record(
            f"http://x.example/{i}", "response", payload=io.BytesIO(body.encode()), http_headers=http
        )
        writer.write_record(rec)
    return buf.getvalue()


def _parquet() -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    table = pa.table({"text": [ARTICLE, None], "date": [dt.date(2017, 6, 4), None], "n": [1, 2]})
    pq.write_table(table, buf)
    return buf.getvalue()


@cache
def valid(ext: str) -> bytes:
    """A well-formed input of each kind, for the damaged-input strategy to break."""
    if ext == ".txt":
        return ARTICLE.encode("cp1256")
    if ext == ".jsonl":
        return "\n".join(
            json.dumps({"text": ARTICLE, "date": "04/06/2017", "k": [1]}) for _ in range(3)
        ).encode()
    if ext == ".html":
        return f"<html><head><title>ع</title></head><body><p>{ARTICLE * 4}</p></body></html>".encode()
    if ext == ".xml":
        item = f"<item><title>ع</title><link>http://x/1</link><description>&lt;p&gt;{ARTICLE}</description></item>"
        channel = f"<channel><title>م</title>{item * 2}</channel>"
        return f"<?xml version='1.0'?><rss version='2.0'>{channel}</rss>".encode()
    if ext in (".warc", ".warc.gz"):
        return _warc(ext == ".warc.gz")
    return _parquet()


@st.composite
def damaged(draw: st.DrawFn, ext: str) -> bytes:
    """A valid input cut short, with bytes overwritten or inserted."""
    data = bytearray(valid(ext))
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if draw(st.booleans()):
            data[pos : pos + 1] = draw(st.binary(min_size=1, max_size=8))
        else:
            data.insert(pos, draw(st.integers(0, 255)))
    return bytes(data[: draw(st.integers(0, len(data)))])


def check(items: list[RawDoc | InputProblem], path: Path) -> None:
    for item in items:
        assert isinstance(item, RawDoc | InputProblem)
        if isinstance(item, InputProblem):
            assert item.code in INPUT_CODES and item.reason
            assert item.source.startswith(str(path)) or item.source.startswith("http")
        else:
            assert isinstance(item.raw, str) and item.text.strip()
            assert item.published is None or len(item.published) == 10


@pytest.mark.parametrize("ext", EXTENSIONS)
@FUZZ
@given(data=st.data())
def test_readers_never_raise(ext: str, data: st.DataObject, tmp_path: Path) -> None:
    payload = data.draw(st.one_of(st.binary(max_size=3000), damaged(ext)))
    path = tmp_path / f"input{ext}"
    path.write_bytes(payload)
    check(list(read_paths([path], max_bytes=100_000)), path)


@FUZZ
@given(st.binary(max_size=3000))
def test_decode_bytes_returns_text_or_a_coded_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except TextDecodeError as exc:
        assert exc.input_code in {"I001", "I002", "I003"}
    else:
        assert text.strip() and "\x00" not in text


NEWS_TEXT = st.text(alphabet=ARABIC + " \n\r\t.,:؛،؟!«»\"'()-0123456789abcXYZ", max_size=400).filter(
    lambda t: sum(c in ARABIC for c in t) >= 3
)


@FUZZ
@given(NEWS_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]))
def test_arabic_text_round_trips_in_every_supported_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text
