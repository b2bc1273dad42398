"""Score dedup groups, stories and topics on eval/gold/stories.gold.json (B-cubed and pairwise).

Runs the standard pipeline (entities, quotes, entity linking) over the gold articles, then one
`StoryIndex.add` over all of them, and prints precision / recall / F1. Run from the repository root:
``python scripts/eval_stories.py [--errors] [--out eval/results/stories.json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from marsad.corpus.linking import EntityLinker
from marsad.evaluation.clusters import bcubed, load_story_gold, pairwise
from marsad.pipeline import build_pipeline
from marsad.records import Article
from marsad.stories import StoryConfig, StoryIndex

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "eval" / "gold" / "stories.gold.json"
DATA = REPO.parent / "shared" / "data"


def gold_articles(gold: Path = GOLD, data: Path = DATA) -> tuple[list[Article], dict[str, dict[str, str]]]:
    """Processed articles (ids = gold ids) and per id its gold labels."""
    items = load_story_gold(gold, data, REPO)
    pipeline = build_pipeline(entities=True, quotes=True)
    linker = EntityLinker.load()
    articles = []
    for item in items:
        article = linker(pipeline.process(item.doc))
        article.id = item.id
        articles.append(article)
    labels = {i.id: {"story": i.story, "topic": i.topic, "dup": i.dup} for i in items}
    return articles, labels


def evaluate(
    articles: list[Article], labels: dict[str, dict[str, str]], config: StoryConfig | None = None
) -> dict[str, object]:
    index = StoryIndex(config)
    t0 = time.perf_counter()
    index.add(articles)
    seconds = time.perf_counter() - t0
    story = {a.id: index.story_of(a.id) or a.id for a in articles}
    topic = {a.id: index.topic_of(a.id) or a.id for a in articles}
    assert index.dedup is not None
    dup = {a.id: index.dedup.group_id(a.id) for a in articles}
    result: dict[str, object] = {"articles": len(articles), "cluster_seconds": round(seconds, 3)}
    for name, key, pred in (("stories", "story", story), ("topics", "topic", topic), ("dedup", "dup", dup)):
        gold = {aid: lab[key] for aid, lab in labels.items()}
        result[name] = {"bcubed": bcubed(pred, gold).to_dict(), "pairwise": pairwise(pred, gold)}
    # The same without the derived copies: only the real articles (ANT + seeds), the harder part.
    real = {aid: lab["story"] for aid, lab in labels.items() if "#" not in aid}
    result["stories_real_articles_only"] = {
        "bcubed": bcubed(story, real).to_dict(),
        "pairwise": pairwise(story, real),
    }
    return result


def errors(
    articles: list[Article], labels: dict[str, dict[str, str]], config: StoryConfig | None = None
) -> None:
    index = StoryIndex(config)
    index.add(articles)
    by_pred: dict[str, list[str]] = {}
    for a in articles:
        by_pred.setdefault(index.story_of(a.id) or a.id, []).append(a.id)
    by_gold: dict[str, list[str]] = {}
    for aid, lab in labels.items():
        by_gold.setdefault(lab["story"], []).append(aid)
    for sid, members in by_pred.items():
        if len({labels[m]["story"] for m in members}) > 1:
            print("MERGED  ", sid, [(m, labels[m]["story"]) for m in members])
    for gid, members in by_gold.items():
        if len({index.story_of(m) for m in members}) > 1:
            print("SPLIT   ", gid, [(m, index.story_of(m)) for m in members])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", action="store_true", help="list merged and split gold stories")
    ap.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    articles, labels = gold_articles(args.gold, args.data)
    prep = time.perf_counter() - t0
    result = evaluate(articles, labels)
    result["pipeline_seconds"] = round(prep, 2)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.errors:
        errors(articles, labels)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
