"""Tokens of the matching text and quotation-mark pairing, as real sites type the marks.

Sites mix “ ” " « » and often type them the wrong way round (``” ... ”``), nest a quote in
a quote, or forget the closing mark. A mark's direction is read from what touches it (a
space before and a letter after opens; a letter before and a space or punctuation after
closes); when both sides look alike, the mark opens if nothing is open and closes
otherwise. A quotation still open at the end of its paragraph closes there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

# Words (letters and digits) or one punctuation character, over the normalised text.
_TOKEN = re.compile(r"(?=\S)([^\W_]++|[^\w\s])")  # the lookahead fails fast at spaces
_TOKEN_NO_UNDERSCORE = re.compile(r"(?=\S)(\w++|\W)")  # the same tokens in a text with no "_", found faster
_NEWLINE = re.compile(r"\n+")
_CLITICS = frozenset("وبلكف")
_OPEN_BEFORE = frozenset("([{:،,؛;-–—/\u200f\u200e")
_CLOSE_AFTER = frozenset(".،,؛;:!?؟)]}-–—/…")
SENTENCE_END = frozenset({".", "!", "?", "؟", "…"})
# each is a token of its own wherever it stands in the text: found there, not by a test of every token
_SENTENCE_END_MARK = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")
_STAMP_MAX = 7  # "16:02 — عاجل |": tokens of a live-blog stamp before its sentence
_STAMP_ENDS = frozenset({"-", "–", "—", "|"})
_STAMP_WORDS = _STAMP_ENDS | {":", "عاجل"}
_LONG_REST = 25  # tokens after an unclosed quotation's first sentence that make the paragraph "long"


@dataclass(slots=True)
class QuoteSpan:
    """A top-level pair of marks, as token indexes: ``open`` and ``close`` are the marks
    (``close`` is None when the mark is missing); ``last`` is the last token inside."""

    open: int
    close: int | None
    last: int
    words: int = 0


@dataclass(slots=True)
class TokenText:
    """The normalised text cut into tokens, with paragraph and sentence breaks and quotations."""

    text: str
    norm: str
    offs: list[int]
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    new_para: list[bool] = field(default_factory=list)  # a line break before this token
    new_sent: list[bool] = field(default_factory=list)  # a sentence starts at this token
    quote_at: list[int] = field(default_factory=list)  # top-level quotation holding the token, or -1
    quotes: list[QuoteSpan] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.words)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Display-text span of tokens ``a..b`` (inclusive)."""
        return self.offs[self.starts[a]], self.offs[self.ends[b] - 1] + 1

    def last_letter(self, i: int) -> str:
        """Token ``i``'s last letter as written, before folding (ة, not ه; ى, not ي)."""
        return self.text[self.offs[self.ends[i] - 1]]


_MADDA_AN = "آن"  # kept with its madda: never أن / إن, whatever the folding


