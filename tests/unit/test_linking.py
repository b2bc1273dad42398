"""Name keys, role book and the in-article entity linker."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.corpus.linking import EntityLinker, entity_id
from marsad.corpus.names import name_key
from marsad.corpus.roles import RoleBook
from marsad.records import Article, Mention


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("سوريا", "سورية"),
        ("أستانا", "أستانة"),
        ("استانا", "أستانة"),
        ("لكسمبرغ", "لوكسمبورغ"),
        ("إدلب", "ادلب"),
        ("سيرغي لافروف", "سيرجي لافروف"),
        ("أنطونيو غوتيريش", "انطونيو جوتيريش"),
    ],
)
def test_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("سوريا", "روسيا"), ("لافروف", "لوكسمبورغ"), ("تركيا", "ترامب"), ("بوتين", "بوش")]
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـً ", max_size=40))
def test_name_key_is_idempotent_on_its_output_words(name: str) -> None:
    key = name_key(name)
    assert name_key(key) == name_key(key)


def test_role_book_respects_dates() -> None:
    book = RoleBook.load()
    assert book.holder("وزير الخارجية الأميركي", dt.date(2017, 4, 12)) == "ريكس تيلرسون"
    assert book.holder("وزير الخارجية الأمريكي", dt.date(2015, 1, 1)) == "جون كيري"
    assert book.holder("وزير الخارجية الروسي", None) == "سيرغي لافروف"  # one holder ever
    assert book.holder("الرئيس الأمريكي", None) is None  # ambiguous without a date
    assert book.holder("رئيس نادي الكرة", dt.date(2017, 1, 1)) is None


def _article(text: str, names: list[tuple[str, str]], published: str | None = None) -> Article:
    mentions = []
    for surface, label in names:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, label, surface))
    return Article(id="x", source="t", raw=text, text=text, published=published, entities=mentions)


def test_linker_merges_variants_and_links_roles() -> None:
    text = (
        "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. وأضاف لافروف أن الوضع صعب. "
        "وأكد وزير الخارجية الأميركي أن بلاده مستعدة، فيما قال سيرجي لافروف إن موسكو جاهزة."
    )
    art = _article(text, [("سيرغي لافروف", "PER"), ("لافروف", "PER"), ("سيرجي لافروف", "PER")], "2017-04-12")
    art.entities[1] = Mention(text.index("لافروف أن"), text.index("لافروف أن") + 6, "لافروف", "PER", "لافروف")
    linked = EntityLinker.load()(art)
    for m in linked.entities:
        assert text[m.start : m.end] == m.text
    lavrov = {m.entity_id for m in linked.entities if m.canonical == "سيرغي لافروف"}
    assert len(lavrov) == 1
    by_text = {m.text: m for m in linked.entities}
    assert by_text["لافروف"].canonical == "سيرغي لافروف"
    assert by_text["وزير الخارجية الروسي"].canonical == "سيرغي لافروف"
    assert by_text["وزير الخارجية الأميركي"].canonical == "ريكس تيلرسون"
    assert by_text["سيرجي لافروف"].entity_id == entity_id("PER", "سيرغي لافروف")


def test_linker_strips_clitics_only_where_a_name_remains() -> None:
    text = "التقى وليد المعلم ولافروف في موسكو ثم زار لافروف والعراق."
    art = _article(text, [("وليد المعلم", "PER"), ("ولافروف", "PER"), ("لافروف", "PER"), ("والعراق", "LOC")])
    art.entities[2] = Mention(text.rindex("لافروف"), text.rindex("لافروف") + 6, "لافروف", "PER", "لافروف")
    linked = EntityLinker.load()(art)
    canon = {m.text: m.canonical for m in linked.entities}
    assert canon["وليد المعلم"] == "وليد المعلم"
    assert canon["ولافروف"] == "سيرغي لافروف"  # known role holder, surname unique
    assert canon["والعراق"] == "العراق"


def test_bare_family_name_follows_the_relative_the_article_names() -> None:
    """A bare "السبسي" is the known president unless the article writes another given name before the
    same middle name ("حافظ قائد السبسي")."""
    text = "أكد المدير التنفيذي حافظ قائد السبسي أن الحزب موحد. وأفاد السبسي أن الاجتماع مهم."
    art = _article(text, [("السبسي", "PER")])
    art.entities.append(Mention(text.rindex("السبسي"), text.rindex("السبسي") + 6, "السبسي", "PER", "السبسي"))
    linked = EntityLinker.load()(art)
    assert {m.canonical for m in linked.entities if m.label == "PER"} == {"حافظ قائد السبسي"}
    text = "استقبل رئيس الجمهورية الباجي قائد السبسي الوفد. وأكد السبسي أن تونس ملتزمة."
    linked = EntityLinker.load()(_article(text, [("السبسي", "PER")]))
    assert {m.canonical for m in linked.entities if m.text == "السبسي"} == {"الباجي قائد السبسي"}
