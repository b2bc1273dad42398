"""Timelines: what was reported when, per story and per speaker.

A story timeline lists its articles by publication date (who reported it first, who followed);
a speaker timeline lists the speaker's merged statements by the date they were first reported,
with how many outlets carried each, so "what did Lavrov say about Syria, and when" is one call.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.records import Article
from marsad.stories.features import speaker_key
from marsad.stories.quotes import Statement


@dataclass(slots=True)
class TimelineEntry:
    """One dated line: an article (``kind='article'``) or a statement (``kind='statement'``)."""

    date: str | None
    kind: str
    text: str
    article_id: str
    outlet: str | None
    speaker: str | None = None
    sources: list[str] = field(default_factory=list)  # article ids that reported it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def story_timeline(articles: Iterable[Article]) -> list[TimelineEntry]:
    """Articles of a story, oldest first (undated last); the line is the title or the first sentence."""
    out = []
    for a in articles:
        head = a.title or _first_sentence(a)
        out.append(TimelineEntry(_day(a.published), "article", head, a.id, a.outlet, None, [a.id]))
    return sorted(out, key=lambda e: (e.date is None, e.date or "", e.article_id))


def speaker_timeline(statements: Iterable[Statement], speaker: str) -> list[TimelineEntry]:
    """Statements of one speaker (entity id, speaker key, or name), by first report date."""
    wanted = {speaker, speaker_key(speaker, None)}
    out = []
    for st in statements:
        if st.speaker_key not in wanted and st.speaker not in wanted:
            continue
        first = min(st.sources, key=lambda s: (s.published is None, s.published or "", s.article_id))
        out.append(
            TimelineEntry(
                _day(first.published),
                "statement",
                st.text,
                first.article_id,
                first.outlet,
                st.speaker,
                st.article_ids,
            )
        )
    return sorted(out, key=lambda e: (e.date is None, e.date or "", -len(e.sources), e.article_id))


def _first_sentence(article: Article) -> str:
    if article.sentences:
        s = article.sentences[0]
        return article.text[s.start : s.end].strip()
    return article.text.strip().split("\n", 1)[0][:200]
