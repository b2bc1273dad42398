"""Tokens are spans into the display text; the clitic stripper is light and predictable."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import normalize
from marsad.text.tokens import Token, strip_clitics, token_spans, tokenize

_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")  # bidi marks, ZW*, BOM


def test_words_numbers_and_punctuation() -> None:
    text = "قال لافروف: “نعمل بشكلٍ مكثّف” في 3.5 و2,254 كـ\u200fدمشق O'Brien."
    assert [t.text for t in tokenize(text)] == [
        "قال",
        "لافروف",
        ":",
        "“",
        "نعمل",
        "بشكلٍ",
        "مكثّف",
        "”",
        "في",
        "3.5",
        "و2",
        ",",
        "254",
        "كـ",
        "دمشق",
        "O",
        "'",
        "Brien",
        ".",
    ]


def test_arabic_indic_digits_are_numbers() -> None:
    assert [t.text for t in tokenize("عام ٢٠١٧ و٣٫٥")] == ["عام", "٢٠١٧", "و٣", "٫", "٥"]
    assert [t.text for t in tokenize("٣٫٥ بالمئة")] == ["٣٫٥", "بالمئة"]


def test_tokens_are_frozen_spans() -> None:
    tok = tokenize("  سوريا")[0]
    assert tok == Token(2, 7, "سوريا")
    with pytest.raises(AttributeError):
        tok.start = 0  # type: ignore[misc]


_TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(" \n\t\u00a0\u200f\u200c.,:؛؟!“”«»()-0123456789abcXYZ")),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_tokens_index_the_text(text: str) -> None:
    tokens = tokenize(text)
    end = 0
    for tok in tokens:
        assert tok.start >= end and tok.end > tok.start
        assert text[tok.start : tok.end] == tok.text
        assert not any(c.isspace() for c in tok.text)
        end = tok.end
    covered = {i for tok in tokens for i in range(tok.start, tok.end)}
    for i, ch in enumerate(text):  # every visible character is in some token
        if not ch.isspace() and not _INVISIBLE.match(ch):
            assert i in covered, (i, ch)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("وقال", "قال"),
        ("فقال", "قال"),
        ("بالعاصمة", "عاصمه"),
        ("العاصمة", "عاصمه"),
        ("والعاصمة", "عاصمه"),
        ("وبالعاصمة", "عاصمه"),
        ("للأمم", "امم"),
        ("الأمم", "امم"),
        ("لروسيا", "روسيا"),
        ("كالعادة", "عاده"),
        ("الوزير", "وزير"),
        ("وزير", "وزير"),  # و is part of the word
        ("ولبنان", "لبنان"),
        ("للبنان", "لبنان"),
        ("بيان", "بيان"),
        ("كانت", "كانت"),
        ("الله", "الله"),
        ("ولد", "ولد"),  # too short to strip
        ("بلد", "بلد"),
        ("الى", "الي"),
        ("في", "في"),
        ("", ""),
    ],
)
def test_strip_clitics(word: str, stem: str) -> None:
    assert strip_clitics(normalize(word)) == stem


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(list("وفبكلالسوريامنه")), max_size=12))
def test_strip_clitics_only_removes_a_prefix(word: str) -> None:
    stem = strip_clitics(word)
    assert word.endswith(stem)
    assert len(stem) >= min(len(word), 2)


@given(_TEXT)
def test_token_spans_are_the_tokens_spans(text: str) -> None:
    assert token_spans(text) == [(t.start, t.end) for t in tokenize(text)]
