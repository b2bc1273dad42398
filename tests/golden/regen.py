"""Regenerate the golden files on the five seed articles.

    python tests/golden/regen.py --stage clean        # or sentences, or all

Each stage is a function ``raw seed text -> JSON-ready object``; ``STAGES`` maps the stage name
to it, so later stages (dates, entities, quotes) add one entry. Output: tests/golden/<stage>/<seed>.json.
Review every changed file by eye before keeping it: a golden file is a claim that the output is right.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.text.clean import clean
from marsad.text.sentences import split_sentences

GOLDEN = Path(__file__).resolve().parent
SEEDS = GOLDEN.parents[1] / "samples" / "seeds"


def clean_golden(raw: str) -> dict[str, Any]:
    return clean(raw).to_dict()


def sentences_golden(raw: str) -> list[dict[str, Any]]:
    """Sentences of the cleaned display text, with their text for review."""
    text = clean(raw).text
    return [{"start": s.start, "end": s.end, "text": text[s.start : s.end]} for s in split_sentences(text)]


STAGES: dict[str, Callable[[str], Any]] = {
    "clean": clean_golden,
    "sentences": sentences_golden,
}


def golden_path(stage: str, seed: str) -> Path:
    return GOLDEN / stage / (Path(seed).stem + ".json")


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def regen(stage: str) -> list[Path]:
    written = []
    for seed in sorted(SEEDS.glob("*.txt")):
        path = golden_path(stage, seed.name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(STAGES[stage](seed.read_text(encoding="utf-8"))), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", required=True, choices=[*STAGES, "all"])
    args = parser.parse_args()
    for stage in STAGES if args.stage == "all" else [args.stage]:
        for path in regen(stage):
            print(path.relative_to(GOLDEN.parents[1]))


if __name__ == "__main__":
    main()
