"""Stories layer: near-duplicates, incremental story/topic clustering, quote merging, timelines, summaries."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.records import Article, Mention, Quote, Span, Speaker
from marsad.stories import DedupIndex, StoryConfig, StoryIndex, estimated_jaccard
from marsad.stories.quotes import QuoteMerger, merge_quotes, overlap, quote_stems
from marsad.stories.summary import summarize_speaker, summarize_story
from marsad.stories.timeline import speaker_timeline, story_timeline

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def art(
    aid: str, text: str, day: str | None = "2017-06-19", outlet: str | None = "سبوتنيك", **kw: object
) -> Article:
    return Article(id=aid, source=aid, raw=text, text=text, published=day, outlet=outlet, **kw)  # type: ignore[arg-type]


# -- dedup ---------------------------------------------------------------------------------------


def test_syndicated_copy_is_a_near_duplicate_and_other_articles_are_not() -> None:
    texts = _seed_texts()
    copy = "[ads1]\n" + texts[3].replace("أ", "ا") + "\nالمصدر: سبوتنيك"
    index = DedupIndex()
    out = index.add([art(f"s{i}", t) for i, t in enumerate(texts)] + [art("copy", copy)])
    assert out[-1].duplicate_of == "s3" and out[-1].group_id == "s3"
    assert out[-1].similarity >= 0.8
    assert len(index.groups(min_size=2)) == 1
    assert index.similarity("s0", "s1") < 0.2


def test_dedup_state_round_trips_and_keeps_adding() -> None:
    texts = _seed_texts()
    index = DedupIndex()
    index.add([art(f"s{i}", t) for i, t in enumerate(texts[:3])])
    loaded = DedupIndex.loads(index.dumps())
    a = loaded.add([art("again", texts[1] + "\nSHARE")])[0]
    assert a.group_id == "s1"
    assert loaded.groups() == {"s0": ["s0"], "s1": ["s1", "again"], "s2": ["s2"]}


def test_datasketch_backend_finds_the_same_duplicate() -> None:
    texts = _seed_texts()
    index = DedupIndex(backend="datasketch")
    out = index.add([art("a", texts[0]), art("b", texts[1]), art("c", texts[0] + "\nclose")])
    assert out[2].group_id == "a"


def test_estimated_jaccard_edge_cases() -> None:
    assert estimated_jaccard([], []) == 0.0
    assert estimated_jaccard([1, 2, 3, 4], [1, 2, 0, 0]) == 0.5


# -- stories -------------------------------------------------------------------------------------

LAVROV = Mention(0, 6, "لافروف", "PER", "سيرغي لافروف", "per-lavrov")
SYRIA = Mention(0, 5, "سوريا", "LOC", "سوريا", "loc-syria")


def _pool() -> list[Article]:
    """Five seed events, each with an edited re-run a day later, and one unrelated article 40 days on."""
    out = []
    for i, text in enumerate(_seed_texts()):
        day = f"2017-0{i + 1}-10"
        out.append(art(f"e{i}", text, day, entities=[LAVROV, SYRIA]))
        paras = [p for p in text.splitlines() if p.strip()]
        rerun = "\n".join(paras[:1] + paras[2:]).replace("وقال", "وأوضح")
        out.append(art(f"e{i}-b", rerun, f"2017-0{i + 1}-11", outlet="الأناضول", entities=[LAVROV, SYRIA]))
    out.append(art("later", _seed_texts()[0], "2017-02-20", entities=[LAVROV, SYRIA]))
    return out


def test_reports_of_one_event_share_a_story_and_events_do_not() -> None:
    index = StoryIndex()
    out = index.add(_pool())
    story = {a.article_id: a.story_id for a in out}
    for i in range(5):
        assert story[f"e{i}"] == story[f"e{i}-b"]
    assert len({story[f"e{i}"] for i in range(5)}) == 5
    assert story["later"] != story["e0"]  # same text, outside the time window: a re-run, a new story
    assert index.topic_of("later") == index.topic_of("e0")  # ... in the same topic


def test_incremental_adds_equal_one_batch() -> None:
    pool = sorted(_pool(), key=lambda a: (a.published or "", a.id))
    whole = StoryIndex()
    whole.add(pool)
    parts = StoryIndex()
    for i in range(0, len(pool), 3):
        parts.add(pool[i : i + 3])
    assert whole.rows() == parts.rows()
    assert [s.to_dict() for s in whole.stories()] == [s.to_dict() for s in parts.stories()]


def test_story_state_round_trips_through_json() -> None:
    pool = sorted(_pool(), key=lambda a: (a.published or "", a.id))
    whole = StoryIndex()
    whole.add(pool)
    first = StoryIndex()
    first.add(pool[:6])
    resumed = StoryIndex.loads(json.dumps(first.to_json()))
    resumed.add(pool[6:])
    assert resumed.rows() == whole.rows()


def test_re_adding_an_article_is_a_no_op() -> None:
    index = StoryIndex()
    pool = _pool()
    first = index.add(pool)
    again = index.add(pool[:2])
    assert [a.story_id for a in again] == [a.story_id for a in first[:2]]
    assert len(index) == len(pool)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(list(range(11))), st.integers(min_value=1, max_value=11))
def test_every_article_is_in_exactly_one_story(order: list[int], size: int) -> None:
    pool = _pool()
    articles = [pool[i] for i in order[:size]]
    index = StoryIndex(StoryConfig(threshold=0.2))
    out = index.add(articles)
    assert [a.article_id for a in out] == [a.id for a in articles]  # input order
    members = [m for s in index.stories() for m in s.members]
    assert sorted(members) == sorted(a.id for a in articles)
    topics = index.topics()
    assert sorted(s for ss in topics.values() for s in ss) == sorted(s.id for s in index.stories())


def test_undated_articles_are_placed_too() -> None:
    texts = _seed_texts()
    index = StoryIndex()
    out = index.add(
        [art("a", texts[2], None), art("b", texts[2] + "\nSHARE", None), art("c", texts[4], None)]
    )
    assert out[0].story_id == out[1].story_id != out[2].story_id


# -- quotes --------------------------------------------------------------------------------------


def _quote(text: str, start: int, speaker: str | None, eid: str | None = None, kind: str = "direct") -> Quote:
    spk = Speaker(speaker, eid) if speaker else None
    return Quote(start, start + len(text), text, kind, Span(0, 3, "قال"), spk)


def test_paraphrases_of_one_statement_merge_across_outlets() -> None:
    a = art(
        "a", "x", quotes=[_quote("نعمل بشكل مكثف مع تركيا لحل الوضع في إدلب", 0, "سيرغي لافروف", "per-l")]
    )
    b = art(
        "b",
        "x",
        outlet="الأناضول",
        quotes=[
            _quote(
                "بلاده تعمل بشكل مكثف مع تركيا من أجل إيجاد حل للوضع في محافظة إدلب",
                5,
                "لافروف",
                "per-l",
                "indirect",
            ),
            _quote("نعمل بشكل مكثف مع تركيا لحل الوضع في إدلب", 90, "هايكو ماس", "per-m"),
        ],
    )
    statements = merge_quotes([a, b])
    top = statements[0]
    assert top.speaker_key == "per-l" and top.article_ids == ["a", "b"]
    assert top.outlets == ["الأناضول", "سبوتنيك"]
    assert top.text == "نعمل بشكل مكثف مع تركيا لحل الوضع في إدلب"  # the direct wording represents it
    assert len(statements) == 2  # same words, other speaker: another statement


def test_unrelated_quotes_of_one_speaker_stay_apart() -> None:
    merger = QuoteMerger()
    a = art(
        "a",
        "x",
        quotes=[
            _quote("نعمل بشكل مكثف مع تركيا لحل الوضع في إدلب", 0, "لافروف"),
            _quote("العلاقات مع واشنطن تمر بأسوأ مراحلها منذ الحرب الباردة", 60, "لافروف"),
        ],
    )
    placed = merger.add([a])
    assert len({sid for _, _, sid in placed}) == 2


def test_quote_stems_meet_across_person_prefixes() -> None:
    f1, _ = overlap(quote_stems("نعمل مع تركيا"), quote_stems("تعمل مع تركيا"))
    assert f1 == 1.0


# -- timelines and summaries ---------------------------------------------------------------------


def test_story_timeline_is_chronological() -> None:
    pool = _pool()[:4]
    lines = story_timeline(reversed(pool))
    assert [e.date for e in lines] == sorted(e.date or "" for e in lines)


def test_speaker_timeline_counts_sources() -> None:
    q = "نعمل بشكل مكثف مع تركيا لحل الوضع في إدلب"
    arts = [
        art(f"a{i}", "x", f"2017-06-1{i}", quotes=[_quote(q, 0, "سيرغي لافروف", "per-l")]) for i in range(3)
    ]
    lines = speaker_timeline(merge_quotes(arts), "per-l")
    assert len(lines) == 1 and lines[0].date == "2017-06-10" and lines[0].sources == ["a0", "a1", "a2"]


def test_summary_sentences_are_verbatim_attributed_and_not_repeated() -> None:
    text = _seed_texts()[2]
    a = art("a", text)
    b = art("b", text + "\nSHARE", outlet="الأناضول")
    summary = summarize_story([a, b])
    assert summary.sentences
    for s in summary.sentences:
        source = a if s.source.article_id == "a" else b
        assert source.text[s.start : s.end] == s.text
        assert {r.article_id for r in s.sources} == {"a", "b"}  # the copy is cited, not repeated
    assert len({s.text for s in summary.sentences}) == len(summary.sentences)
    assert "[1,2]" in summary.render()


def test_speaker_summary_keeps_only_that_speakers_sentences() -> None:
    text = (
        "قال لافروف إن روسيا تعمل مع تركيا في إدلب بشكل مكثف جدا. "
        "وقال ماس إن المانيا قلقة من الهجوم على إدلب."
    )
    first = text.split(". ")[0]
    qa = _quote(first[10:], 10, "سيرغي لافروف", "per-l", "indirect")
    qb = _quote("المانيا قلقة من الهجوم على إدلب", text.index("المانيا"), "هايكو ماس", "per-m", "indirect")
    a = art("a", text, quotes=[qa, qb])
    summary = summarize_speaker([a], "per-l")
    assert [s.speaker for s in summary.sentences] == ["سيرغي لافروف"]


def test_stopword_data_loads_in_matching_form() -> None:
    from marsad.stories.features import background_df, stopwords, terms, words

    stop = stopwords()
    assert {"قال", "يوم", "في"} <= stop  # stems: اليوم -> يوم
    assert terms(words("وقال الوزير في تونس اليوم")) == ["وزير", "تونس"]
    docs, df = background_df()
    assert docs > 100 and df["تونس"] > 10