def build(text: str, norm: str, offs: list[int], sentence_starts: set[int] | None = None,
          is_cue: Callable[[str], bool] | None = None,
          glued: Callable[[str], int] | None = None,
          introducers: frozenset[str] = frozenset()) -> TokenText:
    """Cut ``norm`` into tokens and find paragraphs, sentences and quotations.

    ``is_cue`` tells reporting verbs: a mark opening right after one (``، وتابع "``), or after one and
    one of the ``introducers`` (``، معتبرا أن "``), starts a new quotation even when the previous one
    was never closed.
    """
    tt = TokenText(text, norm, offs)
    # split keeps the tokens (odd items) between the gaps (even items): their offsets are running sums
    # of the lengths, all computed in C rather than by one match object per token
    parts = (_TOKEN if "_" in norm else _TOKEN_NO_UNDERSCORE).split(norm)
    pos = list(accumulate(map(len, parts)))
    starts = tt.starts = pos[:-1:2]
    ends = tt.ends = pos[1::2]
    words = tt.words = parts[1::2]
    if glued is not None:  # "سبايسرالمتحدث": a name typed without a space before a role word
        cuts = [(i, k) for i, w in enumerate(words) if len(w) > 7 and (k := glued(w)) > 0]
        for i, k in reversed(cuts):
            s0, e0, w = starts[i], ends[i], words[i]
            starts[i : i + 1] = [s0, s0 + k]
            ends[i : i + 1] = [s0 + k, e0]
            words[i : i + 1] = [w[:k], w[k:]]
    for i in [i for i, w in enumerate(words) if w == "ان"]:
        if text[offs[starts[i]]] == "آ":
            words[i] = _MADDA_AN  # "آن صوفي": a name; normalised, it reads as the complementizer أن
    # "د." / "م." before a name: a title's abbreviation, one token with its dot, no sentence end
    dots = []
    at = norm.find(".")
    while at != -1:  # only the periods, found in C, not a test per token
        i = bisect_left(starts, at)
        if 0 < i < len(words) - 1 and starts[i] == at and len(words[i - 1]) == 1 and words[i - 1].isalpha() \
                and ends[i - 1] == at and words[i + 1][0].isalpha() and starts[i + 1] > ends[i]:
            dots.append(i)
        at = norm.find(".", at + 1)
    for i in reversed(dots):
        ends[i - 1] = ends[i]
        del starts[i], ends[i], words[i]
    n = len(words)
    new_para = [False] * n
    new_sent = [False] * n
    para_starts = []
    if n:
        new_para[0] = new_sent[0] = True
    for m in _NEWLINE.finditer(norm):  # the first token after a line break opens a paragraph
        i = bisect_right(starts, m.start())
        if i < n:
            new_para[i] = new_sent[i] = True
            para_starts.append(i)
    # the token after each sentence-end mark
    for i in [bisect_right(starts, m.start()) for m in _SENTENCE_END_MARK.finditer(norm)]:
        if words[i - 1] not in SENTENCE_END or w_inside(norm, starts[i - 1], ends[i - 1]):
            continue  # "سي.إن.إن", "3.5": a dot between letters ends nothing
        if i + 1 < n and words[i] == '"' and (ends[i] >= len(norm) or norm[ends[i]].isspace()):
            i += 1  # "... بجدة." وحسب: the closing mark stays with its sentence
        if i < n:
            new_sent[i] = True
    for i in [0, *para_starts]:  # "14:05 — قال ...", "عاجل | كتب ...": a live-blog stamp, then the sentence
        j = i
        while j < n and j - i < _STAMP_MAX and (words[j].isdigit() or words[j] in _STAMP_WORDS):
            j += 1
        if i < j < n and words[j - 1] in _STAMP_ENDS and words[j][0].isalpha():
            new_sent[j] = True
    for c in sentence_starts or ():
        i = bisect_left(starts, bisect_left(offs, c))
        if i < n and offs[starts[i]] == c and not (
                i > 0 and words[i - 1] in SENTENCE_END and w_inside(norm, starts[i - 1], ends[i - 1])):
            new_sent[i] = True  # not after "إيه.بي.سي": a dot between letters ends nothing
    tt.new_para = new_para
    tt.new_sent = new_sent
    _pair_marks(tt, para_starts, is_cue, introducers)
    return tt


def w_inside(norm: str, s: int, e: int) -> bool:
    """Is the mark at ``norm[s:e]`` glued to letters on both sides?"""
    return s > 0 and e < len(norm) and norm[s - 1].isalnum() and norm[e].isalnum()


def _direction(tt: TokenText, i: int) -> int:
    """+1 opens, -1 closes, 0 cannot tell from the neighbours."""
    ch = tt.text[tt.offs[tt.starts[i]]]
    s, e = tt.starts[i], tt.ends[i]
    norm = tt.norm
    before = norm[s - 1] if s > 0 else "\n"
    after = norm[e] if e < len(norm) else "\n"
    space_before = before.isspace() or before in _OPEN_BEFORE
    space_after = after.isspace() or after in _CLOSE_AFTER
    if ch == "«":
        return 1
    if ch == "»":
        return 1 if space_before and not space_after else -1
    if space_before and not space_after:
        return 1
    if space_after and not space_before:
        if i > 0 and len(tt.words[i - 1]) == 1 and tt.words[i - 1] in _CLITICS and s == tt.ends[i - 1]:
            return 1
        return -1
    if not space_before and not space_after:  # و"داعش  /  بـ"الكارثة  /  لافروف"ما
        prev = tt.words[i - 1] if i > 0 else ""
        return 1 if len(prev) == 1 and prev in _CLITICS else 0
    # spaces on both sides: a mark before punctuation or the line end closes
    j = e
    while j < len(norm) and norm[j] in " \t":
        j += 1
    if j >= len(norm) or norm[j] in "\n.،,؛;!?؟":
        return -1
    return 0


def _cue_before(tt: TokenText, i: int, is_cue: Callable[[str], bool],
                introducers: frozenset[str] = frozenset()) -> int | None:
    """Index of a clause-initial cue word right before the mark at ``i`` (a colon, a complementizer or
    a preposition may follow it)."""
    k = i - 1
    if k >= 0 and (tt.words[k] == ":" or tt.words[k] in introducers):
        k -= 1
    if k < 1 or not is_cue(tt.words[k]):
        return None
    w = tt.words[k]
    if w[0] in "وف" or tt.words[k - 1] in ("،", ",", "."):
        return k
    return None


_RELATIVES = frozenset({"الذي", "التي", "الذين"})


def _relative_cue_before(tt: TokenText, i: int, is_cue: Callable[[str], bool]) -> int | None:
    """Index of a cue right after a relative pronoun before the mark at ``i`` ("الذي وصفه بـ"", "التي قال
    إن "")."""
    k = i - 1
    if k >= 0 and tt.words[k] in ("ب", "ان", ":"):
        k -= 1
    if k < 1 or not is_cue(tt.words[k]) or tt.words[k - 1] not in _RELATIVES:
        return None
    return k


