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


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    added: int = 0
    skipped: int = 0
    problems: list[InputProblem] = field(default_factory=list)


def _process(pipeline: Pipeline, doc: RawDoc) -> Article | InputProblem:
    try:
        return pipeline.process(doc)
    except Exception as exc:  # a stage bug must not lose the rest of the run
        return InputProblem(doc.source, "I011", f"processing failed: {type(exc).__name__}: {exc}")


def _first_time_only() -> Callable[[str], bool]:
    seen: set[str] = set()

    def skip(article_id: str) -> bool:
        if article_id in seen:
            return True
        seen.add(article_id)
        return False

    return skip


def process_paths(
    paths: Iterable[str | os.PathLike[str]],
    pipeline: Pipeline,
    *,
    fields: JsonlFields | None = None,
    skip: Callable[[str], bool] | None = None,
    on_problem: ProblemHandler | None = None,
) -> Iterator[Article]:
    """Read and process every input; problems go to ``on_problem``; ``skip(id)`` avoids re-processing.

    Without ``skip``, an input read twice in one run is processed once.
    """
    if skip is None:
        skip = _first_time_only()
    for item in read_paths(paths, fields=fields or JsonlFields()):
        if isinstance(item, InputProblem):
            if on_problem:
                on_problem(item)
            continue
        if skip(content_id(item.raw)):
            continue
        result = _process(pipeline, item)
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
) -> IngestReport:
    """Ingest inputs into ``store`` in batches; re-ingesting the same input is a no-op."""
    report = IngestReport()

    def problem(p: InputProblem) -> None:
        report.problems.append(p)
        if on_problem:
            on_problem(p)

    seen: set[str] = set()

    def already(article_id: str) -> bool:
        report.read += 1
        if article_id in seen or store.has(article_id):
            report.skipped += 1
            return True
        seen.add(article_id)
        return False

    batch: list[Article] = []

    def flush() -> None:
        result = store.add_articles(batch)
        report.added += result.added
        report.skipped += result.skipped
        batch.clear()

    for article in process_paths(paths, pipeline, fields=fields, skip=already, on_problem=problem):
        batch.append(article)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report
