"""Run the pipeline over numbered chunks of the inputs on an engine; write one part per chunk."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.batch.parts import part_path, write_part
from marsad.errors import ConfigError, MissingExtra
from marsad.ingest import JsonlFields, read_paths
from marsad.jobs import PROCESSING_FAILED
from marsad.pipeline import Pipeline, build_pipeline, content_id
from marsad.records import Article, InputProblem, RawDoc

Chunk = tuple[int, list[RawDoc | InputProblem]]
ENGINES = ("local", "ray")


@dataclass(slots=True)
class BatchReport:
    parts_written: int = 0
    parts_skipped: int = 0  # already complete from an earlier run
    articles: int = 0
    problems: list[InputProblem] = field(default_factory=list)


def _chunks(items: Iterable[RawDoc | InputProblem], size: int) -> Iterator[Chunk]:
    chunk: list[RawDoc | InputProblem] = []
    index = 0
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield index, chunk
            index, chunk = index + 1, []
    if chunk:
        yield index, chunk


_PIPELINE: Pipeline | None = None  # one per worker process, built on its first chunk


def process_chunk(out: str, index: int, items: list[RawDoc | InputProblem]) -> tuple[int, list[InputProblem]]:
    """Worker side: process one chunk and write its part; (articles written, problems)."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = build_pipeline()
    articles: list[Article] = []
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputProblem):
            problems.append(item)
            continue
        article_id = content_id(item.raw)
        if article_id in seen:
            continue
        seen.add(article_id)
        try:
            articles.append(_PIPELINE.process(item, article_id))
        except Exception as exc:  # one bad article must not lose its chunk
            problems.append(InputProblem(item.source, PROCESSING_FAILED, f"processing failed: {exc!r}"))
    write_part(part_path(Path(out), index), articles, problems)
    return len(articles), problems


def run_batch(
    paths: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    engine: str = "local",
    processes: int | None = None,
    chunk_size: int = 500,
    fields: JsonlFields | None = None,
    on_chunk: Callable[[int, list[InputProblem]], None] | None = None,
) -> BatchReport:
    """Process ``paths`` into Parquet parts under ``out``; parts already there are kept, not redone."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if chunk_size < 1:
        raise ConfigError("chunk_size must be at least 1")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    report = BatchReport()

    def todo() -> Iterator[Chunk]:
        for index, items in _chunks(read_paths(paths, fields=fields or JsonlFields()), chunk_size):
            if part_path(folder, index).exists():
                report.parts_skipped += 1
            else:
                yield index, items

    def done(n: int, problems: list[InputProblem]) -> None:
        report.parts_written += 1
        report.articles += n
        report.problems += problems
        if on_chunk:
            on_chunk(n, problems)

    workers = processes or os.cpu_count() or 1
    if engine == "ray":
        _run_ray(str(folder), todo(), workers, done)
    elif workers == 1:
        for index, items in todo():
            done(*process_chunk(str(folder), index, items))
    else:
        _run_local(str(folder), todo(), workers, done)
    return report


def _run_local(out: str, chunks: Iterator[Chunk], workers: int, done: Callable[..., None]) -> None:
    """A process pool with at most two chunks per worker in flight, so memory stays bounded."""
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: set[Future[Any]] = set()
        for index, items in chunks:
            pending.add(pool.submit(process_chunk, out, index, items))
            if len(pending) >= 2 * workers:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    done(*f.result())
        for f in pending:
            done(*f.result())


def _run_ray(out: str, chunks: Iterator[Chunk], workers: int, done: Callable[..., None]) -> None:
    """Ray tasks, one per chunk, at most two per worker in flight; joins a running cluster if any."""
    try:
        import ray
    except ImportError as exc:
        raise MissingExtra("the Ray engine", "scale") from exc
    started = not ray.is_initialized()
    if started:
        ray.init(
            address=os.environ.get("RAY_ADDRESS"),
            num_cpus=None if os.environ.get("RAY_ADDRESS") else workers,
            include_dashboard=False,
            log_to_driver=False,
        )
    task = ray.remote(process_chunk)
    try:
        pending: list[Any] = []
        for index, items in chunks:
            pending.append(task.remote(out, index, items))
            if len(pending) >= 2 * workers:
                finished, pending = ray.wait(pending, num_returns=1)
                for ref in finished:
                    done(*ray.get(ref))
        for ref in pending:
            done(*ray.get(ref))
    finally:
        if started:
            ray.shutdown()
