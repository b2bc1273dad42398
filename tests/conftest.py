"""Shared fixtures: where the seeds and the shared data live, and a fresh store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.extract.quotes import QuoteExtractor
from tests.pg_cluster import PostgresCluster

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "samples" / "seeds"
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
GOLDEN = REPO / "tests" / "golden"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared data not found at {SHARED}; set MARSAD_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    """A real PostgreSQL server for the session; the tests fail (not skip) where none can start."""
    try:
        cluster = PostgresCluster().start()
    except (RuntimeError, KeyError, OSError) as exc:
        pytest.fail(f"cannot start a PostgreSQL server for the tests: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def qx() -> QuoteExtractor:
    """The quote extractor, loaded once: its lexicons are read-only."""
    return QuoteExtractor.load()
