"""Sentence spans: Arabic punctuation, abbreviations, numbers, quotes; never a lost character."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.sentences import split_sentences
from tests.golden.regen import STAGES, golden_path


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


SEEDS = sorted(p.name for p in (Path(__file__).parents[2] / "samples" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS)
def test_golden(seed: str, seed_texts: dict[str, str]) -> None:
    expected = json.loads(golden_path("sentences", seed).read_text(encoding="utf-8"))
    assert STAGES["sentences"](seed_texts[seed]) == expected


def test_terminators_and_runs() -> None:
    assert _split("انتهى الاجتماع. هل نجح؟ نعم! ربما… ثم ماذا؟! لا شيء...") == [
        "انتهى الاجتماع.",
        "هل نجح؟",
        "نعم!",
        "ربما…",
        "ثم ماذا؟!",
        "لا شيء...",
    ]


def test_semicolon_is_not_a_boundary() -> None:
    assert _split("قال الوزير؛ إن الوضع هادئ؛ وأضاف أنه راض.") == [
        "قال الوزير؛ إن الوضع هادئ؛ وأضاف أنه راض."
    ]


def test_newlines_are_boundaries() -> None:
    assert _split("عنوان بلا نقطة\n\nفقرة أولى\nفقرة ثانية.") == [
        "عنوان بلا نقطة",
        "فقرة أولى",
        "فقرة ثانية.",
    ]


def test_numbers_and_abbreviations_do_not_split() -> None:
    assert _split("بلغ النمو 3.5 بالمئة وفق د. أحمد و م. سمير. وأكد ذلك.") == [
        "بلغ النمو 3.5 بالمئة وفق د. أحمد و م. سمير.",
        "وأكد ذلك.",
    ]
    assert _split("نقلت وكالة أ.ف.ب. الخبر. وقال Mr. Smith ذلك.") == [
        "نقلت وكالة أ.ف.ب. الخبر.",
        "وقال Mr. Smith ذلك.",
    ]
    assert _split("1. البند الأول") == ["1. البند الأول"]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "وقال “أود أن أؤيد ذلك. وهذا ما ركزنا عليه في العلاقات الثنائية”. وتابع الوزير."
    assert _split(text) == [
        "وقال “أود أن أؤيد ذلك.",
        "وهذا ما ركزنا عليه في العلاقات الثنائية”.",
        "وتابع الوزير.",
    ]
    assert _split("قال «انتهى الأمر.» ثم غادر.") == ["قال «انتهى الأمر.»", "ثم غادر."]
    assert _split("سأل “ماذا؟”، ثم صمت.") == ["سأل “ماذا؟”، ثم صمت."]


def test_missing_space_after_period_between_arabic_words() -> None:
    assert _split("انتهى الاجتماع.وقال المتحدث إنه راض.") == ["انتهى الاجتماع.", "وقال المتحدث إنه راض."]
    assert _split("زوروا sputniknews.com اليوم.") == ["زوروا sputniknews.com اليوم."]


def test_leading_punctuation_joins_the_next_sentence() -> None:
    assert _split("... ثم بدأ الحديث.") == ["... ثم بدأ الحديث."]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\u00a0\n") == []


_TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(" \n\r\t\u00a0\u2028.!?؟…؛،:“”«»\"'()[]0123456789دمأ")),
        st.characters(codec="utf-8"),
    ),
    max_size=120,
)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_never_loses_a_character(text: str) -> None:
    sentences = split_sentences(text)
    pos = 0
    for s in sentences:
        assert pos <= s.start < s.end <= len(text)
        assert text[pos : s.start].isspace() or pos == s.start
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        pos = s.end
    assert text[pos:].isspace() or pos == len(text)
    covered = sum(1 for s in sentences for c in text[s.start : s.end] if not c.isspace())
    assert covered == sum(1 for c in text if not c.isspace())
