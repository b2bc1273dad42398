"""Paraphrase-aware quote merging: one statement, many reporting articles.

Outlets report the same statement with small changes (a direct quote in one, indirect speech in
another, a clause dropped, نعمل -> تعمل). Two quotes are the same statement when they have the same
speaker (entity id, else the name key) and their content words overlap enough: bag-of-stems F1, or
containment when one is a shortened form of the other. Stems are normalised, clitic-stripped and
lose a leading person prefix (ي/ت/ن/ا) so first- and third-person verb forms meet. Candidates come
from an inverted index on (speaker, stem), so merging is linear-ish in the number of quotes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.records import Article, Quote
from marsad.stories.features import speaker_key, terms, words

_PERSON_PREFIX = frozenset("يتنا")
_MAX_VARIANTS = 12  # distinct wordings kept per statement for matching; a wire copy adds none


@dataclass(slots=True, frozen=True)
class QuoteMergeConfig:
    """Thresholds on content-stem overlap; an unattributed quote must be nearly identical to join."""

    min_f1: float = 0.5
    min_containment: float = 0.75
    containment_min_tokens: int = 4
    unattributed_f1: float = 0.8
    max_candidates: int = 20


@dataclass(slots=True)
class QuoteSource:
    """One report of a statement: where, when, and the exact span in that article."""

    article_id: str
    outlet: str | None
    published: str | None
    start: int
    end: int
    text: str
    kind: str
    speaker_name: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Statement:
    """A statement with every article that reported it; ``text`` is the fullest direct wording."""

    id: str
    speaker: str
    speaker_key: str
    text: str
    sources: list[QuoteSource] = field(default_factory=list)

    @property
    def first_published(self) -> str | None:
        days = [s.published for s in self.sources if s.published]
        return min(days) if days else None

    @property
    def outlets(self) -> list[str]:
        return sorted({s.outlet for s in self.sources if s.outlet})

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(s.article_id for s in self.sources))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_key": self.speaker_key,
            "text": self.text,
            "first_published": self.first_published,
            "outlets": self.outlets,
            "sources": [s.to_dict() for s in self.sources],
        }


def quote_stems(text: str) -> frozenset[str]:
    """Content stems of a quotation for paraphrase matching (see the module docstring)."""
    out = set()
    for t in terms(words(text)):
        if len(t) >= 4 and t[0] in _PERSON_PREFIX:
            t = t[1:]
        out.add(t)
    return frozenset(out)


def overlap(a: frozenset[str], b: frozenset[str], containment_min_tokens: int = 4) -> tuple[float, float]:
    """(bag F1, containment = common / smaller set); containment is 0 when the smaller set is tiny."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    f1 = 2 * common / (len(a) + len(b))
    small = min(len(a), len(b))
    return f1, (common / small if small >= containment_min_tokens else 0.0)


@dataclass
class _Group:
    statement: Statement
    stems: list[frozenset[str]]


class QuoteMerger:
    """Incremental merger: ``add`` places each attributed quote of each article in a statement."""

    def __init__(self, config: QuoteMergeConfig | None = None) -> None:
        self.config = config or QuoteMergeConfig()
        self._groups: list[_Group] = []
        self._index: dict[tuple[str, str], list[int]] = {}
        self._by_stem: dict[str, list[int]] = {}
        self._seen: set[tuple[str, int, int]] = set()

    def add(self, articles: Iterable[Article]) -> list[tuple[str, int, str]]:
        """(article_id, quote index in article.quotes, statement id) for every quote placed."""
        out = []
        for article in articles:
            for i, quote in enumerate(article.quotes):
                sid = self.add_quote(article, quote)
                if sid is not None:
                    out.append((article.id, i, sid))
        return out

    def add_quote(self, article: Article, quote: Quote) -> str | None:
        """Statement id for one quote; None for a quote without content words or seen before."""
        mark = (article.id, quote.start, quote.end)
        if mark in self._seen:
            return None
        stems = quote_stems(quote.text)
        if not stems:
            return None
        self._seen.add(mark)
        name = quote.speaker.name if quote.speaker else None
        key = speaker_key(name, quote.speaker.entity_id if quote.speaker else None)
        source = QuoteSource(
            article.id,
            article.outlet,
            article.published,
            quote.start,
            quote.end,
            quote.text,
            quote.kind,
            name,
        )
        gi = self._best(key, stems)
        if gi is None:
            gi = len(self._groups)
            statement = Statement(f"q{gi}", name or "", key, quote.text)
            self._groups.append(_Group(statement, []))
        group = self._groups[gi]
        if stems not in group.stems and len(group.stems) < _MAX_VARIANTS:
            group.stems.append(stems)
        group.statement.sources.append(source)
        if not group.statement.speaker_key and key:  # an unattributed first report, now attributed
            group.statement.speaker_key, group.statement.speaker = key, name or ""
        _refresh_text(group.statement)
        for s in stems:
            posting = self._index.setdefault((key, s), [])
            if not posting or posting[-1] != gi:
                posting.append(gi)
            posting = self._by_stem.setdefault(s, [])
            if not posting or posting[-1] != gi:
                posting.append(gi)
        return group.statement.id

    def statements(self) -> list[Statement]:
        return [g.statement for g in self._groups]

    def _best(self, key: str, stems: frozenset[str]) -> int | None:
        cfg = self.config
        hits: Counter[int] = Counter()
        for s in stems:
            hits.update(set(self._index.get((key, s), ()) if key else self._by_stem.get(s, ())))
        best, best_score = None, 0.0
        for gi, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_candidates]:
            group = self._groups[gi]
            if key and group.statement.speaker_key and group.statement.speaker_key != key:
                continue
            for seen in group.stems:
                f1, contained = overlap(stems, seen, cfg.containment_min_tokens)
                ok = (
                    f1 >= cfg.unattributed_f1
                    if not key
                    else (f1 >= cfg.min_f1 or contained >= cfg.min_containment)
                )
                score = max(f1, contained)
                if ok and score > best_score:
                    best, best_score = gi, score
        return best


def _refresh_text(statement: Statement) -> None:
    """Representative wording: the longest direct quotation, else the longest report."""
    direct = [s.text for s in statement.sources if s.kind == "direct"]
    pool = direct or [s.text for s in statement.sources]
    statement.text = max(pool, key=len)
    names = Counter(s.speaker_name for s in statement.sources if s.speaker_name)
    if names:
        statement.speaker = names.most_common(1)[0][0]


def merge_quotes(articles: Iterable[Article], config: QuoteMergeConfig | None = None) -> list[Statement]:
    """All statements of ``articles``, each with its sources, most-reported first."""
    merger = QuoteMerger(config)
    merger.add(articles)
    return sorted(merger.statements(), key=lambda s: (-len(s.article_ids), s.first_published or "", s.id))
