"""The one store interface: SQLite now, PostgreSQL later, and the records its queries return."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol

from marsad.errors import StoreError
from marsad.records import Article, Quote

__all__ = [
    "AddResult",
    "ArticleSummary",
    "EntitySummary",
    "QuoteHit",
    "SearchHit",
    "Store",
    "StoryGroup",
    "open_store",
]


@dataclass(slots=True)
class AddResult:
    """What one `Store.add_articles` call did: ids already stored (or repeated in the batch) are skipped."""

    added: int
    skipped: int


@dataclass(slots=True)
class ArticleSummary:
    """One line of an article listing, without the text."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str
    n_quotes: int
    n_entities: int


@dataclass(slots=True)
class SearchHit:
    """A search result: ``snippet`` is display text with the first match in « »; a higher score is better."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(slots=True)
class QuoteHit:
    """A stored quotation with the article facts a listing needs (spans index that article's text)."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    quote: Quote


@dataclass(slots=True)
class EntitySummary:
    """One canonical entity across the store: how often it is mentioned, and under which surface forms."""

    entity_id: str
    label: str
    canonical: str
    mentions: int
    articles: int
    variants: list[tuple[str, int]]  # surface form, mentions; most frequent first


@dataclass(slots=True)
class StoryGroup:
    """Articles about one event across outlets (a story), as placed by `marsad.stories`."""

    story_id: str
    topic_id: str
    title: str | None  # the first dated member's title
    article_ids: list[str]  # oldest first
    outlets: list[str]
    first_published: str | None
    last_published: str | None


class Store(Protocol):
    """Storage of processed articles. Every backend passes the same tests."""

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store a batch in ONE transaction (all or nothing); stored ids are skipped, never rewritten."""
        ...

    def has(self, article_id: str) -> bool: ...

    def stored(self, article_ids: Sequence[str]) -> set[str]:
        """Which of ``article_ids`` are stored: one query per few hundred ids, not one per id."""
        ...

    def get(self, article_id: str) -> Article | None:
        """The article exactly as it was added (text, raw, spans, quotes with cue and speaker, meta)."""
        ...

    def articles(
        self, *, limit: int = 50, offset: int = 0, outlet: str | None = None
    ) -> list[ArticleSummary]:
        """Newest first (by published date, undated last)."""
        ...

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Arabic-aware full-text search (marsad.search.query), best first."""
        ...

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        outlet: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QuoteHit]:
        """Quotations, newest first. ``speaker`` matches whole words of the speaker's name in any
        spelling variant (لافروف, سيرجي لافروف); ``about`` is an Arabic-aware search of what was said;
        ``since`` an ISO date (inclusive); ``outlet`` compared in normalised form."""
        ...

    def entities(
        self, *, label: str | None = None, name: str | None = None, limit: int = 50
    ) -> list[EntitySummary]:
        """Canonical entities, most mentioned first; ``name`` keeps those with a variant matching it."""
        ...

    def unplaced(self, limit: int) -> list[str]:
        """Ids of stored articles not yet placed in a story, oldest first."""
        ...

    def place(self, rows: Sequence[tuple[str, str, str, str | None]], state: tuple[str, bytes]) -> None:
        """Store (article_id, story_id, topic_id, dup_group) rows and the index state, in one transaction."""
        ...

    def state(self, name: str) -> bytes | None: ...

    def stories(self, *, limit: int = 20, offset: int = 0) -> list[StoryGroup]:
        """Stories, most recently active first."""
        ...

    def story(self, story_id: str) -> StoryGroup | None: ...

    def count(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(target: str | os.PathLike[str]) -> Store:
    """A store for ``target``: a file path opens (or creates) a SQLite store; a URL picks its backend."""
    if isinstance(target, str):
        if target.startswith(_POSTGRES_SCHEMES):
            from marsad.store.postgres import PostgresStore

            return PostgresStore(target)
        if "://" in target and not target.startswith("file://"):
            raise StoreError(f"unknown store URL {target.split('://', 1)[0]!r}://; give a file path")
        if target.startswith("file://"):
            target = target[len("file://") :]
    from marsad.store.sqlite import SQLiteStore  # late: sqlite imports this module's records

    return SQLiteStore(target)
