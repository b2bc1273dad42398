"""Ingest throughput: articles/s, MB/s and peak memory on a generated corpus.

Runs in one process (one core). Two figures: the base path (read, clean, normalise,
sentences, dates, store) and the full pipeline (plus entities and quotes).
Usage: python benchmarks/ingest_bench.py --articles 20000 [--stages base|full|both]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

from corpus_gen import REPO, generate

from marsad.jobs import ingest
from marsad.pipeline import BASE_STAGES, Pipeline, build_pipeline
from marsad.store import open_store
from marsad.stories import update_stories


def run(corpus: Path, pipeline: Pipeline, label: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        t0, c0 = time.perf_counter(), time.process_time()
        report = ingest([corpus], store, pipeline, batch_size=500, stories=False)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        t1 = time.perf_counter()
        placed = update_stories(store)  # corpus-level, once per ingest: timed apart from the per-article path
        stories_seconds = time.perf_counter() - t1
        store.close()
    n = report.added
    mb = corpus.stat().st_size / 1e6
    return {
        "stages": label,
        "articles": n,
        "problems": len(report.problems),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # this process only: the figure to trust when the machine is shared
        "articles_per_s": round(n / seconds, 1),
        "mb_per_s": round(mb / seconds, 2),
        "stage_ms_per_article": {k: round(v * 1000 / max(n, 1), 3) for k, v in pipeline.seconds.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stories_placed": placed,
        "stories_seconds": round(stories_seconds, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--stages", choices=["base", "full", "both"], default="both")
    ap.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results" / "ingest-base.json")
    args = ap.parse_args()
    corpus = REPO / "benchmarks" / "corpus" / f"generated-{args.articles}.jsonl"
    generate(args.articles, corpus)  # cheap, and never stale
    results = []
    if args.stages in ("base", "both"):
        results.append(run(corpus, Pipeline(list(BASE_STAGES)), "base (before entities and quotes)"))
    if args.stages in ("full", "both"):
        results.append(run(corpus, build_pipeline(), "full (with entities and quotes)"))
    out = {
        "command": " ".join(["python", *sys.argv]),
        "corpus_mb": round(corpus.stat().st_size / 1e6, 1),
        "mean_chars_per_article": round(
            sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8")) / args.articles
        ),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "results": results,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
