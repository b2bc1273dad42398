"""Tokens as spans into the display text, and a light clitic stripper for matching.

Tokens keep their offsets so every later match can be highlighted in place. The stemmer
is deliberately light (prefix clitics only): search and name matching need ``وقال`` =
``قال`` and ``بالعاصمة`` = ``العاصمة`` = ``عاصمه``, not roots.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.text.normalize import normalize

_MARKS = "\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
# Invisible format characters (bidi marks, zero-width space, BOM) separate tokens like whitespace.
_INVISIBLE = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
_TOKEN = re.compile(
    rf"\d+(?:[.,\u066b\u066c]\d+)+(?![^\W_])"  # 3.5, 2,254, ٣٫٥: one number token
    rf"|[\w{_MARKS}]+"  # a word: letters, digits, tatweel, diacritics (and _, as in \w: one class is fast)
    rf"|[^\s{_INVISIBLE}]"  # any other visible character is one punctuation token
)


@dataclass(slots=True, frozen=True)
class Token:
    """``text == display_text[start:end]``."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Words, numbers and single punctuation marks, in order; whitespace and invisible marks dropped."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each `tokenize` token, without making token objects: for per-article hot loops."""
    return [m.span() for m in _TOKEN.finditer(text)]


def iter_tokens(text: str) -> Iterator[Token]:
    """`tokenize`, lazily: for callers that usually stop early."""
    return (Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))


@cache
def clitic_stems() -> frozenset[str]:
    """Normalised words whose first letters look like a clitic but belong to the word (وزير, بيان)."""
    text = resources.files("marsad.data").joinpath("clitic_stems.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(normalize(w) for w in words if w)


_CONJUNCTIONS = frozenset("وف")
_PREPOSITIONS = frozenset("بكل")
_MIN_AFTER_ARTICLE = 2  # الامم -> امم, but never a one-letter stem
_MIN_AFTER_LETTER = 3  # وقال -> قال, but ولد stays


def strip_clitics(norm_word: str) -> str:
    """Light stem of a normalised word: drop و/ف, then ب/ك/ل, then ال (لل = ل + ال).

    A prefix is dropped only when enough letters remain, and never from a known stem that
    merely starts with those letters (data/clitic_stems.txt): وزير, بيان, لبنان stay whole.
    """
    protected = clitic_stems()
    w = norm_word
    if w in protected:
        return w
    if w[:1] in _CONJUNCTIONS and len(w) - 1 >= _MIN_AFTER_LETTER:
        w = w[1:]
        if w in protected:
            return w
    if w[:1] in _PREPOSITIONS and len(w) - 1 >= _MIN_AFTER_LETTER:
        if w[1:] in protected:
            return w[1:]
        if w.startswith("لل") and len(w) - 2 >= _MIN_AFTER_ARTICLE:
            return w[2:]
        w = w[1:]
    if w.startswith("ال") and len(w) - 2 >= _MIN_AFTER_ARTICLE:
        w = w[2:]
    return w
