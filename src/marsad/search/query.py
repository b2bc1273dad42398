"""Arabic-aware full-text search: what goes into the FTS5 index, and what a user query becomes.

FTS5's own tokenizer knows nothing of Arabic (its ``remove_diacritics`` leaves tashkeel, hamza
forms and clitics alone), so the index is fed `index_text`: matching forms (`normalize`) with each
word followed by its light stem when different. ``وسوريا`` is indexed as ``وسوريا سوريا`` and is
found by ``سوريا``. A user query never reaches FTS5 syntax unescaped: it is tokenised here, every
word becomes a double-quoted term (OR between its spelling variants, AND between words), and
whatever the user typed that looks like FTS5 syntax (``AND``, ``NEAR(``, ``*``, ``-``, ``:``,
parentheses, column names) is plain text.

Variants of a query word (all compared as normalised forms):
- the word and its light stem (``والخارجية`` -> ``خارجيه``);
- word-final ``يه`` <-> ``يا`` on stems of five letters or more (``سورية``/``سوريا``,
  ``تركية``/``تركيا``); shorter stems are left alone so ``عليه`` never finds ``العليا``;
- word-final ``ه`` <-> ``ا`` only for names whose two spellings are both attested in the shipped
  gazetteers (``مالطة``/``مالطا``, ``أستانة``/``أستانا``). A general rule would make ``كلمة`` find
  ``كلما`` and ``دولة`` find ``دولاً``, and the gazetteers list common words (``دولة``, ``مدينة``)
  as place names, so attestation of both spellings is the test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from marsad.text.normalize import normalize
from marsad.text.tokens import iter_tokens, strip_clitics

__all__ = ["fts_query", "index_text", "make_snippet", "query_phrases", "query_terms", "variants"]

_MAX_GROUPS = 32  # a pasted paragraph must not become a huge FTS5 expression; the rest is ignored
_MIN_YA_STEM = 5  # سوريه/سوريا, but not عليه/عليا or فيه
_MIN_NAME_STEM = 4  # "length > 3" for the ه/ا alternation of names
_SPACES = re.compile(r"\s+")
_SPACE = re.compile(r"\s")
# Gazetteer files (one name per line, or ``name|variant<TAB>TYPE``) whose names may alternate ه/ا.
_NAME_FILES = ("countries.txt", "regions.txt", "cities_major.txt", "curated.tsv")

# Words are runs of \w: punctuation must come off before stemming (“وسوريا” -> وسوريا -> سوريا).
# The index and the query cut words alike, so a word's stem is the same on both sides; FTS5 itself
# then splits on the underscores \w lets through.
_WORD = re.compile(r"\w+")
_MAX_CACHED = 1 << 18  # whitespace chunks remembered by index_text before the memo starts afresh

stem = lru_cache(maxsize=1 << 16)(strip_clitics)  # news vocabulary is Zipfian: most stems are repeats


class _IndexForms(dict[str, str]):
    """Whitespace-delimited chunk -> its words, each followed by its stem when different ("" for punctuation).

    Memoised per chunk: news vocabulary is Zipfian, so after a few articles nearly every chunk is a
    dictionary hit, and `index_text` costs a split and a lookup per word instead of a regex pass.
    """

    def __missing__(self, chunk: str) -> str:
        forms = []
        for word in _WORD.findall(chunk):
            s = stem(word)
            forms.append(word if s == word else f"{word} {s}")
        form = " ".join(forms)
        if len(self) >= _MAX_CACHED:
            self.clear()
        self[chunk] = form
        return form


_INDEX_FORMS = _IndexForms()


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _words(norm: str) -> list[str]:
    """Query words of already normalised text, cut as `index_text` cuts them (so stems agree)."""
    return [w for w in _WORD.findall(norm) if _is_word(w)]


def index_text(text: str) -> str:
    """What the FTS5 index stores for ``text``: normalised words, each followed by its stem when different."""
    return " ".join(filter(None, map(_INDEX_FORMS.__getitem__, normalize(text).split())))


@cache
def _name_alternations() -> dict[str, str]:
    """Normalised single-word names whose other final (ه <-> ا) is also an attested name."""
    names: set[str] = set()
    folder = resources.files("marsad.data").joinpath("gazetteer")
    for fname in _NAME_FILES:
        entry = folder.joinpath(fname)
        if not entry.is_file():
            continue
        for line in entry.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for name in line.split("\t", 1)[0].split("|"):
                norm = normalize(name.strip())
                if norm and " " not in norm:
                    names.add(norm)
    pairs: dict[str, str] = {}
    for name in names:
        if len(name) >= _MIN_NAME_STEM and name[-1] in "اه":
            other = name[:-1] + ("ا" if name[-1] == "ه" else "ه")
            if other in names:
                pairs[name] = other
    return pairs


def variants(word: str) -> set[str]:
    """Normalised spellings that a query word ``word`` (already normalised) stands for."""
    s = stem(word)
    out = {word, s}
    if len(s) >= _MIN_YA_STEM:
        if s.endswith("يه"):
            out.add(s[:-2] + "يا")
        elif s.endswith("يا"):
            out.add(s[:-2] + "يه")
    alt = _name_alternations().get(s)
    if alt is not None:
        out.add(alt)
    return out


@dataclass(slots=True)
class _Group:
    """One AND operand: a plain word (OR of its variants) or a quoted phrase."""

    words: list[str]
    phrase: bool


def _groups(user_query: str) -> list[_Group]:
    """Plain words and "quoted phrases" of the query, in order; an unmatched quote is plain text."""
    segments = normalize(user_query).split('"')
    last = len(segments) - 1  # number of quote marks; a segment after an unmatched one is plain
    groups: list[_Group] = []
    for i, segment in enumerate(segments):
        words = _words(segment)
        if not words:
            continue
        if i % 2 == 1 and i != last:
            groups.append(_Group(words, phrase=True))
        else:
            groups.extend(_Group([w], phrase=False) for w in words)
    return groups[:_MAX_GROUPS]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def query_phrases(user_query: str) -> list[list[str]]:
    """The query as AND of ORs: per group, the phrases (index forms, space-separated) any of which may match.

    A quoted phrase is spelled as the index spells it (each word followed by its stem when different),
    so the stems interleaved in the index do not break the adjacency a phrase match requires.
    """
    return [
        [index_text(" ".join(g.words))] if g.phrase else sorted(variants(g.words[0]))
        for g in _groups(user_query)
    ]


def fts_query(user_query: str) -> str | None:
    """The FTS5 MATCH string for a user query: double-quoted terms only; None if nothing is searchable."""
    groups = query_phrases(user_query)
    if not groups:
        return None
    return " AND ".join(
        _quote(g[0]) if len(g) == 1 else "(" + " OR ".join(map(_quote, g)) + ")" for g in groups
    )


def query_terms(user_query: str) -> list[set[str]]:
    """Per query word (phrase words included), the normalised forms it matches: for highlighting."""
    terms: list[set[str]] = []
    for group in _groups(user_query):
        if group.phrase:
            terms.extend({w, stem(w)} for w in group.words)
        else:
            terms.append(variants(group.words[0]))
    return terms


def make_snippet(text: str, terms: list[set[str]], width: int = 200) -> str:
    """About ``width`` characters of the display text around the first word matching ``terms``.

    The match is wrapped in « »; the window is cut at whitespace, with "…" where the text goes on, and
    whitespace runs become one space. Words are compared by normalised form and stem, so the display
    text is shown exactly as written.
    """
    wanted = set().union(*terms) if terms else set()
    hit = None
    if wanted:
        for token in iter_tokens(text):  # the first match is usually early in the text
            if not _is_word(token.text):
                continue
            norm = normalize(token.text)
            if norm in wanted or stem(norm) in wanted:
                hit = token
                break
    n = len(text)
    if hit is None:
        end = _cut_end(text, 0, min(n, width))
        return (_SPACES.sub(" ", text[:end]).strip() + ("…" if end < n else "")).strip()
    room = max(0, width - (hit.end - hit.start))
    start = max(0, hit.start - room // 2)
    end = min(n, hit.end + room - (hit.start - start))
    start = max(0, min(start, hit.start - (room - (end - hit.end))))
    if start > 0:
        space = _SPACE.search(text, start, hit.start)
        start = space.end() if space else hit.start
    end = _cut_end(text, hit.end, end)
    before = _SPACES.sub(" ", text[start : hit.start]).lstrip()
    after = _SPACES.sub(" ", text[hit.end : end]).rstrip()
    return "".join(
        ("…" if start > 0 else "", before, "«", text[hit.start : hit.end], "»", after, "…" if end < n else "")
    )


def _cut_end(text: str, lo: int, end: int) -> int:
    """Pull ``end`` back to the last whitespace in ``text[lo:end]`` so no word is cut (hard cut if none)."""
    if end >= len(text) or text[end].isspace():
        return end
    last = None
    for last in _SPACE.finditer(text, lo, end):  # noqa: B007 - only the last one is wanted
        pass
    return last.start() if last else end
