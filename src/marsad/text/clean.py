"""Cleaning: boilerplate out, title and outlet recognised, the display text fixed.

The display text is made only by dropping whole lines (boilerplate, source and sign-off lines,
a repeated title), collapsing runs of blank lines to one and trimming blank lines at both ends;
every kept line is the input line verbatim, so nothing the user gave is rewritten. The title
stays in the text (a headline such as ``لافروف: …`` is itself a quotation) and ``title_span``
points at it. Patterns live in data/boilerplate.txt and data/outlets.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from marsad.records import Span
from marsad.text.normalize import normalize, normalize_with_offsets

_NEWLINE = re.compile(r"\r\n|\r|\n")
# Longer lines are paragraphs: never boilerplate, source lines or titles, so they get no matching key.
_SHORT_LINE = 400  # characters
_SHORT_WORDS = 30  # spaces
_MAX_WIDGET_WORDS = 20  # boilerplate regexes only judge lines this short
_MAX_TITLE_WORDS = 25
_MAX_OUTLET_WORDS = 6
_SIGN_OFF_LINES = 3  # how many trailing lines may be source or sign-off lines
_HOST = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?")
_KEY_NOISE = re.compile(r"[\s.\-_·'\"()\[\]/\\:،,]+")
_WRAPPED = re.compile(r"[(\[«\"“]\s*([^()\[\]«»\"“”]{2,60}?)\s*[)\]»\"”]")
_DASHED = re.compile(r"[-–—]+\s*([^-–—]{2,60}?)\s*[-–—]*")
_PARENS = re.compile(r"\(([^()]{2,60})\)")
_SPLIT_NAMES = re.compile(r"\s*[/،,+|&]\s*|\s+[-–—]\s+")
_DATELINE_DASH = re.compile(r"\s*[^\s\-–—:()]+(?:\s+[^\s\-–—:()]+)?\s*[-–—]\s*(.{1,40})")
_DATELINE_WORDS = re.compile(r"[\s\-–—:()]+")
_DATELINE_HEAD = 80
_LINE_MARKS = '([«"“-–—'  # a line that opens with one of these may be a source line anywhere
_NON_WORD = re.compile(r"[\W_]+")
_GENERIC = "وكالات"  # "agencies": used only when no named outlet is found


@dataclass(slots=True)
class Cleaned:
    """The display text plus what cleaning recognised in it."""

    text: str
    title: str | None
    title_span: Span | None
    outlet: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "title": self.title,
            "title_span": self.title_span.to_dict() if self.title_span else None,
            "outlet": self.outlet,
        }


# ---------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class _Boilerplate:
    exact: frozenset[str]
    pattern: re.Pattern[str] | None


@cache
def _boilerplate() -> _Boilerplate:
    text = resources.files("marsad.data").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    exact: set[str] = set()
    patterns: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        if item.startswith("re:"):
            pattern = item[3:].strip()
            unnormalised = sorted({c for c in pattern if "\u0600" <= c <= "\u06ff" and normalize(c) != c})
            if unnormalised:  # lines are matched in normalised form, so ى/ة/أ in a pattern never match
                raise ValueError(f"boilerplate.txt line {n}: write the regex normalised, not {unnormalised}")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"boilerplate.txt line {n}: bad regex: {exc}") from None
            patterns.append(f"(?:{pattern})")
        else:
            exact.add(_line_key(item))
    joined = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
    return _Boilerplate(frozenset(exact), joined)


@dataclass(frozen=True, slots=True)
class _Outlets:
    names: dict[str, str]  # name key -> canonical
    domains: dict[str, str]  # host -> canonical
    prefixes: tuple[str, ...]  # name keys, longest first
    suffixes: tuple[str, ...]
    source_line: re.Pattern[str]  # "المصدر: NAME" on a normalised line


@cache
def _outlets() -> _Outlets:
    text = resources.files("marsad.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    special: dict[str, list[str]] = {"@prefix": [], "@suffix": [], "@source": []}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0].strip():
            raise ValueError(f"outlets.tsv line {n}: expected 'canonical<TAB>variant|variant|...'")
        head, variants = cols[0].strip(), [v.strip() for v in cols[1].split("|") if v.strip()]
        if head.startswith("@"):
            if head not in special:
                raise ValueError(f"outlets.tsv line {n}: unknown row {head}")
            special[head].extend(_key(v) for v in variants)
            continue
        for variant in [head, *variants]:
            if "." in variant and " " not in variant and _HOST.fullmatch(variant.lower()):
                domains[variant.lower()] = head
            else:
                names.setdefault(_key(variant), head)
    by_length = sorted(special["@prefix"], key=len, reverse=True)
    suffixes = sorted(special["@suffix"], key=len, reverse=True)
    words = "|".join(re.escape(w) for w in sorted(special["@source"], key=len, reverse=True))
    source_line = re.compile(rf"(?:{words})\s*[:：\-–—]\s*(\S.{{0,80}})", re.IGNORECASE)
    return _Outlets(names, domains, tuple(by_length), tuple(suffixes), source_line)


def _key(name: str) -> str:
    """Comparison key of a name: normalised, dots/dashes/brackets/spaces collapsed to one space."""
    return _KEY_NOISE.sub(" ", normalize(name)).strip()


def _line_key(line: str) -> str:
    return " ".join(normalize(line).split())


# ---------------------------------------------------------------- outlets


def canonical_outlet(name: str) -> str | None:
    """Canonical outlet for a name, acronym, URL or domain: "Sputnik", "sputniknews" -> "سبوتنيك"."""
    text = name.strip()
    if not text or len(text) > 120:
        return None
    data = _outlets()
    host = _HOST.fullmatch(text.lower())
    if host:
        labels = host.group(1).split(".")
        for i in range(len(labels) - 1):
            found = data.domains.get(".".join(labels[i:]))
            if found:
                return found
        for label in labels[:-1]:  # "sputniknews" in sputniknews.ru
            found = data.names.get(_key(label))
            if found:
                return found
        return None
    found = _by_key(_key(text), data)
    if found:
        return found
    for inner in _PARENS.findall(text):  # "الوكالة العربية السورية للأنباء (سانا)"
        found = _by_key(_key(inner), data)
        if found:
            return found
    return None


def _by_key(key: str, data: _Outlets) -> str | None:
    """Look a key up as is, then without one generic prefix and/or suffix ("وكالة", "عربي")."""
    if not key:
        return None
    found = data.names.get(key)
    if found:
        return found
    heads = [key] + [key[len(p) + 1 :] for p in data.prefixes if key.startswith(p + " ")]
    for head in heads:
        found = data.names.get(head)
        if found:
            return found
        for s in data.suffixes:
            if head.endswith(" " + s):
                found = data.names.get(head[: -len(s) - 1])
                if found:
                    return found
    return None


def _outlet_in(name: str) -> str | None:
    """Outlet named in a source line's tail: whole, or the best of its parts ("سبوتنيك / وكالات")."""
    whole = canonical_outlet(name)
    if whole and whole != _GENERIC:
        return whole
    parts = [canonical_outlet(p) for p in _SPLIT_NAMES.split(name) if p.strip()]
    named = [p for p in parts if p and p != _GENERIC]
    if named:
        return named[0]
    return whole or next((p for p in parts if p), None)


