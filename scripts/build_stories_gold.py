"""Write eval/gold/stories.gold.json: the hand grouping of the ANT politics sample plus derived copies.

The groups below are the record of a human reading (see eval/gold/STORIES-GUIDELINES.md); the derived
items (syndicated copies, edited re-runs, short digests of seeds and of some ANT articles) are made by
the deterministic edits in this file and stored in the gold file with their provenance, so the gold
file is self-contained for them. Run from the repository root: ``python scripts/build_stories_gold.py``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ANT = REPO.parent / "shared" / "data" / "ant-politics"
SEEDS = REPO / "samples" / "seeds"
OUT = REPO / "eval" / "gold" / "stories.gold.json"
ANT_OUTLET = "جوهرة أف أم"

# Same story = the same specific occurrence (incident, announcement, meeting, decision, speech) or direct
# reactions to it, published within 3 days of each other. Keys are ANT docno numbers (category-number).
STORIES: dict[str, list[str]] = {
    "tn-army-operation-2013": ["politic-285", "politic-83"],
    "tahrir-congress-2017": ["politic-325", "politic-500"],
    "anna-yaqiz-broadcast-ban": ["politic-75", "politic-232"],
    "may-first-leader-trump": ["internationalNews-35", "internationalNews-32"],
    "qatar-ties-cut": ["internationalNews-1101", "internationalNews-1097", "internationalNews-1075"],
    "macron-campaign-hack": ["internationalNews-889", "internationalNews-881"],
    "nice-attack-bouhlel": ["internationalNews-419", "internationalNews-420"],
    "quebec-mosque-shooting": ["internationalNews-92", "internationalNews-126"],
    "london-bridge-attack": ["internationalNews-1007", "internationalNews-1087"],
    "manchester-attack": ["internationalNews-954", "internationalNews-950"],
    "paris-attacks-2015": ["internationalNews-383", "internationalNews-1071"],
    "south-protests-reactions": ["politic-322", "politic-324"],
    "tn-delegation-syria": ["politic-307", "politic-287"],
}
# Topics above stories: everything about one ongoing subject, without a time limit.
TOPICS: dict[str, list[str]] = {
    "qatar-crisis": [
        "qatar-ties-cut",
        "internationalNews-1055",
        "internationalNews-1132",
        "internationalNews-1117",
        "internationalNews-1114",
        "internationalNews-1167",
        "internationalNews-986",
    ],
    "us-saudi-arms": ["internationalNews-920", "internationalNews-959"],
    "nidaa-tounes-internal": [
        "politic-323",
        "politic-177",
        "politic-239",
        "politic-240",
        "politic-302",
        "politic-301",
        "politic-244",
        "politic-69",
        "politic-471",
        "politic-472",
    ],
    "berlin-attack-amri": ["internationalNews-427", "internationalNews-21"],
    "mediterranean-migrants": [
        "internationalNews-665",
        "internationalNews-717",
        "internationalNews-908",
        "internationalNews-30",
    ],
    "french-election-2017": [
        "internationalNews-796",
        "internationalNews-939",
        "internationalNews-910",
        "internationalNews-748",
        "internationalNews-750",
        "macron-campaign-hack",
    ],
    "yemen-humanitarian": ["internationalNews-973", "internationalNews-1102"],
    "machrou-tounes-bloc": ["politic-45", "politic-84", "politic-43"],
    "libya-tn-dz-eg": ["politic-46", "internationalNews-1107", "politic-36"],
    "south-protests": ["south-protests-reactions", "politic-428", "politic-424", "politic-455"],
    "lavrov-syria": ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"],
}
# ANT items that are the same text published twice (near-duplicates of the first key).
ANT_DUPS = {"politic-83": "politic-285", "politic-500": "politic-325"}
# Seeds carry no date; these are read from their content (approximate where the text is vague).
SEED_DATES = {
    "000": "2018-09-14",
    "001": "2016-02-05",
    "002": "2019-05-13",
    "003": "2017-06-19",
    "004": "2017-04-12",
}
SEED_OUTLETS = {"000": "سبوتنيك", "001": "الميادين", "002": "الأناضول", "003": "سبوتنيك", "004": "سيريانيوز"}
OUTLETS = ["روسيا اليوم", "الأناضول", "سبوتنيك", "وكالة تونس إفريقيا للأنباء", "الشروق", "سكاي نيوز عربية"]
SYNONYMS = [
    ("وقال", "وأوضح"),
    ("أكد", "شدد"),
    ("أعلن", "أفاد"),
    ("اليوم", "يوم"),
    ("الجمعة", "أمس الجمعة"),
    ("وأضاف", "وتابع"),
    ("كما", "وكذلك"),
]
BOILER = ["[ads1]", "SHARE", "close", "المواضيع الأكثر قراءة"]
# ANT articles that also get derived copies (chosen to cover short and long, Tunisian and world news).
ANT_DERIVED = [
    "politic-302",
    "politic-75",
    "internationalNews-35",
    "internationalNews-1101",
    "internationalNews-908",
    "politic-240",
    "internationalNews-592",
    "politic-496",
    "internationalNews-1026",
    "politic-385",
    "internationalNews-537",
    "politic-146",
]


def _day(value: str) -> str:
    m = re.match(r"(\d\d)/(\d\d)/(\d{4})", value)
    return f"{m[3]}-{m[2]}-{m[1]}" if m else value[:10]


def _shift(day: str, n: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.splitlines() if p.strip()]


def syndicated(title: str, body: str, rng: random.Random, outlet: str) -> tuple[str, str, list[str]]:
    """Wire copy: same body, site boilerplate around it, source line, headline punctuation changed."""
    paras = _paragraphs(body)
    paras.insert(rng.randrange(1, max(len(paras), 2)), rng.choice(BOILER))
    paras.append(f"المصدر: {outlet}")
    new_title = title.replace(" : ", ": ").replace(":", " -") if ":" in title else f"{title} (فيديو)"
    return new_title, "\n".join(paras), ["boilerplate inserted", "source line added", "headline punctuation"]


def edited(title: str, body: str, rng: random.Random) -> tuple[str, str, list[str]]:
    """Re-run: one paragraph dropped (when there are 4+), a synonym pass, two sentences swapped."""
    paras = _paragraphs(body)
    edits = []
    if len(paras) >= 4:
        del paras[rng.randrange(1, len(paras))]
        edits.append("one paragraph dropped")
    text = "\n".join(paras)
    for a, b in rng.sample(SYNONYMS, 4):
        if a in text:
            text = text.replace(a, b, 2)
            edits.append(f"{a}->{b}")
    sents = re.split(r"(?<=\.)\s+", text)
    if len(sents) > 3:
        i = rng.randrange(1, len(sents) - 1)
        sents[i], sents[i + 1] = sents[i + 1], sents[i]
        edits.append("two sentences swapped")
    return f"محدث: {title}", " ".join(sents), edits


def _sentences(body: str) -> list[str]:
    return [x.strip() for x in re.split(r"(?<=[.!؟?])\s+|\n+", body) if len(x.split()) >= 4]


def digest(title: str, body: str, rng: random.Random) -> tuple[str, str, list[str]]:
    """Short follow-up by another outlet: two lead sentences and one later sentence, a new headline.

    Kept only for bodies of 8+ sentences, so a digest holds well under half of the original
    (it is the same story, not a near-duplicate).
    """
    sents = _sentences(body)
    keep = sents[:2] + [sents[rng.randrange(3, len(sents))]]
    first = re.split(r"[.،]", sents[0])[0].strip()
    return (
        " ".join(first.split()[:12]),
        "\n".join(keep),
        ["two lead sentences + one later", "headline from lead"],
    )


def main() -> None:
    rng = random.Random(20170605)
    story_of: dict[str, str] = {}
    for story, keys in STORIES.items():
        for k in keys:
            story_of[k] = story
    topic_of: dict[str, str] = {}
    for topic, keys in TOPICS.items():
        for k in keys:
            topic_of[k] = topic
    items: list[dict[str, object]] = []
    meta = [json.loads(line) for line in (ANT / "metadata.jsonl").read_text(encoding="utf-8").splitlines()]
    bases: dict[str, dict[str, str]] = {}
    for row in sorted(meta, key=lambda r: r["docno"]):
        key = "-".join(row["docno"].split("-")[1:3])
        story = story_of.get(key, key)
        text = (ANT / row["txt_file"]).read_text(encoding="utf-8")
        body = text.split("\n", 1)[1].strip() if "\n" in text else text
        day = _day(row["time"])
        items.append(
            {
                "id": f"ant:{row['docno']}",
                "origin": "ant-politics",
                "path": f"ant-politics/{row['txt_file']}",
                "title": row["title"],
                "published": day,
                "outlet": ANT_OUTLET,
                "story": story,
                "topic": topic_of.get(story, topic_of.get(key, story)),
                "dup": f"ant-dup:{ANT_DUPS.get(key, key)}",
            }
        )
        bases[key] = {
            "dup": f"ant-dup:{ANT_DUPS.get(key, key)}",
            "id": f"ant:{row['docno']}",
            "title": row["title"],
            "body": body,
            "day": day,
            "story": story,
            "topic": str(items[-1]["topic"]),
            "outlet": ANT_OUTLET,
        }
    for path in sorted(SEEDS.glob("*.txt")):
        n = path.name[:3]
        text = path.read_text(encoding="utf-8").strip()
        lines = [ln for ln in _paragraphs(text) if not ln.startswith(("الشريط", "المصدر"))]
        short = [ln for ln in lines[:3] if len(ln.split()) <= 20]
        title = short[0] if short else " ".join(re.split(r"[.،]", lines[0])[0].split()[:12])
        body = "\n".join(ln for ln in lines if ln != title)
        key = f"seed-{n}"
        items.append(
            {
                "id": f"seed:{path.stem}",
                "origin": "seed",
                "path": f"samples/seeds/{path.name}",
                "title": title,
                "published": SEED_DATES[n],
                "outlet": SEED_OUTLETS[n],
                "story": key,
                "topic": topic_of[key],
                "dup": f"seed:{path.stem}",
                "note": "published date read from the content",
            }
        )
        bases[key] = {
            "dup": f"seed:{path.stem}",
            "id": f"seed:{path.stem}",
            "title": title,
            "body": body,
            "day": SEED_DATES[n],
            "story": key,
            "topic": topic_of[key],
            "outlet": SEED_OUTLETS[n],
        }
    derived: list[tuple[str, tuple[str, ...]]] = [
        (k, kinds)
        for k in sorted(k for k in bases if k.startswith("seed-"))
        for kinds in (("syndicated", "edited", "digest"),)
    ]
    derived += [(k, (rng.choice(["syndicated", "edited", "digest"]),)) for k in ANT_DERIVED]
    derived = [
        (
            k,
            tuple(
                kind if kind != "digest" or len(_sentences(bases[k]["body"])) >= 8 else "edited"
                for kind in kinds
            ),
        )
        for k, kinds in derived
    ]
    for key, kinds in derived:
        base = bases[key]
        for kind in kinds:
            outlet = rng.choice([o for o in OUTLETS if o != base["outlet"]])
            if kind == "syndicated":
                title, body, edits = syndicated(base["title"], base["body"], rng, outlet)
                day, dup = base["day"], base["dup"]
            elif kind == "edited":
                title, body, edits = edited(base["title"], base["body"], rng)
                day, dup = _shift(base["day"], 1), base["dup"]
            else:
                title, body, edits = digest(base["title"], base["body"], rng)
                day, dup = _shift(base["day"], 1), f"{base['id']}#{kind}"
            items.append(
                {
                    "id": f"{base['id']}#{kind}",
                    "origin": "derived",
                    "derived_from": base["id"],
                    "edits": edits,
                    "kind": kind,
                    "title": title,
                    "text": body,
                    "published": day,
                    "outlet": outlet,
                    "story": base["story"],
                    "topic": base["topic"],
                    "dup": dup,
                }
            )
    gold = {
        "version": 1,
        "description": "Story, topic and near-duplicate gold for marsad: ANT politics sample (200, "
        "JawharaFM 2013-2017), the five seeds, and derived copies. See STORIES-GUIDELINES.md.",
        "items": items,
    }
    OUT.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_stories = len({str(i["story"]) for i in items})
    n_topics = len({str(i["topic"]) for i in items})
    print(f"wrote {len(items)} items, {n_stories} stories, {n_topics} topics -> {OUT}")


if __name__ == "__main__":
    main()
