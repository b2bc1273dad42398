"""Parquet parts: one row per article (``record`` is `Article.to_record` as JSON), plus problems."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from marsad.errors import MissingExtra
from marsad.records import Article, InputProblem
from marsad.store.base import Store

PART_GLOB = "part-*.parquet"


def part_path(out: Path, index: int) -> Path:
    return out / f"part-{index:06d}.parquet"


def problems_path(part: Path) -> Path:
    return part.with_suffix(".problems.jsonl")


def _pyarrow() -> tuple[object, object]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtra("writing and reading batch parts (Parquet)", "scale") from exc
    return pa, pq


def write_part(part: Path, articles: list[Article], problems: list[InputProblem]) -> None:
    """Write problems, then the part under a temporary name, then rename: a part exists only whole."""
    pa, pq = _pyarrow()
    with problems_path(part).open("w", encoding="utf-8") as fh:
        for p in problems:
            fh.write(json.dumps({"source": p.source, "code": p.code, "reason": p.reason}, ensure_ascii=False))
            fh.write("\n")
    table = pa.table(  # type: ignore[attr-defined]
        {
            "id": [a.id for a in articles],
            "published": [a.published for a in articles],
            "outlet": [a.outlet for a in articles],
            "record": [json.dumps(a.to_record(), ensure_ascii=False) for a in articles],
        },
        schema=pa.schema(  # type: ignore[attr-defined]
            [(name, pa.string()) for name in ("id", "published", "outlet", "record")]  # type: ignore[attr-defined]
        ),
    )
    tmp = part.with_name(f".{part.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd")  # type: ignore[attr-defined]
    os.replace(tmp, part)


def read_part(part: Path) -> list[Article]:
    _, pq = _pyarrow()
    records = pq.read_table(part, columns=["record"]).column("record").to_pylist()  # type: ignore[attr-defined]
    return [Article.from_record(json.loads(r)) for r in records]


def parts(out: Path) -> list[Path]:
    return sorted(out.glob(PART_GLOB))


def part_problems(out: Path) -> Iterator[InputProblem]:
    for part in parts(out):
        path = problems_path(part)
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                yield InputProblem(d["source"], d["code"], d["reason"])


def load_parts(out: str | os.PathLike[str], store: Store) -> tuple[int, int]:
    """Put every part of a batch output into ``store``, one transaction per part: (added, skipped)."""
    added = skipped = 0
    for part in parts(Path(out)):
        result = store.add_articles(read_part(part))
        added += result.added
        skipped += result.skipped
    return added, skipped
