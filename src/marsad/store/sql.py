"""What the SQL backends share: rows written per article, and every read query but search.

Queries are written once with ``?`` placeholders; a backend runs them through `_rows`. What differs
between SQLite and PostgreSQL (full-text search, locking, migrations) stays in each backend.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from types import TracebackType
from typing import Any, TypeVar

from marsad.corpus.names import name_key
from marsad.errors import StoreError
from marsad.records import Article, DateMention, Mention, Quote, Sentence, Span, Speaker
from marsad.search.query import index_text
from marsad.store.base import ArticleSummary, EntitySummary, QuoteHit, StoryGroup
from marsad.text.normalize import normalize

ID_CHUNK = 500  # ids per "IN (...)" lookup, well under either database's bound-parameter limit

ARTICLE_COLUMNS = (
    "id, source, url, title, outlet, published, text, raw, meta, title_start, title_end, title_text"
)
CHILD_INSERTS = {
    "sentences": 'INSERT INTO sentences (article_id, ord, start, "end") VALUES (?, ?, ?, ?)',
    "dates": 'INSERT INTO dates (article_id, ord, start, "end", text, value) VALUES (?, ?, ?, ?, ?, ?)',
    "mentions": 'INSERT INTO mentions (article_id, ord, start, "end", text, label, canonical, entity_id)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "quotes": 'INSERT INTO quotes (article_id, ord, start, "end", text, kind, cue_start, cue_end, cue_text,'
    " speaker_name, speaker_entity_id, speaker_start, speaker_end, speaker_text, speaker_key)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}
ENTITY_UPSERTS = {
    "speakers": "INSERT INTO speakers VALUES (?, ?)"
    " ON CONFLICT (speaker_key) DO UPDATE SET quotes = speakers.quotes + excluded.quotes",
    "entity_variants": "INSERT INTO entity_variants VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (entity_id, canonical, text)"
    " DO UPDATE SET mentions = entity_variants.mentions + excluded.mentions",
    "entity_stats": "INSERT INTO entity_stats VALUES (?, ?, ?, ?) ON CONFLICT (entity_id) DO UPDATE SET"
    " mentions = entity_stats.mentions + excluded.mentions,"
    " articles = entity_stats.articles + excluded.articles",
}
_FEW_QUOTES = 2000  # up to this many quotes of one speaker, sorting them all beats walking every quote
QUOTES_FROM = "quotes q JOIN articles a ON a.id = q.article_id"
QUOTES_ORDER = "a.published DESC NULLS LAST, a.seq DESC, q.ord"  # newest first
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


class Prepared:
    """One article's rows for every table, minus what is assigned under the write lock (seq, time)."""

    __slots__ = ("article", "children", "id", "index", "outlet_key", "quote_index")

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
        self.id = i = a.id
        self.outlet_key = normalize(a.outlet) if a.outlet is not None else None
        self.article = (i, a.source, a.url, a.title, a.outlet, a.published, a.text, raw, meta, *ts)
        self.index = (index_text(a.title or ""), index_text(a.text))  # what full-text search sees
        self.quote_index = [(index_text(q.text), i, n) for n, q in enumerate(a.quotes)]
        self.children: dict[str, list[tuple[Any, ...]]] = {
            "sentences": [(i, n, s.start, s.end) for n, s in enumerate(a.sentences)],
            "dates": [(i, n, d.start, d.end, d.text, d.value) for n, d in enumerate(a.dates)],
            "mentions": [
                (i, n, m.start, m.end, m.text, m.label, m.canonical, m.entity_id)
                for n, m in enumerate(a.entities)
            ],
            "quotes": [(i, n, *_quote_row(q)) for n, q in enumerate(a.quotes)],
        }


_MIGRATION_NAME = re.compile(r"^(\d{4})_\w+\.sql$")


@cache
def read_migrations(*folder: str) -> tuple[tuple[int, str, str], ...]:
    """(number, file name, SQL) of the migrations shipped in ``marsad/store/<folder>``, in order;
    numbers run 1, 2, 3 ... without gaps."""
    entries = resources.files("marsad.store").joinpath(*folder).iterdir()
    found = sorted(
        (int(m[1]), e.name, e.read_text(encoding="utf-8"))
        for e in entries
        if (m := _MIGRATION_NAME.match(e.name))
    )
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise StoreError(f"marsad's {'/'.join(folder)} are not numbered 1..N: {numbers} (a packaging bug)")
    return tuple(found)


