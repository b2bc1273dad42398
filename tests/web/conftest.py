"""Web test fixtures: a store ingested from the seeds plus one hostile article, and an app over it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.jobs import ingest
from marsad.pipeline import Pipeline, build_pipeline
from marsad.records import RawDoc
from marsad.store import open_store
from marsad.stories import update_stories
from marsad.web import create_app

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"
TOKEN = "test-token-5b1f"

# Untrusted text: markup in the title, a quotation, a mention and the outlet; a javascript: URL.
HOSTILE_TEXT = """لافروف: <script>alert("xss")</script> لن نقبل

موسكو - قال وزير الخارجية الروسي سيرغي لافروف يوم الخميس إن "<script>alert('x')</script> روسيا & تركيا \
تعملان معا في إدلب" مؤكدا أن <img src=x onerror=alert(1)> الحل سياسي.

وأضاف لافروف أن "الوضع في سوريا يتحسن <b>بسرعة</b>".
"""
HOSTILE = RawDoc(
    source="hostile.txt",
    raw=HOSTILE_TEXT,
    url="javascript:alert(1)",
    published="2024-03-05",
    outlet='<i>وكالة</i> "الاختبار"',
)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return build_pipeline()


@pytest.fixture(scope="session")
def hostile_id(pipeline: Pipeline) -> str:
    return pipeline.process(HOSTILE).id


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """The seeds (5 articles about Lavrov) and the hostile article; treat as read-only."""
    db = tmp_path_factory.mktemp("web") / "seeds.db"
    with open_store(db) as store:
        report = ingest([SEEDS], store, pipeline)
        assert report.added == 5, report
        store.add_articles([pipeline.process(HOSTILE)])
        update_stories(store)
    return db


@pytest.fixture()
def writable_db(tmp_path: Path, seeded_db: Path) -> Path:
    """A private copy of the seeded store, for tests that write."""
    db = tmp_path / "copy.db"
    with sqlite3.connect(seeded_db) as src, sqlite3.connect(db) as dst:
        src.backup(dst)  # page by page, including what is still in the WAL
    src.close()
    dst.close()
    return db


@pytest.fixture(scope="session")
def client(seeded_db: Path, pipeline: Pipeline) -> Iterator[TestClient]:
    """Read-only app over the seeded store, token configured, no story backend."""
    app = create_app(seeded_db, token=TOKEN, stories=False, pipeline_factory=lambda: pipeline)
    with TestClient(app) as c:
        yield c
