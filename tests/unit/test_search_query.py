"""Query analysis: Arabic spelling variants, safe FTS5 MATCH strings, snippets of the display text."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.search.query import fts_query, index_text, make_snippet, query_terms, variants
from marsad.text.normalize import normalize

_SPACES = re.compile(r"\s+")


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    """A real FTS5 table shaped like the store's, with a few indexed rows."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    rows = ["وقال لافروف إن سوريا", "AND near NOT title body", "إدلب وتركيا"]
    db.executemany(
        "INSERT INTO t (rowid, title, body) VALUES (?, '', ?)", enumerate(map(index_text, rows), 1)
    )
    yield db
    db.close()


def _match(db: sqlite3.Connection, query: str) -> list[int]:
    match = fts_query(query)
    if match is None:
        return []
    return [r[0] for r in db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", (match,))]


def test_index_text_is_normalised_words_each_followed_by_its_stem() -> None:
    assert index_text("وقال لافروف: “سُوريّة” والعاصمة!") == "وقال قال لافروف سوريه والعاصمه عاصمه"
    assert index_text("") == ""
    assert index_text(" ... «» !") == ""


@pytest.mark.parametrize("query", ["", "   ", '"', '""', "* - : ( )", "(*)", "^+", '"*"'])
def test_queries_without_a_word_have_no_match_string(query: str) -> None:
    assert fts_query(query) is None
    assert query_terms(query) == []


def test_match_string_is_quoted_terms_only() -> None:
    assert fts_query("AND") == '"and"'
    assert fts_query("title:لافروف OR") == '"title" AND "لافروف" AND "or"'
    assert fts_query("سورية") == '("سوريا" OR "سوريه")'
    assert fts_query('"وزير الخارجية"') == '"وزير الخارجيه خارجيه"'


def test_user_operators_are_plain_text(fts: sqlite3.Connection) -> None:
    assert _match(fts, "AND") == [2]
    assert _match(fts, "NEAR(title") == [2]
    assert _match(fts, "NOT سوريا") == []  # "not" must be in the same row, it is not an operator
    assert _match(fts, "lavrov* OR سوريا") == []
    assert _match(fts, "body: - سوريا") == []
    assert _match(fts, "(سوريا)") == [1]


def test_an_unmatched_quote_is_plain_text(fts: sqlite3.Connection) -> None:
    assert fts_query('سوريا "لافروف') == fts_query("سوريا لافروف")
    assert _match(fts, 'سوريا "لافروف') == [1]


def test_arabic_spelling_variants_find_each_other(fts: sqlite3.Connection) -> None:
    assert _match(fts, "سورية") == [1]
    assert _match(fts, "سوريا") == [1]
    assert _match(fts, "ادلب") == [3]
    assert _match(fts, "تركية") == [3]  # indexed as وتركيا + stem تركيا
    assert _match(fts, "قال لافروف") == [1]
    assert {"سوريا", "سوريه"} <= variants(normalize("السورية"))


def test_variants_do_not_turn_common_words_into_other_words() -> None:
    assert variants("عليه") == {"عليه"}  # not العليا
    assert variants("عليا") == {"عليا"}
    assert variants("فيه") == {"فيه"}
    assert variants("كلمه") == {"كلمه"}  # not كلما
    assert variants("دوله") == {"دوله"}  # not دولا (دولاً): دولة is listed as a place name, not as دولا
    assert variants("جديده") == {"جديده"}


def test_names_attested_with_both_finals_alternate() -> None:
    assert "مالطا" in variants(normalize("مالطة"))
    assert "مالطه" in variants("مالطا")
    assert "استانا" in variants(normalize("الأستانة"))


def test_phrase_queries_need_the_words_together() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, content='')")
    rows = ["قال وزير الخارجية الروسي", "الخارجية الروسية أعلنت أن الوزير", "ووزير الخارجية الروسي"]
    db.executemany(
        "INSERT INTO t (rowid, title, body) VALUES (?, '', ?)", enumerate(map(index_text, rows), 1)
    )
    assert _match(db, "وزير الخارجية") == [1, 2, 3]
    assert _match(db, '"وزير الخارجية"') == [1, 3]
    assert _match(db, '"الخارجية الروسي" وزير') == [1, 3]


def test_query_terms_are_per_word_variant_sets() -> None:
    terms = query_terms('سورية "وزير الخارجية"')
    assert len(terms) == 3
    assert {"سوريه", "سوريا"} <= terms[0]
    assert terms[1] == {"وزير"}
    assert terms[2] == {"الخارجيه", "خارجيه"}


def test_snippet_marks_the_display_text_of_the_first_match() -> None:
    text = "مقدمة طويلة " * 30 + "وقال إن سوريّة\tستبقى " + "خاتمة " * 40
    snip = make_snippet(text, query_terms("سوريا"))
    assert "«سوريّة»" in snip
    assert snip.startswith("…") and snip.endswith("…")
    assert "\t" not in snip
    assert 150 <= len(snip) <= 230
    assert make_snippet("قصير جدا", query_terms("غائب")) == "قصير جدا"
    assert make_snippet("", query_terms("x")) == ""


def test_snippet_matches_a_clitic_form_by_its_stem() -> None:
    assert make_snippet("نعم وبسوريا", query_terms("سوريا")) == "نعم «وبسوريا»"
    assert "«والخارجية»" in make_snippet("اجتماع والخارجية", query_terms("الخارجية"))


_ALPHABET = st.characters(exclude_characters="«»…")


@settings(max_examples=200, deadline=None)
@given(st.text(_ALPHABET, max_size=400), st.text(max_size=30))
def test_snippet_is_a_window_of_the_display_text(text: str, query: str) -> None:
    snip = make_snippet(text, query_terms(query))
    assert snip.count("«") == snip.count("»") <= 1
    core = snip.removeprefix("…").removesuffix("…").replace("«", "").replace("»", "")
    assert core.strip() in _SPACES.sub(" ", text)
    assert len(core) <= max(210, max((len(w) for w in text.split()), default=0) + 10)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_match_string_that_fts5_accepts(query: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO t (rowid, title, body) VALUES (1, ?, ?)", (index_text(query), index_text(query)))
    match = fts_query(query)
    if match is None:
        assert query_terms(query) == []
        return
    db.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)).fetchall()  # must not raise
    assert len(query_terms(query)) >= 1


_OPERATORS = st.sampled_from(
    ['"', "(", ")", "*", "-", ":", "^", "+", "AND", "OR", "NOT", "NEAR(", "NEAR", ",", "{"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_OPERATORS, max_size=12))
def test_operator_soup_finds_only_literal_words(parts: list[str]) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, content='')")
    db.executemany(
        "INSERT INTO t (rowid, title, body) VALUES (?, '', ?)",
        [(1, index_text("and or not near")), (2, index_text("سوريا وتركيا"))],
    )
    query = " ".join(parts)
    found = _match(db, query)
    words = {p.strip("(").lower() for p in parts} & {"and", "or", "not", "near"}
    assert set(found) <= {1}  # never the row without those words
    if '"' not in parts:  # (quotes make phrases, which need the words in order)
        assert found == ([1] if words else [])
