"""The `marsad` command: a thin layer over the library (see jobs.py, store/, search/)."""

from __future__ import annotations

import datetime as dt
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


def _report_problems(problems: list[InputProblem]) -> None:
    for problem in problems:
        _report_problem(problem)


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


@main.command()
@db_option
@click.option("--speaker", default=None, help="Speaker name in any spelling (لافروف, سيرجي لافروف).")
@click.option("--about", default=None, help="Words the quotation contains (Arabic-aware).")
@click.option("--since", default=None, type=click.DateTime(["%Y-%m-%d"]), help="YYYY-MM-DD, inclusive.")
@click.option("--outlet", default=None)
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
def quotes(
    db: str,
    speaker: str | None,
    about: str | None,
    since: dt.datetime | None,
    outlet: str | None,
    limit: int,
    fmt: str,
) -> None:
    """Who said what: stored quotations, newest first."""
    from marsad.store import open_store

    with open_store(db) as store:
        hits = store.quotes(
            speaker=speaker,
            about=about,
            since=since.date().isoformat() if since else None,
            outlet=outlet,
            limit=limit,
        )
    if not hits:
        click.echo("no quotation matches", err=True)
    for h in hits:
        q = h.quote
        if fmt == "jsonl":
            row = {"article": h.article_id, "outlet": h.outlet, "published": h.published, "url": h.url}
            click.echo(json.dumps(row | q.to_dict(), ensure_ascii=False))
            continue
        who = q.speaker.name if q.speaker else "?"
        click.echo(f"{h.published or '-'}  {h.outlet or '-'}  [{q.kind}] {who}: «{q.text}»  ({h.article_id})")


@main.command()
@db_option
@click.option("--label", type=click.Choice(["PER", "ORG", "LOC", "MISC"]), default=None)
@click.option("--name", default=None, help="Keep entities with a variant containing this name.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
def entities(db: str, label: str | None, name: str | None, limit: int, fmt: str) -> None:
    """Canonical people, organisations and places with mention counts, variants and role phrases."""
    from marsad.corpus.roles import RoleBook
    from marsad.store import open_store

    roles = RoleBook.load()
    with open_store(db) as store:
        found = store.entities(label=label, name=name, limit=limit)
    for e in found:
        names = [v for v, _ in e.variants if not roles.is_role(v)]
        role_phrases = [v for v, _ in e.variants if roles.is_role(v)]
        if fmt == "jsonl":
            row = {
                "entity_id": e.entity_id,
                "label": e.label,
                "canonical": e.canonical,
                "mentions": e.mentions,
                "articles": e.articles,
                "variants": names,
                "roles": role_phrases,
            }
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        line = f"{e.entity_id}\t{e.label}\t{e.canonical}\t{e.mentions} mentions in {e.articles} articles"
        line += "\n    variants: " + "، ".join(names)
        if role_phrases:
            line += "\n    roles: " + "، ".join(role_phrases)
        click.echo(line)


def _tag_blocks(sentences: list[list[str]]) -> list[list[str]]:
    from marsad.extract.entities import EntityTagger

    return EntityTagger.load().tag_corpus(sentences)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["conll"]), default="conll", show_default=True)
def tag(fmt: str) -> None:
    """Tag tokens read one per line on stdin (blank line between sentences): token<TAB>BIO label."""
    sentences: list[list[str]] = [[]]
    for line in sys.stdin:
        token = line.strip().split("\t")[0].split(" ")[0] if line.strip() else ""
        if token:
            sentences[-1].append(token)
        elif sentences[-1]:
            sentences.append([])
    sentences = [s for s in sentences if s]
    for tokens, labels in zip(sentences, _tag_blocks(sentences), strict=True):
        click.echo("\n".join(f"{t}\t{label}" for t, label in zip(tokens, labels, strict=True)) + "\n")


@main.group(name="eval")
def evaluate() -> None:
    """Score marsad against gold files."""


@evaluate.command(name="ner")
@click.argument("conll", type=click.Path(exists=True, dir_okay=False))
def eval_ner(conll: str) -> None:
    """Precision / recall / F1 per type (exact spans) on a CoNLL file: token and BIO label per line."""
    from marsad.evaluation.ner import format_report, read_conll, score

    gold = read_conll(conll)
    predicted = _tag_blocks([[t for t, _ in s] for s in gold])
    click.echo(format_report(score([[lab for _, lab in s] for s in gold], predicted)))


