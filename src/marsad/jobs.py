"""Library-level jobs the CLI and the HTTP API call: ingest into a store, extract to JSON.

Bad input never stops a job: each problem is reported with the input's name and the
job goes on; the store only ever sees whole batches (one transaction each).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from marsad.ingest import JsonlFields, read_paths
from marsad.pipeline import Pipeline, content_id
from marsad.records import Article, InputProblem, RawDoc
from marsad.store.base import Store

ProblemHandler = Callable[[InputProblem], None]
PROCESSING_FAILED = "I011"  # see marsad.errors.INPUT_CODES


@dataclass(slots=True)
class IngestReport:
    """Inputs read (decoded articles), added to the store, skipped as already there, and problems."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    problems: list[InputProblem] = field(default_factory=list)


def _process(pipeline: Pipeline, doc: RawDoc, article_id: str) -> Article | InputProblem:
    try:
        return pipeline.process(doc, article_id)
    except Exception as exc:  # a stage bug must not lose the rest of the run
        return InputProblem(doc.source, PROCESSING_FAILED, f"processing failed: {type(exc).__name__}: {exc}")


def _lookahead(items: Iterable[RawDoc | InputProblem], size: int) -> Iterator[list[RawDoc | InputProblem]]:
    chunk: list[RawDoc | InputProblem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process_paths(
    paths: Iterable[str | os.PathLike[str]],
    pipeline: Pipeline,
    *,
    fields: JsonlFields | None = None,
    skip: Callable[[list[str]], set[str]] | None = None,
    on_problem: ProblemHandler | None = None,
    chunk_size: int = 500,
) -> Iterator[Article]:
    """Read and process every input; problems go to ``on_problem``.

    ``skip(ids)`` is asked once per ``chunk_size`` inputs which of their content ids need no
    processing (already stored). An input read twice in one run is processed once.
    """
    seen: set[str] = set()
    for chunk in _lookahead(read_paths(paths, fields=fields or JsonlFields()), chunk_size):
        ids = {id(item): content_id(item.raw) for item in chunk if isinstance(item, RawDoc)}
        done = skip(list(ids.values())) if skip else set()
        for item in chunk:
            if isinstance(item, InputProblem):
                if on_problem:
                    on_problem(item)
                continue
            article_id = ids[id(item)]
            if article_id in done or article_id in seen:
                continue
            seen.add(article_id)
            result = _process(pipeline, item, article_id)
            if isinstance(result, InputProblem):
                if on_problem:
                    on_problem(result)
                continue
            yield result


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    pipeline: Pipeline,
    *,
    fields: JsonlFields | None = None,
    batch_size: int = 500,
    on_problem: ProblemHandler | None = None,
    progress: Callable[[int], None] | None = None,
    stories: bool = True,
) -> IngestReport:
    """Ingest inputs into ``store`` in batches, then place new articles in stories.

    Re-ingesting the same input is a no-op.
    """
    report = IngestReport()

    def problem(p: InputProblem) -> None:
        report.problems.append(p)
        if on_problem:
            on_problem(p)

    def already(ids: list[str]) -> set[str]:
        report.read += len(ids)
        return store.stored(ids)

    batch: list[Article] = []

    def flush() -> None:
        result = store.add_articles(batch)
        report.added += result.added
        batch.clear()

    for article in process_paths(
        paths, pipeline, fields=fields, skip=already, on_problem=problem, chunk_size=batch_size
    ):
        batch.append(article)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    if stories:
        from marsad.stories import update_stories

        update_stories(store)
    failed = sum(p.code == PROCESSING_FAILED for p in report.problems)
    report.skipped = report.read - report.added - failed  # stored before, or read twice in this run
    return report
