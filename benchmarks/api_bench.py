"""HTTP API latency: p50/p95/p99 of quote searches on a store of 20,000 articles (target: p95 < 50 ms).

The full pipeline (entities and quotes) runs on ``--distinct`` generated articles (benchmarks/corpus_gen.py);
those are replicated with new ids, dates (spread over ten years) and outlets up to ``--articles``, because
running the full pipeline on 20,000 articles takes longer than a benchmark should. The server is a real
``marsad serve`` process (uvicorn) on a free localhost port; requests go one at a time over keep-alive HTTP.
Figures go to benchmarks/results/api.json and stdout.

Usage: python benchmarks/api_bench.py [--articles 20000] [--distinct 400] [--requests 200]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from corpus_gen import OUTLETS, REPO, generate

from marsad.jobs import process_paths
from marsad.pipeline import build_pipeline, content_id
from marsad.records import Article
from marsad.store import open_store

TARGET_P95_MS = 50.0
MORE_OUTLETS = ["الجزيرة", "العربية", "سكاي نيوز عربية", "الشرق الأوسط", "القدس العربي", "الحياة", "النهار"]
TOPICS = ["سوريا", "إدلب", "الأسد", "أستانا", "تركيا", "واشنطن", "الأزمة السورية", "التحقيق", "الحل السياسي"]


def build_store(db: Path, n: int, distinct: int, seed: int = 11) -> dict[str, object]:
    corpus = REPO / "benchmarks" / "corpus" / f"api-distinct-{distinct}.jsonl"
    generate(distinct, corpus)
    pipeline = build_pipeline()
    t0 = time.perf_counter()
    base = list(process_paths([corpus], pipeline))
    processed = time.perf_counter() - t0
    rng = random.Random(seed)
    outlets = OUTLETS + MORE_OUTLETS
    start = dt.date(2015, 1, 1)
    t1 = time.perf_counter()
    with open_store(db) as store:
        batch: list[Article] = []
        for i in range(n):
            a = base[i % len(base)]
            day = start + dt.timedelta(days=rng.randrange(3650))
            batch.append(
                dataclasses.replace(
                    a,
                    id=content_id(f"{a.raw}\x00{i}"),
                    published=day.isoformat(),
                    outlet=rng.choice(outlets),
                    source=f"bench-{i}",
                )
            )
            if len(batch) == 1000:
                store.add_articles(batch)
                batch = []
        if batch:
            store.add_articles(batch)
        count = store.count()
    return {
        "articles": count,
        "distinct_processed": len(base),
        "quotes_per_distinct_article": round(sum(len(a.quotes) for a in base) / max(1, len(base)), 2),
        "full_pipeline_seconds": round(processed, 1),
        "store_seconds": round(time.perf_counter() - t1, 1),
        "db_mb": round(sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6, 1),
        "_speakers": _speakers(base),
    }


def _speakers(articles: list[Article], k: int = 8) -> list[str]:
    """The last word of the most quoted speakers' names: what a user types (لافروف)."""
    counts: dict[str, int] = {}
    for a in articles:
        for q in a.quotes:
            if q.speaker:
                word = q.speaker.name.split()[-1]
                counts[word] = counts.get(word, 0) + 1
    return [w for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:k]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, MARSAD_TOKEN="")
    cmd = [
        sys.executable,
        "-c",
        "from marsad.cli import run; run()",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1)
            return proc
        except httpx.TransportError:
            if proc.poll() is not None:
                raise SystemExit("marsad serve exited before answering") from None
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("marsad serve did not answer within 60 s")


def _stats(ms: list[float]) -> dict[str, float]:
    s = sorted(ms)

    def pct(p: float) -> float:
        return round(s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))], 2)

    return {"n": len(s), "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99), "max_ms": round(s[-1], 2)}


def measure(base: str, speakers: list[str], requests: int, seed: int = 5) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    outlets = OUTLETS + MORE_OUTLETS
    kinds = {
        "speaker": lambda: {"speaker": rng.choice(speakers)},
        "topic": lambda: {"about": rng.choice(TOPICS)},
        "speaker+topic": lambda: {"speaker": rng.choice(speakers), "about": rng.choice(TOPICS)},
        "speaker+outlet+since": lambda: {
            "speaker": rng.choice(speakers),
            "outlet": rng.choice(outlets),
            "since": f"{rng.randrange(2015, 2025)}-01-01",
        },
    }
    results: dict[str, dict[str, float]] = {}
    every: list[float] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(20):  # warm up connection, page cache, SQLite statement cache
            client.get("/api/quotes", params={"speaker": rng.choice(speakers), "limit": 20})
        for kind, params in kinds.items():
            ms = []
            for _ in range(requests):
                p = params() | {"limit": 20}
                t0 = time.perf_counter()
                r = client.get("/api/quotes", params=p)
                ms.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
            results[kind] = _stats(ms)
            every += ms
        results["all quote searches"] = _stats(every)
        ms = []
        for _ in range(max(20, requests // 4)):
            t0 = time.perf_counter()
            client.get("/search", params={"q": rng.choice(speakers)}).raise_for_status()
            ms.append((time.perf_counter() - t0) * 1000)
        results["web /search page (3 queries, HTML)"] = _stats(ms)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--distinct", type=int, default=400, help="articles run through the full pipeline")
    ap.add_argument("--requests", type=int, default=200, help="requests per query kind")
    ap.add_argument("--db", type=Path, default=None, help="reuse (or keep) this store instead of a temp one")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "api.json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "api-bench.db"
        if args.db and db.exists():
            with open_store(db) as store:
                info: dict[str, object] = {"articles": store.count(), "reused_store": True}
                info["_speakers"] = _speakers(
                    [Article(id="", source="", raw="", quotes=[h.quote for h in store.quotes(limit=5000)])]
                )
        else:
            info = build_store(db, args.articles, args.distinct)
        speakers = info.pop("_speakers")
        assert isinstance(speakers, list)
        port = _free_port()
        server = start_server(db, port)
        try:
            queries = measure(f"http://127.0.0.1:{port}", speakers, args.requests)
        finally:
            server.terminate()
            server.wait(10)
    p95 = queries["all quote searches"]["p95_ms"]
    result = {
        "benchmark": "api quote search latency",
        "store": "sqlite",
        "corpus": f"benchmarks/corpus_gen.py generate({args.distinct}) through the full pipeline, replicated "
        f"to {args.articles} articles with new ids, dates and outlets",
        **info,
        "speakers": speakers,
        "limit_per_request": 20,
        "queries": queries,
        "quote_search_p95_ms": p95,
        "target_p95_ms": TARGET_P95_MS,
        "meets_target": p95 < TARGET_P95_MS,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    print(f"quote search p95 = {p95} ms (target < {TARGET_P95_MS} ms) -> {args.out}")


if __name__ == "__main__":
    main()
