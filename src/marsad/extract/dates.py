"""Date expressions in Arabic news text: spans into the display text, values resolved.

Why regexes on the display text and not on the normalised form: every annotation is a span into
the text the user sees, and normalisation does not keep lengths. So the word lists in ``data/``
(months.tsv, weekdays.tsv, ordinals.tsv, date_words.tsv) are compiled once into patterns that
accept the spelling variants themselves (ا/أ/إ/آ, ى/ي, ة/ه, diacritics, tatweel, Arabic-Indic
digits).

Why three patterns: Python's ``re`` runs a pattern that opens with a look-behind at every
position, which alone costs more than the whole budget. An expression starts with ``ال`` (weekdays,
اليوم, الأسبوع, ordinals), a digit, or another word (months, أمس, غدا, أول); each of the three
patterns opens with a literal or a character class (``ال``, a digit, the character before a word),
which ``re`` scans for in C, and word lists are tries, so a failed attempt costs a check or two.
Cue words before an expression (يوم, فجر, مساء) and a weekday before a date are attached afterwards
by looking at the words just before it; overlaps are resolved by earliest start, then length.

Decisions:

* Values: ``YYYY-MM-DD`` for a day, ``YYYY-MM`` for a month, ``YYYY-Www`` (ISO week) for
  الأسبوع الماضي/المقبل, ``YYYY`` for العام الماضي; ``None`` when it cannot be resolved (a relative
  expression or a missing year without an anchor).
* Two days sharing a month or a cue (``4 و 5 مايو 2017``, ``الثالث والرابع من أيار/مايو الماضي``,
  ``يومي الأربعاء والخميس``) give one span per day: the first span ends with its own day, the second
  runs from its day, an attached ``و`` included, to the end of the expression. Every value is kept
  and no span starts or ends inside a word.
* Prepositions (في، منذ، يوم before a number) stay outside a span; cue words that are part of the
  expression (يوم, يومي, اليوم, أمس, غدا, فجر, مساء …) and a weekday right before a date
  (``الخميس 5 ماي 2016``) are inside it.
* A missing year: with الماضي (and its synonyms) the latest such date before the anchor, with
  المقبل/القادم the first after it, with الجاري/الحالي the anchor's year, otherwise the anchor's
  year, except across the turn of a year (28 December seen on 3 January is the December just gone:
  a date within 45 days of the anchor, a month next to the anchor's month).
* Weekdays: bare or with يوم, the latest such day on or before the anchor; with الماضي strictly
  before; with المقبل/القادم strictly after; with أمس/اليوم/غدا the relative day wins. Of two
  coordinated weekdays the second is the first such day after the first (السبت والأحد).
* الأحد ("the one") and الاثنين ("the two") count as weekdays only with a cue: a cue word before
  (يوم, اليوم, أمس, غدا, فجر …) or after (الماضي, المقبل), a date right after, coordination with
  another weekday, or a time-slot context: a comma or bracket before it, a comma, full stop, colon or
  bracket after it, or a reporting verb (قال, أعلن …, data/date_words.tsv) just before it.
* A bare اليوم means today unless a definite word follows (اليوم التالي, اليوم الوطني) or a blocker
  precedes it (ذلك اليوم, في اليوم, روسيا اليوم). A bare غد needs a weekday or a part of the day.
* Months that are also common words (مارس "practised", ماي "May" the surname, شباط, نيسان, آب …;
  flag ``strict`` in months.tsv) count only with a day, a year, a relative word or شهر.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from marsad.records import DateMention

__all__ = ["find_dates", "parse_date", "publication_date"]

# --- tolerant word patterns ------------------------------------------------------------------

_MARKS = "\u064b-\u065f\u0670\u0640"  # harakat, superscript alef, tatweel
_M = f"[{_MARKS}]*"
_WORDCH = rf"[\w{_MARKS}]"
_END = rf"(?![^\W\d_]|[{_MARKS}])"  # no letter or mark follows (a digit may: ماي2017)
_DIG = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_SP = r"[^\S\n]+"  # spaces inside one line
_S0 = r"[^\S\n]*"
_MARK_CODES = [*range(0x64B, 0x660), 0x670, 0x640]
_AL = "ال"  # the article: patterns for words that start with it open with it as a literal


@cache
def _letters() -> tuple[dict[int, str | None], dict[str, str]]:
    """(str.translate table that folds a word, variants per base letter), from date_words.tsv."""
    table: dict[int, str | None] = dict.fromkeys(_MARK_CODES)
    variants: dict[str, str] = {}
    for cols in _rows("date_words.tsv"):
        if cols[0] == "letter":
            base, others = cols[1], cols[2].strip()
            table.update({ord(v): base for v in others})
            variants[base] = others
    return table, variants


@lru_cache(maxsize=8192)  # the same few hundred words (weekdays, months, cue words) recur
def _fold(s: str) -> str:
    """Matching key of a word or phrase: no marks, one alef, ي for ى, ه for ة, single spaces."""
    return " ".join(s.translate(_letters()[0]).split())


def _spellings(ch: str) -> str:
    """A folded letter and the letters written for it (ا -> اأإآٱ)."""
    return ch + _letters()[1].get(ch, "")


def _unit(ch: str) -> str:
    """Regex for one letter of a folded word: its spelling variants, then any marks."""
    if ch == " ":
        return _SP
    spellings = _spellings(ch)
    return (f"[{re.escape(spellings)}]" if len(spellings) > 1 else re.escape(ch)) + _M


def _tolerant(folded: str) -> str:
    """Regex for a folded word or phrase that accepts every spelling variant of it."""
    return "".join(_unit(ch) for ch in folded)


def _alt(words: Iterable[str], strip_al: bool = False) -> str:
    """Alternation of tolerant words, each closed by a word boundary, as a trie.

    Why a trie: ``re`` skips an alternative whose first item is a character class that does not
    match, so factoring shared prefixes (مارس/ماي/مايو) makes a failed attempt cost one check per
    first letter instead of one per word. ``strip_al`` gives the remainders of words that start
    with ال (the article is matched as a literal prefix of the whole pattern).
    """
    keys = {_fold(w) for w in words}
    if strip_al:
        keys = {k[len(_AL) :] for k in keys if k.startswith(_AL)}
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict[str, Any]) -> str:
    branches = []
    for ch in sorted(k for k in node if k):  # longer words before the end of a shorter one
        branches.append(_unit(ch) + _trie_regex(node[ch]))
    if "" in node:
        branches.append(_END)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# --- lexicon ---------------------------------------------------------------------------------

_RELATIVE_DAY_KINDS = ("yesterday", "day_before_yesterday", "today", "tomorrow", "day_after_tomorrow")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: dict[str, int]  # folded name -> 1..12
    strict_months: frozenset[str]
    weekdays: dict[str, int]  # folded name -> ISO weekday
    ambiguous_weekdays: frozenset[str]
    ordinals: dict[str, int]  # folded ordinal -> day
    words: dict[str, tuple[str, ...]]  # kind -> words as written in the data file
    rel_kind: dict[str, str]  # folded relative cue -> past | future | current
    day_offset: dict[str, int]  # folded relative day phrase -> days from the anchor
    needs_cue: frozenset[str]  # relative day words that need a weekday or part of day (غد)
    folded: dict[str, frozenset[str]]  # kind -> folded words


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("marsad.data").joinpath(name).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[1].strip():
            raise ValueError(f"{name} line {n}: expected at least two tab-separated columns")
        yield cols


@cache
def _lexicon() -> _Lexicon:
    months: dict[str, int] = {}
    strict: set[str] = set()
    for cols in _rows("months.tsv"):
        key = _fold(cols[1])
        months[key] = int(cols[0])
        if len(cols) > 3 and "strict" in cols[3]:
            strict.add(key)
    weekdays: dict[str, int] = {}
    ambiguous: set[str] = set()
    for cols in _rows("weekdays.tsv"):
        key = _fold(cols[1])
        weekdays[key] = int(cols[0])
        if len(cols) > 2 and "ambiguous" in cols[2]:
            ambiguous.add(key)
    ordinals = {_fold(cols[1]): int(cols[0]) for cols in _rows("ordinals.tsv")}
    words: dict[str, list[str]] = {}
    day_offset: dict[str, int] = {}
    needs_cue: set[str] = set()
    for cols in _rows("date_words.tsv"):
        kind, word = cols[0], cols[1]
        words.setdefault(kind, []).append(word)
        if kind in _RELATIVE_DAY_KINDS:
            day_offset[_fold(word)] = int(cols[2])
            if len(cols) > 3 and "needs_cue" in cols[3]:
                needs_cue.add(_fold(word))
    rel_kind = {_fold(w): kind for kind in ("past", "future", "current") for w in words.get(kind, [])}
    return _Lexicon(
        months=months,
        strict_months=frozenset(strict),
        weekdays=weekdays,
        ambiguous_weekdays=frozenset(ambiguous),
        ordinals=ordinals,
        words={k: tuple(v) for k, v in words.items()},
        rel_kind=rel_kind,
        day_offset=day_offset,
        needs_cue=frozenset(needs_cue),
        folded={k: frozenset(_fold(w) for w in v) for k, v in words.items()},
    )


# --- patterns --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Patterns:
    al: re.Pattern[str]  # expressions whose first word starts with ال
    digit: re.Pattern[str]  # expressions that start with a digit
    other: re.Pattern[str]  # the rest, matched with the character before the word
    other_at_start: re.Pattern[str]  # the same at the start of the text
    digits_only: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    lx = _lexicon()
    w = lx.words
    months = _alt(lx.months)
    weekday = _alt(lx.weekdays)
    rel = _alt(w["past"] + w["future"] + w["current"])
    ordinal = _alt(lx.ordinals)
    month_cue = _alt(w["month_cue"])
    year_cue = _alt(w["year_cue"])
    suffix = _alt(w["year_suffix"])
    link = _alt(w["day_month_link"])
    and_ = "(?:" + "|".join(_tolerant(_fold(x)) for x in w["day_and"]) + ")"  # written onto the next word
    daynum = rf"(?:ال\u0640*{_S0})?{_DIG}{{1,2}}(?!{_DIG})"
    day2 = rf"(?:(?P<sep>{_S0}(?:{and_}|[-–]){_S0})(?P<d2>{ordinal}|{daynum}))?"
    connect = rf"{_S0}(?:{link}{_SP})?(?:{month_cue}{_SP})?"
    pair_sep = rf"(?:{_S0}[/\\|\-–]{_S0}|{_SP})"
    month_tail = (
        rf"(?P<mon1>{months})"
        rf"(?:{pair_sep}(?P<mon2>{months})|{_S0}\({_S0}(?P<mon3>{months}){_S0}\))?"
        rf"(?:(?:{_SP}{link})?(?:{_SP}{year_cue})?{_S0}(?P<y>{_DIG}{{4}})(?!{_DIG})(?:{_S0}{suffix})?)?"
        rf"(?:{_SP}(?P<rel>{rel}))?"
    )
    rel_days = [x for k in _RELATIVE_DAY_KINDS for x in w[k]]
    # أمس الخميس, اليوم (الأحد): the bracket, when opened, must close
    rday_weekday = rf"(?:(?:{_SP}|{_S0}(?P<rp>\(){_S0})(?P<rwd>{weekday})(?(rp){_S0}\)))?"
    al = re.compile(
        rf"ال(?<!{_WORDCH}ال){_M}(?:"
        rf"(?P<date>(?:{_alt(lx.ordinals, True)}|\u0640*{_S0}{_DIG}{{1,2}}(?!{_DIG}))(?P<d1e>){day2}"
        rf"{connect}{month_tail})"
        rf"|(?P<week>{_alt(w['week'], True)}{_SP}(?P<wrel>{rel})"
        rf"(?:{_S0}\({_S0}(?P<wwd>{weekday}){_S0}\))?)"
        rf"|(?P<unit>(?P<un>{_alt(w['month'] + w['year'], True)}){_SP}(?P<urel>{rel}))"
        rf"|(?P<rday>(?P<rw>{_alt(rel_days, True)}){rday_weekday})"
        rf"|(?P<wd>{_alt(lx.weekdays, True)}(?P<w1e>)(?:(?P<csep>{_S0}{and_}{_S0})(?P<w2>{weekday}))?"
        rf"(?:{_SP}(?P<drel>{rel}))?)"
        rf")"
    )
    digit = re.compile(
        rf"{_DIG}(?<![\w{_MARKS}.:/]{_DIG})(?:"
        rf"(?P<num>(?:{_DIG}?(?P<s1>[/.\-]){_DIG}{{1,2}}(?P=s1){_DIG}{{4}}"
        rf"|{_DIG}{{3}}(?P<s2>[/.\-]){_DIG}{{1,2}}(?P=s2){_DIG}{{1,2}})(?!{_DIG})(?![/.\-]{_DIG}))"
        rf"|(?P<date>{_DIG}?(?!{_DIG})(?P<d1e>){day2}{connect}{month_tail})"
        rf")"
    )
    non_al_ordinals = [o for o in lx.ordinals if not o.startswith(_AL)]
    non_al_days = [x for x in rel_days if not _fold(x).startswith(_AL)]
    # Tried after every character that can end a word: a pattern that opens with a character class
    # is scanned for in C, whereas one that opens with a look-behind is tried at every position.
    other_body = (
        rf"(?:(?P<date>(?:{_alt(non_al_ordinals)}(?P<d1e>){day2}{connect}|{month_cue}{_SP}|){month_tail})"
        rf"|(?P<rday>(?P<rw>{_alt(non_al_days)}){rday_weekday}))"
    )
    # One class check rejects most words before any alternative is tried.
    firsts = {_fold(x)[0] for x in [*lx.months, *w["month_cue"], *non_al_ordinals, *non_al_days]}
    first_letter = re.escape("".join(sorted(set("".join(_spellings(f) for f in firsts)))))
    other = re.compile(rf"[^\w{_MARKS}](?=[{first_letter}])(?!{_AL}){other_body}")
    other_at_start = re.compile(other_body)
    return _Patterns(al, digit, other, other_at_start, re.compile(f"{_DIG}+"))


# --- resolution ------------------------------------------------------------------------------


_TURN_OF_YEAR_DAYS = 45  # a yearless date this close to the anchor in the adjacent year belongs there


def _int(s: str) -> int:
    """Value of the digits in s (ASCII or Arabic-Indic); other characters are ignored."""
    return int("".join(_patterns().digits_only.findall(s)) or "0")


def _day(a: dt.date, days: int) -> str | None:
    try:
        return (a + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve_day(
    day: int, month: int, year: int | None, rel: str | None, anchor: dt.date | None
) -> str | None:
    if year is not None:
        found = _make(year, month, day)
        return found.isoformat() if found else None
    if anchor is None:
        return None
    y = anchor.year
    if rel == "current":
        found = _make(y, month, day)
    elif rel == "past":
        found = next((c for k in range(0, 9) if (c := _make(y - k, month, day)) and c < anchor), None)
    elif rel == "future":
        found = next((c for k in range(0, 9) if (c := _make(y + k, month, day)) and c > anchor), None)
    else:
        found = _make(y, month, day)
        for k in (-1, 1):  # across the turn of the year: 28 December seen on 3 January
            c = _make(y + k, month, day)
            if c and abs((c - anchor).days) <= _TURN_OF_YEAR_DAYS:
                found = c
    return found.isoformat() if found else None


def _month_iso(index: int) -> str | None:
    y, m = divmod(index, 12)
    return f"{y:04d}-{m + 1:02d}" if 1 <= y <= 9999 else None


def _resolve_month(month: int, year: int | None, rel: str | None, anchor: dt.date | None) -> str | None:
    if year is not None:
        return _month_iso(year * 12 + month - 1)
    if anchor is None:
        return None
    here = anchor.year * 12 + anchor.month - 1
    same = anchor.year * 12 + month - 1
    if rel == "current":
        return _month_iso(same)
    if rel == "past":
        return _month_iso(same if same < here else same - 12)
    if rel == "future":
        return _month_iso(same if same > here else same + 12)
    if abs(same - 12 - here) == 1:  # December seen in January
        return _month_iso(same - 12)
    if abs(same + 12 - here) == 1:  # January seen in December
        return _month_iso(same + 12)
    return _month_iso(same)


def _resolve_weekday(weekday: int, rel: str | None, anchor: dt.date | None) -> str | None:
    if anchor is None:
        return None
    today = anchor.isoweekday()
    if rel == "future":
        return _day(anchor, (weekday - today) % 7 or 7)
    back = (today - weekday) % 7
    if rel == "past":
        back = back or 7
    return _day(anchor, -back)


def _iso_week(a: dt.date) -> str:
    y, wk, _ = a.isocalendar()
    return f"{y:04d}-W{wk:02d}"


def _resolve_week(rel: str, weekday: int | None, anchor: dt.date | None) -> str | None:
    if anchor is None:
        return None
    shift = {"past": -7, "future": 7}.get(rel, 0)
    try:
        target = anchor + dt.timedelta(days=shift)
        if weekday is None:
            return _iso_week(target)
        return (target + dt.timedelta(days=weekday - target.isoweekday())).isoformat()
    except (OverflowError, ValueError):
        return None


# --- matching --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: str | None
    kind: str  # date | num | week | unit | rday | wd
    ambiguous: bool = False  # wd: a bare الأحد / الاثنين still waiting for context
    check_today: bool = False  # rday: a bare اليوم, filtered by its neighbours
    has_weekday: bool = False  # rday: a weekday follows the relative word (أمس الخميس)


_PUNCT_AFTER = frozenset("،,.؛;:)(")
_PUNCT_BEFORE = frozenset("،,(")
_SPACES = " \t\u00a0\u200f\u200e"


_WINDOW = 48  # characters looked at around a candidate: longer than any cue word
_WORD_PUNCT = re.compile(r'[،,.؛;:()"“”«»]')
_NEXT_WORD = re.compile(r"[ \t\u00a0\u200e\u200f]*([^\s،,.؛;:()]*)")


def _prev_word(text: str, pos: int) -> tuple[int, str] | None:
    """The word just before ``pos`` on the same line, separated from it by spaces only."""
    seg = text[max(0, pos - _WINDOW) : pos]
    body = seg.rstrip(_SPACES)
    if len(body) == len(seg) or not body or body[-1].isspace():
        return None
    word = _WORD_PUNCT.split(body.rsplit(None, 1)[-1])[-1]
    if not word:
        return None
    return pos - (len(seg) - len(body)) - len(word), word


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _neighbour_char(text: str, pos: int, step: int) -> str:
    """First non-space character before (step=-1) or after (step=1) pos on the same line, or ''."""
    if step < 0:
        seg = text[max(0, pos - _WINDOW) : pos].rstrip(_SPACES)
        return seg[-1] if seg else ""
    return text[pos : pos + _WINDOW].lstrip(_SPACES)[:1]


def _extend_back(text: str, start: int, kinds: tuple[str, ...]) -> int:
    """Move ``start`` back over cue words of the given kinds (يوم then a part of the day)."""
    lx = _lexicon()
    for kind in kinds:
        prev = _prev_word(text, start)
        if prev is None:
            return start
        key = _fold(prev[1])
        if kind == "part_of_day":
            before = _prev_word(text, prev[0])
            if before is not None and f"{_fold(before[1])} {key}" in lx.folded["part_of_day"]:
                return before[0]
        if key in lx.folded[kind]:
            start = prev[0]
    return start


def _date_cand(m: re.Match[str], start: int, anchor: dt.date | None) -> list[_Cand]:
    lx = _lexicon()
    names = [m.group(g) for g in ("mon1", "mon2", "mon3") if m.group(g)]
    numbers = {lx.months.get(_fold(n), 0) for n in names}
    month = numbers.pop() if len(numbers) == 1 else 0
    year = _int(m.group("y")) if m.group("y") else None
    rel = lx.rel_kind.get(_fold(m.group("rel"))) if m.group("rel") else None
    end = m.end()
    d1_end = m.start("d1e") if m.group("d1e") is not None else -1
    if d1_end < 0:
        # A month without a day: a name that is also a common word needs شهر, a year, a relative
        # word or an unambiguous second name (آب/أغسطس).
        bare = year is None and rel is None and m.start("mon1") == start
        if bare and all(_fold(n) in lx.strict_months for n in names):
            return []
        value = _resolve_month(month, year, rel, anchor) if month else None
        return [_Cand(start, end, value, "date")]
    days = [_day_number(m.string[start:d1_end])]
    if m.group("d2"):
        days.append(_day_number(m.group("d2")))
    if any(d < 1 or d > 31 for d in days):
        return []
    values = [_resolve_day(d, month, year, rel, anchor) if month else None for d in days]
    if len(days) == 1:
        return [_Cand(start, end, values[0], "date")]
    second = _second_start(m, "sep", "d2")
    return [_Cand(start, d1_end, values[0], "date"), _Cand(second, end, values[1], "date")]


def _second_start(m: re.Match[str], sep: str, day: str) -> int:
    """Start of the second of two days: a conjunction written onto it (والرابع) stays in its span,
    so no span starts inside a word."""
    link = m.group(sep)
    if link and not link[-1].isspace() and link.strip().isalpha():
        return m.start(day) - len(link.strip())
    return m.start(day)


def _day_number(s: str) -> int:
    if _patterns().digits_only.search(s):
        return _int(s)
    return _lexicon().ordinals.get(_fold(s), 0)


def _num_cand(m: re.Match[str], start: int) -> list[_Cand]:
    parts = [_int(p) for p in re.split(r"[/.\-]", m.string[start : m.end()])]
    if m.group("s2"):
        y, mo, d = parts
    else:
        d, mo, y = parts
        if mo > 12 >= d:
            d, mo = mo, d  # month first (US order)
    found = _make(y, mo, d) if 1000 <= y <= 2999 else None
    return [_Cand(start, m.end(), found.isoformat(), "num")] if found else []


def _candidates(text: str, anchor: dt.date | None) -> list[_Cand]:
    lx = _lexicon()
    pats = _patterns()
    out: list[_Cand] = []
    first = pats.other_at_start.match(text)
    matches = (
        [(m, 0) for m in pats.al.finditer(text)]
        + [(m, 0) for m in pats.digit.finditer(text)]
        + ([(first, 0)] if first else [])
        + [(m, 1) for m in pats.other.finditer(text)]  # skip the character before the word
    )
    for m, skip in matches:
        start = m.start() + skip
        kind = m.lastgroup
        if kind == "date":
            out.extend(_date_cand(m, start, anchor))
        elif kind == "num":
            out.extend(_num_cand(m, start))
        elif kind == "week":
            wwd = lx.weekdays.get(_fold(m.group("wwd"))) if m.group("wwd") else None
            value = _resolve_week(lx.rel_kind[_fold(m.group("wrel"))], wwd, anchor)
            out.append(_Cand(start, m.end(), value, "week"))
        elif kind == "unit":
            unit = text[start : m.end("un")]
            prev = _prev_word(text, start) if _fold(unit) in lx.folded["year"] else None
            if prev is None or not _listed(prev[1], "year_blocker"):
                out.append(_Cand(start, m.end(), _resolve_unit(unit, m, anchor), "unit"))
        elif kind == "rday":
            out.extend(_rday_cand(text, m, start, anchor))
        elif kind == "wd":
            out.extend(_weekday_cands(text, m, start, anchor))
    return out


def _resolve_unit(unit: str, m: re.Match[str], anchor: dt.date | None) -> str | None:
    if anchor is None:
        return None
    shift = {"past": -1, "future": 1}.get(_lexicon().rel_kind[_fold(m.group("urel"))], 0)
    if _fold(unit) in _lexicon().folded["month"]:
        return _month_iso(anchor.year * 12 + anchor.month - 1 + shift)
    y = anchor.year + shift
    return f"{y:04d}" if 1 <= y <= 9999 else None


def _rday_cand(text: str, m: re.Match[str], start: int, anchor: dt.date | None) -> list[_Cand]:
    lx = _lexicon()
    key = _fold(text[start : m.end("rw")])
    offset = lx.day_offset[key]
    has_wd = m.group("rwd") is not None
    begin = _extend_back(text, start, ("part_of_day",))
    if key in lx.needs_cue and not has_wd and begin == start:
        return []
    value = _day(anchor, offset) if anchor is not None else None
    bare_today = offset == 0 and not has_wd and begin == start
    return [_Cand(begin, m.end(), value, "rday", check_today=bare_today, has_weekday=has_wd)]


def _weekday_cands(text: str, m: re.Match[str], start: int, anchor: dt.date | None) -> list[_Cand]:
    lx = _lexicon()
    first = _fold(text[start : m.start("w1e")])
    rel = lx.rel_kind.get(_fold(m.group("drel"))) if m.group("drel") else None
    begin = _extend_back(text, start, ("day_cue", "part_of_day"))
    cue = rel is not None or begin != start
    if m.group("w2") is None:
        value = _resolve_weekday(lx.weekdays[first], rel, anchor)
        ambiguous = not cue and first in lx.ambiguous_weekdays
        return [_Cand(begin, m.end(), value, "wd", ambiguous=ambiguous)]
    first_day = lx.weekdays[first]
    gap = (lx.weekdays[_fold(m.group("w2"))] - first_day) % 7
    first_value = _resolve_weekday(first_day, rel, anchor)
    second_value = _day(dt.date.fromisoformat(first_value), gap) if first_value else None
    second = _second_start(m, "csep", "w2")
    return [
        _Cand(begin, m.start("w1e"), first_value, "wd"),
        _Cand(second, m.end(), second_value, "wd"),
    ]


def _merge_weekday_dates(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join a weekday right before a date into one span (الخميس 5 ماي 2016, اليوم الاثنين 31 أكتوبر);
    a weekday before a bracketed date (الأحد (19 مارس 2017)) takes the date's value."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind in ("date", "num")
            and (prev.kind == "wd" or (prev.kind == "rday" and prev.has_weekday))
            and prev.end <= c.start
        ):
            gap = text[prev.end : c.start]
            if not gap.strip(_SPACES + "،,"):
                if gap.count("،") + gap.count(",") <= 1:
                    out[-1] = _Cand(prev.start, c.end, c.value, c.kind)
                    continue
            elif gap.strip(_SPACES) == "(" and c.value and len(c.value) == 10:
                prev.value = c.value
                prev.ambiguous = False
        out.append(c)
    return out


def _keep(text: str, c: _Cand) -> bool:
    """The context rules for a bare الأحد/الاثنين and a bare اليوم (module docstring)."""
    if c.ambiguous:
        before, after = _neighbour_char(text, c.start, -1), _neighbour_char(text, c.end, 1)
        if (before and before in _PUNCT_BEFORE) or (after and after in _PUNCT_AFTER):
            return True
        prev = _prev_word(text, c.start)
        return prev is not None and _listed(prev[1], "slot_verb")
    if c.check_today:
        if _fold(_next_word(text, c.end)).startswith(_AL):
            return False
        prev = _prev_word(text, c.start)
        return prev is None or not _listed(prev[1], "today_blocker")
    return True


def _listed(word: str, kind: str) -> bool:
    """Whether a word, or the word without a leading conjunction (وقال، فقال), is in a list."""
    lx = _lexicon()
    key = _fold(word)
    return key in lx.folded[kind] or (key[:1] in lx.folded["clitic"] and key[1:] in lx.folded[kind])


def find_dates(text: str, anchor: dt.date | None) -> list[DateMention]:
    """Every date expression in the display text, as non-overlapping spans sorted by start.

    ``anchor`` is the publication date; relative expressions and dates without a year are
    resolved against it (value ``None`` without one). See the module docstring for the rules.
    """
    if not text:
        return []
    # Earliest start wins, then the longest; a bare اليوم that is not "today" never competes.
    chosen: list[_Cand] = []
    last_end = -1
    for c in sorted(_candidates(text, anchor), key=lambda c: (c.start, -c.end)):
        if c.start >= last_end and c.start < c.end and (not c.check_today or _keep(text, c)):
            chosen.append(c)
            last_end = c.end
    return [
        DateMention(start=c.start, end=c.end, text=text[c.start : c.end], value=c.value)
        for c in _merge_weekday_dates(text, chosen)
        if _keep(text, c)
    ]


# --- metadata and publication dates ----------------------------------------------------------

_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TIME = r"(?:[T ,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*(?:Z|GMT|UTC|[+-]\d{2}:?\d{2}))?"
_ISO = re.compile(rf"(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_TIME}")
_DMY = re.compile(rf"(\d{{1,2}})([/.\-])(\d{{1,2}})\2(\d{{4}}){_TIME}")
_YMD = re.compile(rf"(\d{{4}})([/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_META_EXTRA = 10  # letters besides the date a metadata value may hold: "نشر في", "بتاريخ", "م"
_ENGLISH = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%b. %d, %Y")


def parse_date(value: str) -> dt.date | None:
    """A metadata date: ISO, 21/03/2017, 2017/03/21, RFC 2822, English or Arabic month names,
    Arabic-Indic digits. ``None`` when the string is not one date."""
    s = " ".join(value.translate(_DIGIT_TABLE).split())
    if not s:
        return None
    if m := _ISO.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.fullmatch(s):
        d, mo = int(m[1]), int(m[3])
        if mo > 12 >= d:
            d, mo = mo, d
        return _make(int(m[4]), mo, d)
    if m := _YMD.fullmatch(s):
        return _make(int(m[1]), int(m[3]), int(m[4]))
    if m := _COMPACT.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if any("a" <= ch.lower() <= "z" for ch in s):
        try:
            return email.utils.parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
        for fmt in _ENGLISH:
            try:
                return dt.datetime.strptime(s, fmt).date()
            except ValueError:
                continue
        return None
    for mention in find_dates(s, None):
        rest = s[: mention.start] + s[mention.end :]
        if mention.value and len(mention.value) == 10 and len(_NOT_LETTERS.sub("", rest)) <= _META_EXTRA:
            return dt.date.fromisoformat(mention.value)
    return None


_HEAD_LINES = 3
_SHORT_LINE = 100  # a dateline is a short line of its own ...
_DATELINE_WORDS = 3  # ... or the start of the first paragraph: "تونس 11 ديسمبر 2016 (وات) -"


def _dateline_date(line: str) -> str | None:
    """A full date that dates the line itself: anywhere in a short line; in a long one, after at
    most a few words (a place, نشر في) or said to be today (ضيف بوليتيكا اليوم الثلاثاء 21 مارس 2017)."""
    today = _lexicon().folded["today"]
    for mention in find_dates(line, None):
        if not mention.value or len(mention.value) != 10:
            continue
        if len(line) <= _SHORT_LINE or len(line[: mention.start].split()) <= _DATELINE_WORDS:
            return mention.value
        if today & set(_fold(mention.text).split()[:2]):
            return mention.value
    return None


def publication_date(text: str, meta_date: str | None) -> str | None:
    """ISO publication date: the metadata date when it parses, else a dateline in the first lines
    or a short line among the last ones, else ``None``. Event dates in the lead sentence
    (أعلن ... أمس الأربعاء 4 جانفي 2017) are not publication dates."""
    if meta_date:
        found = parse_date(meta_date)
        if found is not None:
            return found.isoformat()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    candidates = lines[:_HEAD_LINES] + [ln for ln in reversed(lines[-_HEAD_LINES:]) if len(ln) <= _SHORT_LINE]
    for line in candidates:
        value = _dateline_date(line)
        if value:
            return value
    return None
