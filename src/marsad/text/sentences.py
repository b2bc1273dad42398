"""Arabic sentence boundaries as spans into the display text.

Boundaries: line breaks (paragraphs) and runs of ``. ! ? ؟ …`` followed by a space, the end of
the line, or an opening quotation mark. ``؛`` is a clause mark, not a boundary. Closing quotation
marks and brackets after the run stay with the sentence (``…الثنائية.”`` and ``…الثنائية”.`` both
end the sentence after the last mark). Sentences inside a quotation are split like any others:
the quote stage joins a quotation that spans sentences. Never loses a character: every
non-whitespace character is in exactly one sentence and the gaps are whitespace only.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from marsad.records import Sentence

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
_TERMINATOR = ".!?؟…۔‼⁇⁈⁉"
_CLOSERS = "”’»›\"')\\]}"
_OPENERS = "“‘«‹\"'(\\[{"
# [T][T]* rather than [T]+: a pattern that opens with a class (not a repeat) is scanned for in C,
# which makes finding the few terminators in a line twice as fast.
_END = re.compile(rf"[{re.escape(_TERMINATOR)}][{re.escape(_TERMINATOR)}]*[{re.escape(_CLOSERS)}]*")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")  # the letters right before a period
_TAIL = 12  # longer than any abbreviation; keeps the look-back constant-time
_ALNUM = re.compile(r"[^\W_]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ARABIC_OR_DIGIT = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f90-9]")
_DIGITS_ONLY = re.compile(r"\s*\d+\s*$")


@cache
def _abbreviations() -> frozenset[str]:
    """Multi-letter abbreviations that end with a period but not a sentence (data/abbreviations.txt)."""
    text = resources.files("marsad.data").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w.rstrip(".").casefold() for w in words if w)


def split_sentences(text: str) -> list[Sentence]:
    """Trimmed, ordered, non-overlapping sentence spans covering every non-space character."""
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        start, end_of_line = line.span()
        for m in _END.finditer(text, start, end_of_line):
            if _is_boundary(text, start, m):
                _emit(text, start, m.end(), out)
                start = m.end()
        _emit(text, start, end_of_line, out)
    return out


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Append ``text[start:end]`` trimmed of whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end))


def _is_boundary(text: str, start: int, m: re.Match[str]) -> bool:
    """Does the terminator run ``m`` end the sentence that began at ``start``?

    Called once per terminator, so it reads ``text`` in place (``pos``/``endpos``) instead of
    slicing out the sentence so far.
    """
    stop, after = m.span()
    if not _ALNUM.search(text, start, stop):  # nothing but punctuation so far: keep it with what follows
        return False
    run = m.group()
    # A line break after the run is whitespace, as the end of the line is.
    nxt = text[after : after + 1]
    if nxt and not nxt.isspace() and nxt not in _OPENERS:
        # "الجمعة.وقال": a missing space after a period between Arabic words still ends a sentence
        glued = run == "." and _ARABIC_LETTER.match(nxt) and _ARABIC_OR_DIGIT.match(text, stop - 1)
        if not glued:
            return False
    if run == ".":
        if _DIGITS_ONLY.match(text, start, stop):  # "1." numbering a list item
            return False
        # ``د.`` / ``م.`` / ``أ.ف.ب.``: a lone letter right before the period is an abbreviation
        word = _WORD_BEFORE.search(text[max(start, stop - _TAIL) : stop])
        if word is not None and (len(word.group()) == 1 or word.group().casefold() in _abbreviations()):
            return False
    return True
