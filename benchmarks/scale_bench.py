"""Scale: full-pipeline throughput of `marsad batch` by corpus size and process count, load time, and
query latency on the loaded store.

    python benchmarks/scale_bench.py --articles 20000 --processes 1 2
    python benchmarks/scale_bench.py --articles 200000 --processes 2 --no-queries

Figures go to benchmarks/results/scale-<articles>.json (and stdout). Peak memory is the largest
resident set of the driver and of any one worker.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from corpus_gen import REPO, generate

from marsad.batch import load_parts, run_batch
from marsad.store import SQLiteStore

SPEAKERS = ["لافروف", "سيرجي لافروف", "ترامب", "أردوغان", "الأسد", "ماس", "تيلرسون", "غوتيريس"]
TOPICS = ["سوريا", "ادلب", "الولايات المتحدة", "تركيا", "الإرهاب", "المفاوضات", "أستانا", "اللاجئين"]


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(1000 * statistics.median(ordered), 2),
        "p95_ms": round(1000 * ordered[max(0, int(0.95 * len(ordered)) - 1)], 2),
        "max_ms": round(1000 * ordered[-1], 2),
        "queries": len(ordered),
    }


def query_latency(store: SQLiteStore, rounds: int = 5) -> dict[str, object]:
    timings: dict[str, list[float]] = {"search": [], "quotes_by_speaker": [], "quotes_about": []}
    for _ in range(rounds):
        for word in TOPICS:
            t = time.perf_counter()
            store.search(word)
            timings["search"].append(time.perf_counter() - t)
            t = time.perf_counter()
            store.quotes(about=word)
            timings["quotes_about"].append(time.perf_counter() - t)
        for name in SPEAKERS:
            t = time.perf_counter()
            store.quotes(speaker=name)
            timings["quotes_by_speaker"].append(time.perf_counter() - t)
    return {k: _ms(v) for k, v in timings.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunk-size", type=int, default=500)
    ap.add_argument("--no-queries", action="store_true", help="skip loading and query latency")
    args = ap.parse_args()
    corpus = REPO / "benchmarks" / "corpus" / f"generated-{args.articles}.jsonl"
    generate(args.articles, corpus)
    mb = corpus.stat().st_size / 1e6
    runs = []
    # most processes first: a run in this process fills its caches, and workers forked after that share
    # those pages and copy them one by one as they touch them (measured: a quarter of the throughput)
    for n_proc in sorted(args.processes, reverse=True):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "parts"
            t0 = time.perf_counter()
            report = run_batch([corpus], out, processes=n_proc, chunk_size=args.chunk_size)
            seconds = time.perf_counter() - t0
            run: dict[str, object] = {
                "processes": n_proc,
                "articles": report.articles,
                "problems": len(report.problems),
                "seconds": round(seconds, 1),
                "articles_per_s": round(report.articles / seconds, 1),
                "mb_per_s": round(mb / seconds, 2),
            }
            if not args.no_queries and n_proc == args.processes[-1]:
                with SQLiteStore(Path(tmp) / "scale.db") as store:
                    t0 = time.perf_counter()
                    load_parts(out, store)
                    run["load_seconds"] = round(time.perf_counter() - t0, 1)
                    run["query_latency"] = query_latency(store)
            runs.append(run)
            print(json.dumps(run, ensure_ascii=False), flush=True)
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    result = {
        "command": " ".join(["python", *sys.argv]),
        "corpus_articles": args.articles,
        "corpus_mb": round(mb, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "peak_rss_mb": round(peak / 1024, 1),
        "runs": runs,
    }
    path = REPO / "benchmarks" / "results" / f"scale-{args.articles}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
