"""Extractive multi-document summaries that keep who said what and where it was reported.

Sentences are taken verbatim from the articles (nothing is rewritten, so each one can be shown in
place), scored by closeness to the story's centroid, with a bonus for lead sentences and for
sentences carrying an attributed quotation. Selection is greedy with a redundancy cut (MMR): a
sentence too close to one already chosen is not repeated, but its article is added to that
sentence's citations, so the summary says "reported by A, B and C" instead of saying it three times.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.records import Article
from marsad.stories.features import background_df, speaker_key, terms, tfidf, words

_FALLBACK_SENTENCE = re.compile(r"[^.!؟?\n]+[.!؟?]?")


@dataclass(slots=True, frozen=True)
class SourceRef:
    article_id: str
    outlet: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class SummarySentence:
    """A sentence of one article (``text == article.text[start:end]``), its speaker and all its sources."""

    text: str
    source: SourceRef
    start: int
    end: int
    speaker: str | None = None
    also_in: list[SourceRef] = field(default_factory=list)

    @property
    def sources(self) -> list[SourceRef]:
        return [self.source, *self.also_in]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(slots=True)
class Summary:
    sentences: list[SummarySentence]

    @property
    def sources(self) -> list[SourceRef]:
        """Every cited article once, in order of first citation."""
        seen: dict[str, SourceRef] = {}
        for s in self.sentences:
            for ref in s.sources:
                seen.setdefault(ref.article_id, ref)
        return list(seen.values())

    def render(self) -> str:
        """Plain text: one sentence a line with [n] citations, then the numbered source list."""
        number = {ref.article_id: i for i, ref in enumerate(self.sources, 1)}
        lines = []
        for s in self.sentences:
            cites = ",".join(str(number[r.article_id]) for r in s.sources)
            who = f"{s.speaker}: " if s.speaker else ""
            lines.append(f"- {who}{s.text} [{cites}]")
        lines.append("")
        for ref, i in ((r, number[r.article_id]) for r in self.sources):
            lines.append(f"[{i}] {ref.outlet or '?'}, {ref.published or 'undated'}, {ref.article_id}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": [s.to_dict() for s in self.sentences],
            "sources": [r.to_dict() for r in self.sources],
        }


@dataclass(slots=True, frozen=True)
class SummaryConfig:
    max_sentences: int = 5
    redundancy: float = 0.5  # cosine above which a sentence repeats a chosen one
    lead_bonus: float = 0.15
    quote_bonus: float = 0.1
    mmr_lambda: float = 0.7
    min_words: int = 6
    max_words: int = 80


@dataclass(slots=True)
class _Candidate:
    article: Article
    order: int
    position: int
    start: int
    end: int
    vec: dict[str, float]
    speaker: str | None
    speaker_key: str


def summarize_story(articles: Sequence[Article], config: SummaryConfig | None = None) -> Summary:
    """Summary of a story: its most central, non-redundant sentences, each attributed and cited."""
    return _summarize(articles, config or SummaryConfig(), None)


def summarize_speaker(
    articles: Sequence[Article], speaker: str, config: SummaryConfig | None = None
) -> Summary:
    """What one speaker (entity id, speaker key or name) said across ``articles``: quote-bearing sentences."""
    return _summarize(articles, config or SummaryConfig(), speaker)


def _summarize(articles: Sequence[Article], cfg: SummaryConfig, speaker: str | None) -> Summary:
    cands = list(_candidates(articles, cfg))
    if speaker is not None:
        wanted = {speaker, speaker_key(speaker, None)}
        cands = [c for c in cands if c.speaker_key in wanted or (c.speaker or "") in wanted]
    if not cands:
        return Summary([])
    _weigh(cands)
    centroid: Counter[str] = Counter()
    for c in cands:
        centroid.update(c.vec)
    cnorm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
    base = {
        id(c): sum(w * centroid.get(t, 0.0) for t, w in c.vec.items()) / cnorm
        + (cfg.lead_bonus if c.position < 2 else 0.0)
        + (cfg.quote_bonus if c.speaker else 0.0)
        for c in cands
    }
    chosen: list[tuple[_Candidate, SummarySentence]] = []
    pool = sorted(cands, key=lambda c: (-base[id(c)], c.order, c.position))
    while pool and len(chosen) < cfg.max_sentences:
        best, best_val = None, -math.inf
        for c in pool:
            red = max((_cos(c.vec, s.vec) for s, _ in chosen), default=0.0)
            if red >= cfg.redundancy:
                continue
            val = cfg.mmr_lambda * base[id(c)] - (1 - cfg.mmr_lambda) * red
            if val > best_val:
                best, best_val = c, val
        if best is None:
            break
        pool.remove(best)
        chosen.append((best, _sentence(best)))
    for c in cands:  # cite every article that repeats a chosen sentence
        if any(c is s for s, _ in chosen):
            continue
        sims = [(_cos(c.vec, s.vec), i) for i, (s, _) in enumerate(chosen)]
        sim, i = max(sims)
        sent = chosen[i][1]
        if sim >= cfg.redundancy and c.article.id not in {r.article_id for r in sent.sources}:
            sent.also_in.append(_ref(c.article))
    ordered = sorted(chosen, key=lambda cs: (cs[0].article.published or "~", cs[0].order, cs[0].position))
    return Summary([s for _, s in ordered])


def _candidates(articles: Sequence[Article], cfg: SummaryConfig) -> Iterable[_Candidate]:
    for order, a in enumerate(articles):
        spans = [(s.start, s.end) for s in a.sentences] or [
            m.span() for m in _FALLBACK_SENTENCE.finditer(a.text)
        ]
        title = a.title_span
        for position, (start, end) in enumerate(spans):
            if title is not None and start < title.end and title.start < end:
                continue  # the headline is not a reported sentence and repeats the lead
            text = a.text[start:end]
            toks = words(text)
            if not cfg.min_words <= len(toks) <= cfg.max_words:
                continue
            counts = Counter(terms(toks))
            if not counts:
                continue
            spk, key = _speaker_in(a, start, end)
            yield _Candidate(a, order, position, start, end, dict(counts), spk, key)


def _speaker_in(article: Article, start: int, end: int) -> tuple[str | None, str]:
    """Speaker of the attributed quotation that overlaps the sentence most, if any."""
    best, best_len = None, 0
    for q in article.quotes:
        if q.speaker is None:
            continue
        inter = min(end, q.end) - max(start, q.start)
        if inter > best_len:
            best, best_len = q, inter
    if best is None or best.speaker is None:
        return None, ""
    return best.speaker.name, speaker_key(best.speaker.name, best.speaker.entity_id)


def _weigh(cands: list[_Candidate]) -> None:
    """Turn raw term counts into TF-IDF (sentence document frequencies plus the background table)."""
    n0, df0 = background_df()
    df: Counter[str] = Counter()
    for c in cands:
        df.update(c.vec.keys())
    n = n0 + len(cands)
    for c in cands:
        idf = {t: math.log((n + 1) / (df0.get(t, 0) + df[t] + 1)) + 1.0 for t in c.vec}
        c.vec = tfidf(Counter({t: int(v) for t, v in c.vec.items()}), idf, 1.0, 10_000)


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())  # both are unit vectors


def _ref(article: Article) -> SourceRef:
    return SourceRef(article.id, article.outlet, article.published)


def _sentence(c: _Candidate) -> SummarySentence:
    raw = c.article.text[c.start : c.end]
    start = c.start + len(raw) - len(raw.lstrip())
    end = c.end - (len(raw) - len(raw.rstrip()))
    return SummarySentence(c.article.text[start:end], _ref(c.article), start, end, c.speaker)
