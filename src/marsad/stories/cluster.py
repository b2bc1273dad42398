"""Stories (articles about the same event, across outlets) and topics above them, built incrementally.

An article joins the best existing story whose members were published within ``window_days`` of it,
when a score reaches ``threshold``: TF-IDF cosine with the story centroid (normalised, clitic-stripped
terms), plus the share of the article's entities the story already has, plus how much of what a speaker
is quoted saying the story already reports. Otherwise it starts a story. A near-duplicate (dedup) of an
article already placed joins that article's story directly. A new story is put in the closest topic
(terms and entities, no time limit) or starts one: topics are the "Lavrov on Syria" level.

Candidates come from inverted indexes keyed by (term, day) and (entity, day) over the window, so each
article is compared with a handful of stories, never the whole corpus. IDF starts from a shipped
background table and is updated as articles arrive; an article's vector is fixed when it is added, so
adding in several batches gives the same result as one batch in the same order.
"""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from itertools import repeat
from typing import Any

from marsad.records import Article
from marsad.stories.dedup import DedupConfig, DedupIndex
from marsad.stories.features import (
    article_text,
    background_df,
    day_iso,
    entity_counts,
    published_day,
    speaker_key,
    terms,
    tfidf,
    words,
)

STATE_VERSION = 1


@dataclass(slots=True, frozen=True)
class StoryConfig:
    """Weights and limits of story and topic assignment (defaults tuned on eval/gold/stories.gold.json)."""

    window_days: int = 3
    threshold: float = 0.24
    entity_weight: float = 0.12
    quote_weight: float = 0.12
    headline_weight: float = 0.15
    title_weight: int = 2
    terms_per_article: int = 60
    index_terms: int = 12
    max_candidates: int = 12
    max_posting: int = 400
    topic_threshold: float = 0.4
    topic_entity_weight: float = 0.5
    topic_index_terms: int = 8
    dedup: bool = True


class _SumVec:
    """A sparse vector kept as a running sum, with its squared norm updated in O(len(added))."""

    __slots__ = ("v", "norm2")

    def __init__(self, v: dict[str, float] | None = None) -> None:
        self.v: dict[str, float] = dict(v or {})
        self.norm2 = sum(x * x for x in self.v.values())

    def dot(self, other: dict[str, float]) -> float:
        get = self.v.get
        return sum(map(operator.mul, other.values(), map(get, other.keys(), repeat(0.0))))

    def add(self, other: dict[str, float]) -> None:
        v = self.v
        self.norm2 += 2.0 * self.dot(other) + sum(map(operator.mul, other.values(), other.values()))
        for t, w in other.items():
            v[t] = v.get(t, 0.0) + w

    def cos(self, other: dict[str, float], other_norm: float = 1.0) -> float:
        if self.norm2 <= 0.0 or other_norm <= 0.0:
            return 0.0
        return self.dot(other) / (math.sqrt(self.norm2) * other_norm)


@dataclass(slots=True)
class StoryAssignment:
    """Where an added article went and why (``score`` is the winning story score; 1.0 for a duplicate)."""

    article_id: str
    story_id: str
    topic_id: str
    new_story: bool
    new_topic: bool
    score: float
    dup_group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class StoryInfo:
    """A story as the store and CLI see it: members in the order they were added."""

    id: str
    topic_id: str
    members: list[str]
    first_day: str | None
    last_day: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class _Features:
    article_id: str
    day: int | None
    vec: dict[str, float]
    headline: dict[str, float]
    index_terms: list[str]
    entities: dict[str, float]
    quotes: list[tuple[str, frozenset[str]]]


@dataclass
class _Story:
    id: str
    topic: str
    members: list[str] = field(default_factory=list)
    days: list[int] = field(default_factory=list)
    centroid: _SumVec = field(default_factory=_SumVec)
    headlines: _SumVec = field(default_factory=_SumVec)
    entities: set[str] = field(default_factory=set)
    quote_terms: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class _Topic:
    id: str
    stories: list[str] = field(default_factory=list)
    terms: _SumVec = field(default_factory=_SumVec)
    entities: _SumVec = field(default_factory=_SumVec)