def entity_rows(batch: Sequence[Prepared]) -> dict[str, list[Sequence[Any]]]:
    """What a batch adds to the entity tables: mention counts per surface form and per entity, and
    quote counts per speaker key (speaker queries look keys up there, then use the quotes index)."""
    variants: Counter[tuple[str, str, str, str]] = Counter()
    mentions: Counter[tuple[str, str]] = Counter()
    articles: Counter[str] = Counter()
    for p in batch:
        seen: set[str] = set()
        for *_, text, label, canonical, entity in p.children["mentions"]:
            if entity is None:
                continue
            variants[(entity, label, canonical, text)] += 1
            mentions[(entity, label)] += 1
            seen.add(entity)
        articles.update(seen)
    speakers = Counter(q[-1] for p in batch for q in p.children["quotes"] if q[-1])
    return {
        "speakers": list(speakers.items()),
        "entity_variants": [(e, lab, c, t, name_key(t), n) for (e, lab, c, t), n in variants.items()],
        "entity_stats": [(e, lab, n, articles[e]) for (e, lab), n in mentions.items()],
    }


def fresh(batch: list[Article], stored: set[str]) -> list[Article]:
    """The articles of ``batch`` not in ``stored``, each id once (the first wins)."""
    seen = set(stored)
    out: list[Article] = []
    for article in batch:
        if article.id not in seen:
            seen.add(article.id)
            out.append(article)
    return out


