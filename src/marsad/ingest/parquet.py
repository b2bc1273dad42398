"""Parquet tables (pyarrow, optional extra) -> one RawDoc per row, read in batches to bound memory."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from marsad.ingest.fields import JsonlFields, doc_from_record
from marsad.records import InputProblem, RawDoc

BATCH_ROWS = 1024


def parquet_docs(
    path: str | os.PathLike[str], fields: JsonlFields, *, batch_rows: int = BATCH_ROWS
) -> Iterator[RawDoc | InputProblem]:
    """Rows as JSON objects: ``raw`` is the row as a JSON line, so the input is kept like JSONL's."""
    name = os.fspath(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield InputProblem(
            name, "I010", "unsupported input type: reading Parquet needs pip install 'marsad[parquet]'"
        )
        return
    row = 0
    try:
        table = pq.ParquetFile(path)
        for batch in table.iter_batches(batch_size=batch_rows):
            for record in batch.to_pylist():
                row += 1
                # Through JSON: dates, decimals and bytes become plain values once, for raw and meta alike.
                raw = json.dumps(record, ensure_ascii=False, default=str)
                yield doc_from_record(json.loads(raw), source=f"{name}#row-{row}", raw=raw, fields=fields)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... on damaged files
        where = f" after row {row}" if row else ""
        yield InputProblem(name, "I009", f"unreadable file: not a readable Parquet table{where} ({exc})")
