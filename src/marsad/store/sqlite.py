"""The embedded store: one SQLite file (WAL), normalised annotation tables and an FTS5 index.

Writes are batched: one transaction and one ``executemany`` per table per `add_articles` call,
which is what makes SQLite fast. Schema changes are numbered ``migrations/NNNN_name.sql`` files
shipped with the package, applied in order, each in its own transaction, and recorded in
``PRAGMA user_version``; ``PRAGMA application_id`` marks the file as marsad's.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from functools import cache
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from marsad.corpus.names import name_key
from marsad.errors import StoreError
from marsad.records import Article, DateMention, Mention, Quote, Sentence, Span, Speaker
from marsad.search.query import fts_query, index_text, make_snippet, query_terms
from marsad.store.base import AddResult, ArticleSummary, EntitySummary, QuoteHit, SearchHit
from marsad.text.normalize import normalize

__all__ = ["APPLICATION_ID", "SQLiteStore", "migrations"]

APPLICATION_ID = 0x6D727364  # "mrsd": set by migration 0001, checked on open
_BUSY_TIMEOUT_MS = 10_000  # a second writer (CLI beside the web app) waits instead of failing
_TITLE_WEIGHT = 3.0  # bm25 column weights: a word in the title counts three times one in the body
_ID_CHUNK = 500  # ids per "IN (...)" lookup, well under SQLite's bound-parameter limit
_MIGRATION_NAME = re.compile(r"^(\d{4})_\w+\.sql$")
_SEARCH = (
    "SELECT a.id, a.title, a.outlet, a.published, a.text,"
    f" bm25(articles_fts, {_TITLE_WEIGHT}, 1.0) AS rank"
    " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
    " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
)

_INSERT = {
    "articles": "INSERT INTO articles (seq, id, source, url, title, outlet, published, text, raw, meta,"
    " title_start, title_end, title_text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "sentences": 'INSERT INTO sentences (article_id, ord, start, "end") VALUES (?, ?, ?, ?)',
    "dates": 'INSERT INTO dates (article_id, ord, start, "end", text, value) VALUES (?, ?, ?, ?, ?, ?)',
    "mentions": 'INSERT INTO mentions (article_id, ord, start, "end", text, label, canonical, entity_id)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "quotes": 'INSERT INTO quotes (article_id, ord, start, "end", text, kind, cue_start, cue_end, cue_text,'
    " speaker_name, speaker_entity_id, speaker_start, speaker_end, speaker_text, speaker_key)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "fts": "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
    "quotes_fts": "INSERT INTO quotes_fts (body, article_id, ord) VALUES (?, ?, ?)",
}


@cache
def migrations() -> tuple[tuple[int, str, str], ...]:
    """(number, file name, SQL) of every shipped migration, in order; numbers run 1, 2, 3 ... without gaps."""
    folder = resources.files("marsad.store").joinpath("migrations")
    found = sorted(
        (int(m[1]), entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if (m := _MIGRATION_NAME.match(entry.name))
    )
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise StoreError(f"marsad's store migrations are not numbered 1..N: {numbers} (a packaging bug)")
    return tuple(found)


def _statements(sql: str) -> Iterator[str]:
    """Split a migration into single statements (``execute`` runs one; ``executescript`` would COMMIT)."""
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if _has_code(buf):
                yield buf.strip()
            buf = ""
    if _has_code(buf):
        raise StoreError(f"incomplete SQL statement at the end of a migration: {buf.strip()[:80]!r}")


def _begin(db: sqlite3.Connection, path: Path) -> None:
    """Take the write lock now (not at the first write), waiting up to the busy timeout for another writer."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(f"the store {str(path)!r} is busy or not writable: {exc}") from exc


def _rollback(db: sqlite3.Connection) -> None:
    """Roll back unless SQLite already has (it does so itself on some errors, e.g. a full disk)."""
    if db.in_transaction:
        db.execute("ROLLBACK")


def _has_code(sql: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in sql.splitlines())


