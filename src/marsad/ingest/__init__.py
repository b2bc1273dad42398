"""Readers: user inputs (text, JSONL, HTML, RSS/Atom, WARC, Parquet) -> RawDoc, bad inputs -> InputProblem.

A reader never raises for bad input: it yields the problem, named by input, and goes on.
"""

from marsad.ingest.dates import date_from_name, iso_date
from marsad.ingest.decode import TextDecodeError, decode_bytes
from marsad.ingest.feeds import feed_docs
from marsad.ingest.fields import JsonlFields, doc_from_record
from marsad.ingest.files import kind_from_name, read_paths, sniff_kind
from marsad.ingest.html import fragment_text, html_doc
from marsad.ingest.jsonl import jsonl_docs
from marsad.ingest.parquet import parquet_docs
from marsad.ingest.warc import warc_docs

__all__ = [
    "JsonlFields",
    "TextDecodeError",
    "date_from_name",
    "decode_bytes",
    "doc_from_record",
    "feed_docs",
    "fragment_text",
    "html_doc",
    "iso_date",
    "jsonl_docs",
    "kind_from_name",
    "parquet_docs",
    "read_paths",
    "sniff_kind",
    "warc_docs",
]
