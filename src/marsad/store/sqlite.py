"""The embedded store: one SQLite file (WAL), normalised annotation tables and an FTS5 index.

Writes are batched: one transaction and one ``executemany`` per table per `add_articles` call,
which is what makes SQLite fast. Schema changes are numbered ``migrations/NNNN_name.sql`` files
shipped with the package, applied in order, each in its own transaction, and recorded in
``PRAGMA user_version``; ``PRAGMA application_id`` marks the file as marsad's.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from marsad.errors import StoreError
from marsad.records import Article
from marsad.search.query import fts_query, make_snippet, query_terms
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

__all__ = ["APPLICATION_ID", "SQLiteStore", "migrations"]

APPLICATION_ID = 0x6D727364  # "mrsd": set by migration 0001, checked on open
_BUSY_TIMEOUT_MS = 10_000  # a second writer (CLI beside the web app) waits instead of failing
_TITLE_WEIGHT = 3.0  # bm25 column weights: a word in the title counts three times one in the body
_SEARCH = (
    "SELECT a.id, a.title, a.outlet, a.published, a.text,"
    f" bm25(articles_fts, {_TITLE_WEIGHT}, 1.0) AS rank"
    " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
    " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
)

_INSERT = {
    "articles": f"INSERT INTO articles (seq, {ARTICLE_COLUMNS}, ingested_at, outlet_key, day)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    **CHILD_INSERTS,
    **ENTITY_UPSERTS,
    "fts": "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
    "quotes_fts": "INSERT INTO quotes_fts (rowid, body) VALUES (?, ?)",
}


def migrations() -> tuple[tuple[int, str, str], ...]:
    return read_migrations("migrations")


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


_ORD_BITS, _SEQ_BITS = 12, 26  # quotes per article, articles per store: 4,096 and 67 million
_ORD_MASK, _SEQ_MASK = (1 << _ORD_BITS) - 1, (1 << _SEQ_BITS) - 1
_EPOCH = date(1900, 1, 1)


def quote_rowid(day: int, seq: int, ord_: int) -> int:
    """The quote index's rowid: publication day, then article, then quote order, so that descending
    rowids list the newest quotes first (undated articles, day 0, last) and decode to (seq, ord)."""
    if seq > _SEQ_MASK:
        raise StoreError(f"the SQLite store holds at most {_SEQ_MASK} articles; use PostgreSQL beyond")
    return (day << (_SEQ_BITS + _ORD_BITS)) | (seq << _ORD_BITS) | (_ORD_MASK - ord_)


def _day_number(published: str | None) -> int:
    """Days since 1900 of an ISO date (partial dates take their first day); 0 when unknown."""
    if not published:
        return 0
    parts = published[:10].split("-")
    try:
        year, month, day = (
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
        return max(0, (date(year, month, day) - _EPOCH).days + 1)
    except (ValueError, IndexError):
        return 0


def _has_code(sql: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in sql.splitlines())


class SQLiteStore(SQLReader):
    """`marsad.store.base.Store` on one SQLite file; a context manager. One connection, one thread."""

    _NO_INDEX = "+"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {str(self.path)!r}: {exc}") from exc
        try:
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
        prepared = [Prepared(a) for a in fresh(batch, self.stored([a.id for a in batch]))]
        ingested_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        _begin(db, self.path)
        try:
            stored = self.stored([p.id for p in prepared])  # a concurrent writer may have added some
            if stored:
                prepared = [p for p in prepared if p.id not in stored]
            seq = db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            tables: dict[str, list[Sequence[Any]]] = {name: [] for name in _INSERT}
            for p in prepared:
                seq += 1
                day = _day_number(p.article[5])
                tables["articles"].append((seq, *p.article, ingested_at, p.outlet_key, day))
                tables["fts"].append((seq, *p.index))
                for name, children in p.children.items():
                    tables[name] += children
                tables["quotes_fts"] += [
                    (quote_rowid(day, seq, ord_), body)
                    for body, _, ord_ in p.quote_index
                    if ord_ <= _ORD_MASK
                ]
            tables.update(entity_rows(prepared))
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

    # -- reading -------------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn().execute(sql, params).fetchall()

    def _about(self, query: str, *, few: bool) -> tuple[str, str, list[Any], str] | None:
        """Driven by the quote index in rowid order, which is newest first (see `quote_rowid`): the
        first ``limit`` matches end the scan, however many quotes match. When other conditions leave
        few quotes, those are checked against the set of matching rowids instead."""
        match = fts_query(query)
        if match is None:
            return None
        if few:
            rowid = f"((a.day << {_SEQ_BITS + _ORD_BITS}) | (a.seq << {_ORD_BITS}) | ({_ORD_MASK} - q.ord))"
            matching = f"{rowid} IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
            return QUOTES_FROM, matching, [match], QUOTES_ORDER
        source = (
            f"quotes_fts f JOIN articles a ON a.seq = (f.rowid >> {_ORD_BITS}) & {_SEQ_MASK}"
            f" JOIN quotes q ON q.article_id = a.id AND q.ord = {_ORD_MASK} - (f.rowid & {_ORD_MASK})"
        )
        return source, "quotes_fts MATCH ?", [match], "f.rowid DESC"

    def place(self, rows: Sequence[tuple[str, str, str, str | None]], state: tuple[str, bytes]) -> None:
        db = self._conn()
        _begin(db, self.path)
        try:
            db.executemany("INSERT OR IGNORE INTO stories VALUES (?, ?, ?, ?)", rows)
            db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", state)
            db.execute("COMMIT")
        except BaseException as exc:
            _rollback(db)
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"could not store story assignments, nothing was written: {exc}") from exc
            raise

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
