"""Records that flow through the pipeline.

Every annotation is a character span (Python ``str`` index, end exclusive) into
``Article.text``, the cleaned display text, so it can be highlighted in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A stretch of the display text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class RawDoc:
    """What a reader hands on: decoded text plus whatever metadata the source gives.

    ``raw`` is the input exactly as read (decoded only), kept so nothing the user
    fed in is lost. ``body`` is the article text to clean when it differs from
    ``raw`` (main text extracted from HTML, a feed entry or a JSON field).
    """

    source: str
    raw: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    body: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.raw if self.body is None else self.body


@dataclass(slots=True)
class InputProblem:
    """A bad input, reported by name with the reason; the run goes on."""

    source: str
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: [{self.code}] {self.reason}"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # ISO YYYY-MM-DD when resolvable

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


@dataclass(slots=True)
class Mention:
    """A named-entity mention (PER / ORG / LOC / MISC)."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    entity_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "canonical": self.canonical,
            "entity_id": self.entity_id,
        }


@dataclass(slots=True)
class Speaker:
    name: str
    entity_id: str | None = None
    mention: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "entity_id": self.entity_id,
            "mention": self.mention.to_dict() if self.mention else None,
        }


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    cue: Span
    speaker: Speaker | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "cue": self.cue.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }


@dataclass(slots=True)
class Article:
    """One article: cleaned display text plus every annotation as spans into it."""

    id: str
    source: str
    raw: str
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title_span: Span | None = None
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object `marsad extract` writes (shared/schema/extract.schema.json)."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "text": self.text,
            "sentences": [[s.start, s.end] for s in self.sentences],
            "entities": [m.to_dict() for m in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
        }

    def to_record(self) -> dict[str, Any]:
        """Everything, losslessly (`to_dict` plus raw input, url, title span and meta): batch output."""
        record = self.to_dict()
        record.update(
            raw=self.raw,
            url=self.url,
            title_span=self.title_span.to_dict() if self.title_span else None,
            meta=self.meta,
        )
        return record

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> Article:
        """The inverse of `to_record`."""

        def span(d: dict[str, Any] | None) -> Span | None:
            return None if d is None else Span(d["start"], d["end"], d["text"])

        def speaker(d: dict[str, Any] | None) -> Speaker | None:
            return None if d is None else Speaker(d["name"], d["entity_id"], span(d["mention"]))

        return cls(
            id=r["id"],
            source=r["source"],
            raw=r["raw"],
            text=r["text"],
            title=r["title"],
            outlet=r["outlet"],
            published=r["published"],
            url=r["url"],
            title_span=span(r["title_span"]),
            sentences=[Sentence(a, b) for a, b in r["sentences"]],
            dates=[DateMention(d["start"], d["end"], d["text"], d["value"]) for d in r["dates"]],
            entities=[
                Mention(m["start"], m["end"], m["text"], m["label"], m["canonical"], m["entity_id"])
                for m in r["entities"]
            ],
            quotes=[
                Quote(q["start"], q["end"], q["text"], q["kind"], Span(**q["cue"]), speaker(q["speaker"]))
                for q in r["quotes"]
            ],
            meta=r["meta"],
        )
