"""Near-duplicate groups: syndicated wire copies and edited re-runs of one article.

MinHash signatures of word shingles over the normalised text (rensa, datasketch as a fallback)
are banded into an LSH table, so a new article is compared only with the few articles that share
a band (linear in the corpus, not all pairs). A candidate joins the group when the estimated
Jaccard similarity of the signatures reaches ``threshold``. The banding is done here, over plain
integer digests, so the whole index saves to JSON and loads again without the MinHash library.
"""

from __future__ import annotations

import json
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.records import Article
from marsad.stories.features import article_text, shingles, words

STATE_VERSION = 1


@dataclass(slots=True, frozen=True)
class DedupConfig:
    """Shingle size, signature length and LSH banding; ``bands * rows == num_perm``.

    With 32 bands of 4 rows a pair at Jaccard 0.5 is a candidate with probability ~0.87 and
    at 0.3 with ~0.23; verification then keeps only pairs whose estimate reaches ``threshold``.
    """

    shingle: int = 3
    num_perm: int = 128
    bands: int = 32
    threshold: float = 0.5
    seed: int = 1729
    max_verify: int = 16  # candidates verified per article, most shared bands first (keeps add O(1))

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands


class MinHasher:
    """MinHash digests of shingle lists; rensa (Rust, fast) when installed, datasketch otherwise."""

    def __init__(self, num_perm: int, seed: int, backend: str | None = None) -> None:
        self.num_perm = num_perm
        self.seed = seed
        self.backend = backend or _default_backend()
        if self.backend == "rensa":
            import rensa

            self._rensa = rensa
        elif self.backend == "datasketch":
            import datasketch

            self._datasketch = datasketch
        else:
            raise ValueError(f"unknown MinHash backend {self.backend!r} (rensa or datasketch)")

    def digest(self, items: Sequence[str]) -> list[int]:
        if not items:
            return []
        if self.backend == "rensa":
            m = self._rensa.RMinHash(num_perm=self.num_perm, seed=self.seed)
            m.update(list(items))
            return [int(x) for x in m.digest()]
        mh = self._datasketch.MinHash(num_perm=self.num_perm, seed=self.seed)
        mh.update_batch([s.encode("utf-8") for s in items])
        return [int(x) for x in mh.hashvalues]


def _default_backend() -> str:
    try:
        import rensa  # noqa: F401

        return "rensa"
    except ImportError:
        pass
    try:
        import datasketch  # noqa: F401

        return "datasketch"
    except ImportError as exc:
        raise ImportError(
            "near-duplicate detection needs a MinHash library: pip install rensa (or datasketch)"
        ) from exc


def estimated_jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Share of equal MinHash positions: an unbiased estimate of the shingle-set Jaccard similarity."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(map(operator.eq, a, b)) / len(a)


