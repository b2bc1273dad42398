"""Request and response bodies of the JSON API (they make its OpenAPI description)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class SpeakerOut(BaseModel):
    name: str
    entity_id: str | None = None
    mention: SpanOut | None = None


class QuoteOut(BaseModel):
    start: int = Field(description="Character offset in the article's display text.")
    end: int
    text: str
    kind: str = Field(description="direct | indirect | mixed")
    cue: SpanOut
    speaker: SpeakerOut | None = None


class QuoteHitOut(BaseModel):
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    quote: QuoteOut


class SearchHitOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str = Field(description="Display text with the first match in « ».")
    score: float


class ArticleSummaryOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str
    n_quotes: int
    n_entities: int


class MentionOut(BaseModel):
    start: int
    end: int
    text: str
    label: str
    canonical: str
    entity_id: str | None = None


class DateOut(BaseModel):
    start: int
    end: int
    text: str
    value: str | None


class ArticleOut(BaseModel):
    id: str
    source: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    text: str
    sentences: list[tuple[int, int]]
    entities: list[MentionOut]
    quotes: list[QuoteOut]
    dates: list[DateOut]


class EntityOut(BaseModel):
    entity_id: str
    label: str
    canonical: str
    mentions: int
    articles: int
    variants: list[tuple[str, int]] = Field(description="Surface form and mentions, most frequent first.")


class StoryOut(BaseModel):
    id: str
    title: str | None
    article_ids: list[str]
    outlets: list[str]
    first_published: str | None
    last_published: str | None
    summary: str | None


class NewArticle(BaseModel):
    text: str = Field(min_length=1, description="The article text (the title may be its first line).")
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    published: str | None = Field(default=None, max_length=64, description="ISO date or date-time.")
    outlet: str | None = Field(default=None, max_length=500)


class NewArticles(BaseModel):
    articles: list[NewArticle] = Field(min_length=1)


class PostedArticle(BaseModel):
    id: str
    added: bool = Field(description="False when an article with the same content was already stored.")


class PostResult(BaseModel):
    added: int
    skipped: int
    articles: list[PostedArticle]


class Stats(BaseModel):
    articles: int
    stories: bool = Field(description="Whether the story endpoints are available.")
    writes: bool = Field(description="Whether POST /api/articles is enabled (a token is configured).")


class ErrorOut(BaseModel):
    detail: str
