"""Crash safety: kill a real `marsad ingest` / `marsad batch` process mid-run (SIGKILL, no cleanup),
re-run it, and find every input stored exactly once in a consistent store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.batch import load_parts
from marsad.pipeline import content_id
from marsad.store import SQLiteStore

N = 1500


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, seed_texts: dict[str, str]) -> Path:
    """N distinct articles (seed paragraphs recombined) as JSONL."""
    paragraphs = [p for t in seed_texts.values() for p in t.split("\n") if len(p) > 80]
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            body = "\n\n".join(paragraphs[(i * k) % len(paragraphs)] for k in (1, 3, 7))
            fh.write(json.dumps({"text": f"خبر رقم {i}\n\n{body}"}, ensure_ascii=False) + "\n")
    return path


def _expected_ids(corpus: Path) -> set[str]:
    return {content_id(line.rstrip("\n")) for line in corpus.open(encoding="utf-8")}


def _marsad(*args: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", "from marsad.cli import run; run()", *args]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, f"finished before it could be killed: {proc.stderr.read()!r}"  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "no progress to interrupt"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the process and any workers, with no chance to clean up
    proc.wait()


def _stored(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _check_consistent(db: Path, expected: set[str]) -> None:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in con.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids)) and set(ids) == expected  # nothing lost, nothing doubled
        orphans = con.execute(
            "SELECT count(*) FROM sentences s LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        bare = con.execute(
            "SELECT count(*) FROM articles a"
            " WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        assert bare == 0  # every article came with its annotations: batches are whole
        indexed = con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'خبر'")
        assert indexed.fetchone()[0] == len(ids)
    finally:
        con.close()


def test_killed_ingest_finishes_on_rerun(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "m.db"
    proc = _marsad("ingest", str(corpus), "--db", str(db), "--batch-size", "100", "--no-progress")
    _kill_when(proc, lambda: _stored(db) >= 300)
    interrupted = _stored(db)
    assert 300 <= interrupted < N
    rerun = _marsad("ingest", str(corpus), "--db", str(db), "--batch-size", "100", "--no-progress")
    assert rerun.wait(timeout=600) == 0, rerun.stderr.read()  # type: ignore[union-attr]
    _check_consistent(db, _expected_ids(corpus))


def test_killed_batch_finishes_on_rerun(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    args = ("batch", str(corpus), "--out", str(out), "--chunk-size", "100", "--processes", "2")
    proc = _marsad(*args)
    _kill_when(proc, lambda: len(list(out.glob("part-*.parquet"))) >= 3)
    done_before = len(list(out.glob("part-*.parquet")))
    assert done_before < N // 100
    rerun = _marsad(*args)
    assert rerun.wait(timeout=600) == 0, rerun.stderr.read()  # type: ignore[union-attr]
    assert len(list(out.glob("part-*.parquet"))) == N // 100
    db = tmp_path / "b.db"
    with SQLiteStore(db) as store:
        assert load_parts(out, store) == (N, 0)
    _check_consistent(db, _expected_ids(corpus))
