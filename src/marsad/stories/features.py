"""Matching features of an article for dedup and story clustering.

Everything is computed on the matching form (`marsad.text.normalize`) so spelling variants
(أ/ا, ة/ه, ى/ي, diacritics) never split a story, and on light stems (`strip_clitics`) so
وبالعاصمة and العاصمة count as one term. Stopwords are data (data/stories/stopwords.txt).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

from marsad.corpus.names import name_key
from marsad.records import Article, Mention
from marsad.text.normalize import normalize
from marsad.text.tokens import strip_clitics

_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
_TERMS: dict[str, str] = {}  # normalised word -> term ("" for a stopword); vocabularies are small
_STEM_CACHE_MAX = 500_000
_ENTITY_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})


@cache
def stopwords() -> frozenset[str]:
    """Stems that never count as story terms (normalised, clitics stripped)."""
    text = (
        resources.files("marsad.data")
        .joinpath("stories")
        .joinpath("stopwords.txt")
        .read_text(encoding="utf-8")
    )
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(strip_clitics(normalize(w)) for w in words if w)


@cache
def background_df() -> tuple[int, dict[str, int]]:
    """(documents, document frequency per stem) of the shipped background corpus (data/stories/df.tsv).

    Why: a stream starts with no statistics; a background IDF keeps the first articles from being
    clustered on words that every news article uses.
    """
    path = resources.files("marsad.data").joinpath("stories").joinpath("df.tsv")
    if not path.is_file():
        return 0, {}
    docs = 0
    df: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            if line.startswith("#docs\t"):
                docs = int(line.split("\t")[1])
            continue
        term, _, count = line.partition("\t")
        df[term] = int(count)
    return docs, df


def article_text(article: Article) -> str:
    """Display text plus the title when the cleaned text does not already contain it."""
    title = article.title or ""
    if title and title not in article.text[: len(title) + 200]:
        return f"{title}\n{article.text}"
    return article.text


def words(text: str) -> list[str]:
    """Normalised words (letters and digits), in order."""
    return _WORD.findall(normalize(text))


def stem(word: str) -> str:
    """Light stem of a normalised word (`strip_clitics`)."""
    return strip_clitics(word)


def terms(norm_words: Iterable[str]) -> list[str]:
    """Content stems: stopwords and one-letter stems dropped (one cached lookup per word: this is hot)."""
    cache = _TERMS
    if len(cache) > _STEM_CACHE_MAX:
        cache.clear()
    out: list[str] = []
    for w in norm_words:
        t = cache.get(w)
        if t is None:
            s = strip_clitics(w)
            t = cache[w] = "" if len(s) < 2 or s in stopwords() else s
        if t:
            out.append(t)
    return out


def shingles(norm_words: list[str], k: int) -> list[str]:
    """Word k-grams (as strings) for MinHash; a text shorter than k is one shingle."""
    if len(norm_words) < k:
        return [" ".join(norm_words)] if norm_words else []
    return [" ".join(norm_words[i : i + k]) for i in range(len(norm_words) - k + 1)]


def entity_key(mention: Mention) -> str | None:
    """Corpus-wide key of an entity: the linker's id, else label + name key of the canonical name."""
    if mention.label not in _ENTITY_LABELS:
        return None
    if mention.entity_id:
        return mention.entity_id
    key = name_key(mention.canonical or mention.text)
    return f"{mention.label.lower()}:{key}" if key else None


def entity_counts(article: Article) -> Counter[str]:
    """How often each entity is mentioned in the article."""
    counts: Counter[str] = Counter()
    for m in article.entities:
        key = entity_key(m)
        if key:
            counts[key] += 1
    return counts


def speaker_key(name: str | None, entity_id: str | None) -> str:
    """Key of a quote's speaker: the entity id when linked, else the name key; '' when unknown."""
    if entity_id:
        return entity_id
    if name:
        key = name_key(name)
        return f"per:{key}" if key else ""
    return ""


def published_day(value: str | None) -> int | None:
    """Proleptic ordinal of the publication date (``YYYY-MM-DD...``), None when missing or bad."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def day_iso(day: int | None) -> str | None:
    return dt.date.fromordinal(day).isoformat() if day is not None else None


def tfidf(
    counts: Counter[str], idf: dict[str, float] | None, default_idf: float, top: int
) -> dict[str, float]:
    """Sublinear TF x IDF, the ``top`` heaviest terms kept, L2-normalised."""
    weights = {
        t: (1.0 + math.log(c)) * (idf.get(t, default_idf) if idf is not None else default_idf)
        for t, c in counts.items()
    }
    if len(weights) > top:
        weights = {t: weights[t] for t in sorted(weights, key=weights.__getitem__, reverse=True)[:top]}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def is_number(term: str) -> bool:
    return bool(_DIGITS.fullmatch(term))
