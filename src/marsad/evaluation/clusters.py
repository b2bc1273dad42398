"""B-cubed scoring of a clustering against a gold clustering (Bagga & Baldwin 1998; Amigó et al. 2009).

Why B-cubed: it scores every item by how much of its predicted cluster is right (precision) and how
much of its gold cluster it was put with (recall), so it is defined for singletons, does not reward
one giant cluster, and averages per item (a big story weighs more than a small one, as it should for
a reader). Items missing from the prediction count as singletons; predicted items absent from the gold
are ignored (they cannot be judged).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from marsad.records import RawDoc


@dataclass(slots=True, frozen=True)
class BCubed:
    precision: float
    recall: float
    f1: float
    items: int
    gold_clusters: int
    predicted_clusters: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def bcubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> BCubed:
    """B-cubed precision, recall and F1 of ``predicted`` (item -> cluster label) against ``gold``.

    Linear in the number of items: per item, precision = |pred ∩ gold| / |pred| and recall =
    |pred ∩ gold| / |gold|, where the intersection size comes from a count of (pred, gold) label pairs.
    """
    items = list(gold)
    if not items:
        return BCubed(1.0, 1.0, 1.0, 0, 0, 0)
    pred = {i: ("p", predicted[i]) if i in predicted else ("singleton", i) for i in items}
    pred_size = Counter(pred.values())
    gold_size = Counter(gold[i] for i in items)
    both = Counter((pred[i], gold[i]) for i in items)
    p = sum(both[(pred[i], gold[i])] / pred_size[pred[i]] for i in items) / len(items)
    r = sum(both[(pred[i], gold[i])] / gold_size[gold[i]] for i in items) / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return BCubed(p, r, f, len(items), len(gold_size), len(pred_size))


def pairwise(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> dict[str, float]:
    """Pairwise precision / recall / F1 over same-cluster pairs (a second view, harsher on big clusters)."""
    items = list(gold)
    pred = {i: ("p", predicted[i]) if i in predicted else ("singleton", i) for i in items}

    def pairs(counts: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    tp = pairs(Counter((pred[i], gold[i]) for i in items))
    pp = pairs(Counter(pred.values()))
    gp = pairs(Counter(gold[i] for i in items))
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold_pairs": gp}


@dataclass(slots=True)
class GoldItem:
    """One gold article: the input document and its story, topic and near-duplicate labels."""

    id: str
    doc: RawDoc
    story: str
    topic: str
    dup: str


def load_story_gold(path: Path, data_dir: Path, repo_dir: Path | None = None) -> list[GoldItem]:
    """Read eval/gold/stories.gold.json; texts come from ``data_dir`` (shared/data), the repo, or the file."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    repo = repo_dir or path.resolve().parents[2]
    out: list[GoldItem] = []
    for item in gold["items"]:
        if "text" in item:
            raw = f"{item['title']}\n\n{item['text']}"
        elif item["origin"] == "seed":
            raw = (repo / item["path"]).read_text(encoding="utf-8")
        else:
            raw = (data_dir / item["path"]).read_text(encoding="utf-8")
        doc = RawDoc(
            source=item["id"],
            raw=raw,
            title=item.get("title"),
            published=item.get("published"),
            outlet=item.get("outlet"),
        )
        out.append(GoldItem(item["id"], doc, item["story"], item["topic"], item["dup"]))
    return out
