"""The small interface the web layer expects from `marsad.stories`, and how it is found.

The web app never computes stories itself. It asks `marsad.stories` for two module-level functions:

    list_stories(store, *, limit: int, offset: int) -> Sequence[StoryLike]   # newest first
    get_story(store, story_id: str) -> StoryLike | None

where a StoryLike is any object with the attributes of `Story` below (the dataclass itself is the
easiest to return). When `marsad.stories` does not offer both functions (or cannot be imported), the
story endpoints answer 501 with `STORIES_UNAVAILABLE`.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from marsad.store.base import Store

__all__ = ["STORIES_UNAVAILABLE", "Story", "StoryBackend", "discover_stories", "story_from"]

STORIES_UNAVAILABLE = (
    "stories are not available in this installation: marsad.stories does not provide"
    " list_stories(store, *, limit, offset) and get_story(store, story_id) yet"
)


@dataclass(slots=True)
class Story:
    """Articles about the same event, across outlets."""

    id: str
    title: str | None
    article_ids: list[str]
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None  # ISO date of the earliest member
    last_published: str | None = None
    summary: str | None = None  # plain text; escaped when shown


class StoryBackend(Protocol):
    def list_stories(self, store: Store, *, limit: int, offset: int) -> Sequence[Any]: ...

    def get_story(self, store: Store, story_id: str) -> Any | None: ...


class _ModuleBackend:
    """Adapts a module offering ``list_stories`` / ``get_story`` functions to `StoryBackend`."""

    def __init__(self, module: Any) -> None:
        self._list = module.list_stories
        self._get = module.get_story

    def list_stories(self, store: Store, *, limit: int, offset: int) -> Sequence[Any]:
        return list(self._list(store, limit=limit, offset=offset))

    def get_story(self, store: Store, story_id: str) -> Any | None:
        return self._get(store, story_id)


def discover_stories(module_name: str = "marsad.stories") -> StoryBackend | None:
    """The story backend ``module_name`` offers, or None when it offers nothing usable."""
    try:
        module = importlib.import_module(module_name)
    except Exception:  # a half-built module must not take the web app down
        return None
    if callable(getattr(module, "list_stories", None)) and callable(getattr(module, "get_story", None)):
        return _ModuleBackend(module)
    return None


def story_from(obj: Any) -> Story:
    """A `Story` from any object with its attributes (a StoryLike); raises TypeError when one is missing."""
    if isinstance(obj, Story):
        return obj
    try:
        return Story(
            id=str(obj.id),
            title=None if obj.title is None else str(obj.title),
            article_ids=[str(a) for a in obj.article_ids],
            outlets=[str(o) for o in getattr(obj, "outlets", None) or []],
            first_published=getattr(obj, "first_published", None),
            last_published=getattr(obj, "last_published", None),
            summary=getattr(obj, "summary", None),
        )
    except AttributeError as exc:
        raise TypeError(f"marsad.stories returned a story without a required attribute: {exc}") from exc