def _source_line(content: str, norm: str) -> tuple[bool, str | None]:
    """(is a source line, outlet) for ``المصدر: X``; an unknown X is kept as written."""
    data = _outlets()
    m = data.source_line.fullmatch(norm)
    if not m:
        return False, None
    norm_text, offsets = normalize_with_offsets(content)
    m = data.source_line.fullmatch(norm_text)
    if not m:
        return False, None
    written = content[offsets[m.start(1)] : offsets[m.end(1) - 1] + 1].strip(" .،,-–—")
    if not written or len(written.split()) > _MAX_OUTLET_WORDS:
        return False, None
    return True, _outlet_in(written) or written


def _outlet_line(content: str) -> str | None:
    """Outlet when the line is only an outlet name, maybe bracketed or dashed: ``(سانا)``, ``- وكالات``."""
    if len(content.split()) > _MAX_OUTLET_WORDS:
        return None
    for pattern in (_WRAPPED, _DASHED):
        m = pattern.fullmatch(content)
        if m:
            return _outlet_in(m.group(1))
    return canonical_outlet(content.strip(" .،,"))


def _dateline_outlet(paragraph: str) -> str | None:
    """Outlet in a dateline that opens the first paragraph: ``موسكو (رويترز) -``, ``دمشق-سانا``."""
    head = paragraph[:_DATELINE_HEAD]
    for paren in _PARENS.finditer(head):
        if paren.start() > _DATELINE_HEAD // 2:
            break
        found = _outlet_in(paren.group(1))
        if found:
            return found
    dash = _DATELINE_DASH.match(head)
    if dash:
        words = _DATELINE_WORDS.split(dash.group(1))
        for k in (3, 2, 1):
            found = canonical_outlet(" ".join(words[:k]))
            if found:
                return found
    return None


# ---------------------------------------------------------------- clean


