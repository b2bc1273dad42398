"""Cue classes found in the error analysis of the fifth held-out set, each on small synthetic
sentences (none copied from an article): which words report, and where their content starts and ends."""

from __future__ import annotations

import pytest

from marsad.extract.quotes import QuoteExtractor
from marsad.records import Mention, Quote


@pytest.fixture(scope="module")
def qx() -> QuoteExtractor:
    return QuoteExtractor.load()


def per(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "PER", name)


def by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue.text.split()[0] == cue]


def test_an_unclosed_mark_does_not_nest_the_later_pairs(qx: QuoteExtractor) -> None:
    # a mark opened and never closed, cut at its first sentence: the pairs after it are quotations of
    # their own, not marks nested in it
    text = ("وأكد المحتجون أن المشروع يتضمن \"عيوبا كثيرة في التصميم والتنفيذ. وأضاف المحتجون أن "
            "المشروع \"لم يعرض على السكان\" قبل إطلاقه في الصيف الماضي بحسب ما نشرته الصحف المحلية. "
            "وقال الوزير سامي العياري: \"المشروع سيتواصل رغم كل الانتقادات.\" وقالت النائبة منى "
            "الصغير إن \"الحكومة لم تستشر أحدا في هذا الملف.\"")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري"), per(text, "منى الصغير")])
    said = by_cue(quotes, "وقال") + by_cue(quotes, "قال")
    assert [q.text for q in said] == ["المشروع سيتواصل رغم كل الانتقادات."]
    assert said[0].kind == "direct"
    she = by_cue(quotes, "قالت")
    assert len(she) == 1 and she[0].text.startswith("الحكومة لم تستشر")
