"""Batch runs: Parquet parts that load into any store exactly as `ingest` would store, re-runs that redo
nothing, and the Ray engine giving what the local engine gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings

from marsad.batch import load_parts, read_part, run_batch
from marsad.jobs import ingest
from marsad.pipeline import build_pipeline
from marsad.records import Article
from marsad.store import SQLiteStore
from tests.strategies import articles


@settings(max_examples=80, deadline=None)
@given(articles())
def test_records_round_trip_through_json(article: Article) -> None:
    assert Article.from_record(json.loads(json.dumps(article.to_record()))) == article


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path, shared_dir: Path) -> Path:
    """The seeds, 40 real articles, and two bad inputs."""
    folder = tmp_path_factory.mktemp("inputs")
    for f in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    for f in sorted((shared_dir / "data" / "ant-politics" / "txt").glob("*.txt"))[:40]:
        shutil.copy(f, folder / f.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, inputs: Path) -> dict[str, Article]:
    with SQLiteStore(tmp_path_factory.mktemp("ingest") / "m.db") as store:
        ingest([inputs], store, build_pipeline())
        return {s.id: store.get(s.id) for s in store.articles(limit=1000)}  # type: ignore[misc]


def test_batch_then_load_stores_what_ingest_stores(
    tmp_path: Path, inputs: Path, ingested: dict[str, Article]
) -> None:
    out = tmp_path / "out"
    report = run_batch([inputs], out, processes=2, chunk_size=10)
    assert report.articles == len(ingested) and report.parts_written == 5  # 47 inputs, 10 per chunk
    assert sorted(p.source.rsplit("/", 1)[-1] for p in report.problems) == ["binary.txt", "empty.txt"]
    with SQLiteStore(tmp_path / "b.db") as store:
        assert load_parts(out, store) == (len(ingested), 0)
        assert load_parts(out, store) == (0, len(ingested))  # loading twice is a no-op
        for article_id, article in ingested.items():
            assert store.get(article_id) == article


def test_a_rerun_redoes_only_missing_parts(tmp_path: Path, inputs: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([inputs], out, processes=1, chunk_size=20)
    parts = sorted(out.glob("part-*.parquet"))
    assert first.parts_written == len(parts) == 3
    before = {p.name: p.stat().st_mtime_ns for p in parts}
    parts[1].unlink()  # as if the run had been killed before writing it
    (out / ".part-000001.parquet.tmp-1").write_bytes(b"half a file")  # a crash mid-write leaves this
    again = run_batch([inputs], out, processes=1, chunk_size=20)
    assert (again.parts_written, again.parts_skipped) == (1, 2)
    assert {p.name: p.stat().st_mtime_ns for p in (parts[0], parts[2])} == {
        k: v for k, v in before.items() if k != parts[1].name
    }
    assert {a.id for p in sorted(out.glob("part-*.parquet")) for a in read_part(p)} == {
        a.id for p in [parts[0], parts[2]] for a in read_part(p)
    } | {a.id for a in read_part(parts[1])}


def test_the_ray_engine_writes_what_the_local_engine_writes(tmp_path: Path, seeds_dir: Path) -> None:
    local = run_batch([seeds_dir], tmp_path / "local", processes=1, chunk_size=2)
    on_ray = run_batch([seeds_dir], tmp_path / "ray", engine="ray", processes=2, chunk_size=2)
    assert on_ray.articles == local.articles == 5
    for name in ("part-000000.parquet", "part-000001.parquet", "part-000002.parquet"):
        assert read_part(tmp_path / "ray" / name) == read_part(tmp_path / "local" / name)