def clean(text: str, *, title: str | None = None, outlet: str | None = None) -> Cleaned:
    """Display text, title (given, or the headline line), title span and canonical outlet."""
    newline = "\r\n" if "\r\n" in text else "\n"
    # str.split is several times faster than the regex, which only \r needs
    lines = _NEWLINE.split(text) if "\r" in text else text.split("\n")
    # Matching keys only for short lines: a paragraph is never a widget, source line or title.
    blank = [not line.strip() for line in lines]
    keys = [
        "" if b else _line_key(line) if len(line) <= _SHORT_LINE and line.count(" ") <= _SHORT_WORDS else None
        for line, b in zip(lines, blank, strict=True)
    ]
    drop = [False] * len(lines)
    found_outlet: str | None = None
    fallback_outlet: str | None = None

    book = _boilerplate()
    for i, key in enumerate(keys):
        if key and (
            key in book.exact
            or (
                book.pattern is not None
                and key.count(" ") < _MAX_WIDGET_WORDS
                and book.pattern.fullmatch(key) is not None
            )
        ):
            drop[i] = True

    content = [i for i in range(len(lines)) if not blank[i] and not drop[i]]
    for k, i in enumerate(content):
        key = keys[i]
        if key is None:
            continue
        stripped = lines[i].strip()
        is_source, named = _source_line(stripped, key)
        if not is_source:
            after = len(content) - 1 - k
            # a bracketed or dashed outlet line may sit anywhere; a bare name only at the edges
            edge = stripped[:1] in _LINE_MARKS or after < _SIGN_OFF_LINES or (k == 0 and after > 0)
            named = _outlet_line(stripped) if edge else None
            is_source = named is not None
        if is_source:
            drop[i] = True
            if named == _GENERIC or named is None:
                fallback_outlet = fallback_outlet or named
            elif found_outlet is None:
                found_outlet = named

    content = [i for i in range(len(lines)) if not blank[i] and not drop[i]]
    title_idx, title_out = _find_title(lines, keys, blank, drop, content, title)
    if title_idx is not None:
        _drop_repeats(title_idx, keys, blank, drop)

    if outlet and outlet.strip():
        final_outlet: str | None = canonical_outlet(outlet) or outlet.strip()
    else:
        final_outlet = found_outlet
        if final_outlet is None:
            body = [i for i in content if i != title_idx and not drop[i]]
            final_outlet = _dateline_outlet(lines[body[0]]) if body else None
        final_outlet = final_outlet or fallback_outlet

    display, title_span = _assemble(lines, blank, drop, title_idx, newline)
    return Cleaned(display, title_out, title_span, final_outlet)


def _find_title(
    lines: list[str],
    keys: list[str | None],
    blank: list[bool],
    drop: list[bool],
    content: list[int],
    given: str | None,
) -> tuple[int | None, str | None]:
    """(index of the title line in ``lines`` or None, the title)."""
    given = given.strip() if given else None
    if not content:
        return None, given or None
    first = content[0]
    key = keys[first]
    if given:
        same = key is not None and _title_key(key) == _title_key(_line_key(given))
        return (first if same else None), given
    line = lines[first].strip()
    if key is None or len(line.split()) > _MAX_TITLE_WORDS or len(content) < 2:
        return None, None
    if (line.endswith(".") and not line.endswith("..")) or line[-1] in ":،,؛;":
        return None, None
    nxt = first + 1
    while nxt < len(lines) and drop[nxt]:
        nxt += 1
    if nxt < len(lines) and (blank[nxt] or keys[nxt] == key):
        return first, line
    return None, None


def _title_key(key: str) -> str:
    """Letters and digits only: "لافروف : نعمل" and "لافروف: نعمل" are the same headline."""
    return _NON_WORD.sub("", key)


def _drop_repeats(title_idx: int, keys: list[str | None], blank: list[bool], drop: list[bool]) -> None:
    """A site that prints the headline twice: keep the first, drop the copies right after it."""
    target = _title_key(keys[title_idx] or "")
    j = title_idx + 1
    while j < len(keys):
        if blank[j] or drop[j]:
            j += 1
            continue
        key = keys[j]
        if key is None or _title_key(key) != target:
            return
        drop[j] = True
        j += 1


def _assemble(
    lines: list[str], blank: list[bool], drop: list[bool], title_idx: int | None, newline: str
) -> tuple[str, Span | None]:
    """Join kept lines; blank runs become one blank line; blank lines at both ends go."""
    out: list[str] = []
    pos = 0
    pending_blank = False
    title_span: Span | None = None
    for i, line in enumerate(lines):
        if drop[i]:
            continue
        if blank[i]:
            pending_blank = bool(out)
            continue
        if out:
            pos += len(newline)
            if pending_blank:
                out.append("")
                pos += len(newline)
        pending_blank = False
        if i == title_idx:
            stripped = line.strip()
            start = pos + len(line) - len(line.lstrip())
            title_span = Span(start, start + len(stripped), stripped)
        out.append(line)
        pos += len(line)
    return newline.join(out), title_span