def _pair_marks(tt: TokenText, para_starts: list[int], is_cue: Callable[[str], bool] | None,
                introducers: frozenset[str] = frozenset()) -> None:
    n = len(tt.words)
    quote_at = [-1] * n
    stack: list[int] = []
    loose: set[int] = set()  # marks opened only because nothing was open (spaces on both sides)
    spans: list[QuoteSpan] = []

    def close_open(last: int, marks_only: bool = False) -> int | None:
        # whatever is still open ends at the paragraph end (only the outermost matters), or at the end
        # of its sentence when a long stretch of the paragraph follows: sites paste a whole article as
        # one paragraph, and a forgotten mark must not swallow it. Returns where pairing starts
        # again when the quotation was cut short: the marks after its sentence pair among themselves
        # ('تتضمن "صدرا ضخما ... الإغراء. ووصف ... "مخيب للآمال" ...': the later pairs are not nested)
        restart = None
        if stack:
            first = stack[0]
            if is_cue is not None:  # '"تحمل ... الوضع السياسي الذي وصفه ب"المتعفن" لافتا ...': a relative
                # clause with its own cue and marks ends the quotation that was never closed
                cut = next((c for j in range(first + 4, last + 1) if tt.words[j] == '"'
                            and (c := _relative_cue_before(tt, j, is_cue)) is not None and c - 2 > first),
                           None)
                if cut is not None:
                    spans.append(QuoteSpan(first, None, cut - 2))
                    stack.clear()
                    loose.clear()
                    return cut
            for k in range(first + 1, last - _LONG_REST):
                if tt.words[k] in SENTENCE_END and tt.words[k + 1] != '"':
                    if any(tt.words[j] == '"' for j in range(k + 1, last + 1)):
                        restart = k + 1
                    elif marks_only:
                        break
                    last = k - 1
                    break
            spans.append(QuoteSpan(first, None, last))
            stack.clear()
            loose.clear()
        return restart

    # the tokens the loop must look at: the marks (one character each) and the paragraph starts; it
    # steps over the others at once
    marks = []
    k = tt.norm.find('"')
    while k >= 0:
        marks.append(bisect_left(tt.starts, k))
        k = tt.norm.find('"', k + 1)
    stops = sorted({*marks, *para_starts})
    words = tt.words
    last_tok = -1
    i = -1
    while True:
        if i + 1 >= n:
            again = close_open(last_tok if last_tok >= 0 else n - 1) if stack else None
            if again is None:
                break
            i = again - 1
        i += 1
        if tt.new_para[i] and i > 0:
            again = close_open(i - 1)
            if again is not None:
                i = again - 1
                continue
        if words[i] != '"':
            k = bisect_right(stops, i)
            i = last_tok = (stops[k] if k < len(stops) else n) - 1  # the tokens before the next stop
            continue
        d = _direction(tt, i)
        guessed = d == 0
        if d == 0:
            d = -1 if stack else 1
        elif d < 0 and not stack and is_cue is not None and i > 0 and tt.starts[i] == tt.ends[i - 1] \
                and is_cue(tt.words[i - 1]):
            d = 1  # 'وقال" أنت لا تمثلين ...': a mark glued to the cue, nothing open, opens the words
        if d > 0:
            if not guessed and len(stack) == 1 and stack[0] in loose and is_cue is not None and any(
                    tt.words[k][0] in "وف" and is_cue(tt.words[k]) for k in range(stack[0] + 1, i)):
                # 'مطلبا شعبيا " وقال المرزوقي انه "قبل ...': a mark standing alone, then a new cue and a
                # clear opener before anything closes: the lone mark was stray
                stack.clear()
            cue = _cue_before(tt, i, is_cue, introducers) if stack and is_cue is not None else None
            if cue is not None:  # "... المرأة، وتابع "كل ...": the open quotation was never closed
                # (at its first sentence when later pairs of marks would be swallowed)
                again = close_open(cue - 1, marks_only=True)
                if again is not None:
                    i = again - 1
                    continue
            if guessed:
                loose.add(i)
            stack.append(i)
        elif stack:
            opened = stack.pop()
            if not stack:
                spans.append(QuoteSpan(opened, i, i - 1))
        last_tok = i
    spans.sort(key=lambda q: q.open)
    for k, q in enumerate(spans):
        end = q.close if q.close is not None else q.last
        # an unclosed mark's own paragraph ends the quotation; trailing punctuation is not inside
        while q.close is None and q.last > q.open and not words[q.last][0].isalnum() and words[q.last] != '"':
            q.last -= 1
        quote_at[q.open : end + 1] = [k] * (end + 1 - q.open)
        q.words = sum(map(str.isalnum, words[q.open : end + 1]))  # words: all letters; a mark: one character
    tt.quote_at = quote_at
    tt.quotes = spans
