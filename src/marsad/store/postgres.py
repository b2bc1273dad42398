"""The shared store: PostgreSQL behind the same interface as SQLite (`--db postgresql://...`).

Same tables and read queries as SQLite (`marsad.store.sql`); full-text search uses tsvector columns
filled with `marsad.search.query.index_text` (the 'simple' configuration: no stemming or stop words of
PostgreSQL's own, since marsad's normalisation and light stems are what make Arabic match). A batch is
one transaction; writers take an advisory lock so that concurrent ingests never interleave a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from marsad.errors import MissingExtra, StoreError
from marsad.records import Article
from marsad.search.query import make_snippet, query_phrases, query_terms
from marsad.store.base import AddResult, SearchHit
from marsad.store.sql import (
    ARTICLE_COLUMNS,
    CHILD_INSERTS,
    ENTITY_UPSERTS,
    QUOTES_FROM,
    QUOTES_ORDER,
    Prepared,
    SQLReader,
    entity_rows,
    fresh,
    read_migrations,
)

__all__ = ["PostgresStore", "pg_migrations"]

_LOCK = 0x6D727364  # advisory lock key ("mrsd") held by a writer for one batch or one migration
_INSERT = {
    "articles": f"INSERT INTO articles (seq, {ARTICLE_COLUMNS}, ingested_at, outlet_key, search)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'D'))",
    **CHILD_INSERTS,
    **ENTITY_UPSERTS,
    "quote_search": "INSERT INTO quote_search (search, article_id, ord)"
    " VALUES (to_tsvector('simple', ?), ?, ?)",
}

_SAVE_STATE = "INSERT INTO state VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value"


def _pg(sql: str) -> str:
    """marsad's queries use ``?``; psycopg wants ``%s`` (and a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def pg_migrations() -> tuple[tuple[int, str, str], ...]:
    return read_migrations("migrations", "postgres")


def _tsquery(user_query: str) -> tuple[str, list[str]] | None:
    """A tsquery SQL expression for a user query; the user's words only ever travel as parameters."""
    groups = query_phrases(user_query)
    if not groups:
        return None
    sql = " && ".join(
        "(" + " || ".join("phraseto_tsquery('simple', ?)" for _ in alternatives) + ")"
        for alternatives in groups
    )
    return sql, [p for alternatives in groups for p in alternatives]


class PostgresStore(SQLReader):
    """`marsad.store.base.Store` on a PostgreSQL database; a context manager. One connection, one thread."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise MissingExtra("the PostgreSQL store", "postgres") from exc
        self._psycopg = psycopg
        self.url = url
        try:
            self._db: Any = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to the PostgreSQL store: {exc}") from exc
        try:
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    def _migrate(self) -> None:
        with self._write():
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS marsad_schema (version INTEGER PRIMARY KEY, name TEXT)"
            )
            done = {r[0] for r in self._db.execute("SELECT version FROM marsad_schema")}
            known = pg_migrations()
            if done and max(done) > len(known):
                raise StoreError(
                    f"the database was written by a newer marsad (schema {max(done)}, this one knows"
                    f" {len(known)}); upgrade marsad to open it"
                )
            for number, name, sql in known:
                if number not in done:
                    self._db.execute(sql)
                    self._db.execute("INSERT INTO marsad_schema VALUES (%s, %s)", (number, name))

    @property
    def schema_version(self) -> int:
        return int(self._rows("SELECT coalesce(max(version), 0) FROM marsad_schema")[0][0])

    @contextmanager
    def _write(self) -> Iterator[None]:
        """A transaction holding the writers' lock: batches and migrations never interleave."""
        db = self._conn()
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            yield

    def _conn(self) -> Any:
        if self._db is None or self._db.closed:
            raise StoreError("the PostgreSQL store is closed")
        return self._db

    def __repr__(self) -> str:
        return "PostgresStore(<url>)"  # the URL may hold a password

    # -- writing -------------------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """One transaction per batch under the writers' lock; stored ids are skipped, never rewritten."""
        batch = list(articles)
        if not batch:
            return AddResult(0, 0)
        prepared = [Prepared(a) for a in fresh(batch, self.stored([a.id for a in batch]))]
        ingested_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        db = self._conn()
        try:
            with self._write():
                stored = self.stored([p.id for p in prepared])  # a concurrent writer may have added some
                prepared = [p for p in prepared if p.id not in stored]
                seq = db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
                tables: dict[str, list[Sequence[Any]]] = {name: [] for name in _INSERT}
                for p in prepared:
                    seq += 1
                    tables["articles"].append((seq, *p.article, ingested_at, p.outlet_key, *p.index))
                    for name, children in p.children.items():
                        tables[name] += children
                    tables["quote_search"] += p.quote_index
                tables.update(entity_rows(prepared))
                with db.cursor() as cur:
                    for name, rows in tables.items():
                        if rows:
                            cur.executemany(_pg(_INSERT[name]), rows)
        except (self._psycopg.Error, UnicodeEncodeError, OverflowError, ValueError) as exc:
            raise StoreError(f"could not store the batch, nothing of it was written: {exc}") from exc
        return AddResult(len(prepared), len(batch) - len(prepared))

    # -- reading -------------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._conn().execute(_pg(sql), list(params)).fetchall())
        except self._psycopg.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def _about(self, query: str, *, few: bool) -> tuple[str, str, list[Any], str] | None:
        tsq = _tsquery(query)
        if tsq is None:
            return None
        matching = (
            f"(q.article_id, q.ord) IN (SELECT article_id, ord FROM quote_search WHERE search @@ ({tsq[0]}))"
        )
        return QUOTES_FROM, matching, tsq[1], QUOTES_ORDER

    def place(self, rows: Sequence[tuple[str, str, str, str | None]], state: tuple[str, bytes]) -> None:
        db = self._conn()
        try:
            with self._write(), db.cursor() as cur:
                if rows:
                    cur.executemany(
                        _pg("INSERT INTO stories VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO NOTHING"),
                        rows,
                    )
                cur.execute(_pg(_SAVE_STATE), state)
        except self._psycopg.Error as exc:
            raise StoreError(f"could not store story assignments, nothing was written: {exc}") from exc

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        tsq = _tsquery(query)
        if tsq is None or limit <= 0:
            return []
        rows = self._rows(
            f"SELECT a.id, a.title, a.outlet, a.published, a.text, ts_rank(a.search, q.q) AS rank"
            f" FROM articles a, (SELECT {tsq[0]} AS q) q WHERE a.search @@ q.q"
            " ORDER BY rank DESC, a.seq LIMIT ?",
            (*tsq[1], limit),
        )
        terms = query_terms(query)
        return [SearchHit(i, t, o, p, make_snippet(text, terms), float(r)) for i, t, o, p, text, r in rows]