@dataclass(slots=True)
class DedupAssignment:
    """Where an added article went: its group (id of the group's first article) and best match."""

    article_id: str
    group_id: str
    duplicate_of: str | None = None
    similarity: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DedupIndex:
    """Incremental near-duplicate index. ``add`` never re-reads earlier articles."""

    config: DedupConfig = field(default_factory=DedupConfig)
    backend: str | None = None
    _ids: list[str] = field(default_factory=list)
    _pos: dict[str, int] = field(default_factory=dict)
    _sigs: list[list[int]] = field(default_factory=list)
    _parent: list[int] = field(default_factory=list)
    _buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._hasher = MinHasher(self.config.num_perm, self.config.seed, self.backend)
        self.backend = self._hasher.backend

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._pos

    def signature(self, article: Article) -> list[int]:
        """MinHash digest of the article's word shingles (normalised text, title included)."""
        return self.signature_of_words(words(article_text(article)))

    def signature_of_words(self, norm_words: list[str]) -> list[int]:
        return self._hasher.digest(shingles(norm_words, self.config.shingle))

    def add(self, articles: Iterable[Article]) -> list[DedupAssignment]:
        """Index articles in the order given; one assignment per article (re-adding an id is a no-op)."""
        out: list[DedupAssignment] = []
        for article in articles:
            out.append(self.add_signature(article.id, self.signature(article)))
        return out

    def add_signature(self, article_id: str, sig: list[int]) -> DedupAssignment:
        """Index one precomputed signature (lets a store keep signatures and skip re-hashing)."""
        if article_id in self._pos:
            return DedupAssignment(article_id, self.group_id(article_id))
        pos = len(self._ids)
        self._ids.append(article_id)
        self._pos[article_id] = pos
        self._sigs.append(sig)
        self._parent.append(pos)
        best, best_sim = -1, 0.0
        joined: set[int] = set()  # roots already joined: their other members need no verification
        for cand in self._candidates(sig):
            if self._find(cand) in joined:
                continue
            sim = estimated_jaccard(sig, self._sigs[cand])
            if sim > best_sim:
                best, best_sim = cand, sim
            if sim >= self.config.threshold:
                self._union(cand, pos)
                joined.add(self._find(cand))
        for key in self._band_keys(sig):
            self._buckets.setdefault(key, []).append(pos)
        if best_sim >= self.config.threshold:
            return DedupAssignment(article_id, self.group_id(article_id), self._ids[best], round(best_sim, 4))
        return DedupAssignment(article_id, self.group_id(article_id), None, round(best_sim, 4))

    def similarity(self, a: str, b: str) -> float:
        return estimated_jaccard(self._sigs[self._pos[a]], self._sigs[self._pos[b]])

    def group_id(self, article_id: str) -> str:
        return self._ids[self._find(self._pos[article_id])]

    def groups(self, min_size: int = 1) -> dict[str, list[str]]:
        """Group id -> member ids in insertion order."""
        out: dict[str, list[str]] = {}
        for pos, aid in enumerate(self._ids):
            out.setdefault(self._ids[self._find(pos)], []).append(aid)
        return {g: m for g, m in out.items() if len(m) >= min_size}

    # -- LSH -----------------------------------------------------------------------------------

    def _band_keys(self, sig: list[int]) -> list[tuple[int, int]]:
        """(band, hash of the band's rows); a tuple of ints hashes the same in every process."""
        if not sig:
            return []
        r = self.config.rows
        return [(b, hash(tuple(sig[b * r : (b + 1) * r]))) for b in range(self.config.bands)]

    def _candidates(self, sig: list[int]) -> list[int]:
        """Indexed articles sharing a band, most shared bands first, at most ``max_verify``."""
        hits: Counter[int] = Counter()
        for key in self._band_keys(sig):
            bucket = self._buckets.get(key)
            if bucket:
                hits.update(bucket[-self.config.max_verify :])
        return [
            pos for pos, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: self.config.max_verify]
        ]

    def _find(self, x: int) -> int:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:  # the older article stays the root, so group ids are stable
            lo, hi = min(ra, rb), max(ra, rb)
            self._parent[hi] = lo

    # -- persistence ---------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """JSON-ready state: config, backend, and per article its id, group and signature."""
        return {
            "version": STATE_VERSION,
            "config": asdict(self.config),
            "backend": self.backend,
            "articles": [
                {"id": aid, "group": self._ids[self._find(pos)], "sig": self._sigs[pos]}
                for pos, aid in enumerate(self._ids)
            ],
        }

    @classmethod
    def from_json(cls, state: dict[str, Any]) -> DedupIndex:
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"dedup state version {state.get('version')!r}, expected {STATE_VERSION}")
        index = cls(DedupConfig(**state["config"]), backend=state["backend"])
        for row in state["articles"]:
            pos = len(index._ids)
            index._ids.append(row["id"])
            index._pos[row["id"]] = pos
            index._sigs.append([int(x) for x in row["sig"]])
            index._parent.append(index._pos.get(row["group"], pos))
            for key in index._band_keys(index._sigs[pos]):
                index._buckets.setdefault(key, []).append(pos)
        return index

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str) -> DedupIndex:
        return cls.from_json(json.loads(text))
