"""Build the per-article pipeline and run it.

A stage is a callable ``Article -> Article`` with no I/O; resources (lexicons,
models) are loaded once when the pipeline is built. The same stage objects run
in the CLI, the HTTP API, tests and batch workers.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from marsad.extract.dates import find_dates, parse_date, publication_date
from marsad.records import Article, RawDoc
from marsad.text.clean import clean
from marsad.text.sentences import split_sentences

Stage = Callable[[Article], Article]


def content_id(raw: str) -> str:
    """Stable id of an input: the same raw content always gives the same id."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def new_article(doc: RawDoc, article_id: str | None = None) -> Article:
    """Start an article from a reader's output; ``text`` holds the uncleaned body until `clean_stage`.

    ``article_id``: ``content_id(doc.raw)`` when the caller has it already (hashing is not free).
    """
    return Article(
        id=content_id(doc.raw) if article_id is None else article_id,
        source=doc.source,
        raw=doc.raw,
        text=doc.text,
        title=doc.title,
        outlet=doc.outlet,
        published=doc.published,
        url=doc.url,
        meta=dict(doc.meta),
    )


def clean_stage(article: Article) -> Article:
    """Boilerplate out, title and outlet recognised; the display text is fixed from here on."""
    cleaned = clean(article.text, title=article.title, outlet=article.outlet)
    article.text = cleaned.text
    article.title = cleaned.title
    article.title_span = cleaned.title_span
    article.outlet = cleaned.outlet
    return article


def sentence_stage(article: Article) -> Article:
    article.sentences = split_sentences(article.text)
    return article


def date_stage(article: Article) -> Article:
    """Publication date first, then every date expression resolved against it."""
    article.published = publication_date(article.text, article.published)
    anchor = parse_date(article.published) if article.published else None
    article.dates = find_dates(article.text, anchor)
    return article


BASE_STAGES: tuple[Stage, ...] = (clean_stage, sentence_stage, date_stage)


@dataclass
class Pipeline:
    """Stages applied in order; keeps per-stage wall time for profiling."""

    stages: Sequence[Stage]
    seconds: dict[str, float] = field(default_factory=dict)

    def process(self, doc: RawDoc, article_id: str | None = None) -> Article:
        """Run every stage on ``doc``; ``article_id`` as in `new_article`."""
        article = new_article(doc, article_id)
        for stage in self.stages:
            t0 = time.perf_counter()
            article = stage(article)
            name = getattr(stage, "__name__", type(stage).__name__)
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0
        return article

    def run(self, docs: Iterable[RawDoc]) -> Iterator[Article]:
        for doc in docs:
            yield self.process(doc)


def build_pipeline(*, entities: bool = True, quotes: bool = True) -> Pipeline:
    """The standard pipeline; entity and quote stages load their resources here, once."""
    stages: list[Stage] = list(BASE_STAGES)
    if entities:
        from marsad.corpus.linking import EntityLinker
        from marsad.extract.entities import EntityTagger

        stages += [EntityTagger.load(), EntityLinker.load()]
    if quotes:
        from marsad.extract.quotes import QuoteExtractor

        stages.append(QuoteExtractor.load())
    return Pipeline(stages)