class StoryIndex:
    """Incremental story and topic clustering; ``add`` returns one assignment per article."""

    def __init__(self, config: StoryConfig | None = None, *, dedup: DedupIndex | None = None) -> None:
        self.config = config or StoryConfig()
        self.dedup = (
            dedup if dedup is not None else (DedupIndex(DedupConfig()) if self.config.dedup else None)
        )
        self._n0, self._df0 = background_df()
        self._n = 0
        self._df: Counter[str] = Counter()
        self._stories: dict[str, _Story] = {}
        self._topics: dict[str, _Topic] = {}
        self._story_of: dict[str, str] = {}
        self._postings: dict[tuple[str, int | None], list[str]] = {}
        self._topic_postings: dict[str, list[str]] = {}
        self._logs: list[float] = []

    def _log1p(self, n: int) -> float:
        """log(n + 1), memoised: document frequencies are small integers and IDF is the hot loop."""
        logs = self._logs
        if n >= len(logs):
            logs.extend(math.log(i + 1) for i in range(len(logs), 2 * n + 64))
        return logs[n]

    # -- public API ----------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> list[StoryAssignment]:
        """Place articles (sorted by publication day, then id, inside the batch); returns input order.

        An id already placed keeps its story (re-adding is a no-op that reports the assignment).
        """
        batch = list(articles)
        order = sorted(range(len(batch)), key=lambda i: _order_key(batch[i]))
        out: list[StoryAssignment | None] = [None] * len(batch)
        for i in order:
            out[i] = self._add_one(batch[i])
        return [a for a in out if a is not None]

    def story_of(self, article_id: str) -> str | None:
        return self._story_of.get(article_id)

    def topic_of(self, article_id: str) -> str | None:
        sid = self._story_of.get(article_id)
        return self._stories[sid].topic if sid else None

    def stories(self) -> list[StoryInfo]:
        return [
            StoryInfo(
                s.id,
                s.topic,
                list(s.members),
                day_iso(min(s.days)) if s.days else None,
                day_iso(max(s.days)) if s.days else None,
            )
            for s in self._stories.values()
        ]

    def topics(self) -> dict[str, list[str]]:
        """Topic id -> story ids."""
        return {t.id: list(t.stories) for t in self._topics.values()}

    def rows(self) -> list[tuple[str, str, str, str | None]]:
        """(article_id, story_id, topic_id, dup_group) per article: what a store table holds."""
        out = []
        for s in self._stories.values():
            for aid in s.members:
                dup = self.dedup.group_id(aid) if self.dedup is not None and aid in self.dedup else None
                out.append((aid, s.id, s.topic, dup))
        return out

    def __len__(self) -> int:
        return len(self._story_of)

    # -- placement -----------------------------------------------------------------------------

    def _add_one(self, article: Article) -> StoryAssignment:
        cfg = self.config
        if article.id in self._story_of:
            sid = self._story_of[article.id]
            dup = (
                self.dedup.group_id(article.id)
                if self.dedup is not None and article.id in self.dedup
                else None
            )
            return StoryAssignment(article.id, sid, self._stories[sid].topic, False, False, 1.0, dup)
        norm_words = words(article_text(article))
        dup_group: str | None = None
        dup_story: str | None = None
        if self.dedup is not None:
            d = self.dedup.add_signature(article.id, self.dedup.signature_of_words(norm_words))
            dup_group = d.group_id
            if d.duplicate_of is not None:
                dup_story = self._story_of.get(d.duplicate_of)
                if dup_story is not None and not self._near(self._stories[dup_story], article):
                    dup_story = None  # the same text much later is a re-run: let the scores decide
        feats = self._features(article, norm_words)
        story: _Story | None
        if dup_story is not None:
            story, score = self._stories[dup_story], 1.0
        else:
            story, score = self._best_story(feats)
        new_story = new_topic = False
        if story is None or score < cfg.threshold:
            topic, new_topic = self._topic_for(feats)
            story = _Story(id=f"s-{article.id}", topic=topic.id)
            self._stories[story.id] = story
            topic.stories.append(story.id)
            self._post_topic(topic.id, feats)
            new_story = True
            score = 0.0 if score < cfg.threshold else score
        self._join(story, feats)
        return StoryAssignment(
            article.id, story.id, story.topic, new_story, new_topic, round(score, 4), dup_group
        )

    def _near(self, story: _Story, article: Article) -> bool:
        """True when the story has a member within the window (or either side is undated)."""
        day = published_day(article.published)
        if day is None or not story.days:
            return True
        w = self.config.window_days
        return any(abs(day - d) <= w for d in story.days)

    def _features(self, article: Article, norm_words: list[str]) -> _Features:
        cfg = self.config
        counts = Counter(terms(norm_words))
        if article.title and cfg.title_weight > 1:
            for t in terms(words(article.title)):
                counts[t] += cfg.title_weight - 1
        self._n += 1
        self._df.update(counts.keys())
        log_n = math.log(self._n0 + self._n + 1) + 1.0
        df0, df, log1 = self._df0, self._df, self._log1p
        idf = {t: log_n - log1(df0.get(t, 0) + df[t]) for t in counts}
        vec = tfidf(counts, idf, 1.0, cfg.terms_per_article)
        index_terms = [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.index_terms]]
        ents = {k: 1.0 + math.log(c) for k, c in entity_counts(article).items()}
        quotes = []
        for q in article.quotes:
            if q.speaker is None:
                continue
            key = speaker_key(q.speaker.name, q.speaker.entity_id)
            qt = frozenset(terms(words(q.text)))
            if key and qt:
                quotes.append((key, qt))
        head = Counter(terms(words(article.title))) if article.title else Counter()
        headline = (
            tfidf(head, {t: idf.get(t, log_n) for t in head}, 1.0, cfg.terms_per_article) if head else {}
        )
        day = published_day(article.published)
        return _Features(article.id, day, vec, headline, index_terms, ents, quotes)

    def _window(self, day: int | None) -> Sequence[int | None]:
        if day is None:
            return (None,)
        w = self.config.window_days
        return range(day - w, day + w + 1)

    def _best_story(self, f: _Features) -> tuple[_Story | None, float]:
        cfg = self.config
        hits: Counter[str] = Counter()
        for key in [*f.index_terms, *f.entities]:
            for day in self._window(f.day):
                posting = self._postings.get((key, day))
                if posting and len(posting) <= cfg.max_posting:
                    hits.update(posting)
        best: _Story | None = None
        best_score = 0.0
        for sid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_candidates]:
            story = self._stories[sid]
            score = self._score(f, story)
            if score > best_score:
                best, best_score = story, score
        return best, best_score

    def _score(self, f: _Features, story: _Story) -> float:
        cfg = self.config
        score = story.centroid.cos(f.vec)
        if f.headline:
            score += cfg.headline_weight * story.headlines.cos(f.headline)
        if f.entities:
            score += cfg.entity_weight * sum(1 for k in f.entities if k in story.entities) / len(f.entities)
        if f.quotes and story.quote_terms:
            best = 0.0
            for key, qt in f.quotes:
                seen = story.quote_terms.get(key)
                if seen:
                    best = max(best, len(qt & seen) / len(qt))
            score += cfg.quote_weight * best
        return score

    def _join(self, story: _Story, f: _Features) -> None:
        story.members.append(f.article_id)
        if f.day is not None:
            story.days.append(f.day)
        story.centroid.add(f.vec)
        if f.headline:
            story.headlines.add(f.headline)
        story.entities.update(f.entities)
        for key, qt in f.quotes:
            story.quote_terms.setdefault(key, set()).update(qt)
        self._story_of[f.article_id] = story.id
        for key in [*f.index_terms, *f.entities]:
            posting = self._postings.setdefault((key, f.day), [])
            if story.id not in posting[-3:] and len(posting) <= self.config.max_posting:
                posting.append(story.id)
        topic = self._topics[story.topic]
        topic.terms.add(f.vec)
        topic.entities.add(f.entities)

    # -- topics --------------------------------------------------------------------------------

    def _topic_keys(self, f: _Features) -> list[str]:
        return [*f.index_terms[: self.config.topic_index_terms], *f.entities]

    def _topic_for(self, f: _Features) -> tuple[_Topic, bool]:
        cfg = self.config
        hits: Counter[str] = Counter()
        for key in self._topic_keys(f):
            posting = self._topic_postings.get(key)
            if posting and len(posting) <= cfg.max_posting:
                hits.update(posting)
        ent_norm = math.sqrt(sum(w * w for w in f.entities.values()))
        best: _Topic | None = None
        best_score = 0.0
        for tid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_candidates]:
            topic = self._topics[tid]
            we = cfg.topic_entity_weight if f.entities else 0.0
            score = (1 - we) * topic.terms.cos(f.vec) + we * topic.entities.cos(f.entities, ent_norm)
            if score > best_score:
                best, best_score = topic, score
        if best is not None and best_score >= cfg.topic_threshold:
            return best, False
        topic = _Topic(id=f"t-{f.article_id}")
        self._topics[topic.id] = topic
        return topic, True

    def _post_topic(self, topic_id: str, f: _Features) -> None:
        for key in self._topic_keys(f):
            posting = self._topic_postings.setdefault(key, [])
            if topic_id not in posting[-3:] and len(posting) <= self.config.max_posting:
                posting.append(topic_id)

    # -- persistence ---------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """Everything needed to go on adding later: config, IDF counts, stories, topics, postings, dedup."""
        return {
            "version": STATE_VERSION,
            "config": asdict(self.config),
            "n": self._n,
            "df": dict(self._df),
            "stories": [
                {
                    "id": s.id,
                    "topic": s.topic,
                    "members": s.members,
                    "days": s.days,
                    "centroid": s.centroid.v,
                    "headlines": s.headlines.v,
                    "entities": sorted(s.entities),
                    "quote_terms": {k: sorted(v) for k, v in s.quote_terms.items()},
                }
                for s in self._stories.values()
            ],
            "topics": [
                {"id": t.id, "stories": t.stories, "terms": t.terms.v, "entities": t.entities.v}
                for t in self._topics.values()
            ],
            "postings": [[k, d, v] for (k, d), v in self._postings.items()],
            "topic_postings": self._topic_postings,
            "dedup": self.dedup.to_json() if self.dedup is not None else None,
        }

    @classmethod
    def from_json(cls, state: dict[str, Any]) -> StoryIndex:
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"story state version {state.get('version')!r}, expected {STATE_VERSION}")
        dedup = DedupIndex.from_json(state["dedup"]) if state.get("dedup") else None
        index = cls(StoryConfig(**state["config"]), dedup=dedup)
        if dedup is None:
            index.dedup = None
        index._n = int(state["n"])
        index._df = Counter(state["df"])
        for row in state["stories"]:
            s = _Story(
                row["id"],
                row["topic"],
                list(row["members"]),
                [int(d) for d in row["days"]],
                _SumVec(row["centroid"]),
                _SumVec(row["headlines"]),
                set(row["entities"]),
                {k: set(v) for k, v in row["quote_terms"].items()},
            )
            index._stories[s.id] = s
            for aid in s.members:
                index._story_of[aid] = s.id
        for row in state["topics"]:
            index._topics[row["id"]] = _Topic(
                row["id"], list(row["stories"]), _SumVec(row["terms"]), _SumVec(row["entities"])
            )
        index._postings = {(k, d): list(v) for k, d, v in state["postings"]}
        index._topic_postings = {k: list(v) for k, v in state["topic_postings"].items()}
        return index

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str) -> StoryIndex:
        return cls.from_json(json.loads(text))


def _order_key(article: Article) -> tuple[bool, int, str]:
    day = published_day(article.published)
    return (day is None, day or 0, article.id)
