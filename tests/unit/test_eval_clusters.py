"""B-cubed scorer on hand-computed cases, and the story gold gate."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from marsad.evaluation.clusters import bcubed, pairwise

REPO = Path(__file__).resolve().parents[2]


def test_bcubed_hand_computed() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    pred = {"a": "x", "b": "y", "c": "y"}
    # precision per item: a 1/1, b 1/2, c 1/2; recall: a 1/2, b 1/2, c 1/1
    r = bcubed(pred, gold)
    assert (
        r.precision == pytest.approx(2 / 3)
        and r.recall == pytest.approx(2 / 3)
        and r.f1 == pytest.approx(2 / 3)
    )
    assert (r.items, r.gold_clusters, r.predicted_clusters) == (3, 2, 2)


def test_bcubed_extremes() -> None:
    gold = {i: "g" for i in "abcd"}
    singletons = {i: i for i in "abcd"}
    r = bcubed(singletons, gold)
    assert (r.precision, r.recall) == (1.0, 0.25)
    r = bcubed(gold, singletons)  # one big predicted cluster over four gold singletons
    assert (r.precision, r.recall) == (0.25, 1.0)
    assert bcubed(gold, gold).f1 == 1.0


def test_bcubed_missing_predictions_are_singletons_and_extra_ones_ignored() -> None:
    gold = {"a": 1, "b": 1}
    r = bcubed({"a": "x", "zz": "x"}, gold)
    assert (r.precision, r.recall) == (1.0, 0.5)
    assert bcubed({}, {}).f1 == 1.0


def test_pairwise_hand_computed() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": 1, "b": 1, "c": 2, "d": 2}
    r = pairwise(pred, gold)  # gold pairs ab ac bc; predicted ab cd; correct ab
    assert r["precision"] == 0.5 and r["recall"] == pytest.approx(1 / 3) and r["gold_pairs"] == 3


def test_story_gold_bcubed_gate(shared_dir: Path) -> None:
    """Measured on eval/gold/stories.gold.json: stories B-cubed P 1.0 / F1 0.986, dedup F1 1.0; gate below."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from eval_stories import evaluate, gold_articles
    finally:
        sys.path.pop(0)
    articles, labels = gold_articles()
    result = evaluate(articles, labels)
    assert result["stories"]["bcubed"]["f1"] >= 0.97  # type: ignore[index]
    assert result["stories"]["bcubed"]["precision"] >= 0.97  # type: ignore[index]
    assert result["dedup"]["bcubed"]["f1"] >= 0.98  # type: ignore[index]
    assert result["stories_real_articles_only"]["bcubed"]["f1"] >= 0.97  # type: ignore[index]
