"""What every request of one web app shares: settings, per-thread stores and the pipeline (built once)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from marsad.errors import StoreError
from marsad.pipeline import Pipeline, build_pipeline
from marsad.store.base import Store, open_store

__all__ = ["STORIES_OFF", "WebSettings", "WebState"]

STORIES_OFF = "stories are turned off on this server"


@dataclass(frozen=True, slots=True)
class WebSettings:
    db: str
    token: str | None = None  # None: writes are refused
    max_post_articles: int = 100  # articles per POST
    max_text_chars: int = 1_000_000  # characters per posted article


class WebState:
    """Shared by the requests of one app: settings, whether stories are on, the pipeline (built on first use).

    Stores: a SQLite connection belongs to the thread that opened it, so each worker thread opens its
    own store on first use and keeps it (warm page cache, no per-request open); a store that raised
    `StoreError` is closed and reopened on the thread's next request. Each request's reads see every
    committed write (autocommit, WAL).
    """

    def __init__(
        self,
        settings: WebSettings,
        *,
        stories: bool = True,
        pipeline_factory: Callable[[], Pipeline] = build_pipeline,
    ) -> None:
        self.settings = settings
        self.stories = stories
        self._pipeline_factory = pipeline_factory
        self._pipeline: Pipeline | None = None
        self._pipeline_lock = threading.Lock()
        self.write_lock = threading.Lock()  # one posted batch processed and stored at a time
        self._local = threading.local()

    @contextmanager
    def store(self) -> Iterator[Store]:
        """This thread's store (opened on first use); use it inside the ``with`` block only."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.settings.db)
            self._local.store = store
        try:
            yield store
        except StoreError:
            self._local.store = None
            store.close()
            raise

    def pipeline(self) -> Pipeline:
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self._pipeline_factory()
            return self._pipeline
