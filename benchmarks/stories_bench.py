"""Benchmark: dedup + story + topic clustering of 20,000 generated articles, and quote merging.

Articles are generated in memory from the seeds and the ANT politics sample, both run once through
the full pipeline so entities and quotes are real. Each synthetic *event* mixes a run of sentences
of one base article with sentences of two others, then gets 1-12 reports (wire copies, edited re-runs
with sentences dropped, spelling variants and synonyms, short digests) by different outlets over 0-2
days; events are spread over eight years. Timed (wall and CPU): `StoryIndex.add` over all articles in
one batch, then again in 20 batches, JSON save/load, and `merge_quotes`. B-cubed against the generated
events is printed as a sanity check only; the quality figure is scripts/eval_stories.py on the gold.

    python benchmarks/stories_bench.py [--articles 20000] [--json benchmarks/results/stories.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import time
from dataclasses import replace
from pathlib import Path

from marsad.corpus.linking import EntityLinker
from marsad.evaluation.clusters import bcubed, pairwise
from marsad.pipeline import build_pipeline
from marsad.records import Article, Mention, Quote, RawDoc
from marsad.stories import StoryIndex
from marsad.stories.quotes import merge_quotes

REPO = Path(__file__).resolve().parents[1]
ANT = REPO.parent / "shared" / "data" / "ant-politics" / "txt"
OUTLETS = [
    "سبوتنيك",
    "سيريانيوز",
    "الأناضول",
    "روسيا اليوم",
    "جوهرة أف أم",
    "الشروق",
    "وات",
    "الميادين",
    "سكاي نيوز عربية",
    "الجزيرة نت",
    "العربي الجديد",
    "القدس العربي",
]
SPELLING = [("أ", "ا"), ("ة ", "ه "), ("ى ", "ي "), ("إ", "ا")]
SYNONYMS = [("قال", "أوضح"), ("أكد", "شدد"), ("أعلن", "أفاد"), ("اليوم", "يوم"), ("وأضاف", "وتابع")]
_SENT = re.compile(r"(?<=[.!؟?])\s+|\n+")


def base_articles() -> list[Article]:
    """Seeds and ANT texts through the full pipeline (entities, quotes, linking)."""
    paths = sorted((REPO / "samples" / "seeds").glob("*.txt")) + sorted(ANT.glob("*.txt"))
    pipeline = build_pipeline(entities=True, quotes=True)
    linker = EntityLinker.load()
    return [linker(pipeline.process(RawDoc(source=str(p), raw=p.read_text(encoding="utf-8")))) for p in paths]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if len(s.split()) >= 4]


def _variant(sents: list[str], kind: str, rng: random.Random) -> list[str]:
    if kind == "copy":
        return list(sents)
    if kind == "digest":
        return sents[:2] + ([rng.choice(sents[2:])] if len(sents) > 2 else [])
    out = [s for i, s in enumerate(sents) if i < 2 or rng.random() > 0.25]  # edited re-run
    if len(out) > 3:
        i = rng.randrange(1, len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    text = "\n".join(out)
    for a, b in rng.sample(SPELLING, 2) + rng.sample(SYNONYMS, 2):
        text = text.replace(a, b, 3)
    return text.split("\n")


def generate(bases: list[Article], n: int, seed: int = 11) -> tuple[list[Article], dict[str, str]]:
    """``n`` articles and their event labels."""
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1).toordinal()
    articles: list[Article] = []
    labels: dict[str, str] = {}
    event = 0
    while len(articles) < n:
        a, b, c = rng.sample(bases, 3)
        sa = _sentences(a.text)
        if len(sa) < 3:
            continue
        lo = rng.randrange(0, max(1, len(sa) - 3))
        hi = rng.randint(lo + 3, len(sa))
        extra = _sentences(b.text) + _sentences(c.text)
        sents = sa[lo:hi] + rng.sample(extra, min(len(extra), rng.randint(1, 4)))
        day = start + rng.randrange(8 * 365)
        reports = min(1 + int(rng.expovariate(1 / 3)), 12, n - len(articles))
        for r in range(reports):
            kind = "copy" if r == 0 else rng.choice(["copy", "edited", "edited", "digest"])
            body = "\n".join(_variant(sents, kind, rng))
            aid = f"e{event}-r{r}"
            ents = [m for m in a.entities + b.entities + c.entities if m.text in body]
            quotes = [q for q in a.quotes + b.quotes + c.quotes if q.text in body]
            articles.append(
                Article(
                    id=aid,
                    source="bench",
                    raw=body,
                    text=body,
                    title=None,
                    outlet=rng.choice(OUTLETS),
                    published=dt.date.fromordinal(day + rng.randint(0, 2)).isoformat(),
                    entities=[replace(m) for m in ents if isinstance(m, Mention)],
                    quotes=[q for q in quotes if isinstance(q, Quote)],
                )
            )
            labels[aid] = f"e{event}"
        event += 1
    rng.shuffle(articles)  # arrival order is not publication order
    return articles, labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--batches", type=int, default=20)
    ap.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results" / "stories.json")
    args = ap.parse_args()
    t0 = time.perf_counter()
    bases = base_articles()
    articles, labels = generate(bases, args.articles)
    gen_s = time.perf_counter() - t0

    index = StoryIndex()
    t0, c0 = time.perf_counter(), time.process_time()
    index.add(articles)
    one_batch_s, one_batch_cpu = time.perf_counter() - t0, time.process_time() - c0

    ordered = sorted(articles, key=lambda x: (x.published or "", x.id))
    size = -(-len(ordered) // args.batches)
    inc = StoryIndex()
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(ordered), size):
        inc.add(ordered[i : i + size])
    batches_s, batches_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0 = time.perf_counter()
    state = index.dumps()
    dump_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    StoryIndex.loads(state)
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    statements = merge_quotes(articles)
    quotes_s = time.perf_counter() - t0

    story = {a.id: index.story_of(a.id) or a.id for a in articles}
    assert index.dedup is not None
    groups = index.dedup.groups(min_size=2)
    n_quotes = sum(len(a.quotes) for a in articles)
    out = {
        "articles": len(articles),
        "events": len(set(labels.values())),
        "mean_words": round(sum(len(a.text.split()) for a in articles) / len(articles), 1),
        "generate_seconds": round(gen_s, 2),
        "cluster_seconds_one_batch": round(one_batch_s, 2),
        "cluster_cpu_seconds_one_batch": round(one_batch_cpu, 2),
        "cluster_seconds_in_batches": round(batches_s, 2),
        "cluster_cpu_seconds_in_batches": round(batches_cpu, 2),
        "incremental_equals_batch": inc.rows() == index.rows(),
        "batches": args.batches,
        "articles_per_second": round(len(articles) / one_batch_s, 1),
        "stories": len(index.stories()),
        "topics": len(index.topics()),
        "dedup_groups_2plus": len(groups),
        "dedup_articles_in_groups": sum(len(m) for m in groups.values()),
        "state_json_mb": round(len(state.encode()) / 1e6, 1),
        "state_dump_seconds": round(dump_s, 2),
        "state_load_seconds": round(load_s, 2),
        "quotes": n_quotes,
        "statements": len(statements),
        "quote_merge_seconds": round(quotes_s, 2),
        "bcubed_vs_generated_events": bcubed(story, labels).to_dict(),
        "pairwise_vs_generated_events": pairwise(story, labels),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
