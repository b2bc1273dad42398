"""Both stores (SQLite, PostgreSQL) pass the same tests: exact round trips, idempotent all-or-nothing batches,
Arabic-aware search, quotes and entities; then what is particular to the SQLite file."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad.store.sql
from marsad.errors import StoreError
from marsad.records import Article, Mention, Quote, Sentence, Span, Speaker
from marsad.store import AddResult, SQLiteStore, Store, open_store
from marsad.store.postgres import PostgresStore
from marsad.store.sqlite import APPLICATION_ID, migrations
from tests.strategies import articles


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        store: Store = SQLiteStore(tmp_path / "marsad.db")
    else:
        store = PostgresStore(request.getfixturevalue("pg_cluster").new_database())
    yield store
    store.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "marsad.db") as store:
        yield store


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search indexes included), read through a separate connection."""
    if isinstance(store, PostgresStore):
        import psycopg

        with psycopg.connect(store.url) as pg:
            names = [
                r[0]
                for r in pg.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                )
            ]
            return {n: sorted(pg.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    assert isinstance(store, SQLiteStore)
    db = sqlite3.connect(store.path)
    try:
        names = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        dump = {}
        for name in names:
            if name in (
                "articles_fts",
                "quotes_fts",
            ):  # the virtual tables; its rows live in the shadow tables
                continue
            dump[name] = sorted(db.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
        return dump
    finally:
        db.close()


def _article(n: int, text: str, **fields: Any) -> Article:
    """A small annotated article whose spans point into ``text``."""
    i = text.find("لافروف")
    quotes = []
    if i >= 0:
        cue = Span(0, 3, text[0:3])
        quotes = [
            Quote(
                i, len(text), text[i:], "direct", cue, Speaker("سيرغي لافروف", "Q1", Span(i, i + 6, "لافروف"))
            )
        ]
    return Article(
        id=fields.pop("id", f"a{n:06d}"),
        source=f"gen/{n}.txt",
        raw=text,
        text=text,
        sentences=[Sentence(0, len(text))],
        entities=[Mention(i, i + 6, "لافروف", "PER", "سيرغي لافروف")] if i >= 0 else [],
        quotes=quotes,
        **fields,
    )


# -- round trip --------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles())
def test_round_trip_returns_the_article_unchanged(fresh_db: Store, article: Article) -> None:
    article.id = f"{article.id}-{uuid.uuid4().hex}"  # one store serves every example
    assert fresh_db.add_articles([article]) == AddResult(1, 0)
    got = fresh_db.get(article.id)
    assert got == article
    assert fresh_db.has(article.id)


def test_add_result_counts_and_missing_ids(fresh_db: Store) -> None:
    result = fresh_db.add_articles([_article(1, "قال لافروف"), _article(2, "نص"), _article(1, "نسخة أخرى")])
    assert (result.added, result.skipped) == (2, 1)
    assert fresh_db.count() == 2
    assert fresh_db.get("a000001") == _article(1, "قال لافروف")  # the first of the duplicates is kept
    assert fresh_db.get("nope") is None
    assert not fresh_db.has("nope")
    assert fresh_db.add_articles([]) == AddResult(0, 0)


def test_raw_equal_to_text_is_stored_once_and_read_back(fresh_db: Store) -> None:
    same = _article(1, "وقال لافروف")
    other = dataclasses.replace(_article(2, "نص نظيف"), raw="<p>نص نظيف</p>")
    fresh_db.add_articles([same, other])
    raws = sorted((r[1], r[8]) for r in _dump(fresh_db)["articles"])  # (id, raw): seq comes first
    assert [r for r in raws if r[0] in ("a000001", "a000002")] == [
        ("a000001", None),
        ("a000002", "<p>نص نظيف</p>"),
    ]
    assert fresh_db.get("a000001") == same
    assert fresh_db.get("a000002") == other


def test_two_stores_on_one_file_share_it(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as first, SQLiteStore(tmp_path / "s.db") as second:
        first.add_articles([_article(1, "قال لافروف")])
        assert second.add_articles([_article(1, "قال لافروف"), _article(2, "وسوريا")]) == AddResult(1, 1)
        assert first.count() == second.count() == 2
        assert [h.id for h in first.search("سورية")] == ["a000002"]


def test_reingest_adds_nothing_and_changes_nothing(fresh_db: Store, seed_texts: dict[str, str]) -> None:
    batch = [_article(n, text, outlet=f"o{n}") for n, text in enumerate(seed_texts.values())]
    assert fresh_db.add_articles(batch).added == len(batch)
    before = _dump(fresh_db)
    changed = [dataclasses.replace(a, text="مختلف", meta={"x": 1}) for a in batch]  # same ids, new content
    result = fresh_db.add_articles(changed)
    assert (result.added, result.skipped) == (0, len(batch))
    assert _dump(fresh_db) == before
    assert fresh_db.get(batch[0].id) == batch[0]


# -- one transaction per batch -----------------------------------------------------------------------------


def test_unserialisable_meta_stores_nothing_of_the_batch(fresh_db: Store) -> None:
    fresh_db.add_articles([_article(0, "قبل")])
    before = _dump(fresh_db)
    bad = _article(2, "سيء", meta={"when": {1, 2}})
    with pytest.raises(StoreError, match="JSON"):
        fresh_db.add_articles([_article(1, "قال لافروف"), bad, _article(3, "بعد")])
    assert _dump(fresh_db) == before
    assert fresh_db.count() == 1


def test_a_failure_mid_write_rolls_the_whole_batch_back(fresh_db: Store) -> None:
    fresh_db.add_articles([_article(0, "قبل")])
    before = _dump(fresh_db)
    bad = _article(3, "وقال لافروف")
    bad.quotes[0].text = "\ud800"  # a lone surrogate cannot be encoded: fails in the last table written
    with pytest.raises(StoreError, match="nothing of it was written"):
        fresh_db.add_articles([_article(1, "قال لافروف"), _article(2, "نص"), bad])
    assert _dump(fresh_db) == before
    assert fresh_db.add_articles([_article(1, "قال لافروف")]).added == 1  # no transaction left open
    assert fresh_db.count() == 2


# -- listing -----------------------------------------------------------------------------------------------


def test_articles_lists_newest_first_with_counts(fresh_db: Store) -> None:
    fresh_db.add_articles(
        [
            _article(1, "وقال لافروف", outlet="سانا", published="2017-07-10"),
            _article(2, "نص", outlet="سانا", published=None),
            _article(3, "وقال لافروف", outlet="RT", published="2019-01-02"),
            _article(4, "نص", outlet="سانا", published="2018-05-05"),
        ]
    )
    assert [s.id for s in fresh_db.articles()] == ["a000003", "a000004", "a000001", "a000002"]
    assert [s.id for s in fresh_db.articles(outlet="سانا", limit=2)] == ["a000004", "a000001"]
    assert [s.id for s in fresh_db.articles(outlet="سانا", limit=2, offset=2)] == ["a000002"]
    first = fresh_db.articles(limit=1)[0]
    assert (first.n_quotes, first.n_entities, first.outlet, first.source) == (1, 1, "RT", "gen/3.txt")
    assert fresh_db.articles(outlet="غائب") == []


# -- search ------------------------------------------------------------------------------------------------


@pytest.fixture
def corpus(fresh_db: Store) -> Store:
    fresh_db.add_articles(
        [
            _article(1, "قال لافروف إن الوضع في سوريا معقد", title="لافروف وسوريا"),
            _article(2, "أعلنت الحكومة السورية في بيان عن خطة لسورية الجديدة"),
            _article(3, "تعمل تركيا على حل الوضع في محافظة إدلب"),
            _article(4, "and near not: English words among Arabic ones"),
            _article(5, "قررت المحكمة العليا أمس"),
        ]
    )
    return fresh_db


def _ids(store: Store, query: str) -> set[str]:
    return {h.id for h in store.search(query)}


def test_spelling_variants_find_each_other(corpus: Store) -> None:
    assert _ids(corpus, "سورية") == {"a000001", "a000002"}
    assert _ids(corpus, "سوريا") == {"a000001", "a000002"}
    assert _ids(corpus, "ادلب") == {"a000003"}
    assert _ids(corpus, "تركيه") == {"a000003"}
    assert _ids(corpus, "عليه") == set()  # not العليا


def test_hits_rank_and_show_a_display_snippet(corpus: Store) -> None:
    hits = corpus.search("لافروف سوريا")
    assert [h.id for h in hits] == ["a000001"]
    assert hits[0].title == "لافروف وسوريا"
    assert hits[0].snippet == "قال «لافروف» إن الوضع في سوريا معقد"
    assert hits[0].score > 0
    assert corpus.search("سورية")[0].score >= corpus.search("سورية")[-1].score
    assert "«إدلب»" in corpus.search("ادلب")[0].snippet
    assert len(corpus.search("سوريا", limit=1)) == 1


_LITERAL = {"a000004"}  # the one article with the words and, near, not
_SYRIA = {"a000001", "a000002"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"', set()),
        ("(", set()),
        (")", set()),
        ("*", set()),
        ('"*"', set()),
        ("NEAR(", _LITERAL),
        ("NEAR(سوريا", set()),  # near AND سوريا: no article has both
        ("AND NOT", _LITERAL),
        ("-سوريا", _SYRIA),
        ("سوريا*", _SYRIA),
        ("body: سوريا", set()),
        (")) OR ((", set()),
        ("^", set()),
    ],
)
def test_operator_queries_do_not_raise_and_match_literally(
    corpus: Store, query: str, expected: set[str]
) -> None:
    assert _ids(corpus, query) == expected


def test_phrase_search(corpus: Store) -> None:
    assert _ids(corpus, '"الوضع في سوريا"') == {"a000001"}
    assert _ids(corpus, '"في الوضع"') == set()
    assert _ids(corpus, "في الوضع") == {"a000001", "a000003"}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_query_searches_without_error(corpus: Store, query: str) -> None:
    for hit in corpus.search(query):
        assert hit.snippet.count("«") <= 1 + query.count("«")


# -- the file ------------------------------------------------------------------------------------------------


def test_migrations_apply_once_and_data_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with SQLiteStore(path) as store:
        assert store.schema_version == len(migrations()) >= 1
        store.add_articles([_article(1, "وقال لافروف")])
    with SQLiteStore(path) as store:  # re-running 0001 would fail on CREATE TABLE
        assert store.schema_version == len(migrations())
        assert store.get("a000001") == _article(1, "وقال لافروف")
        assert store.search("لافروف")[0].id == "a000001"
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


def test_not_a_sqlite_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes("ليس قاعدة بيانات\n".encode() * 200)
    with pytest.raises(StoreError, match="not a usable marsad SQLite database"):
        SQLiteStore(path)
    with pytest.raises(StoreError):
        SQLiteStore(tmp_path)  # a directory


def test_foreign_or_newer_databases_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE articles (x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a marsad store"):
        SQLiteStore(other)
    newer = tmp_path / "newer.db"
    SQLiteStore(newer).close()
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(StoreError, match="newer marsad"):
        SQLiteStore(newer)


def test_open_store_picks_the_backend(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db")
    assert isinstance(store, SQLiteStore)
    store.close()
    with pytest.raises(StoreError):
        store.count()  # closed
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://nobody@/marsad?host=/nonexistent")
    with pytest.raises(StoreError, match="unknown store URL"):
        open_store("mysql://localhost/marsad")


def test_nul_characters_are_refused_by_postgres_and_nothing_is_written(pg_cluster: Any) -> None:
    with PostgresStore(pg_cluster.new_database()) as store:
        store.add_articles([_article(0, "قبل")])
        with pytest.raises(StoreError, match="nothing of it was written"):
            store.add_articles([_article(1, "قال لافروف"), _article(2, "نص\x00مخفي")])
        assert store.count() == 1 and store.get("a000001") is None


# -- quotes and entities -------------------------------------------------------------------------------------


def _said(n: int, speaker: str, entity: str, said: str, **fields: Any) -> Article:
    text = f"قال {speaker} إن {said}"
    start = text.index(said)
    who = Speaker(speaker, entity, Span(4, 4 + len(speaker), speaker))
    quote = Quote(start, len(text), said, "indirect", Span(0, 3, "قال"), who)
    mention = Mention(4, 4 + len(speaker), speaker, "PER", speaker, entity)
    return Article(
        id=f"q{n}", source=f"q{n}.txt", raw=text, text=text, entities=[mention], quotes=[quote], **fields
    )


@pytest.mark.parametrize("few", [2000, 0])  # both plans: a speaker's quotes sorted, or all quotes walked
def test_quotes_filter_by_speaker_topic_date_and_outlet(
    fresh_db: Store, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marsad.store.sql, "_FEW_QUOTES", few)
    fresh_db.add_articles(
        [
            _said(1, "سيرغي لافروف", "per-l", "الوضع في إدلب معقد", outlet="سبوتنيك", published="2017-05-06"),
            _said(2, "سيرجي لافروف", "per-l", "روسيا تعمل مع تركيا", outlet="RT", published="2018-01-02"),
            _said(3, "هايكو ماس", "per-m", "ألمانيا قلقة على ادلب", outlet="سبوتنيك", published="2019-03-04"),
            _said(4, "لافروف", "per-l", "لا جديد في إدلب"),  # undated: listed last
        ]
    )

    def ids(**kw: Any) -> list[str]:
        return [h.article_id for h in fresh_db.quotes(**kw)]

    assert ids() == ["q3", "q2", "q1", "q4"]  # newest first, undated last
    assert ids(speaker="لافروف") == ["q2", "q1", "q4"]
    assert ids(speaker="سيرغي لافروف") == ids(speaker="سيرجي لافروف") == ["q2", "q1"]
    assert ids(speaker="لاف") == []  # whole words only
    assert ids(speaker="%") == ids(speaker="_") == []  # LIKE wildcards are literal
    assert ids(about="إدلب") == ["q3", "q1", "q4"]  # إدلب finds ادلب
    assert ids(about="ادلب", speaker="لافروف") == ["q1", "q4"]
    assert ids(about="ادلب", speaker="لافروف", since="2017-01-01") == ["q1"]
    assert ids(since="2018-01-01") == ["q3", "q2"]
    assert ids(outlet="سبوتنيك") == ["q3", "q1"]
    assert ids(about='" OR *') == []
    assert ids(limit=1, offset=1) == ["q2"]
    assert ids(about="إدلب", limit=1, offset=1) == ["q1"]
    hit = fresh_db.quotes(speaker="ماس")[0]
    assert (hit.outlet, hit.published, hit.quote.speaker.entity_id) == ("سبوتنيك", "2019-03-04", "per-m")  # type: ignore[union-attr]


def test_entities_group_variants_under_one_id(fresh_db: Store) -> None:
    fresh_db.add_articles(
        [
            _said(1, "سيرغي لافروف", "per-l", "نص"),
            _said(2, "سيرغي لافروف", "per-l", "نص آخر"),
            _said(3, "لافروف", "per-l", "نص ثالث"),
            _said(4, "هايكو ماس", "per-m", "نص رابع"),
        ]
    )
    found = fresh_db.entities()
    assert [e.entity_id for e in found] == ["per-l", "per-m"]  # most mentioned first
    lavrov = found[0]
    assert (lavrov.mentions, lavrov.articles, lavrov.canonical) == (3, 3, "سيرغي لافروف")
    assert lavrov.variants == [("سيرغي لافروف", 2), ("لافروف", 1)]
    assert [e.entity_id for e in fresh_db.entities(name="ماس")] == ["per-m"]
    assert fresh_db.entities(label="LOC") == []
    assert len(fresh_db.entities(limit=1)) == 1
