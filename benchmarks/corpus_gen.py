"""Generate a reproducible corpus of realistic Arabic news articles for benchmarks.

Articles are recombined from the bundled seeds (and, when present, the ANT politics
sample in ../shared/data): a headline, 4-12 paragraphs, and now and then the site
boilerplate real pages carry. Nothing generated is committed (see .gitignore).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BOILERPLATE = ["[ads1]", "SHARE", "close", "المواضيع الأكثر قراءة"]
OUTLETS = ["سبوتنيك", "سيريانيوز", "الأناضول", "روسيا اليوم", "جوهرة أف أم"]


def paragraphs(sources: list[Path]) -> tuple[list[str], list[str], list[int]]:
    """Title-like lines, body paragraphs and article lengths (characters) of the files under ``sources``."""
    titles: list[str] = []
    paras: list[str] = []
    lengths: list[int] = []
    for root in sources:
        for path in sorted(root.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lengths.append(len(text))
            for ln in (ln.strip() for ln in text.splitlines()):
                if ln:
                    (titles if len(ln.split()) <= 20 else paras).append(ln)
    return titles, paras, lengths


def generate(n: int, out: Path, seed: int = 7) -> Path:
    sources = [REPO / "samples" / "seeds"]
    ant = REPO.parent / "shared" / "data" / "ant-politics" / "txt"
    if ant.is_dir():
        sources.append(ant)
    titles, paras, lengths = paragraphs(sources)
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            target = rng.choice(lengths)  # article lengths follow the real articles'
            body = [rng.choice(paras)]
            while sum(map(len, body)) < target:
                body.append(rng.choice(paras))
            if rng.random() < 0.3:
                body.insert(rng.randrange(len(body)), rng.choice(BOILERPLATE))
            title = rng.choice(titles)
            text = "\n\n".join([title, *body])
            day = 1 + i % 28
            rec = {
                "id": f"gen-{i}",
                "title": title,
                "text": text,
                "published": f"2017-{1 + i % 12:02d}-{day:02d}",
                "outlet": rng.choice(OUTLETS),
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "corpus" / "generated.jsonl")
    args = ap.parse_args()
    path = generate(args.articles, args.out)
    print(f"wrote {args.articles} articles to {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