class SQLiteStore:
    """`marsad.store.base.Store` on one SQLite file; a context manager. One connection, one thread."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {str(self.path)!r}: {exc}") from exc
        try:
            db.create_function("marsad_norm", 1, _normalize_sql, deterministic=True)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            self._check_file(db)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            self._migrate(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"{str(self.path)!r} is not a usable marsad SQLite database: {exc}") from exc
        except BaseException:
            db.close()
            raise
        self._db: sqlite3.Connection | None = db

    # -- opening -------------------------------------------------------------------------------------

    def _check_file(self, db: sqlite3.Connection) -> None:
        """Refuse files that are not marsad's, or that a newer marsad has migrated past what we know."""
        version = db.execute("PRAGMA user_version").fetchone()[0]  # reading the header: "not a database"
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        known = len(migrations())
        if version == 0:
            if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{str(self.path)!r} is a SQLite database but not a marsad store")
            return
        if app_id != APPLICATION_ID:
            raise StoreError(f"{str(self.path)!r} is a SQLite database but not a marsad store")
        if version > known:
            raise StoreError(
                f"{str(self.path)!r} was written by a newer marsad (schema {version}, this one knows"
                f" {known}); upgrade marsad to open it"
            )

    def _migrate(self, db: sqlite3.Connection) -> None:
        """Apply the migrations this file lacks, each in one transaction, rechecked under the write lock."""
        for number, name, sql in migrations():
            if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                continue
            _begin(db, self.path)
            try:
                if db.execute("PRAGMA user_version").fetchone()[0] < number:  # another process may have won
                    for statement in _statements(sql):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except BaseException as exc:
                _rollback(db)
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"migration {name} failed on {str(self.path)!r}: {exc}") from exc
                raise

    @property
    def schema_version(self) -> int:
        return int(self._conn().execute("PRAGMA user_version").fetchone()[0])

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(f"the store {str(self.path)!r} is closed")
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    # -- writing -------------------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store a batch in one transaction; ids already stored or repeated in the batch are skipped.

        Rows (and the search text) are prepared before the write lock is taken, only for ids not yet
        stored; any failure leaves the store as it was and raises `StoreError`.
        """
        batch = list(articles)
        if not batch:
            return AddResult(0, 0)
        db = self._conn()
        fresh = self._fresh(batch, self._existing(db, [a.id for a in batch]))
        prepared = [_Prepared(a) for a in fresh]
        ingested_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        _begin(db, self.path)
        try:
            stored = self._existing(db, [a.id for a in fresh])  # a concurrent writer may have added some
            if stored:
                prepared = [p for a, p in zip(fresh, prepared, strict=True) if a.id not in stored]
            seq = db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            tables: dict[str, list[Sequence[Any]]] = {name: [] for name in _INSERT}
            for p in prepared:
                seq += 1
                tables["articles"].append((seq, *p.article, ingested_at))
                tables["fts"].append((seq, *p.fts))
                tables["sentences"] += p.sentences
                tables["dates"] += p.dates
                tables["mentions"] += p.mentions
                tables["quotes"] += p.quotes
                tables["quotes_fts"] += p.quotes_fts
            for name, rows in tables.items():
                if rows:
                    db.executemany(_INSERT[name], rows)
            db.execute("COMMIT")
        except BaseException as exc:
            _rollback(db)
            if isinstance(exc, sqlite3.Error | UnicodeEncodeError | OverflowError):
                raise StoreError(f"could not store the batch, nothing of it was written: {exc}") from exc
            raise
        return AddResult(len(prepared), len(batch) - len(prepared))

    @staticmethod
    def _fresh(batch: list[Article], stored: set[str]) -> list[Article]:
        seen = set(stored)
        fresh: list[Article] = []
        for article in batch:
            if article.id not in seen:
                seen.add(article.id)
                fresh.append(article)
        return fresh

    @staticmethod
    def _existing(db: sqlite3.Connection, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), _ID_CHUNK):
            chunk = ids[i : i + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    # -- reading -------------------------------------------------------------------------------------

    def stored(self, article_ids: Sequence[str]) -> set[str]:
        return self._existing(self._conn(), list(article_ids))

    def has(self, article_id: str) -> bool:
        return (
            self._conn().execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None
        )

    def count(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM articles").fetchone()[0])

    def get(self, article_id: str) -> Article | None:
        db = self._conn()
        row = db.execute(
            "SELECT id, source, raw, text, title, outlet, published, url, title_start, title_end, title_text,"
            " meta FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        key = (article_id,)
        sentences = [
            Sentence(s, e)
            for s, e in db.execute(
                'SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY ord', key
            )
        ]
        dates = [
            DateMention(*r)
            for r in db.execute(
                'SELECT start, "end", text, value FROM dates WHERE article_id = ? ORDER BY ord', key
            )
        ]
        entities = [
            Mention(*r)
            for r in db.execute(
                'SELECT start, "end", text, label, canonical, entity_id FROM mentions WHERE article_id = ?'
                " ORDER BY ord",
                key,
            )
        ]
        quotes = [
            _quote(r)
            for r in db.execute(
                f"SELECT {_QUOTE_COLUMNS} FROM quotes q WHERE article_id = ? ORDER BY ord", key
            )
        ]
        title_span = None if row[8] is None else Span(row[8], row[9], row[10])
        return Article(
            id=row[0],
            source=row[1],
            raw=row[3] if row[2] is None else row[2],
            text=row[3],
            title=row[4],
            outlet=row[5],
            published=row[6],
            url=row[7],
            title_span=title_span,
            sentences=sentences,
            dates=dates,
            entities=entities,
            quotes=quotes,
            meta=json.loads(row[11]),
        )

    def articles(
        self, *, limit: int = 50, offset: int = 0, outlet: str | None = None
    ) -> list[ArticleSummary]:
        where, params = ("WHERE a.outlet = ?", [outlet]) if outlet is not None else ("", [])
        rows = self._conn().execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.source,"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"
            f" FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?",
            (*params, max(0, limit), max(0, offset)),
        )
        return [ArticleSummary(*r) for r in rows]

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        try:
            rows = self._conn().execute(_SEARCH, (match, limit)).fetchall()
        except sqlite3.Error as exc:  # fts_query only emits quoted terms; this would be a bug there
            raise StoreError(f"search failed for {query!r}: {exc}") from exc
        terms = query_terms(query)
        return [SearchHit(i, t, o, p, make_snippet(text, terms), -rank) for i, t, o, p, text, rank in rows]

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        outlet: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QuoteHit]:
        where: list[str] = []
        params: list[Any] = []
        if speaker is not None:
            key = name_key(speaker)
            if not key:
                return []
            where.append("' ' || q.speaker_key || ' ' LIKE ? ESCAPE '\\'")
            params.append(f"% {_like_literal(key)} %")
        if about is not None:
            match = fts_query(about)
            if match is None:
                return []
            where.append(
                "(q.article_id, q.ord) IN (SELECT article_id, ord FROM quotes_fts WHERE quotes_fts MATCH ?)"
            )
            params.append(match)
        if since is not None:
            where.append("a.published >= ?")
            params.append(since)
        if outlet is not None:
            where.append("marsad_norm(a.outlet) = ?")
            params.append(normalize(outlet.strip()))
        sql = (
            f"SELECT a.id, a.title, a.outlet, a.published, a.url, {_QUOTE_COLUMNS}"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" {'WHERE ' + ' AND '.join(where) if where else ''}"
            " ORDER BY a.published DESC NULLS LAST, a.seq DESC, q.ord LIMIT ? OFFSET ?"
        )
        rows = self._conn().execute(sql, (*params, max(0, limit), max(0, offset)))
        return [QuoteHit(r[0], r[1], r[2], r[3], r[4], _quote(r[5:])) for r in rows]

    def entities(
        self, *, label: str | None = None, name: str | None = None, limit: int = 50
    ) -> list[EntitySummary]:
        where, params = ("WHERE label = ?", [label]) if label is not None else ("", [])
        rows = self._conn().execute(
            "SELECT entity_id, label, canonical, text, count(*), count(DISTINCT article_id) FROM mentions"
            f" {where} GROUP BY entity_id, label, canonical, text",
            params,
        )
        found: dict[str, EntitySummary] = {}
        names: dict[str, dict[str, int]] = {}
        for entity, lab, canonical, text, n, _ in rows:
            entity = entity or f"{lab.lower()}-{name_key(canonical)}"
            e = found.setdefault(entity, EntitySummary(entity, lab, canonical, 0, 0, []))
            e.mentions += n
            e.variants.append((text, n))
            counts = names.setdefault(entity, {})
            counts[canonical] = counts.get(canonical, 0) + n
        articles = dict(
            self._conn().execute(
                f"SELECT entity_id, count(DISTINCT article_id) FROM mentions {where} GROUP BY entity_id",
                params,
            )
        )
        wanted = f" {name_key(name)} " if name is not None else None
        result = []
        for entity, e in found.items():
            e.canonical = max(names[entity].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
            e.articles = articles.get(entity, 0)
            merged: dict[str, int] = {}
            for text, n in e.variants:
                merged[text] = merged.get(text, 0) + n
            e.variants = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
            if wanted is None or any(wanted in f" {name_key(v)} " for v, _ in e.variants):
                result.append(e)
        result.sort(key=lambda e: (-e.mentions, e.canonical))
        return result[: max(0, limit)]


_QUOTE_COLUMNS = ", ".join(
    f"q.{c}"
    for c in (
        "start",
        '"end"',
        "text",
        "kind",
        "cue_start",
        "cue_end",
        "cue_text",
        "speaker_name",
        "speaker_entity_id",
        "speaker_start",
        "speaker_end",
        "speaker_text",
    )
)


def _normalize_sql(text: str | None) -> str | None:
    return None if text is None else normalize(text)


def _like_literal(text: str) -> str:
    """``text`` as a LIKE pattern that matches itself only (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Prepared:
    """One article's rows for every table, minus the seq and ingestion time assigned under the lock."""

    __slots__ = ("article", "dates", "fts", "mentions", "quotes", "quotes_fts", "sentences")

    def __init__(self, article: Article) -> None:
        a = article
        try:
            meta = json.dumps(a.meta, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise StoreError(
                f"article {a.id!r}: meta is not JSON serialisable ({exc}); nothing was stored"
            ) from exc
        ts = (a.title_span.start, a.title_span.end, a.title_span.text) if a.title_span else (None, None, None)
        raw = None if a.raw == a.text else a.raw  # the common plain-text input: stored once
        self.article = (a.id, a.source, a.url, a.title, a.outlet, a.published, a.text, raw, meta, *ts)
        self.fts = (index_text(a.title or ""), index_text(a.text))
        i = a.id
        self.sentences = [(i, n, s.start, s.end) for n, s in enumerate(a.sentences)]
        self.dates = [(i, n, d.start, d.end, d.text, d.value) for n, d in enumerate(a.dates)]
        self.mentions = [
            (i, n, m.start, m.end, m.text, m.label, m.canonical, m.entity_id)
            for n, m in enumerate(a.entities)
        ]
        self.quotes = [(i, n, *_quote_row(q)) for n, q in enumerate(a.quotes)]
        self.quotes_fts = [(index_text(q.text), i, n) for n, q in enumerate(a.quotes)]


def _quote_row(q: Quote) -> tuple[Any, ...]:
    sp = q.speaker
    mention = sp.mention if sp else None
    m = (mention.start, mention.end, mention.text) if mention else (None, None, None)
    who = (sp.name, sp.entity_id) if sp else (None, None)
    key = name_key(sp.name) if sp else None
    return (q.start, q.end, q.text, q.kind, q.cue.start, q.cue.end, q.cue.text, *who, *m, key)


def _quote(r: tuple[Any, ...]) -> Quote:
    speaker = None
    if r[7] is not None:
        mention = None if r[9] is None else Span(r[9], r[10], r[11])
        speaker = Speaker(r[7], r[8], mention)
    return Quote(r[0], r[1], r[2], r[3], Span(r[4], r[5], r[6]), speaker)
