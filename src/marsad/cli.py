"""The `marsad` command: a thin layer over the library (see jobs.py, store/, search/)."""

from __future__ import annotations

import json
import os
import sys
from typing import TextIO

import click

from marsad.errors import MarsadError
from marsad.records import Article, InputProblem

DEFAULT_DB = "marsad.db"
db_option = click.option(
    "--db",
    default=lambda: os.environ.get("MARSAD_DB", DEFAULT_DB),
    show_default="marsad.db or $MARSAD_DB",
    help="SQLite file (PostgreSQL URL with the postgres extra).",
)


def _report_problem(problem: InputProblem) -> None:
    click.echo(f"marsad: skipped {problem}", err=True)


@click.group()
@click.version_option(package_name="marsad")
def main() -> None:
    """marsad (مرصد): who said what, about whom, when, where it was reported."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--fields", default="", help="JSONL/Parquet field names, e.g. 'text=body,title=headline'.")
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1))
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal)."
)
def ingest(paths: tuple[str, ...], db: str, fields: str, batch_size: int, progress: bool | None) -> None:
    """Read articles from files, folders, JSONL, HTML, RSS/Atom, WARC or Parquet into the store.

    Bad inputs are reported by name and skipped; the exit status is 1 if any was.
    """
    from tqdm import tqdm

    from marsad.ingest import JsonlFields
    from marsad.jobs import ingest as run_ingest
    from marsad.pipeline import build_pipeline
    from marsad.store import open_store

    pipeline = build_pipeline()
    store = open_store(db)
    bar = tqdm(
        desc="ingest", unit=" articles", disable=None if progress is None else not progress, file=sys.stderr
    )

    def on_problem(p: InputProblem) -> None:
        bar.clear()
        _report_problem(p)
    try:
        report = run_ingest(
            paths,
            store,
            pipeline,
            fields=JsonlFields.parse(fields) if fields else None,
            batch_size=batch_size,
            on_problem=on_problem,
            progress=bar.update,
        )
    finally:
        bar.close()
        store.close()
    click.echo(
        f"{report.added} added, {report.skipped} already stored, {len(report.problems)} skipped with problems"
        f" -> {db}"
    )
    if report.problems:
        sys.exit(1)


@main.command()
@db_option
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--outlet", default=None)
def articles(db: str, limit: int, offset: int, outlet: str | None) -> None:
    """List stored articles."""
    from marsad.store import open_store

    with open_store(db) as store:
        for a in store.articles(limit=limit, offset=offset, outlet=outlet):
            click.echo(
                "\t".join(
                    [a.id, a.published or "-", a.outlet or "-", (a.title or "").strip() or "(untitled)"]
                )
            )


@main.command()
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(article_id: str, db: str, fmt: str) -> None:
    """Show one stored article with its annotations."""
    from marsad.store import open_store

    with open_store(db) as store:
        article = store.get(article_id)
    if article is None:
        raise click.ClickException(f"no article with id {article_id!r} in {db}")
    if fmt == "json":
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=1))
        return
    click.echo(_render_article(article))


def _render_article(a: Article) -> str:
    head = [
        f"id:        {a.id}",
        f"source:    {a.source}",
        f"title:     {a.title or '-'}",
        f"outlet:    {a.outlet or '-'}",
        f"published: {a.published or '-'}",
        "",
        a.text,
    ]
    if a.quotes:
        head += ["", "quotes:"]
        head += [f"  [{q.kind}] {q.speaker.name if q.speaker else '?'}: «{q.text}»" for q in a.quotes]
    if a.entities:
        head += ["", "entities: " + "، ".join(sorted({f"{m.canonical} ({m.label})" for m in a.entities}))]
    if a.dates:
        head += ["", "dates: " + "، ".join(f"{d.text} = {d.value or '?'}" for d in a.dates)]
    return "\n".join(head)


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
def search(query: str, db: str, limit: int) -> None:
    """Arabic-aware full-text search (سورية finds سوريا, ادلب finds إدلب)."""
    from marsad.store import open_store

    with open_store(db) as store:
        hits = store.search(query, limit=limit)
    if not hits:
        click.echo("no match", err=True)
    for h in hits:
        click.echo(f"{h.id}\t{h.published or '-'}\t{h.outlet or '-'}\t{h.title or ''}\n    {h.snippet}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="Default: stdout.")
@click.option("--fields", default="", help="JSONL/Parquet field names, e.g. 'text=body,title=headline'.")
def extract(paths: tuple[str, ...], fmt: str, output: TextIO, fields: str) -> None:
    """Run the pipeline without a store and write one JSON object per article."""
    from marsad.ingest import JsonlFields
    from marsad.jobs import process_paths
    from marsad.pipeline import build_pipeline

    problems: list[InputProblem] = []

    def on_problem(p: InputProblem) -> None:
        problems.append(p)
        _report_problem(p)

    pipeline = build_pipeline()
    for article in process_paths(
        paths, pipeline, fields=JsonlFields.parse(fields) if fields else None, on_problem=on_problem
    ):
        output.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    output.flush()
    if problems:
        sys.exit(1)


def run() -> None:
    """Entry point that turns marsad's own errors into one clear line and exit status 2."""
    try:
        main(standalone_mode=True)
    except MarsadError as exc:
        click.echo(f"marsad: {exc}", err=True)
        sys.exit(2)
