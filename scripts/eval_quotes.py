"""Dev harness: clean each article, extract quotations, score against a gold file.

    python scripts/eval_quotes.py GOLD.json DIR_OR_FILES... [--errors] [--bench N] [--entities|--linker]
                                  [--rename SEED] [--recast SEED] [--restyle]

Predictions are keyed by file name, as in the gold. ``--errors`` lists misses, spurious
quotations and wrong speakers; ``--bench N`` times the quote stage over N passes.
``--entities`` runs the entity tagger before the quote stage, ``--linker`` the tagger and then the
entity linker (role phrases as linked PER mentions), as the full pipeline does. ``--rename SEED``
scores the same gold with its speakers' family names replaced by invented ones, ``--recast SEED``
with the reporting verbs swapped for others of the same complement, ``--restyle`` with the marks and
commas typed as another site types them (marsad.evaluation.perturb): how the rules fare on names,
phrasings and typography they were not tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from marsad.evaluation.quotes import format_scores, score_quotes
from marsad.extract.quotes import QuoteExtractor
from marsad.pipeline import BASE_STAGES
from marsad.records import Article, Mention, Quote, Sentence, Span


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--bench", type=int, default=0)
    ap.add_argument("--entities", action="store_true", help="run the entity tagger first")
    ap.add_argument("--linker", action="store_true", help="run the entity tagger and linker first")
    ap.add_argument("--rename", type=int, default=None, metavar="SEED",
                    help="replace the speakers' family names by invented ones first")
    ap.add_argument("--recast", type=int, default=None, metavar="SEED",
                    help="swap the reporting verbs for others of the same complement first")
    ap.add_argument("--restyle", action="store_true", help="type the marks and commas as «…» and , first")
    args = ap.parse_args(argv)
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    wanted = {g["article"] for g in gold}
    files: dict[str, Path] = {}
    for p in map(Path, args.paths):
        for f in sorted(p.glob("*.txt")) if p.is_dir() else [p]:
            if f.name in wanted:
                files[f.name] = f
    missing = wanted - files.keys()
    if missing:
        print(f"warning: {len(missing)} gold articles not found: {sorted(missing)[:5]}", file=sys.stderr)
    texts = {name: f.read_text(encoding="utf-8") for name, f in files.items()}
    if args.rename is not None or args.recast is not None or args.restyle:
        from marsad.evaluation.perturb import recast_gold, rename_gold, restyle_gold

        gold = [g for g in gold if g["article"] in texts]
        if args.rename is not None:
            gold, texts = rename_gold(gold, texts, seed=args.rename)
        if args.recast is not None:
            gold, texts = recast_gold(gold, texts, seed=args.recast)
        if args.restyle:
            gold, texts = restyle_gold(gold, texts)
    extractor = QuoteExtractor.load()
    stages = list(BASE_STAGES)
    if args.entities or args.linker:
        from marsad.extract.entities import EntityTagger

        stages.append(EntityTagger.load())
    if args.linker:
        from marsad.corpus.linking import EntityLinker

        stages.append(EntityLinker.load())
    docs: list[tuple[str, str, list[Sentence], Span | None, list[Mention]]] = []
    for name, raw in texts.items():
        article = Article(id=name, source=str(files[name]), raw=raw, text=raw)
        for stage in stages:
            article = stage(article)
        docs.append((name, article.text, article.sentences, article.title_span, article.entities))
    predicted: dict[str, list[Quote]] = {}
    for name, text, sents, title, ents in docs:
        predicted[name] = extractor.extract(text, sentences=sents, entities=ents or None, title_span=title)
    scores = score_quotes(gold, predicted)
    print(format_scores(scores))
    if args.errors:
        for m in scores.misses:
            print(f"MISS  {m['article'][:12]} [{m['kind']}] {m['cue']} | {m['speaker']}: {m['text'][:110]}")
        for m in scores.spurious:
            print(f"EXTRA {m['article'][:12]} [{m['kind']}] {m['speaker']}: {m['text'][:110]}")
        for m in scores.wrong_speaker:
            g = m["gold"]
            print(f"SPKR  {m['article'][:12]} gold {g['speaker']} / predicted {m['predicted']}: "
                  f"{g['text'][:80]}")
    if args.bench and docs:
        t0 = time.perf_counter()
        for _ in range(args.bench):
            for _name, text, sents, title, ents in docs:
                extractor.extract(text, sentences=sents, entities=ents or None, title_span=title)
        dt = time.perf_counter() - t0
        n = args.bench * len(docs)
        print(f"quote stage: {1000 * dt / n:.3f} ms/article over {n} articles "
              f"(mean {sum(len(d[1]) for d in docs) / len(docs):.0f} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
