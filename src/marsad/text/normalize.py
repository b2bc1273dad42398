"""Matching forms of Arabic text (for search, lookup and comparison only).

The display text is never rewritten: callers normalise a copy and, when they need
to point back into the original, use `normalize_with_offsets`. The character
tables live in ``data/normalize.tsv`` so the linguistic choices (which letters are
folded together) are data, not code.

Steps: (1) delete diacritics and tatweel and fold letter variants, digits, quote
marks and Latin case, all one character to at most one; (2) NFKC, only when the
text is not already NFKC (presentation forms such as ﻻ, NBSP, …), followed by
step 1 again; (3) apostrophes used as quotation marks become ``"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

# Deleted: tashkeel U+064B-U+065F, superscript alef U+0670, Quranic marks U+06D6-U+06ED and the small
# signs U+0610-U+061A (also combining marks), tatweel U+0640.
_DELETED = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_DELETE = re.compile(f"[{_DELETED}]+")
# An apostrophe is a quotation mark unless it sits between two letters (O'Brien, don't).
_APOSTROPHE_QUOTE = re.compile(r"(?<![^\W\d_])'|'(?![^\W\d_])")
_NFKC_ROUNDS = 3  # NFKC + fold again; one round suffices except for pathological mark sequences


@cache
def _tables() -> tuple[tuple[tuple[str, str], ...], dict[str, str], re.Pattern[str]]:
    """(frequent Arabic letter folds for str.replace, other folds and deletions, regex of their keys).

    Deletions and the other folds share one table and one single-character pattern: one scan of
    the text instead of two (``[...]+`` for the deletions alone is slower than ``[...]`` in ``re``).
    That gives what deleting first would only because no Arabic fold involves a deleted character.
    """
    text = resources.files("marsad.data").joinpath("normalize.tsv").read_text(encoding="utf-8")
    arabic: list[tuple[str, str]] = []
    other: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        sources = _expand(cols[1]) if len(cols) == 3 else []
        target = "".join(_expand(cols[2])) if len(cols) == 3 else ""
        if cols[0] not in ("arabic", "other") or not sources or len(target) not in (1, len(sources)):
            raise ValueError(f"normalize.tsv line {n}: expected 'arabic|other<TAB>sources<TAB>target(s)'")
        targets = target * len(sources) if len(target) == 1 else target
        for ch, dst in zip(sources, targets, strict=True):
            if cols[0] == "arabic":
                arabic.append((ch, dst))
            else:
                other[ch] = dst
    # Case folding of Latin (and Greek/Cyrillic) letters: single-character folds only, so lengths hold.
    for lo, hi in ((0x41, 0x24F), (0x370, 0x52F), (0x1E00, 0x1FFF)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = ch.casefold()
            if len(folded) == 1 and folded != ch and ch not in other:
                other[ch] = folded
    deleted = re.compile(f"[{_DELETED}]")
    if any(deleted.match(ch) for pair in arabic for ch in pair):
        raise ValueError("normalize.tsv: an arabic fold involves a deleted character (diacritic or tatweel)")
    other.update((chr(cp), "") for cp in range(0x600, 0x700) if deleted.match(chr(cp)))  # all in this block
    keys = "".join(re.escape(k) for k in sorted(other))
    return tuple(arabic), other, re.compile(f"[{keys}]")


def _expand(spec: str) -> list[str]:
    """``U+0660..U+0669`` or ``U+201C`` or literal characters -> list of characters."""
    if spec.startswith("U+") and len(spec) > 2:
        lo, _, hi = spec.partition("..")
        first = int(lo[2:], 16)
        last = int(hi[2:], 16) if hi else first
        return [chr(cp) for cp in range(first, last + 1)]
    return list(spec)


def _fold(text: str) -> str:
    """Step 1: delete marks, fold characters one to one (never changes other characters' order)."""
    arabic, other, other_re = _tables()
    for src, dst in arabic:
        if src in text:
            text = text.replace(src, dst)
    get = other.__getitem__
    return other_re.sub(lambda m: get(m[0]), text)


def normalize(text: str) -> str:
    """Matching form of ``text``; idempotent. See the module docstring for the steps."""
    out = _fold(text)
    if "…" in out:  # exactly what NFKC gives; spares the common ellipsis a whole-text NFKC pass
        out = out.replace("…", "...")
    for _ in range(_NFKC_ROUNDS):
        if unicodedata.is_normalized("NFKC", out):
            break
        out = _fold(unicodedata.normalize("NFKC", out))
    if "'" in out:
        out = _APOSTROPHE_QUOTE.sub('"', out)
    return out


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize` plus, for every output character, the index in ``text`` of the character it came from.

    ``offsets`` has ``len(norm) + 1`` entries and ``offsets[-1] == len(text)``; a span ``[a, b)`` of the
    normalised text is ``text[offsets[a]:offsets[b - 1] + 1]`` in the original. Linear in the text length.
    """
    out, offsets = _fold_with_offsets(text)
    for _ in range(_NFKC_ROUNDS):
        if unicodedata.is_normalized("NFKC", out):
            break
        nfkc, step = _nfkc_with_offsets(out)
        out, step2 = _fold_with_offsets(nfkc)
        offsets = [offsets[step[j]] for j in step2]
    if "'" in out:
        out = _APOSTROPHE_QUOTE.sub('"', out)
    offsets.append(len(text))
    return out, offsets


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`_fold` and the source index of each kept character (only deletions move characters)."""
    offsets: list[int] = []
    pos = 0
    for m in _DELETE.finditer(text):
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    offsets.extend(range(pos, len(text)))
    return _fold(text), offsets


@cache
def _nfkc_stable(ch: str) -> bool:
    """True when NFKC leaves ``ch`` alone and it is a starter (cannot reorder or attach backwards)."""
    return unicodedata.is_normalized("NFKC", ch) and unicodedata.combining(ch) == 0


def _nfkc_with_offsets(text: str) -> tuple[str, list[int]]:
    """NFKC of ``text`` and, per output character, a source index (monotone).

    Only the stretches around unstable characters are normalised separately (each with the
    starter before it, which a combining mark may join); the rest maps one to one.
    """
    target = unicodedata.normalize("NFKC", text)
    unstable = [ch for ch in set(text) if not _nfkc_stable(ch)]
    positions = sorted(i for ch in unstable for i in _find_all(text, ch))
    parts: list[str] = []
    offsets: list[int] = []
    done = 0  # text[:done] is emitted
    k = 0
    while k < len(positions):
        start = positions[k]
        if start > done:  # include the starter a mark may attach to
            start -= 1
        end = positions[k] + 1
        k += 1
        while k < len(positions) and positions[k] == end:
            end += 1
            k += 1
        parts.append(text[done:start])
        offsets.extend(range(done, start))
        seg = unicodedata.normalize("NFKC", text[start:end])
        parts.append(seg)
        offsets.extend(_segment_offsets(text[start:end], seg, start))
        done = end
    parts.append(text[done:])
    offsets.extend(range(done, len(text)))
    out = "".join(parts)
    if out != target:  # composition across segments (Hangul jamo, some Indic vowel signs): rare
        return target, _proportional(len(text), len(target), text, target)
    return out, offsets


def _find_all(text: str, ch: str) -> list[int]:
    found: list[int] = []
    i = text.find(ch)
    while i >= 0:
        found.append(i)
        i = text.find(ch, i + 1)
    return found


def _segment_offsets(src: str, seg: str, base: int) -> list[int]:
    """Source indexes for a normalised segment: per-character expansion when the lengths add up."""
    lens = [len(unicodedata.normalize("NFKC", ch)) for ch in src]
    if sum(lens) == len(seg):
        return [base + i for i, n in enumerate(lens) for _ in range(n)]
    return [base + (j * len(src)) // max(len(seg), 1) for j in range(len(seg))]


def _proportional(n_src: int, n_out: int, src: str, out: str) -> list[int]:
    """Fallback mapping: common prefix and suffix one to one, the middle spread evenly (monotone)."""
    pre = 0
    while pre < min(n_src, n_out) and src[pre] == out[pre]:
        pre += 1
    suf = 0
    while suf < min(n_src, n_out) - pre and src[n_src - 1 - suf] == out[n_out - 1 - suf]:
        suf += 1
    mid_src, mid_out = n_src - pre - suf, n_out - pre - suf
    last = max(n_src - 1, 0)
    middle = [min(pre + (j * mid_src) // max(mid_out, 1), last) for j in range(mid_out)]
    return list(range(pre)) + middle + list(range(n_src - suf, n_src))