def like_literal(text: str) -> str:
    """``text`` as a LIKE pattern that matches itself only (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_S = TypeVar("_S", bound="SQLReader")


class SQLReader:
    """Read queries common to the SQL stores; subclasses provide `_rows` and `_about`."""

    _NO_INDEX = ""  # what keeps the planner from using a column's index (SQLite: a unary +)
    _db: Any  # the backend's connection; None once closed

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _about(self, query: str, *, few: bool) -> tuple[str, str, list[Any], str] | None:
        """How to find quotes ``q`` (of articles ``a``) whose text matches ``query``: the FROM clause, a
        condition, its parameters and the ORDER BY; None if nothing in ``query`` is searchable.
        ``few``: other conditions already narrow the quotes to a few (one speaker's)."""
        raise NotImplementedError

    def stored(self, article_ids: Sequence[str]) -> set[str]:
        ids = list(article_ids)
        found: set[str] = set()
        for i in range(0, len(ids), ID_CHUNK):
            chunk = ids[i : i + ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._rows(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def has(self, article_id: str) -> bool:
        return bool(self._rows("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def count(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def get(self, article_id: str) -> Article | None:
        found = self._rows(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if not found:
            return None
        (i, source, url, title, outlet, published, text, raw, meta, t0, t1, ttext) = found[0]
        key = (article_id,)
        order = "WHERE article_id = ? ORDER BY ord"
        return Article(
            id=i,
            source=source,
            raw=text if raw is None else raw,
            text=text,
            title=title,
            outlet=outlet,
            published=published,
            url=url,
            title_span=None if t0 is None else Span(t0, t1, ttext),
            sentences=[Sentence(*r) for r in self._rows(f'SELECT start, "end" FROM sentences {order}', key)],
            dates=[
                DateMention(*r)
                for r in self._rows(f'SELECT start, "end", text, value FROM dates {order}', key)
            ],
            entities=[
                Mention(*r)
                for r in self._rows(
                    f'SELECT start, "end", text, label, canonical, entity_id FROM mentions {order}', key
                )
            ],
            quotes=[_quote(r) for r in self._rows(f"SELECT {_QUOTE_COLUMNS} FROM quotes q {order}", key)],
            meta=json.loads(meta) if isinstance(meta, str) else meta,
        )

    def articles(
        self, *, limit: int = 50, offset: int = 0, outlet: str | None = None
    ) -> list[ArticleSummary]:
        where, params = ("WHERE a.outlet = ?", [outlet]) if outlet is not None else ("", [])
        rows = self._rows(
            "SELECT a.id, a.title, a.outlet, a.published, a.source,"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"
            f" FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?",
            (*params, max(0, limit), max(0, offset)),
        )
        return [ArticleSummary(*r) for r in rows]

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
        source, order = QUOTES_FROM, QUOTES_ORDER
        where: list[str] = []
        params: list[Any] = []
        speaker_keys: list[str] = []
        few = False
        if speaker is not None:
            key = name_key(speaker)
            found_keys = self._rows(
                "SELECT speaker_key, quotes FROM speakers WHERE ' ' || speaker_key || ' ' LIKE ? ESCAPE '\\'",
                (f"% {like_literal(key)} %",),
            )
            if not key or not found_keys:
                return []
            speaker_keys = [k for k, _ in found_keys]
            # With a topic too, the speaker's quotes are checked against the topic's matches: cheaper
            # than walking the matches unless the speaker said a great deal.
            few = sum(n for _, n in found_keys) <= _FEW_QUOTES * (1 if about is None else 10)
        if about is not None:
            found = self._about(about, few=few)
            if found is None:
                return []
            source, condition, params, order = found
            where.append(condition)
        if speaker_keys:
            # A prolific speaker's quotes are found soonest walking all quotes newest first, so the
            # speaker index (which would sort them all) is kept out with a unary +.
            column = "q.speaker_key" if few else f"{self._NO_INDEX}q.speaker_key"
            where.append(f"{column} IN ({','.join('?' * len(speaker_keys))})")
            params += speaker_keys
        if since is not None:
            where.append("a.published >= ?")
            params.append(since)
        if outlet is not None:
            where.append("a.outlet_key = ?")
            params.append(normalize(outlet.strip()))
        rows = self._rows(
            f"SELECT a.id, a.title, a.outlet, a.published, a.url, {_QUOTE_COLUMNS} FROM {source}"
            f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, max(0, limit), max(0, offset)),
        )
        return [QuoteHit(r[0], r[1], r[2], r[3], r[4], _quote(r[5:])) for r in rows]

    def unplaced(self, limit: int) -> list[str]:
        rows = self._rows(
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = a.id)"
            " ORDER BY a.seq LIMIT ?",
            (limit,),
        )
        return [r[0] for r in rows]

    def state(self, name: str) -> bytes | None:
        rows = self._rows("SELECT value FROM state WHERE name = ?", (name,))
        return bytes(rows[0][0]) if rows else None

    def stories(self, *, limit: int = 20, offset: int = 0) -> list[StoryGroup]:
        groups = self._story_groups("")
        groups.sort(key=lambda g: (g.last_published or "", len(g.article_ids), g.story_id), reverse=True)
        return groups[max(0, offset) : max(0, offset) + max(0, limit)]

    def story(self, story_id: str) -> StoryGroup | None:
        groups = self._story_groups("WHERE s.story_id = ?", story_id)
        return groups[0] if groups else None

    def _story_groups(self, where: str, *params: Any) -> list[StoryGroup]:
        rows = self._rows(
            "SELECT s.story_id, s.topic_id, a.id, a.title, a.outlet, a.published FROM stories s"
            f" JOIN articles a ON a.id = s.article_id {where}"
            " ORDER BY s.story_id, a.published IS NULL, a.published, a.seq",
            params,
        )
        groups: dict[str, StoryGroup] = {}
        for story_id, topic_id, article_id, title, outlet, published in rows:
            g = groups.get(story_id)
            if g is None:
                g = groups[story_id] = StoryGroup(story_id, topic_id, title, [], [], published, published)
            g.article_ids.append(article_id)
            if outlet and outlet not in g.outlets:
                g.outlets.append(outlet)
            if published:
                g.first_published = min(filter(None, (g.first_published, published)))
                g.last_published = max(filter(None, (g.last_published, published)))
            g.title = g.title or title
        return list(groups.values())

    def entities(
        self, *, label: str | None = None, name: str | None = None, limit: int = 50
    ) -> list[EntitySummary]:
        where: list[str] = []
        params: list[Any] = []
        if label is not None:
            where.append("label = ?")
            params.append(label)
        if name is not None:
            key = name_key(name)
            if not key:
                return []
            where.append(
                "entity_id IN (SELECT entity_id FROM entity_variants"
                " WHERE ' ' || name_key || ' ' LIKE ? ESCAPE '\\')"
            )
            params.append(f"% {like_literal(key)} %")
        top = self._rows(
            "SELECT entity_id, label, mentions, articles FROM entity_stats"
            f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY mentions DESC, entity_id LIMIT ?",
            (*params, max(0, limit)),
        )
        found = {e: EntitySummary(e, lab, "", int(n), int(arts), []) for e, lab, n, arts in top}
        names: dict[str, Counter[str]] = {e: Counter() for e in found}
        ids = list(found)
        for i in range(0, len(ids), ID_CHUNK):
            chunk = ids[i : i + ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            for entity, canonical, text, n in self._rows(
                "SELECT entity_id, canonical, text, mentions FROM entity_variants"
                f" WHERE entity_id IN ({marks})",
                chunk,
            ):
                found[entity].variants.append((text, int(n)))
                names[entity][canonical] += int(n)
        for entity, e in found.items():
            e.canonical = (
                max(names[entity].items(), key=lambda kv: (kv[1], len(kv[0])))[0] if names[entity] else ""
            )
            merged: Counter[str] = Counter()
            for text, n in e.variants:
                merged[text] += n
            e.variants = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
        return sorted(found.values(), key=lambda e: (-e.mentions, e.canonical))


def _quote_row(q: Quote) -> tuple[Any, ...]:
    sp = q.speaker
    mention = sp.mention if sp else None
    m = (mention.start, mention.end, mention.text) if mention else (None, None, None)
    who = (sp.name, sp.entity_id) if sp else (None, None)
    key = name_key(sp.name) if sp else None
    return (q.start, q.end, q.text, q.kind, q.cue.start, q.cue.end, q.cue.text, *who, *m, key)


def _quote(r: Sequence[Any]) -> Quote:
    speaker = None
    if r[7] is not None:
        mention = None if r[9] is None else Span(r[9], r[10], r[11])
        speaker = Speaker(r[7], r[8], mention)
    return Quote(r[0], r[1], r[2], r[3], Span(r[4], r[5], r[6]), speaker)
