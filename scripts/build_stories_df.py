"""Write src/marsad/data/stories/df.tsv: background document frequencies for story TF-IDF.

Source: the ANT politics sample (JawharaFM, Apache-2.0 + citation licence, see
../shared/data/ant-politics/SOURCE.md) and the five seeds. Only counts of stems are kept.
Rerun after changing marsad.stories.features.terms or the stopword list.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from marsad.stories.features import terms, words

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO.parent / "shared" / "data" / "ant-politics" / "txt", REPO / "samples" / "seeds"]
OUT = REPO / "src" / "marsad" / "data" / "stories" / "df.tsv"
MIN_DF = 2  # a stem seen in one document says nothing general; leaving it out keeps the file small


def main() -> None:
    df: Counter[str] = Counter()
    docs = 0
    for root in SOURCES:
        for path in sorted(root.glob("*.txt")):
            df.update(set(terms(words(path.read_text(encoding="utf-8")))))
            docs += 1
    rows = sorted(((t, c) for t, c in df.items() if c >= MIN_DF), key=lambda tc: (-tc[1], tc[0]))
    lines = [
        "# Background document frequencies of story terms (normalised, clitic-stripped stems).",
        "# Built by scripts/build_stories_df.py from the ANT politics sample and the seeds.",
        f"#docs\t{docs}",
        *(f"{t}\t{c}" for t, c in rows),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{docs} documents, {len(rows)} stems -> {OUT}")


if __name__ == "__main__":
    main()
