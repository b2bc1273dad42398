"""Stories over a store: place new articles incrementally, read stories back with summaries.

The `StoryIndex` state is saved in the store with the assignments, in one transaction, so an
interrupted run leaves articles unplaced (never half-placed) and the next run places them.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field, replace
from typing import Any

from marsad.records import Article
from marsad.store.base import Store, StoryGroup
from marsad.stories.cluster import StoryIndex
from marsad.stories.quotes import merge_quotes
from marsad.stories.summary import summarize_story
from marsad.stories.timeline import TimelineEntry, speaker_timeline

STATE = "stories"
_BATCH = 1000  # articles read back and placed per step
_SUMMARY_ARTICLES = 12  # a story's summary is drawn from its first articles; enough for news events


@dataclass(slots=True)
class Story:
    """A story for listings and pages: members, outlets, dates and an attributed summary."""

    id: str
    topic_id: str
    title: str | None
    article_ids: list[str]
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    summary: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "topic_id": self.topic_id,
            "title": self.title,
            "article_ids": self.article_ids,
            "outlets": self.outlets,
            "first_published": self.first_published,
            "last_published": self.last_published,
            "summary": self.summary,
        }


def update_stories(store: Store) -> int:
    """Place every stored article that has no story yet; returns how many were placed."""
    saved = store.state(STATE)
    index = StoryIndex.loads(zlib.decompress(saved).decode("utf-8")) if saved else StoryIndex()
    rows: list[tuple[str, str, str, str | None]] = []
    done: set[str] = set()
    while True:
        ids = [i for i in store.unplaced(_BATCH + len(done)) if i not in done]
        if not ids:
            break
        articles = [a for a in map(store.get, ids) if a is not None]
        for assignment in index.add(articles):
            rows.append(
                (assignment.article_id, assignment.story_id, assignment.topic_id, assignment.dup_group)
            )
        done.update(ids)
    if rows:
        store.place(rows, (STATE, zlib.compress(index.dumps().encode("utf-8"), 6)))
    return len(rows)


def _articles(store: Store, ids: list[str]) -> list[Article]:
    return [a for a in map(store.get, ids) if a is not None]


def _story(store: Store, group: StoryGroup) -> Story:
    members = _articles(store, group.article_ids[:_SUMMARY_ARTICLES])
    summary = summarize_story(members).render() if members else None
    return Story(
        group.story_id,
        group.topic_id,
        group.title,
        group.article_ids,
        group.outlets,
        group.first_published,
        group.last_published,
        summary,
    )


def list_stories(store: Store, *, limit: int = 20, offset: int = 0) -> list[Story]:
    """Stories, most recently active first, each with its summary."""
    return [_story(store, g) for g in store.stories(limit=limit, offset=offset)]


def get_story(store: Store, story_id: str) -> Story | None:
    group = store.story(story_id)
    return _story(store, group) if group else None


def timeline(
    store: Store, speaker: str, *, about: str | None = None, limit: int = 5000
) -> list[TimelineEntry]:
    """What ``speaker`` said (about ``about``), oldest first; one line per statement, however many outlets
    reported it."""
    hits = store.quotes(speaker=speaker, about=about, limit=limit)
    wanted: dict[str, set[tuple[int, int]]] = {}
    for h in hits:
        wanted.setdefault(h.article_id, set()).add((h.quote.start, h.quote.end))
    articles = [
        replace(a, quotes=[q for q in a.quotes if (q.start, q.end) in wanted[a.id]])
        for a in _articles(store, list(wanted))
    ]
    ids = [h.quote.speaker.entity_id for h in hits if h.quote.speaker and h.quote.speaker.entity_id]
    key = max(set(ids), key=ids.count) if ids else speaker
    return speaker_timeline(merge_quotes(articles), key)