@evaluate.command(name="quotes")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
def eval_quotes(gold: str, paths: tuple[str, ...]) -> None:
    """Quote P/R/F1 (token F1 >= 0.5), speaker accuracy and end-to-end F1, as the guidelines define.

    Gold articles are matched to inputs by file name; the full pipeline runs on the inputs.
    """
    from pathlib import Path

    from marsad.evaluation.quotes import format_scores, score_quotes
    from marsad.jobs import process_paths
    from marsad.pipeline import build_pipeline

    gold_rows = json.loads(Path(gold).read_text(encoding="utf-8"))
    wanted = {g["article"] for g in gold_rows}
    predicted = {
        Path(a.source).name: a.quotes
        for a in process_paths(paths, build_pipeline(), on_problem=_report_problem)
        if Path(a.source).name in wanted
    }
    missing = wanted - predicted.keys()
    if missing:
        raise click.ClickException(f"{len(missing)} gold articles not among the inputs, e.g. {min(missing)}")
    click.echo(format_scores(score_quotes(gold_rows, predicted)))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--out", "out", required=True, type=click.Path(file_okay=False), help="Folder for Parquet parts."
)
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--processes", type=click.IntRange(1), default=None, help="Workers (default: one per core).")
@click.option("--chunk-size", default=500, show_default=True, type=click.IntRange(1))
@click.option("--fields", default="", help="JSONL/Parquet field names, e.g. 'text=body,title=headline'.")
def batch(
    paths: tuple[str, ...], out: str, engine: str, processes: int | None, chunk_size: int, fields: str
) -> None:
    """Run the pipeline over large archives into Parquet parts (then `marsad load` them into a store).

    Safe to kill and re-run: complete parts are kept and only the missing ones are done.
    """
    from marsad.batch import run_batch
    from marsad.ingest import JsonlFields

    report = run_batch(
        paths,
        out,
        engine=engine,
        processes=processes,
        chunk_size=chunk_size,
        fields=JsonlFields.parse(fields) if fields else None,
        on_chunk=lambda _, problems: _report_problems(problems),
    )
    click.echo(
        f"{report.articles} articles in {report.parts_written} new parts,"
        f" {report.parts_skipped} parts already done, {len(report.problems)} skipped with problems -> {out}"
    )
    if report.problems:
        sys.exit(1)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
def load(folder: str, db: str) -> None:
    """Put the Parquet parts written by `marsad batch` into a store (re-loading is a no-op)."""
    from marsad.batch import load_parts
    from marsad.store import open_store
    from marsad.stories import update_stories

    with open_store(db) as store:
        added, skipped = load_parts(folder, store)
        update_stories(store)
    click.echo(f"{added} added, {skipped} already stored -> {db}")


@main.command()
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stories(db: str, limit: int, fmt: str) -> None:
    """Articles about the same event across outlets, most recent first, with attributed summaries."""
    from marsad.store import open_store
    from marsad.stories import list_stories

    with open_store(db) as store:
        found = list_stories(store, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=1))
        return
    for s in found:
        dates = f"{s.first_published or '?'} .. {s.last_published or '?'}"
        click.echo(f"{s.id}\t{len(s.article_ids)} articles\t{dates}\t{'، '.join(s.outlets) or '-'}")
        click.echo(f"    {s.title or '(untitled)'}")
        if s.summary:
            click.echo("    " + s.summary.replace("\n", "\n    "))


@main.command()
@click.argument("speaker")
@db_option
@click.option("--about", default=None, help="Only statements containing these words (Arabic-aware).")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
def timeline(speaker: str, db: str, about: str | None, fmt: str) -> None:
    """What SPEAKER said, oldest first: one line per statement, with every article that reported it."""
    from marsad.store import open_store
    from marsad.stories import timeline as speaker_timeline

    with open_store(db) as store:
        entries = speaker_timeline(store, speaker, about=about)
    if not entries:
        click.echo("no statement matches", err=True)
    for e in entries:
        if fmt == "jsonl":
            click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
        else:
            click.echo(
                f"{e.date or '-'}  {e.speaker}: «{e.text}»  ({len(e.sources)} sources: {e.outlet or '-'})"
            )


def run() -> None:
    """Entry point that turns marsad's own errors into one clear line and exit status 2."""
    try:
        main(standalone_mode=True)
    except MarsadError as exc:
        click.echo(f"marsad: {exc}", err=True)
        sys.exit(2)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="MARSAD_TOKEN",
    default=None,
    show_default="$MARSAD_TOKEN",
    help="Token POST /api/articles requires (Authorization: Bearer ...); without one, writes are refused.",
)
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the JSON API (/api, OpenAPI at /api/openapi.json) and the Arabic web UI."""
    try:
        from marsad.web import serve as run_server
    except ImportError as exc:
        from marsad.errors import MissingExtra

        raise MissingExtra("marsad serve", "web") from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"marsad: serving on {host}: the UI and API are reachable from other machines", err=True)
    run_server(db, host=host, port=port, token=token or None)
