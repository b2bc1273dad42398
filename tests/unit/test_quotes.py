"""Quotation extraction and speaker attribution: one test per phenomenon, on sentences written
for these tests, plus golden files on the seeds, a quality gate and span invariants."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.evaluation.perturb import Gold, recast_gold, rename_gold, restyle_gold
from marsad.evaluation.quotes import QuoteScores, score_quotes
from marsad.extract.quotes import QuoteExtractor
from marsad.records import Article, Mention, Quote, Span
from marsad.text.clean import clean
from tests.quote_helpers import mention

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "quotes"


def one(quotes: list[Quote], fragment: str) -> Quote:
    """The single quotation whose content contains ``fragment``."""
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


# ---- kinds and content boundaries ----------------------------------------------------------------
def test_direct_quote_content_is_inside_the_marks(qx: QuoteExtractor) -> None:
    text = "وقال رئيس الحكومة أحمد منصور خلال ندوة صحفية “سنواصل الإصلاحات مهما كانت الصعوبات”."
    q = one(qx.extract(text), "سنواصل")
    assert q.kind == "direct"
    assert q.text == "سنواصل الإصلاحات مهما كانت الصعوبات"
    assert q.cue.text == "قال"
    assert speaker(q) == "أحمد منصور"


def test_indirect_quote_runs_from_the_complementizer_to_the_sentence_end(qx: QuoteExtractor) -> None:
    text = "أكدت الوزيرة سلمى الحداد أن الميزانية الجديدة ستخصص موارد إضافية للتعليم. وغادرت القاعة."
    q = one(qx.extract(text), "الميزانية")
    assert q.kind == "indirect"
    assert q.text == "الميزانية الجديدة ستخصص موارد إضافية للتعليم"
    assert speaker(q) == "سلمى الحداد"


def test_mixed_quote_keeps_the_embedded_fragment(qx: QuoteExtractor) -> None:
    text = "وقال المتحدث باسم الحزب كمال العياري إن الحكومة “فشلت في إدارة الملف الاقتصادي برمته”."
    q = one(qx.extract(text), "الحكومة")
    assert q.kind == "mixed"
    assert q.text == "الحكومة “فشلت في إدارة الملف الاقتصادي برمته”"


def test_participial_clause_starts_a_new_quote(qx: QuoteExtractor) -> None:
    text = ("أعلن الوزير نبيل الشابي أن الحكومة ستفتح باب الحوار مع النقابات، مشددا على ضرورة احترام "
            "القانون في كل المفاوضات.")
    quotes = qx.extract(text)
    first = one(quotes, "باب الحوار")
    second = one(quotes, "احترام")
    assert first.text == "الحكومة ستفتح باب الحوار مع النقابات"
    assert second.text == "ضرورة احترام القانون في كل المفاوضات"
    assert second.cue.text.startswith("مشددا")
    assert speaker(second) == "نبيل الشابي"


def test_participle_without_comma_still_ends_the_clause(qx: QuoteExtractor) -> None:
    text = "وأوضح الخبير سامي الهادي أن الأسعار سترتفع قريبا مبينا أن الطلب يفوق العرض بكثير."
    quotes = qx.extract(text)
    assert one(quotes, "الأسعار").text == "الأسعار سترتفع قريبا"
    assert one(quotes, "الطلب").text == "الطلب يفوق العرض بكثير"


def test_preposition_of_the_cue_opens_the_content(qx: QuoteExtractor) -> None:
    text = "ودعا رئيس البرلمان فريد الزين الأحزاب إلى تغليب مصلحة البلاد على المصالح الضيقة."
    q = one(qx.extract(text), "تغليب")
    assert q.text == "تغليب مصلحة البلاد على المصالح الضيقة"
    assert speaker(q) == "فريد الزين"


def test_clitic_preposition_content_starts_after_it(qx: QuoteExtractor) -> None:
    text = ("قال الوزير حسن البناني إن الموسم كان صعبا، فيما طالب المزارعين بالتحلي بالصبر خلال الأشهر "
            "القادمة.")
    q = one(qx.extract(text), "التحلي")
    assert q.text == "التحلي بالصبر خلال الأشهر القادمة"
    assert speaker(q) == "حسن البناني"


def test_expressed_belief_skips_to_the_complementizer(qx: QuoteExtractor) -> None:
    text = "وأعرب السفير مراد الكافي عن اعتقاده بأن العلاقات بين البلدين ستتحسن قريبا."
    q = one(qx.extract(text), "العلاقات")
    assert q.text == "العلاقات بين البلدين ستتحسن قريبا"


def test_object_content_after_a_bare_verb(qx: QuoteExtractor) -> None:
    text = "وجددت المنظمة استعدادها لدعم المبادرات المحلية في المناطق الريفية، مؤكدة أن التمويل متوفر."
    quotes = qx.extract(text)
    assert one(quotes, "استعدادها").text == "استعدادها لدعم المبادرات المحلية في المناطق الريفية"


# ---- cue forms --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "cue",
    ["قالت", "وأضافت", "فأضاف", "يقول", "وتقول", "أكدوا", "مؤكدة", "صرح", "أفادت", "نفت", "اعتبرت"],
)
def test_cue_forms_in_every_person_and_prefix(qx: QuoteExtractor, cue: str) -> None:
    text = f"وفي السياق نفسه، {cue} المصادر أن المفاوضات ستتواصل الأسبوع القادم."
    quotes = qx.extract(text)
    assert [q.text for q in quotes] == ["المفاوضات ستتواصل الأسبوع القادم"]


def test_follow_up_cue_with_manner_is_one_cue(qx: QuoteExtractor) -> None:
    text = ("قال الرئيس عادل الفرجاني إن الوضع مستقر. وتابع قائلا “لن نقبل بأي تدخل أجنبي في شؤوننا”. "
            "وأضاف بالقول “الحوار هو السبيل الوحيد”.")
    quotes = qx.extract(text)
    assert [q.kind for q in quotes] == ["indirect", "direct", "direct"]
    assert one(quotes, "تدخل").cue.text == "تابع قائلا"
    assert {speaker(q) for q in quotes} == {"عادل الفرجاني"}


def test_ambiguous_spelling_is_a_cue_only_at_clause_start(qx: QuoteExtractor) -> None:
    text = ("عقد اجتماع بين الوزير والنقابات أن يجري لاحقا. وبين الوزير رضا القاسمي أن الاتفاق سيوقع "
            "الشهر المقبل.")
    quotes = qx.extract(text)
    assert [q.text for q in quotes] == ["الاتفاق سيوقع الشهر المقبل"]
    assert speaker(quotes[0]) == "رضا القاسمي"


def test_relative_clause_and_passive_are_not_cues(qx: QuoteExtractor) -> None:
    text = "يذكر أن المهرجان ينتظم كل سنة. ويشار إلى أن الدخول مجاني للجميع."
    assert qx.extract(text) == []


# ---- quotation marks as sites type them ---------------------------------------------------------------
def test_mismatched_marks(qx: QuoteExtractor) -> None:
    text = "وقال الوزير منير العلوي ” الأمن مسؤولية الجميع دون استثناء ”. وانتهى اللقاء."
    q = one(qx.extract(text), "الأمن")
    assert q.text == "الأمن مسؤولية الجميع دون استثناء"


def test_nested_quote_inside_a_quote(qx: QuoteExtractor) -> None:
    text = ("وقال النائب هشام الصيد “نحن نرفض ما يسمى “الحل المؤقت” الذي تقترحه الحكومة الآن”، "
            "مضيفا أن المعارضة ستقدم بديلا.")
    quotes = qx.extract(text)
    q = one(quotes, "نرفض")
    assert q.text == "نحن نرفض ما يسمى “الحل المؤقت” الذي تقترحه الحكومة الآن"
    assert q.kind == "direct"
    assert one(quotes, "بديلا").text == "المعارضة ستقدم بديلا"


def test_missing_closing_mark_closes_at_the_paragraph_end(qx: QuoteExtractor) -> None:
    text = "وقالت الناطقة ليلى الورتاني «سنعلن النتائج النهائية غدا صباحا\nوفي خبر آخر، انطلقت الحملة."
    q = one(qx.extract(text), "النتائج")
    assert q.text == "سنعلن النتائج النهائية غدا صباحا"


def test_unclosed_quote_ends_where_a_new_cue_opens_another(qx: QuoteExtractor) -> None:
    text = ("وقال المدير أنور الجلاصي “المشروع سينطلق في الربيع القادم، وأضاف “التمويل مضمون من "
            "البنك الدولي”.")
    quotes = qx.extract(text)
    assert one(quotes, "المشروع").text == "المشروع سينطلق في الربيع القادم"
    assert one(quotes, "التمويل").text == "التمويل مضمون من البنك الدولي"


def test_multi_sentence_direct_quote(qx: QuoteExtractor) -> None:
    text = "وقال المدرب علي بوزيد “لعبنا جيدا. لكننا لم نستغل الفرص. سنعمل أكثر”."
    q = one(qx.extract(text), "لعبنا")
    assert q.text == "لعبنا جيدا. لكننا لم نستغل الفرص. سنعمل أكثر"


def test_quoted_names_and_labels_are_not_quotes(qx: QuoteExtractor) -> None:
    text = ("انتشرت عناصر “جبهة الإنقاذ” في المدينة، ووصف السكان الوضع بـ”المأساة”. "
            "وشاركت منظمة “أطباء بلا حدود” في الإغاثة.")
    assert qx.extract(text) == []


def test_quoted_title_before_the_complementizer_is_not_the_content(qx: QuoteExtractor) -> None:
    text = ("واعتبر الاتحاد في بيان أصدره تحت شعار “معا من أجل العدالة الاجتماعية”، أن الإضراب "
            "حق دستوري لا نقاش فيه.")
    q = one(qx.extract(text), "الإضراب")
    assert q.text == "الإضراب حق دستوري لا نقاش فيه"


# ---- speakers -------------------------------------------------------------------------------------------
def test_apposition_and_fullest_name(qx: QuoteExtractor) -> None:
    text = ("أكد وزير الداخلية التونسي، هشام المشيشي، أن الوضع الأمني مستقر. وقال المشيشي إن "
            "الوحدات الأمنية في حالة تأهب.")
    quotes = qx.extract(text)
    assert [speaker(q) for q in quotes] == ["هشام المشيشي", "هشام المشيشي"]
    assert one(quotes, "الوحدات").speaker.mention.text == "المشيشي"  # type: ignore[union-attr]


def test_cue_without_subject_keeps_the_current_speaker(qx: QuoteExtractor) -> None:
    text = "وقال رئيس الجامعة منذر العياري إن الامتحانات ستجرى في موعدها. وأضاف أن النتائج ستعلن في جويلية."
    quotes = qx.extract(text)
    assert speaker(one(quotes, "النتائج")) == "منذر العياري"


def test_role_phrase_resolves_to_the_person_introduced_with_it(qx: QuoteExtractor) -> None:
    text = ("قال وزير الخارجية الفرنسي جان إيف لودريان إن باريس تدعم الحوار. والتقى نظيره المصري سامح "
            "شكري. وأكد وزير الخارجية المصري أن القاهرة ترحب بالمبادرة. وأضاف الوزير الفرنسي أن "
            "التعاون سيتعزز.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "القاهرة")) == "سامح شكري"
    assert speaker(one(quotes, "التعاون")) == "جان إيف لودريان"


def test_turn_change_passes_the_floor(qx: QuoteExtractor) -> None:
    text = ("أكد الوزير كريم الجموسي أن المفاوضات متقدمة. من جانبه، قال الأمين العام للنقابة سمير "
            "الماجري إن النقابة متمسكة بمطالبها. وأضاف أن الإضراب قائم.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "الإضراب")) == "سمير الماجري"


def test_turn_marker_without_subject_takes_the_person_just_mentioned(qx: QuoteExtractor) -> None:
    text = ("أكد الوزير كريم الجموسي أن المفاوضات متقدمة، وذلك خلال لقائه بالأمين العام للنقابة سمير "
            "الماجري. من جهته، أكد أن النقابة متمسكة بمطالبها.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "النقابة متمسكة")) == "سمير الماجري"


def test_pronoun_suffixed_cue_after_relay(qx: QuoteExtractor) -> None:
    text = "ونقلت وكالة الأنباء الرسمية عن الرئيس ماكي سال قوله إن الانتخابات ستجرى في موعدها."
    q = one(qx.extract(text), "الانتخابات")
    assert speaker(q) == "ماكي سال"
    assert q.speaker.mention.text == "الرئيس ماكي سال"  # type: ignore[union-attr]


def test_institution_speaks_when_no_person_does(qx: QuoteExtractor) -> None:
    text = "وقالت وزارة الصحة التونسية في بيان إن عدد الإصابات تراجع بشكل ملحوظ."
    q = one(qx.extract(text), "الإصابات")
    assert speaker(q) == "وزارة الصحة التونسية"


def test_quoted_name_as_speaker(qx: QuoteExtractor) -> None:
    text = "وقال رئيس الوفد نزار الغربي إن المفاوضات صعبة. وأكد “الغربي” على ضرورة مواصلة الحوار بين الطرفين."
    q = one(qx.extract(text), "مواصلة")
    assert q.text == "ضرورة مواصلة الحوار بين الطرفين"
    assert speaker(q) == "نزار الغربي"


def test_feminine_cue_prefers_a_feminine_speaker(qx: QuoteExtractor) -> None:
    text = ("قالت النائبة سعاد الزغلامي إن القانون جاهز. وقال زميلها رضا المحمدي إن التصويت سيتم غدا. "
            "وأضافت أن الجلسة علنية.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "الجلسة")) == "سعاد الزغلامي"


def test_fronted_speaker_after_amma(qx: QuoteExtractor) -> None:
    text = "أما القيادي في الحركة، عماد الدايمي، فقال إن الحركة لن تشارك في الحكومة."
    q = one(qx.extract(text), "الحركة لن")
    assert speaker(q) == "عماد الدايمي"


def test_entities_are_used_when_given(qx: QuoteExtractor) -> None:
    text = "وصرح فيتالي تشوركين للصحفيين بأن المشروع لن يمر."
    start = text.index("فيتالي")
    name = "فيتالي تشوركين"
    ents = [Mention(start, start + len(name), name, "PER", name)]
    q = one(qx.extract(text, entities=ents), "المشروع")
    assert speaker(q) == name


# ---- headlines and attribution phrases ------------------------------------------------------------
def test_headline_attribution(qx: QuoteExtractor) -> None:
    text = ("الغنوشي : الحركة متمسكة بالتوافق\n\n"
            "قال رئيس الحركة راشد الغنوشي إن التوافق ضرورة وطنية.")
    title = Span(0, text.index("\n"), text[: text.index("\n")])
    quotes = qx.extract(text, title_span=title)
    head = one(quotes, "متمسكة")
    assert head.kind == "direct"
    assert head.cue.text == ":"
    assert speaker(head) == "راشد الغنوشي"


def test_headline_needs_a_speaker_of_the_article(qx: QuoteExtractor) -> None:
    text = "تونس : ارتفاع نسبة التضخم\n\nارتفعت نسبة التضخم إلى 7 بالمائة خلال الشهر الماضي."
    title = Span(0, text.index("\n"), text[: text.index("\n")])
    assert qx.extract(text, title_span=title) == []


def test_repeated_title_counts_once(qx: QuoteExtractor) -> None:
    line = "بوتين: سنرد على العقوبات"
    text = f"{line}\n\n{line}\n\nوقال الرئيس الروسي فلاديمير بوتين إن بلاده سترد بحزم."
    quotes = qx.extract(text)
    assert sum("سنرد" in q.text for q in quotes) == 1


def test_attribution_phrase(qx: QuoteExtractor) -> None:
    text = "وبحسب وزارة الداخلية، فإن الوحدات الأمنية أوقفت ثلاثة مشتبه بهم في المدينة."
    q = one(qx.extract(text), "الوحدات")
    assert q.text == "الوحدات الأمنية أوقفت ثلاثة مشتبه بهم في المدينة"
    assert speaker(q) == "وزارة الداخلية"


def test_gloss_ends_the_reported_clause(qx: QuoteExtractor) -> None:
    text = "وأكد الوزير كمال العبيدي أن المشروع سيكتمل قريبا، حسب قوله، وأن التمويل متوفر."
    q = one(qx.extract(text), "المشروع")
    assert q.text == "المشروع سيكتمل قريبا"


# ---- stage, golden files, quality gate, invariants -------------------------------------------------
def test_stage_fills_article_quotes(qx: QuoteExtractor) -> None:
    text = "وقال الوزير أنيس الجزيري إن الاستثمار يتحسن."
    art = Article(id="a", source="s", raw=text, text=text)
    assert qx(art) is art
    assert [q.text for q in art.quotes] == ["الاستثمار يتحسن"]


def _golden(q: Quote) -> dict[str, object]:
    return {"start": q.start, "end": q.end, "text": q.text, "kind": q.kind, "cue": q.cue.text,
            "speaker": speaker(q)}


def test_golden_files_on_the_seeds(qx: QuoteExtractor, seed_texts: dict[str, str]) -> None:
    """Reviewed outputs; MARSAD_UPDATE_GOLDEN=1 rewrites them (review the diff by eye)."""
    update = os.environ.get("MARSAD_UPDATE_GOLDEN") == "1"
    for name, raw in seed_texts.items():
        c = clean(raw)
        got = [_golden(q) for q in qx.extract(c.text, title_span=c.title_span)]
        path = GOLDEN / f"{Path(name).stem}.json"
        if update:
            path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        assert got == json.loads(path.read_text(encoding="utf-8")), name


def test_quality_gate_on_the_seeds_gold(qx: QuoteExtractor, seed_texts: dict[str, str],
                                        shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "gold" / "seeds.quotes.json").read_text(encoding="utf-8"))
    predicted = {}
    for name, raw in seed_texts.items():
        c = clean(raw)
        predicted[name] = qx.extract(c.text, title_span=c.title_span)
    s = score_quotes(gold, predicted)
    assert s.e2e_f1 >= 0.95
    assert s.speaker_accuracy >= 0.96
    assert s.recall >= 0.96


def test_quality_gate_on_the_dev_gold(qx: QuoteExtractor, shared_dir: Path) -> None:
    """Real JawharaFM articles (eval/gold/ant-politics.dev.quotes.json): a floor under what we reach."""
    gold_path = Path(__file__).resolve().parents[2] / "eval" / "gold" / "ant-politics.dev.quotes.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = shared_dir / "data" / "ant-politics" / "txt"
    predicted = {}
    for entry in gold:
        c = clean((texts / entry["article"]).read_text(encoding="utf-8"))
        predicted[entry["article"]] = qx.extract(c.text, title_span=c.title_span)
    s = score_quotes(gold, predicted)
    assert s.e2e_f1 >= 0.89  # measured 0.897
    assert s.speaker_accuracy >= 0.94  # measured 0.947
    assert s.f1 >= 0.94  # measured 0.947


Rewrite = Callable[[Gold, dict[str, str]], tuple[Gold, dict[str, str]]]


def _full_pipeline_scores(qx: QuoteExtractor, shared_dir: Path, gold_name: str,
                          rewrite: Rewrite | None = None) -> tuple[QuoteScores, int]:
    """Scores on a gold file with the entity tagger and linker run first, as the product runs them,
    and how many predicted speakers carry an entity id. ``rewrite`` changes the gold and its articles
    first (marsad.evaluation.perturb)."""
    from marsad.corpus.linking import EntityLinker
    from marsad.extract.entities import EntityTagger
    from marsad.pipeline import BASE_STAGES

    eval_dir = Path(__file__).resolve().parents[2] / "eval"
    gold = json.loads((eval_dir / "gold" / gold_name).read_text(encoding="utf-8"))
    # the synthetic sets ship their articles; the ANT ones are read from the shared data
    folder = eval_dir / "synthetic" / "txt" if gold_name.startswith("synthetic-") \
        else shared_dir / "data" / "ant-politics" / "txt"
    texts = {e["article"]: (folder / e["article"]).read_text(encoding="utf-8") for e in gold}
    if rewrite is not None:
        gold, texts = rewrite(gold, texts)
    stages: list[Callable[[Article], Article]] = [*BASE_STAGES, EntityTagger.load(), EntityLinker.load(), qx]
    predicted = {}
    linked = 0
    for entry in gold:
        raw = texts[entry["article"]]
        article = Article(id=entry["article"], source=entry["article"], raw=raw, text=raw)
        for stage in stages:
            article = stage(article)
        predicted[entry["article"]] = article.quotes
        linked += sum(1 for q in article.quotes if q.speaker is not None and q.speaker.entity_id)
    return score_quotes(gold, predicted), linked


# Every ANT gold set through the full pipeline (tagger, linker, quotes): gold file, floors for end-to-end
# F1, speaker accuracy and quote F1, and what was measured when they were set. Each held-out set was
# annotated blind and became development data after its one blind measure (eval/gold/HELDOUT.md,
# benchmarks/RESULTS.md); the floors sit a little under the measures, since the tagger is retrained from
# time to time.
_FULL_PIPELINE_GATES = [
    ("ant-politics.dev.quotes.json", 0.91, 0.96, 0.94, "0.920 / 0.974 / 0.945"),
    ("ant-politics.test.quotes.json", 0.89, 0.945, 0.935, "0.899 / 0.951 / 0.946; first measure E2E 0.663"),
    ("ant-politics.heldout.quotes.json", 0.905, 0.95, 0.945, "0.918 / 0.958 / 0.958; blind 0.657 / 0.750"),
    ("ant-politics.heldout2.quotes.json", 0.92, 0.965, 0.945, "0.933 / 0.975 / 0.957; blind 0.620 / 0.689"),
    ("ant-politics.heldout3.quotes.json", 0.89, 0.955, 0.925, "0.906 / 0.968 / 0.936; blind 0.728 / 0.816"),
    ("ant-politics.heldout4.quotes.json", 0.91, 0.97, 0.92, "0.922 / 0.986 / 0.935; blind 0.710 / 0.818"),
    ("ant-politics.heldout5.quotes.json", 0.945, 0.97, 0.965, "0.960 / 0.981 / 0.979; blind 0.734 / 0.853"),
    ("ant-politics.heldout6.quotes.json", 0.9, 0.97, 0.915, "0.914 / 0.982 / 0.931; blind 0.784 / 0.873"),
]


# The synthetic sets (eval/synthetic): original articles in 350 regional, wire, desk and story styles,
# written and annotated by team members who had not read the extractor; each measured once blind, then
# development data (benchmarks/RESULTS.md). Floors as above.
_SYNTHETIC_GATES = [
    ("synthetic-a.quotes.json", 0.895, 0.95, 0.93, "0.909 / 0.965 / 0.942; blind 0.702 / 0.758"),
    ("synthetic-b.quotes.json", 0.895, 0.92, 0.955, "0.908 / 0.935 / 0.971; blind 0.786 / 0.829"),
    ("synthetic-c.quotes.json", 0.895, 0.935, 0.945, "0.908 / 0.950 / 0.955; blind 0.739 / 0.787"),
    ("synthetic-d.quotes.json", 0.89, 0.955, 0.925, "0.905 / 0.967 / 0.935; blind 0.800 / 0.865"),
    ("synthetic-e.quotes.json", 0.89, 0.95, 0.925, "0.903 / 0.962 / 0.938; blind 0.732 / 0.788"),
    ("synthetic-f.quotes.json", 0.855, 0.92, 0.915, "0.869 / 0.936 / 0.928; blind 0.787 / 0.856"),
    ("synthetic-g.quotes.json", 0.92, 0.98, 0.925, "0.934 / 0.993 / 0.941; blind 0.842 / 0.909"),
    ("synthetic-h.quotes.json", 0.9, 0.95, 0.935, "0.912 / 0.963 / 0.947; blind 0.794 / 0.844"),
    ("synthetic-i.quotes.json", 0.905, 0.945, 0.945, "0.920 / 0.960 / 0.958; blind 0.797 / 0.839"),
    ("synthetic-j.quotes.json", 0.875, 0.925, 0.93, "0.890 / 0.942 / 0.945; blind 0.778 / 0.830"),
    ("synthetic-k.quotes.json", 0.91, 0.93, 0.965, "0.926 / 0.945 / 0.980; blind 0.834 / 0.866"),
    ("synthetic-l.quotes.json", 0.87, 0.89, 0.96, "0.882 / 0.906 / 0.973; blind 0.690 / 0.714"),
    ("synthetic-m.quotes.json", 0.94, 0.965, 0.955, "0.952 / 0.980 / 0.971; blind 0.864 / 0.911"),
    ("synthetic-n.quotes.json", 0.93, 0.955, 0.96, "0.945 / 0.969 / 0.976; blind 0.840 / 0.873"),
    ("synthetic-o.quotes.json", 0.895, 0.915, 0.96, "0.907 / 0.932 / 0.974; blind 0.748 / 0.786"),
    ("synthetic-p.quotes.json", 0.91, 0.925, 0.97, "0.919 / 0.935 / 0.983; blind 0.787 / 0.816"),
    ("synthetic-q.quotes.json", 0.825, 0.91, 0.895, "0.842 / 0.924 / 0.911; blind 0.682 / 0.782"),
    ("synthetic-r.quotes.json", 0.865, 0.905, 0.945, "0.881 / 0.917 / 0.960; blind 0.744 / 0.793"),
    ("synthetic-s.quotes.json", 0.945, 0.96, 0.97, "0.960 / 0.975 / 0.985; blind 0.863 / 0.885"),
    ("synthetic-t.quotes.json", 0.91, 0.95, 0.945, "0.924 / 0.963 / 0.959; blind 0.857 / 0.906"),
    ("synthetic-u.quotes.json", 0.82, 0.885, 0.915, "0.833 / 0.900 / 0.926; blind 0.695 / 0.777"),
    ("synthetic-v.quotes.json", 0.84, 0.905, 0.91, "0.853 / 0.921 / 0.926; blind 0.669 / 0.738"),
    ("synthetic-w.quotes.json", 0.87, 0.895, 0.96, "0.879 / 0.904 / 0.972; blind 0.780 / 0.816"),
    ("synthetic-x.quotes.json", 0.82, 0.855, 0.945, "0.836 / 0.870 / 0.962; blind 0.744 / 0.779"),
    ("synthetic-y.quotes.json", 0.815, 0.87, 0.925, "0.830 / 0.886 / 0.937; blind 0.679 / 0.733"),
    ("synthetic-z.quotes.json", 0.895, 0.92, 0.96, "0.911 / 0.935 / 0.975; blind 0.845 / 0.885"),
    ("synthetic-aa.quotes.json", 0.875, 0.92, 0.94, "0.892 / 0.933 / 0.955; blind 0.752 / 0.792"),
    ("synthetic-ab.quotes.json", 0.845, 0.905, 0.92, "0.858 / 0.921 / 0.932; blind 0.689 / 0.745"),
    ("synthetic-ac.quotes.json", 0.9, 0.94, 0.945, "0.915 / 0.956 / 0.958; blind 0.723 / 0.758"),
    ("synthetic-ad.quotes.json", 0.82, 0.9, 0.9, "0.833 / 0.912 / 0.914; blind 0.780 / 0.857"),
    ("synthetic-ae.quotes.json", 0.88, 0.925, 0.94, "0.895 / 0.937 / 0.955; blind 0.816 / 0.860"),
    ("synthetic-af.quotes.json", 0.905, 0.945, 0.94, "0.919 / 0.961 / 0.957; blind 0.821 / 0.868"),
    ("synthetic-ag.quotes.json", 0.88, 0.915, 0.95, "0.892 / 0.928 / 0.962; blind 0.816 / 0.869"),
    ("synthetic-ah.quotes.json", 0.9, 0.93, 0.955, "0.916 / 0.944 / 0.970; blind 0.785 / 0.812"),
    ("synthetic-ai.quotes.json", 0.895, 0.94, 0.94, "0.911 / 0.953 / 0.955; blind 0.859 / 0.905"),
    ("synthetic-aj.quotes.json", 0.945, 0.975, 0.955, "0.957 / 0.987 / 0.969; blind 0.791 / 0.830"),
    ("synthetic-ak.quotes.json", 0.84, 0.875, 0.945, "0.854 / 0.890 / 0.960; blind 0.829 / 0.869"),
    ("synthetic-al.quotes.json", 0.89, 0.9, 0.975, "0.904 / 0.915 / 0.988; blind 0.821 / 0.849"),
    ("synthetic-am.quotes.json", 0.835, 0.86, 0.955, "0.851 / 0.876 / 0.972; blind 0.724 / 0.754"),
    ("synthetic-an.quotes.json", 0.805, 0.875, 0.905, "0.813 / 0.883 / 0.921; blind 0.788 / 0.871"),
    ("synthetic-ao.quotes.json", 0.89, 0.91, 0.96, "0.899 / 0.921 / 0.976; blind 0.857 / 0.883"),
    ("synthetic-ap.quotes.json", 0.8, 0.84, 0.94, "0.815 / 0.854 / 0.954; blind 0.720 / 0.775"),
    ("synthetic-aq.quotes.json", 0.875, 0.91, 0.95, "0.890 / 0.924 / 0.963; blind 0.823 / 0.871"),
    ("synthetic-ar.quotes.json", 0.86, 0.91, 0.935, "0.875 / 0.923 / 0.948; blind 0.774 / 0.828"),
    ("synthetic-as.quotes.json", 0.845, 0.905, 0.925, "0.857 / 0.918 / 0.934; blind 0.800 / 0.864"),
    ("synthetic-at.quotes.json", 0.875, 0.905, 0.955, "0.890 / 0.919 / 0.968; blind 0.761 / 0.795"),
    ("synthetic-au.quotes.json", 0.87, 0.91, 0.945, "0.885 / 0.925 / 0.957; blind 0.768 / 0.811"),
    ("synthetic-av.quotes.json", 0.86, 0.905, 0.935, "0.874 / 0.921 / 0.949; blind 0.750 / 0.818"),
    ("synthetic-aw.quotes.json", 0.925, 0.955, 0.955, "0.939 / 0.968 / 0.969; blind 0.778 / 0.831"),
    ("synthetic-ax.quotes.json", 0.86, 0.91, 0.935, "0.876 / 0.924 / 0.948; blind 0.770 / 0.818"),
    ("synthetic-ay.quotes.json", 0.915, 0.935, 0.97, "0.932 / 0.947 / 0.984; blind 0.836 / 0.858"),
    ("synthetic-az.quotes.json", 0.93, 0.96, 0.96, "0.939 / 0.966 / 0.972; blind 0.890 / 0.951"),
    ("synthetic-ba.quotes.json", 0.93, 0.96, 0.955, "0.943 / 0.974 / 0.968; blind 0.770 / 0.810"),
    ("synthetic-bb.quotes.json", 0.92, 0.95, 0.955, "0.935 / 0.966 / 0.968; blind 0.872 / 0.917"),
    ("synthetic-bc.quotes.json", 0.93, 0.955, 0.965, "0.946 / 0.968 / 0.978; blind 0.876 / 0.902"),
    ("synthetic-bd.quotes.json", 0.91, 0.94, 0.95, "0.924 / 0.957 / 0.965; blind 0.885 / 0.920"),
    ("synthetic-be.quotes.json", 0.905, 0.935, 0.95, "0.919 / 0.951 / 0.966; blind 0.864 / 0.901"),
    ("synthetic-bf.quotes.json", 0.88, 0.915, 0.95, "0.896 / 0.931 / 0.963; blind 0.754 / 0.789"),
    ("synthetic-bg.quotes.json", 0.875, 0.91, 0.95, "0.889 / 0.923 / 0.963; blind 0.835 / 0.870"),
    ("synthetic-bh.quotes.json", 0.9, 0.93, 0.95, "0.913 / 0.944 / 0.966; blind 0.791 / 0.824"),
    ("synthetic-bi.quotes.json", 0.91, 0.935, 0.96, "0.923 / 0.949 / 0.972; blind 0.857 / 0.889"),
    ("synthetic-bj.quotes.json", 0.8, 0.845, 0.935, "0.816 / 0.858 / 0.951; blind 0.679 / 0.711"),
    ("synthetic-bk.quotes.json", 0.905, 0.925, 0.965, "0.918 / 0.940 / 0.977; blind 0.844 / 0.876"),
    ("synthetic-bl.quotes.json", 0.82, 0.885, 0.915, "0.834 / 0.898 / 0.929; blind 0.767 / 0.836"),
    ("synthetic-bm.quotes.json", 0.865, 0.91, 0.935, "0.879 / 0.925 / 0.950; blind 0.774 / 0.824"),
    ("synthetic-bn.quotes.json", 0.825, 0.855, 0.955, "0.841 / 0.868 / 0.968; blind 0.761 / 0.797"),
    ("synthetic-bo.quotes.json", 0.85, 0.875, 0.96, "0.863 / 0.887 / 0.973; blind 0.797 / 0.823"),
    ("synthetic-bp.quotes.json", 0.89, 0.925, 0.95, "0.906 / 0.942 / 0.963; blind 0.816 / 0.860"),
    ("synthetic-bq.quotes.json", 0.82, 0.85, 0.95, "0.830 / 0.860 / 0.965; blind 0.761 / 0.806"),
    ("synthetic-br.quotes.json", 0.87, 0.915, 0.935, "0.884 / 0.932 / 0.948; blind 0.808 / 0.861"),
    ("synthetic-bs.quotes.json", 0.915, 0.96, 0.94, "0.929 / 0.973 / 0.955; blind 0.833 / 0.888"),
    ("synthetic-bt.quotes.json", 0.795, 0.84, 0.935, "0.810 / 0.854 / 0.948; blind 0.743 / 0.787"),
    ("synthetic-bu.quotes.json", 0.845, 0.895, 0.93, "0.859 / 0.908 / 0.946; blind 0.784 / 0.829"),
    ("synthetic-bv.quotes.json", 0.88, 0.905, 0.955, "0.895 / 0.921 / 0.971; blind 0.760 / 0.801"),
    ("synthetic-bw.quotes.json", 0.905, 0.945, 0.945, "0.921 / 0.960 / 0.959; blind 0.824 / 0.872"),
    ("synthetic-bx.quotes.json", 0.91, 0.94, 0.955, "0.927 / 0.954 / 0.971; blind 0.847 / 0.890"),
    ("synthetic-by.quotes.json", 0.88, 0.9, 0.96, "0.894 / 0.917 / 0.975; blind 0.791 / 0.822"),
    ("synthetic-bz.quotes.json", 0.92, 0.95, 0.95, "0.932 / 0.966 / 0.964; blind 0.829 / 0.859"),
    ("synthetic-ca.quotes.json", 0.945, 0.98, 0.95, "0.959 / 0.993 / 0.965; blind 0.924 / 0.961"),
    ("synthetic-cb.quotes.json", 0.905, 0.92, 0.97, "0.920 / 0.935 / 0.984; blind 0.837 / 0.865"),
    ("synthetic-cc.quotes.json", 0.835, 0.895, 0.92, "0.847 / 0.905 / 0.936; blind 0.812 / 0.870"),
    ("synthetic-cd.quotes.json", 0.865, 0.905, 0.94, "0.881 / 0.922 / 0.956; blind 0.809 / 0.849"),
    ("synthetic-ce.quotes.json", 0.915, 0.94, 0.955, "0.928 / 0.955 / 0.972; blind 0.858 / 0.895"),
    ("synthetic-cf.quotes.json", 0.94, 0.965, 0.96, "0.956 / 0.981 / 0.975; blind 0.912 / 0.942"),
    ("synthetic-cg.quotes.json", 0.875, 0.915, 0.945, "0.890 / 0.928 / 0.959; blind 0.766 / 0.801"),
    ("synthetic-ch.quotes.json", 0.89, 0.91, 0.965, "0.905 / 0.925 / 0.978; blind 0.862 / 0.886"),
    ("synthetic-ci.quotes.json", 0.875, 0.915, 0.945, "0.889 / 0.927 / 0.959; blind 0.876 / 0.914"),
    ("synthetic-cj.quotes.json", 0.865, 0.88, 0.965, "0.880 / 0.897 / 0.981; blind 0.851 / 0.870"),
    ("synthetic-ck.quotes.json", 0.895, 0.965, 0.915, "0.910 / 0.979 / 0.930; blind 0.829 / 0.899"),
    ("synthetic-cl.quotes.json", 0.83, 0.865, 0.945, "0.845 / 0.882 / 0.959; blind 0.829 / 0.868"),
    ("synthetic-cm.quotes.json", 0.88, 0.91, 0.955, "0.894 / 0.923 / 0.969; blind 0.876 / 0.904"),
    ("synthetic-cn.quotes.json", 0.875, 0.905, 0.955, "0.890 / 0.919 / 0.968; blind 0.838 / 0.866"),
    ("synthetic-co.quotes.json", 0.885, 0.915, 0.95, "0.899 / 0.930 / 0.966; blind 0.837 / 0.872"),
    ("synthetic-cp.quotes.json", 0.91, 0.935, 0.965, "0.927 / 0.948 / 0.978; blind 0.891 / 0.921"),
    ("synthetic-cq.quotes.json", 0.91, 0.955, 0.94, "0.925 / 0.971 / 0.952; blind 0.869 / 0.920"),
    ("synthetic-cr.quotes.json", 0.885, 0.935, 0.925, "0.900 / 0.949 / 0.948; blind 0.869 / 0.939"),
    ("synthetic-cs.quotes.json", 0.89, 0.915, 0.96, "0.900 / 0.922 / 0.976; blind 0.839 / 0.870"),
    ("synthetic-ct.quotes.json", 0.935, 0.95, 0.97, "0.948 / 0.965 / 0.983; blind 0.907 / 0.929"),
    ("synthetic-cu.quotes.json", 0.9, 0.945, 0.94, "0.917 / 0.958 / 0.957; blind 0.883 / 0.930"),
    ("synthetic-cv.quotes.json", 0.85, 0.89, 0.945, "0.866 / 0.904 / 0.957; blind 0.816 / 0.855"),
    ("synthetic-cw.quotes.json", 0.925, 0.95, 0.955, "0.939 / 0.967 / 0.971; blind 0.919 / 0.953"),
    ("synthetic-cx.quotes.json", 0.895, 0.91, 0.97, "0.911 / 0.926 / 0.983; blind 0.849 / 0.876"),
    ("synthetic-cy.quotes.json", 0.885, 0.93, 0.94, "0.900 / 0.942 / 0.955; blind 0.861 / 0.919"),
    ("synthetic-cz.quotes.json", 0.875, 0.93, 0.925, "0.887 / 0.942 / 0.942; blind 0.873 / 0.934"),
    ("synthetic-da.quotes.json", 0.855, 0.89, 0.945, "0.869 / 0.905 / 0.961; blind 0.779 / 0.819"),
    ("synthetic-db.quotes.json", 0.905, 0.945, 0.945, "0.921 / 0.959 / 0.961; blind 0.860 / 0.915"),
    ("synthetic-dc.quotes.json", 0.83, 0.88, 0.925, "0.843 / 0.896 / 0.941; blind 0.769 / 0.821"),
    ("synthetic-dd.quotes.json", 0.905, 0.93, 0.965, "0.919 / 0.942 / 0.975; blind 0.876 / 0.899"),
    ("synthetic-de.quotes.json", 0.895, 0.925, 0.955, "0.908 / 0.939 / 0.967; blind 0.881 / 0.917"),
    ("synthetic-df.quotes.json", 0.9, 0.945, 0.94, "0.916 / 0.958 / 0.956; blind 0.888 / 0.936"),
    ("synthetic-dg.quotes.json", 0.885, 0.905, 0.965, "0.901 / 0.920 / 0.979; blind 0.875 / 0.898"),
    ("synthetic-dh.quotes.json", 0.925, 0.96, 0.95, "0.938 / 0.974 / 0.963; blind 0.942 / 0.975"),
    ("synthetic-di.quotes.json", 0.86, 0.885, 0.955, "0.873 / 0.899 / 0.972; blind 0.845 / 0.870"),
    ("synthetic-dj.quotes.json", 0.825, 0.875, 0.93, "0.841 / 0.891 / 0.945; blind 0.841 / 0.891"),
    ("synthetic-dk.quotes.json", 0.895, 0.93, 0.95, "0.909 / 0.944 / 0.963; blind 0.899 / 0.937"),
    ("synthetic-dl.quotes.json", 0.875, 0.92, 0.94, "0.892 / 0.936 / 0.953; blind 0.889 / 0.930"),
    ("synthetic-dm.quotes.json", 0.92, 0.95, 0.955, "0.935 / 0.966 / 0.968; blind 0.925 / 0.959"),
    ("synthetic-dn.quotes.json", 0.83, 0.925, 0.885, "0.844 / 0.937 / 0.901; blind 0.844 / 0.937"),
    ("synthetic-do.quotes.json", 0.87, 0.905, 0.945, "0.882 / 0.918 / 0.961; blind 0.805 / 0.847"),
    ("synthetic-dp.quotes.json", 0.915, 0.94, 0.965, "0.932 / 0.953 / 0.977; blind 0.895 / 0.919"),
    ("synthetic-dq.quotes.json", 0.89, 0.93, 0.945, "0.905 / 0.945 / 0.957; blind 0.882 / 0.924"),
    ("synthetic-dr.quotes.json", 0.865, 0.905, 0.945, "0.879 / 0.918 / 0.957; blind 0.862 / 0.903"),
    ("synthetic-ds.quotes.json", 0.91, 0.95, 0.945, "0.924 / 0.966 / 0.957; blind 0.898 / 0.938"),
    ("synthetic-dt.quotes.json", 0.93, 0.955, 0.96, "0.943 / 0.968 / 0.975; blind 0.861 / 0.889"),
    ("synthetic-du.quotes.json", 0.84, 0.875, 0.945, "0.854 / 0.891 / 0.958; blind 0.850 / 0.897"),
    ("synthetic-dv.quotes.json", 0.9, 0.925, 0.96, "0.916 / 0.940 / 0.974; blind 0.916 / 0.940"),
    ("synthetic-dw.quotes.json", 0.88, 0.96, 0.9, "0.892 / 0.976 / 0.914; blind 0.859 / 0.935"),
    ("synthetic-dx.quotes.json", 0.915, 0.95, 0.95, "0.930 / 0.964 / 0.965; blind 0.923 / 0.957"),
    ("synthetic-dy.quotes.json", 0.85, 0.895, 0.935, "0.863 / 0.908 / 0.950; blind 0.849 / 0.894"),
    ("synthetic-dz.quotes.json", 0.875, 0.92, 0.94, "0.891 / 0.933 / 0.955; blind 0.853 / 0.893"),
    ("synthetic-ea.quotes.json", 0.86, 0.915, 0.925, "0.875 / 0.931 / 0.939; blind 0.832 / 0.885"),
    ("synthetic-eb.quotes.json", 0.85, 0.895, 0.94, "0.865 / 0.908 / 0.953; blind 0.865 / 0.908"),
    ("synthetic-ec.quotes.json", 0.915, 0.94, 0.965, "0.931 / 0.953 / 0.977; blind 0.898 / 0.919"),
    ("synthetic-ed.quotes.json", 0.87, 0.89, 0.965, "0.887 / 0.905 / 0.980; blind 0.820 / 0.837"),
    ("synthetic-ee.quotes.json", 0.845, 0.885, 0.94, "0.860 / 0.900 / 0.956; blind 0.826 / 0.864"),
    ("synthetic-ef.quotes.json", 0.9, 0.935, 0.945, "0.913 / 0.949 / 0.962; blind 0.913 / 0.949"),
    ("synthetic-eg.quotes.json", 0.89, 0.915, 0.96, "0.905 / 0.928 / 0.975; blind 0.905 / 0.928"),
    ("synthetic-eh.quotes.json", 0.845, 0.865, 0.965, "0.861 / 0.879 / 0.979; blind 0.861 / 0.879"),
    ("synthetic-ei.quotes.json", 0.915, 0.945, 0.955, "0.928 / 0.959 / 0.967; blind 0.914 / 0.946"),
    ("synthetic-ej.quotes.json", 0.895, 0.925, 0.955, "0.910 / 0.938 / 0.970; blind 0.904 / 0.932"),
    ("synthetic-ek.quotes.json", 0.895, 0.93, 0.95, "0.909 / 0.943 / 0.963; blind 0.902 / 0.937"),
    ("synthetic-el.quotes.json", 0.88, 0.905, 0.955, "0.893 / 0.922 / 0.969; blind 0.880 / 0.908"),
    ("synthetic-em.quotes.json", 0.86, 0.905, 0.935, "0.875 / 0.921 / 0.949; blind 0.875 / 0.921"),
    ("synthetic-en.quotes.json", 0.895, 0.93, 0.945, "0.907 / 0.945 / 0.960; blind 0.907 / 0.945"),
    ("synthetic-eo.quotes.json", 0.8, 0.86, 0.915, "0.815 / 0.877 / 0.930; blind 0.815 / 0.877"),
    ("synthetic-ep.quotes.json", 0.85, 0.895, 0.94, "0.866 / 0.908 / 0.953; blind 0.866 / 0.908"),
    ("synthetic-eq.quotes.json", 0.915, 0.915, 0.98, "0.928 / 0.931 / 0.997; blind 0.928 / 0.931"),
    ("synthetic-er.quotes.json", 0.92, 0.93, 0.975, "0.936 / 0.946 / 0.990; blind 0.936 / 0.946"),
    ("synthetic-es.quotes.json", 0.9, 0.915, 0.975, "0.917 / 0.927 / 0.989; blind 0.917 / 0.927"),
    ("synthetic-et.quotes.json", 0.89, 0.925, 0.95, "0.906 / 0.938 / 0.966; blind 0.906 / 0.938"),
    ("synthetic-eu.quotes.json", 0.885, 0.91, 0.96, "0.902 / 0.924 / 0.976; blind 0.902 / 0.924"),
    ("synthetic-ev.quotes.json", 0.85, 0.89, 0.945, "0.866 / 0.902 / 0.960; blind 0.866 / 0.902"),
    ("synthetic-ew.quotes.json", 0.795, 0.82, 0.935, "0.803 / 0.834 / 0.962; blind 0.804 / 0.845"),
    ("synthetic-ex.quotes.json", 0.875, 0.885, 0.975, "0.892 / 0.901 / 0.990; blind 0.892 / 0.901"),
    ("synthetic-ey.quotes.json", 0.895, 0.92, 0.955, "0.907 / 0.934 / 0.971; blind 0.907 / 0.934"),
    ("synthetic-ez.quotes.json", 0.86, 0.905, 0.935, "0.872 / 0.918 / 0.950; blind 0.872 / 0.918"),
    ("synthetic-fa.quotes.json", 0.84, 0.86, 0.96, "0.855 / 0.876 / 0.976; blind 0.855 / 0.876"),
    ("synthetic-fb.quotes.json", 0.85, 0.885, 0.95, "0.865 / 0.897 / 0.965; blind 0.861 / 0.896"),
    ("synthetic-fc.quotes.json", 0.87, 0.895, 0.96, "0.885 / 0.907 / 0.976; blind 0.885 / 0.907"),
    ("synthetic-fd.quotes.json", 0.93, 0.97, 0.945, "0.945 / 0.986 / 0.959; blind 0.945 / 0.986"),
    ("synthetic-fe.quotes.json", 0.855, 0.91, 0.925, "0.868 / 0.924 / 0.940; blind 0.868 / 0.924"),
    ("synthetic-ff.quotes.json", 0.825, 0.845, 0.965, "0.840 / 0.857 / 0.980; blind 0.827 / 0.844"),
    ("synthetic-fg.quotes.json", 0.9, 0.92, 0.965, "0.913 / 0.934 / 0.977; blind 0.913 / 0.934"),
    ("synthetic-fh.quotes.json", 0.875, 0.92, 0.935, "0.888 / 0.936 / 0.949; blind 0.888 / 0.936"),
    ("synthetic-fi.quotes.json", 0.88, 0.93, 0.93, "0.893 / 0.945 / 0.945; blind 0.893 / 0.945"),
    ("synthetic-fj.quotes.json", 0.88, 0.905, 0.955, "0.895 / 0.921 / 0.971; blind 0.895 / 0.921"),
    ("synthetic-fk.quotes.json", 0.925, 0.97, 0.94, "0.941 / 0.986 / 0.955; blind 0.941 / 0.986"),
    ("synthetic-fl.quotes.json", 0.88, 0.9, 0.965, "0.897 / 0.915 / 0.979; blind 0.897 / 0.915"),
    ("synthetic-fm.quotes.json", 0.87, 0.9, 0.95, "0.885 / 0.916 / 0.966; blind 0.885 / 0.916"),
    ("synthetic-fn.quotes.json", 0.875, 0.925, 0.93, "0.888 / 0.939 / 0.946; blind 0.888 / 0.939"),
    ("synthetic-fo.quotes.json", 0.9, 0.915, 0.97, "0.914 / 0.929 / 0.984; blind 0.914 / 0.929"),
    ("synthetic-fp.quotes.json", 0.9, 0.94, 0.945, "0.917 / 0.953 / 0.962; blind 0.917 / 0.953"),
    ("synthetic-fq.quotes.json", 0.84, 0.865, 0.955, "0.855 / 0.882 / 0.970; blind 0.855 / 0.882"),
    ("synthetic-fr.quotes.json", 0.81, 0.86, 0.925, "0.826 / 0.877 / 0.942; blind 0.826 / 0.877"),
    ("synthetic-fs.quotes.json", 0.89, 0.93, 0.945, "0.903 / 0.942 / 0.958; blind 0.813 / 0.865"),
    ("synthetic-ft.quotes.json", 0.865, 0.915, 0.935, "0.881 / 0.930 / 0.947; blind 0.815 / 0.866"),
    ("synthetic-fu.quotes.json", 0.88, 0.925, 0.935, "0.896 / 0.942 / 0.951; blind 0.793 / 0.848"),
    ("synthetic-fv.quotes.json", 0.885, 0.915, 0.955, "0.898 / 0.928 / 0.968; blind 0.850 / 0.881"),
    ("synthetic-fw.quotes.json", 0.84, 0.865, 0.955, "0.854 / 0.882 / 0.968; blind 0.843 / 0.874"),
    ("synthetic-fx.quotes.json", 0.87, 0.89, 0.96, "0.882 / 0.903 / 0.976; blind 0.795 / 0.819"),
    ("synthetic-fy.quotes.json", 0.84, 0.885, 0.935, "0.856 / 0.901 / 0.950; blind 0.843 / 0.893"),
    ("synthetic-fz.quotes.json", 0.855, 0.875, 0.96, "0.870 / 0.891 / 0.977; blind 0.826 / 0.854"),
    ("synthetic-ga.quotes.json", 0.855, 0.87, 0.97, "0.870 / 0.884 / 0.983; blind 0.870 / 0.884"),
    ("synthetic-gb.quotes.json", 0.865, 0.9, 0.945, "0.879 / 0.916 / 0.960; blind 0.879 / 0.916"),
    ("synthetic-gc.quotes.json", 0.84, 0.88, 0.945, "0.855 / 0.893 / 0.958; blind 0.855 / 0.893"),
    ("synthetic-gd.quotes.json", 0.875, 0.895, 0.96, "0.887 / 0.909 / 0.976; blind 0.887 / 0.909"),
    ("synthetic-ge.quotes.json", 0.825, 0.865, 0.935, "0.838 / 0.882 / 0.950; blind 0.818 / 0.861"),
    ("synthetic-gf.quotes.json", 0.84, 0.89, 0.93, "0.854 / 0.905 / 0.943; blind 0.834 / 0.885"),
    ("synthetic-gg.quotes.json", 0.845, 0.885, 0.94, "0.858 / 0.899 / 0.955; blind 0.839 / 0.878"),
    ("synthetic-gh.quotes.json", 0.885, 0.93, 0.935, "0.898 / 0.944 / 0.950; blind 0.884 / 0.931"),
    ("synthetic-gi.quotes.json", 0.84, 0.91, 0.905, "0.852 / 0.925 / 0.921; blind 0.825 / 0.896"),
    ("synthetic-gj.quotes.json", 0.825, 0.875, 0.925, "0.838 / 0.892 / 0.940; blind 0.838 / 0.892"),
    ("synthetic-gk.quotes.json", 0.81, 0.86, 0.925, "0.824 / 0.875 / 0.941; blind 0.824 / 0.875"),
    ("synthetic-gl.quotes.json", 0.84, 0.885, 0.935, "0.855 / 0.899 / 0.952; blind 0.855 / 0.899"),
    ("synthetic-gm.quotes.json", 0.85, 0.885, 0.945, "0.864 / 0.901 / 0.959; blind 0.864 / 0.901"),
    ("synthetic-gn.quotes.json", 0.89, 0.95, 0.925, "0.906 / 0.965 / 0.938; blind 0.906 / 0.965"),
    ("synthetic-go.quotes.json", 0.84, 0.905, 0.915, "0.854 / 0.921 / 0.927; blind 0.834 / 0.900"),
    ("synthetic-gp.quotes.json", 0.84, 0.865, 0.96, "0.856 / 0.881 / 0.972; blind 0.844 / 0.868"),
    ("synthetic-gq.quotes.json", 0.805, 0.835, 0.955, "0.821 / 0.848 / 0.968; blind 0.821 / 0.848"),
    ("synthetic-gr.quotes.json", 0.83, 0.85, 0.965, "0.846 / 0.866 / 0.977; blind 0.846 / 0.866"),
    ("synthetic-gs.quotes.json", 0.805, 0.85, 0.935, "0.818 / 0.862 / 0.948; blind 0.818 / 0.862"),
    ("synthetic-gt.quotes.json", 0.815, 0.85, 0.945, "0.828 / 0.865 / 0.957; blind 0.828 / 0.865"),
    ("synthetic-gu.quotes.json", 0.865, 0.91, 0.94, "0.882 / 0.924 / 0.954; blind 0.882 / 0.924"),
    ("synthetic-gv.quotes.json", 0.85, 0.88, 0.955, "0.865 / 0.894 / 0.968; blind 0.865 / 0.894"),
    ("synthetic-gw.quotes.json", 0.815, 0.875, 0.92, "0.830 / 0.889 / 0.934; blind 0.830 / 0.889"),
    ("synthetic-gx.quotes.json", 0.845, 0.89, 0.94, "0.860 / 0.902 / 0.953; blind 0.860 / 0.902"),
    ("synthetic-gy.quotes.json", 0.885, 0.905, 0.965, "0.901 / 0.919 / 0.980; blind 0.901 / 0.919"),
    ("synthetic-gz.quotes.json", 0.8, 0.835, 0.945, "0.815 / 0.848 / 0.960; blind 0.815 / 0.848"),
    ("synthetic-ha.quotes.json", 0.865, 0.905, 0.94, "0.881 / 0.921 / 0.956; blind 0.881 / 0.921"),
    ("synthetic-hb.quotes.json", 0.875, 0.9, 0.955, "0.887 / 0.916 / 0.969; blind 0.881 / 0.910"),
    ("synthetic-hc.quotes.json", 0.78, 0.855, 0.915, "0.795 / 0.855 / 0.929; blind 0.808 / 0.869"),
    ("synthetic-hd.quotes.json", 0.905, 0.95, 0.94, "0.922 / 0.964 / 0.956; blind 0.922 / 0.964"),
    ("synthetic-he.quotes.json", 0.87, 0.92, 0.93, "0.887 / 0.937 / 0.947; blind 0.887 / 0.937"),
    ("synthetic-hf.quotes.json", 0.88, 0.93, 0.93, "0.894 / 0.946 / 0.945; blind 0.894 / 0.946"),

    ("synthetic-hg.quotes.json", 0.85, 0.89, 0.94, "0.863 / 0.902 / 0.957; blind 0.855 / 0.901"),
    ("synthetic-hh.quotes.json", 0.895, 0.92, 0.955, "0.907 / 0.936 / 0.969; blind 0.907 / 0.936"),
    ("synthetic-hi.quotes.json", 0.89, 0.915, 0.955, "0.904 / 0.932 / 0.970; blind 0.904 / 0.932"),
    ("synthetic-hj.quotes.json", 0.9, 0.915, 0.965, "0.913 / 0.932 / 0.980; blind 0.913 / 0.932"),
    ("synthetic-hk.quotes.json", 0.83, 0.875, 0.935, "0.844 / 0.888 / 0.950; blind 0.803 / 0.851"),
    ("synthetic-hl.quotes.json", 0.9, 0.93, 0.955, "0.915 / 0.942 / 0.972; blind 0.912 / 0.942"),
    ("synthetic-hm.quotes.json", 0.815, 0.835, 0.96, "0.828 / 0.849 / 0.975; blind 0.792 / 0.818"),
    ("synthetic-hn.quotes.json", 0.845, 0.88, 0.945, "0.861 / 0.896 / 0.961; blind 0.849 / 0.894"),
    ("synthetic-ho.quotes.json", 0.885, 0.915, 0.955, "0.902 / 0.930 / 0.969; blind 0.894 / 0.929"),
    ("synthetic-hp.quotes.json", 0.86, 0.89, 0.955, "0.877 / 0.903 / 0.972; blind 0.856 / 0.893"),
    ("synthetic-hq.quotes.json", 0.87, 0.9, 0.955, "0.883 / 0.913 / 0.968; blind 0.842 / 0.883"),
    ("synthetic-hr.quotes.json", 0.795, 0.84, 0.94, "0.812 / 0.852 / 0.952; blind 0.812 / 0.852"),
    ("synthetic-hs.quotes.json", 0.885, 0.925, 0.94, "0.901 / 0.942 / 0.957; blind 0.894 / 0.947"),
    ("synthetic-ht.quotes.json", 0.87, 0.915, 0.935, "0.882 / 0.929 / 0.949; blind 0.834 / 0.903"),
    ("synthetic-hu.quotes.json", 0.86, 0.905, 0.935, "0.875 / 0.922 / 0.949; blind 0.868 / 0.921"),
    ("synthetic-hv.quotes.json", 0.845, 0.87, 0.955, "0.858 / 0.885 / 0.969; blind 0.858 / 0.885"),
    ("synthetic-hw.quotes.json", 0.86, 0.895, 0.95, "0.875 / 0.907 / 0.965; blind 0.875 / 0.907"),
    ("synthetic-hx.quotes.json", 0.83, 0.87, 0.94, "0.842 / 0.885 / 0.952; blind 0.842 / 0.885"),
    ("synthetic-hy.quotes.json", 0.865, 0.91, 0.94, "0.879 / 0.923 / 0.953; blind 0.866 / 0.908"),
    ("synthetic-hz.quotes.json", 0.87, 0.89, 0.965, "0.885 / 0.906 / 0.977; blind 0.889 / 0.907"),
    ("synthetic-ia.quotes.json", 0.85, 0.875, 0.96, "0.867 / 0.892 / 0.972; blind 0.867 / 0.892"),
    ("synthetic-ib.quotes.json", 0.9, 0.925, 0.96, "0.914 / 0.939 / 0.974; blind 0.914 / 0.939"),
    ("synthetic-ic.quotes.json", 0.835, 0.885, 0.93, "0.851 / 0.899 / 0.946; blind 0.851 / 0.899"),
    ("synthetic-id.quotes.json", 0.895, 0.92, 0.96, "0.912 / 0.934 / 0.976; blind 0.912 / 0.934"),
    ("synthetic-ie.quotes.json", 0.905, 0.94, 0.95, "0.919 / 0.953 / 0.964; blind 0.893 / 0.926"),
    ("synthetic-if.quotes.json", 0.855, 0.885, 0.95, "0.867 / 0.899 / 0.964; blind 0.867 / 0.899"),
    ("synthetic-ig.quotes.json", 0.885, 0.92, 0.95, "0.899 / 0.935 / 0.962; blind 0.899 / 0.935"),
    ("synthetic-ih.quotes.json", 0.895, 0.93, 0.95, "0.911 / 0.945 / 0.964; blind 0.911 / 0.945"),
    ("synthetic-ii.quotes.json", 0.855, 0.895, 0.94, "0.870 / 0.909 / 0.957; blind 0.857 / 0.896"),
    ("synthetic-ij.quotes.json", 0.82, 0.845, 0.955, "0.832 / 0.860 / 0.968; blind 0.819 / 0.847"),
    ("synthetic-ik.quotes.json", 0.83, 0.875, 0.935, "0.844 / 0.888 / 0.950; blind 0.844 / 0.888"),
    ("synthetic-il.quotes.json", 0.9, 0.935, 0.95, "0.913 / 0.948 / 0.963; blind 0.913 / 0.948"),
    ("synthetic-im.quotes.json", 0.85, 0.895, 0.935, "0.866 / 0.911 / 0.951; blind 0.866 / 0.911"),
    ("synthetic-in.quotes.json", 0.82, 0.845, 0.95, "0.833 / 0.862 / 0.967; blind 0.833 / 0.862"),
    ("synthetic-io.quotes.json", 0.825, 0.855, 0.95, "0.837 / 0.869 / 0.963; blind 0.837 / 0.869"),
    ("synthetic-ip.quotes.json", 0.825, 0.855, 0.95, "0.841 / 0.870 / 0.967; blind 0.841 / 0.870"),
    ("synthetic-iq.quotes.json", 0.9, 0.92, 0.965, "0.916 / 0.936 / 0.978; blind 0.916 / 0.936"),
    ("synthetic-ir.quotes.json", 0.805, 0.835, 0.95, "0.821 / 0.849 / 0.967; blind 0.821 / 0.849"),
    ("synthetic-is.quotes.json", 0.725, 0.76, 0.94, "0.738 / 0.775 / 0.953; blind 0.711 / 0.746"),
    ("synthetic-it.quotes.json", 0.89, 0.93, 0.945, "0.905 / 0.944 / 0.959; blind 0.905 / 0.944"),
    ("synthetic-iu.quotes.json", 0.845, 0.85, 0.975, "0.857 / 0.865 / 0.991; blind 0.857 / 0.865"),
    ("synthetic-iv.quotes.json", 0.85, 0.875, 0.96, "0.865 / 0.887 / 0.974; blind 0.865 / 0.887"),
    ("synthetic-iw.quotes.json", 0.87, 0.9, 0.95, "0.883 / 0.917 / 0.963; blind 0.883 / 0.917"),
    ("synthetic-ix.quotes.json", 0.8, 0.86, 0.915, "0.815 / 0.877 / 0.930; blind 0.815 / 0.877"),
    ("synthetic-iy.quotes.json", 0.85, 0.89, 0.945, "0.865 / 0.904 / 0.957; blind 0.865 / 0.904"),
    ("synthetic-iz.quotes.json", 0.9, 0.93, 0.955, "0.913 / 0.942 / 0.969; blind 0.913 / 0.942"),
    ("synthetic-ja.quotes.json", 0.735, 0.78, 0.93, "0.749 / 0.793 / 0.945; blind 0.749 / 0.793"),
    ("synthetic-jb.quotes.json", 0.77, 0.805, 0.945, "0.785 / 0.821 / 0.957; blind 0.785 / 0.821"),
    ("synthetic-jc.quotes.json", 0.845, 0.87, 0.96, "0.861 / 0.883 / 0.975; blind 0.816 / 0.838"),
    ("synthetic-jd.quotes.json", 0.845, 0.88, 0.95, "0.861 / 0.893 / 0.964; blind 0.821 / 0.857"),
    ("synthetic-je.quotes.json", 0.84, 0.86, 0.965, "0.854 / 0.874 / 0.977; blind 0.808 / 0.832"),
    ("synthetic-jf.quotes.json", 0.925, 0.955, 0.955, "0.940 / 0.969 / 0.970; blind 0.892 / 0.925"),
    ("synthetic-jg.quotes.json", 0.895, 0.92, 0.96, "0.911 / 0.935 / 0.975; blind 0.904 / 0.928"),
    ("synthetic-jh.quotes.json", 0.875, 0.9, 0.96, "0.892 / 0.917 / 0.973; blind 0.885 / 0.910"),
    ("synthetic-ji.quotes.json", 0.875, 0.9, 0.955, "0.888 / 0.917 / 0.969; blind 0.885 / 0.916"),
    ("synthetic-jj.quotes.json", 0.93, 0.97, 0.94, "0.943 / 0.987 / 0.955; blind 0.930 / 0.973"),
    ("synthetic-jk.quotes.json", 0.885, 0.915, 0.955, "0.901 / 0.929 / 0.969; blind 0.901 / 0.929"),
    ("synthetic-jl.quotes.json", 0.845, 0.89, 0.935, "0.861 / 0.905 / 0.951; blind 0.861 / 0.905"),
    ("synthetic-jm.quotes.json", 0.85, 0.855, 0.98, "0.866 / 0.868 / 0.997; blind 0.866 / 0.868"),
    ("synthetic-jn.quotes.json", 0.855, 0.875, 0.965, "0.870 / 0.889 / 0.979; blind 0.870 / 0.889"),
    ("synthetic-jo.quotes.json", 0.825, 0.88, 0.925, "0.838 / 0.892 / 0.939; blind 0.838 / 0.892"),
    ("synthetic-jp.quotes.json", 0.92, 0.935, 0.97, "0.933 / 0.948 / 0.984; blind 0.933 / 0.948"),
    ("synthetic-jq.quotes.json", 0.83, 0.87, 0.935, "0.842 / 0.885 / 0.952; blind 0.842 / 0.885"),
    ("synthetic-jr.quotes.json", 0.8, 0.855, 0.925, "0.815 / 0.868 / 0.938; blind 0.815 / 0.868"),
    ("synthetic-js.quotes.json", 0.825, 0.88, 0.93, "0.841 / 0.892 / 0.942; blind 0.841 / 0.892"),
    ("synthetic-jt.quotes.json", 0.855, 0.91, 0.93, "0.872 / 0.925 / 0.942; blind 0.872 / 0.925"),
    ("synthetic-ju.quotes.json", 0.885, 0.915, 0.955, "0.902 / 0.930 / 0.969; blind 0.902 / 0.930"),
    ("synthetic-jv.quotes.json", 0.805, 0.845, 0.94, "0.820 / 0.861 / 0.953; blind 0.820 / 0.861"),
    ("synthetic-jw.quotes.json", 0.885, 0.91, 0.96, "0.897 / 0.923 / 0.973; blind 0.897 / 0.923"),
    ("synthetic-jx.quotes.json", 0.815, 0.85, 0.94, "0.827 / 0.865 / 0.957; blind 0.827 / 0.865"),
    ("synthetic-jy.quotes.json", 0.815, 0.875, 0.92, "0.831 / 0.891 / 0.932; blind 0.831 / 0.891"),
    ("synthetic-jz.quotes.json", 0.835, 0.87, 0.945, "0.848 / 0.883 / 0.960; blind 0.848 / 0.883"),
    ("synthetic-ka.quotes.json", 0.925, 0.96, 0.95, "0.939 / 0.974 / 0.965; blind 0.939 / 0.974"),
    ("synthetic-kb.quotes.json", 0.86, 0.88, 0.96, "0.874 / 0.897 / 0.975; blind 0.874 / 0.897"),
    ("synthetic-kc.quotes.json", 0.865, 0.89, 0.955, "0.880 / 0.907 / 0.971; blind 0.880 / 0.907"),
    ("synthetic-kd.quotes.json", 0.82, 0.85, 0.95, "0.835 / 0.867 / 0.963; blind 0.835 / 0.867"),
    ("synthetic-ke.quotes.json", 0.865, 0.89, 0.955, "0.879 / 0.906 / 0.970; blind 0.879 / 0.906"),
    ("synthetic-kf.quotes.json", 0.835, 0.85, 0.965, "0.849 / 0.867 / 0.979; blind 0.849 / 0.867"),
    ("synthetic-kg.quotes.json", 0.845, 0.87, 0.955, "0.859 / 0.885 / 0.970; blind 0.859 / 0.885"),
    ("synthetic-kh.quotes.json", 0.775, 0.82, 0.93, "0.788 / 0.833 / 0.945; blind 0.788 / 0.833"),
    ("synthetic-ki.quotes.json", 0.87, 0.94, 0.91, "0.887 / 0.957 / 0.927; blind 0.887 / 0.957"),
    ("synthetic-kj.quotes.json", 0.815, 0.855, 0.94, "0.830 / 0.870 / 0.955; blind 0.830 / 0.870"),
    ("synthetic-kk.quotes.json", 0.8, 0.82, 0.96, "0.813 / 0.834 / 0.974; blind 0.813 / 0.834"),
    ("synthetic-kl.quotes.json", 0.84, 0.88, 0.935, "0.853 / 0.897 / 0.951; blind 0.853 / 0.897"),
    ("synthetic-km.quotes.json", 0.82, 0.85, 0.955, "0.837 / 0.864 / 0.969; blind 0.837 / 0.864"),
    ("synthetic-kn.quotes.json", 0.9, 0.92, 0.965, "0.914 / 0.935 / 0.978; blind 0.914 / 0.935"),
    ("synthetic-ko.quotes.json", 0.825, 0.86, 0.945, "0.839 / 0.874 / 0.960; blind 0.839 / 0.874"),
    ("synthetic-kp.quotes.json", 0.875, 0.91, 0.95, "0.891 / 0.923 / 0.966; blind 0.891 / 0.923"),
    ("synthetic-kq.quotes.json", 0.87, 0.9, 0.955, "0.887 / 0.916 / 0.969; blind 0.887 / 0.916"),
    ("synthetic-kr.quotes.json", 0.875, 0.925, 0.935, "0.889 / 0.938 / 0.948; blind 0.889 / 0.938"),
    ("synthetic-ks.quotes.json", 0.89, 0.915, 0.96, "0.907 / 0.932 / 0.974; blind 0.907 / 0.932"),
    ("synthetic-kt.quotes.json", 0.84, 0.865, 0.96, "0.856 / 0.879 / 0.974; blind 0.856 / 0.879"),
    ("synthetic-ku.quotes.json", 0.935, 0.96, 0.96, "0.948 / 0.973 / 0.974; blind 0.948 / 0.973"),
    ("synthetic-kv.quotes.json", 0.92, 0.955, 0.955, "0.937 / 0.968 / 0.969; blind 0.937 / 0.968"),
    ("synthetic-kw.quotes.json", 0.74, 0.755, 0.965, "0.756 / 0.771 / 0.981; blind 0.756 / 0.771"),
    ("synthetic-kx.quotes.json", 0.88, 0.915, 0.95, "0.897 / 0.929 / 0.966; blind 0.897 / 0.929"),
    ("synthetic-ky.quotes.json", 0.85, 0.895, 0.935, "0.866 / 0.911 / 0.951; blind 0.840 / 0.884"),
    ("synthetic-kz.quotes.json", 0.815, 0.86, 0.935, "0.829 / 0.873 / 0.950; blind 0.763 / 0.803"),
    ("synthetic-la.quotes.json", 0.845, 0.86, 0.97, "0.860 / 0.874 / 0.984; blind 0.847 / 0.861"),
    ("synthetic-lb.quotes.json", 0.93, 0.95, 0.965, "0.945 / 0.963 / 0.982; blind 0.902 / 0.919"),
    ("synthetic-lc.quotes.json", 0.79, 0.85, 0.92, "0.806 / 0.864 / 0.933; blind 0.784 / 0.841"),
    ("synthetic-ld.quotes.json", 0.92, 0.965, 0.935, "0.933 / 0.980 / 0.952; blind 0.933 / 0.980"),
    ("synthetic-le.quotes.json", 0.88, 0.915, 0.945, "0.894 / 0.929 / 0.962; blind 0.874 / 0.908"),
    ("synthetic-lf.quotes.json", 0.895, 0.935, 0.94, "0.910 / 0.951 / 0.957; blind 0.887 / 0.937"),
    ("synthetic-lg.quotes.json", 0.85, 0.885, 0.945, "0.865 / 0.899 / 0.961; blind 0.865 / 0.899"),
    ("synthetic-lh.quotes.json", 0.865, 0.89, 0.96, "0.881 / 0.903 / 0.975; blind 0.881 / 0.903"),
    ("synthetic-li.quotes.json", 0.92, 0.945, 0.955, "0.933 / 0.961 / 0.971; blind 0.933 / 0.961"),
    ("synthetic-lj.quotes.json", 0.85, 0.89, 0.945, "0.867 / 0.903 / 0.961; blind 0.867 / 0.903"),
    ("synthetic-lk.quotes.json", 0.79, 0.825, 0.945, "0.806 / 0.839 / 0.961; blind 0.806 / 0.839"),
    ("synthetic-ll.quotes.json", 0.775, 0.805, 0.955, "0.792 / 0.819 / 0.968; blind 0.792 / 0.819"),
    ("synthetic-lm.quotes.json", 0.835, 0.87, 0.945, "0.850 / 0.887 / 0.959; blind 0.850 / 0.887"),
    ("synthetic-ln.quotes.json", 0.805, 0.845, 0.94, "0.819 / 0.858 / 0.955; blind 0.819 / 0.858"),
    ("synthetic-lo.quotes.json", 0.84, 0.875, 0.945, "0.854 / 0.890 / 0.960; blind 0.834 / 0.869"),
    ("synthetic-lp.quotes.json", 0.885, 0.915, 0.95, "0.899 / 0.932 / 0.964; blind 0.873 / 0.905"),
    ("synthetic-lq.quotes.json", 0.86, 0.9, 0.94, "0.874 / 0.917 / 0.954; blind 0.861 / 0.903"),
    ("synthetic-lr.quotes.json", 0.925, 0.95, 0.955, "0.938 / 0.965 / 0.972; blind 0.883 / 0.908"),
    ("synthetic-ls.quotes.json", 0.885, 0.92, 0.945, "0.899 / 0.934 / 0.962; blind 0.873 / 0.908"),
    ("synthetic-lt.quotes.json", 0.95, 0.97, 0.96, "0.964 / 0.986 / 0.977; blind 0.944 / 0.966"),
    ("synthetic-lu.quotes.json", 0.95, 0.965, 0.97, "0.963 / 0.980 / 0.983; blind 0.937 / 0.953"),
    ("synthetic-lv.quotes.json", 0.885, 0.925, 0.945, "0.901 / 0.938 / 0.960; blind 0.848 / 0.883"),
    ("synthetic-lw.quotes.json", 0.865, 0.895, 0.95, "0.878 / 0.911 / 0.964; blind 0.865 / 0.897"),
    ("synthetic-lx.quotes.json", 0.925, 0.96, 0.95, "0.941 / 0.973 / 0.967; blind 0.941 / 0.973"),
    ("synthetic-ly.quotes.json", 0.88, 0.935, 0.925, "0.895 / 0.950 / 0.942; blind 0.895 / 0.950"),
    ("synthetic-lz.quotes.json", 0.88, 0.915, 0.95, "0.897 / 0.931 / 0.963; blind 0.897 / 0.931"),
    ("synthetic-ma.quotes.json", 0.9, 0.945, 0.94, "0.916 / 0.959 / 0.955; blind 0.916 / 0.959"),
    ("synthetic-mb.quotes.json", 0.855, 0.88, 0.96, "0.872 / 0.896 / 0.973; blind 0.858 / 0.882"),
    ("synthetic-mc.quotes.json", 0.87, 0.91, 0.94, "0.885 / 0.925 / 0.957; blind 0.885 / 0.925"),
    ("synthetic-md.quotes.json", 0.885, 0.91, 0.955, "0.900 / 0.927 / 0.971; blind 0.900 / 0.927"),
    ("synthetic-me.quotes.json", 0.875, 0.9, 0.955, "0.892 / 0.917 / 0.972; blind 0.892 / 0.917"),
    ("synthetic-mf.quotes.json", 0.91, 0.93, 0.96, "0.925 / 0.946 / 0.977; blind 0.925 / 0.946"),
    ("synthetic-mg.quotes.json", 0.83, 0.865, 0.94, "0.843 / 0.881 / 0.957; blind 0.843 / 0.881"),
    ("synthetic-mh.quotes.json", 0.88, 0.9, 0.96, "0.893 / 0.914 / 0.977; blind 0.893 / 0.914"),
    ("synthetic-mi.quotes.json", 0.84, 0.875, 0.945, "0.853 / 0.889 / 0.960; blind 0.853 / 0.889"),
    ("synthetic-mj.quotes.json", 0.865, 0.895, 0.95, "0.879 / 0.912 / 0.964; blind 0.879 / 0.912"),
    ("synthetic-mk.quotes.json", 0.86, 0.885, 0.955, "0.874 / 0.899 / 0.972; blind 0.874 / 0.899"),
    ("synthetic-ml.quotes.json", 0.865, 0.885, 0.965, "0.882 / 0.900 / 0.980; blind 0.882 / 0.900"),
]


@pytest.mark.parametrize(("gold_name", "e2e", "speaker", "f1", "measured"),
                         _FULL_PIPELINE_GATES + _SYNTHETIC_GATES,
                         ids=[g[0].split(".")[1 if g[0].startswith("ant") else 0]
                              for g in _FULL_PIPELINE_GATES + _SYNTHETIC_GATES])
def test_quality_gate_with_tagger_and_linker(qx: QuoteExtractor, shared_dir: Path, gold_name: str,
                                             e2e: float, speaker: float, f1: float, measured: str) -> None:
    """Tagged and linked mentions must help the speakers, never hurt them; the synthetic sets hold the
    registers the ANT site never shows."""
    s, linked = _full_pipeline_scores(qx, shared_dir, gold_name)
    assert s.e2e_f1 >= e2e, measured
    assert s.speaker_accuracy >= speaker, measured
    assert s.f1 >= f1, measured
    # named speakers carry the entity id of their tagged mention (0.40-0.78 of the matched quotations; EF,
    # cyber-crime, where banks, units and unnamed sources speak most, is lowest)
    assert linked >= 0.35 * s.matched


@pytest.mark.parametrize(("rewrite", "e2e", "speaker", "f1"), [
    (partial(rename_gold, seed=0), 0.905, 0.96, 0.94),
    (partial(recast_gold, seed=0), 0.905, 0.96, 0.935),
    (restyle_gold, 0.905, 0.96, 0.935),
], ids=["renamed", "recast", "restyled"])
def test_quality_gate_on_unseen_names_verbs_and_typography(qx: QuoteExtractor, shared_dir: Path,
                                                          rewrite: Rewrite, e2e: float, speaker: float,
                                                          f1: float) -> None:
    """The eight ANT sets again, rewritten (marsad.evaluation.perturb) so the rules meet what they were
    not tuned on: every person speaker's family name replaced by an invented one (articles we will be
    judged on bring people no gazetteer knows), or the reporting verbs swapped for others that take the
    same complements (أكد → أعلن، ذكرت → كشفت), or the marks and commas typed as another site types them
    («…», ”, Latin commas). Pooled over the 1,672 quotations, as found: end-to-end 0.920, speaker 0.970,
    quote F1 0.948; renamed 0.918 / 0.968 / 0.948; recast 0.916 / 0.969 / 0.946; restyled 0.919 / 0.970
    / 0.947."""
    pooled = [_full_pipeline_scores(qx, shared_dir, g[0], rewrite)[0] for g in _FULL_PIPELINE_GATES]
    total = QuoteScores(*(sum(getattr(s, f) for s in pooled) for f in ("gold", "predicted", "matched",
                                                                        "speaker_right")))
    assert total.e2e_f1 >= e2e
    assert total.speaker_accuracy >= speaker
    assert total.f1 >= f1


_ALPHABET = st.sampled_from(list("قال إن أن وأضاف “”\"«»:،. \nمشيرا لافروف الوزير ‘’ـًّ؟ abc"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, st.sampled_from(
    ["وقال ", "إن ", " “", "” ", "مضيفا أن ", "وزير الخارجية الروسي ", "من جانبه، ", ": ", "\n", "بحسب ",
     "نقلت عن ", " قوله ", "«", "»", "الوزيرة ", "أما ", " فقال "])), max_size=60).map("".join))
def test_extract_never_raises_and_spans_index_the_text(text: str) -> None:
    qx = QuoteExtractor.load()
    title = Span(0, min(len(text), 10), text[: min(len(text), 10)])
    for quotes in (qx.extract(text), qx.extract(text, title_span=title)):
        for q in quotes:
            assert text[q.start : q.end] == q.text
            assert text[q.cue.start : q.cue.end] == q.cue.text
            assert q.kind in ("direct", "indirect", "mixed")
            if q.speaker is not None and q.speaker.mention is not None:
                m = q.speaker.mention
                assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_extract_survives_arbitrary_unicode(text: str) -> None:
    for q in QuoteExtractor.load().extract(text):
        assert text[q.start : q.end] == q.text


def test_postposed_cue_claims_the_quote_before_it(qx: QuoteExtractor) -> None:
    text = "“لن نغادر أرضنا مهما حدث”، يقول الناشط حسين العبدلي (60 عاما) المقيم في القرية."
    q = one(qx.extract(text), "أرضنا")
    assert q.kind == "direct"
    assert speaker(q) == "حسين العبدلي"


def test_subject_before_the_verb(qx: QuoteExtractor) -> None:
    text = "وكانت الشرطة قالت إن المشتبه به اعتقل قرب الحدود."
    q = one(qx.extract(text), "المشتبه")
    assert speaker(q) == "الشرطة"


def test_time_words_and_enclosed_names_after_the_cue(qx: QuoteExtractor) -> None:
    text = "قال اليوم الأحد نائب حركة الأمل عن ولاية صفاقس، الطيب البكوش، إن الحوار هو الحل الوحيد."
    q = one(qx.extract(text), "الحوار")
    assert speaker(q) == "الطيب البكوش"


def test_addressed_party_is_not_the_speaker(qx: QuoteExtractor) -> None:
    text = "وطالب منصف المرزوقي، الحكومة بالإفراج عن المعتقلين فورا."
    q = one(qx.extract(text), "الإفراج")
    assert q.text == "الإفراج عن المعتقلين فورا"
    assert speaker(q) == "منصف المرزوقي"


def test_long_role_descriptions_before_the_name(qx: QuoteExtractor) -> None:
    text = ("وقالت وزيرة الثقافة الفرنسية ذات الأصول الجزائرية ليلى مراد، إن المعرض سيفتتح قريبا. وقال مدير "
            "المعهد الوطني لتعليم الموسيقى في ليون الدكتور سليم بوراوي إن التسجيل مفتوح.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "المعرض")) == "ليلى مراد"
    assert speaker(one(quotes, "التسجيل")) == "سليم بوراوي"


def test_adverbs_with_tanwin_are_not_names(qx: QuoteExtractor) -> None:
    text = "قالت الوزيرة سعاد بن علي إن القرار نهائي. ودعت الوزيرة سعاد بن علي بلهجةٍ حادة إلى احترام القانون."
    q = one(qx.extract(text), "احترام")
    assert speaker(q) == "سعاد بن علي"


def test_postposed_attribution_phrase(qx: QuoteExtractor) -> None:
    text = "وقتل خمسة أشخاص في الانفجار الذي وقع صباحا قرب السوق، حسب وزارة الداخلية الليبية."
    q = one(qx.extract(text), "الانفجار")
    assert q.text == "وقتل خمسة أشخاص في الانفجار الذي وقع صباحا قرب السوق"
    assert speaker(q) == "وزارة الداخلية الليبية"


def test_plural_verb_goes_to_the_plural_speaker(qx: QuoteExtractor) -> None:
    text = ("وقال شهود إن النيران اندلعت فجرا بينما قالت الشرطة إنها تحقق في الحادث. وأضافوا أن رجال "
            "الإطفاء وصلوا متأخرين.")
    q = one(qx.extract(text), "الإطفاء")
    assert speaker(q) == "شهود"


def test_unattributed_reports_do_not_take_the_floor(qx: QuoteExtractor) -> None:
    text = ("وقالت الشرطة الفرنسية إنها تطارد المشتبه به وتشير أنباء إلى إصابة شرطي. وأضافت أنها أغلقت "
            "الطرق المؤدية إلى المدينة.")
    q = one(qx.extract(text), "الطرق")
    assert speaker(q) == "الشرطة الفرنسية"


def test_relayed_source_speaks(qx: QuoteExtractor) -> None:
    text = "ذكرت وكالة الأنباء، نقلا عن مسؤول عسكري إن القوات تقدمت نحو المدينة."
    q = one(qx.extract(text), "القوات")
    assert speaker(q) == "مسؤول عسكري"


def test_relative_clause_cue_speaks_for_its_antecedent(qx: QuoteExtractor) -> None:
    text = ("أكدت النقابة أن الإضراب قائم، معارضة بذلك الوزير فاضل الجزيري الذي دعا إلى تأجيل التحركات "
            "الاحتجاجية.")
    q = one(qx.extract(text), "تأجيل")
    assert speaker(q) == "فاضل الجزيري"


def test_participle_follows_the_subject_of_the_opening_verb(qx: QuoteExtractor) -> None:
    text = ("وقال الخبير سامي بن علي إن الأسعار سترتفع. وقدم مدير الشركة، كريم العرفاوي، اعتذارا للزبائن، "
            "قائلا إن الخدمة ستعود قريبا.")
    q = one(qx.extract(text), "الخدمة")
    assert speaker(q) == "كريم العرفاوي"


# ---- entity mentions from the tagger and the linker ----------------------------------------------
def test_linked_role_mention_speaks_for_its_holder_with_the_entity_id(qx: QuoteExtractor) -> None:
    text = ("التقى سيرغي لافروف نظيره الفرنسي في باريس. "
            "وقال وزير الخارجية الروسي إن المحادثات كانت بناءة ومفيدة للبلدين.")
    ents = [mention(text, "سيرغي لافروف", "PER", eid="per-1"),
            mention(text, "وزير الخارجية الروسي", "PER", "سيرغي لافروف", "per-1")]
    q = one(qx.extract(text, entities=ents), "المحادثات")
    assert speaker(q) == "سيرغي لافروف"
    assert q.speaker is not None and q.speaker.entity_id == "per-1"
    assert q.speaker.mention is not None and q.speaker.mention.text == "وزير الخارجية الروسي"


def test_linked_role_with_its_name_in_apposition(qx: QuoteExtractor) -> None:
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة ومفيدة للبلدين."
    ents = [mention(text, "وزير الخارجية الروسي", "PER", "سيرغي لافروف", "per-1"),
            mention(text, "سيرغي لافروف", "PER", eid="per-1")]
    q = one(qx.extract(text, entities=ents), "المحادثات")
    assert speaker(q) == "سيرغي لافروف"
    assert q.speaker is not None and q.speaker.entity_id == "per-1"


def test_tagged_institution_keeps_its_head_for_anaphora(qx: QuoteExtractor) -> None:
    text = ("أصدرت هيئة كبار العلماء بيانا حول الطلاق. "
            "وأكدت الهيئة أن الطلاق الشفوي يقع إذا استوفى أركانه وشروطه.")
    ents = [mention(text, "هيئة كبار العلماء", "ORG", eid="org-1")]
    q = one(qx.extract(text, entities=ents), "الشفوي")
    assert speaker(q) == "هيئة كبار العلماء"
    assert q.speaker is not None and q.speaker.entity_id == "org-1"


def test_words_the_tagger_took_before_a_name_are_dropped(qx: QuoteExtractor) -> None:
    text = "وأكد المتحدث بأن ترامب سيلتقي الرئيس المكسيكي. وقال ترامب إن اللقاء سيكون مثمرا جدا."
    ents = [mention(text, "بأن ترامب", "PER"), mention(text, "ترامب", "PER", nth=1)]
    q = one(qx.extract(text, entities=ents), "اللقاء")
    assert speaker(q) == "ترامب"


def test_tagged_places_are_not_speakers_and_do_not_cut_roles(qx: QuoteExtractor) -> None:
    text = ("وقالت الشرطة البريطانية إنها تتعامل مع حادث أمني في لندن. "
            "وأضافت أنها تبحث عن ثلاثة أشخاص مسلحين. "
            "وأكدت ممثلة الدبلوماسية السعودية أن المملكة ستظل سندا للشعب القطري.")
    ents = [mention(text, "لندن", "LOC"), mention(text, "السعودية", "LOC")]
    quotes = qx.extract(text, entities=ents)
    assert speaker(one(quotes, "تبحث")) == "الشرطة البريطانية"
    assert speaker(one(quotes, "سندا")) == "ممثلة الدبلوماسية السعودية"


def test_bare_role_then_a_name_addresses_that_name(qx: QuoteExtractor) -> None:
    text = ("وقالت وزيرة الدفاع الألمانية أورسولا فون دير لاين إن الحلف متماسك. "
            "وحذرت الوزيرة ترامب من تحويل الحرب على الإرهاب إلى جبهة ضد المسلمين.")
    ents = [mention(text, "أورسولا فون دير لاين", "PER"), mention(text, "ترامب", "PER")]
    q = one(qx.extract(text, entities=ents), "جبهة")
    assert speaker(q) == "أورسولا فون دير لاين"


# ---- more phenomena -------------------------------------------------------------------------------
def test_verb_after_its_subject_with_a_complementizer(qx: QuoteExtractor) -> None:
    text = ("نشرت منظمة العفو الدولية تقريرا عن السجون، على الرغم من أن المنظمة أقرت بأنها "
            "عاجزة عن تأكيد صحة هذه المعلومات بصورة مستقلة.")
    q = one(qx.extract(text), "عاجزة")
    assert q.text.startswith("عاجزة عن تأكيد")
    assert speaker(q) == "منظمة العفو الدولية"


def test_some_of_a_group_speaks(qx: QuoteExtractor) -> None:
    text = "وعبرت عدد من الفصائل السورية المعارضة عن غضبها واستنكارها لجريمة قتل الطفل."
    q = one(qx.extract(text), "غضبها")
    assert "الفصائل السورية المعارضة" in (speaker(q) or "")


def test_unclosed_quote_ends_with_its_sentence(qx: QuoteExtractor) -> None:
    text = ("وأضاف المصدر “من المعتقد أنه انفجار ولكن نوعه غير معروف. وكانت الطائرة تحطمت السبت "
            "في سيناء بعد إقلاعها من شرم الشيخ.")
    q = one(qx.extract(text), "انفجار")
    assert q.text == "من المعتقد أنه انفجار ولكن نوعه غير معروف."


def test_dotted_abbreviation_does_not_cut_the_sentence(qx: QuoteExtractor) -> None:
    from marsad.text.sentences import split_sentences

    text = ("قال بول كالان إن القضية كبيرة. وقدم الرئيس التنفيذي للشركة، أوسكار مونوز، اعتذارا في مقابلة "
            "مع شبكة (إيه.بي.سي نيوز)، قائلا إن الشركة لن تستخدم الشرطة بعد الآن.")
    q = one(qx.extract(text, sentences=split_sentences(text)), "الشرطة")
    assert speaker(q) == "أوسكار مونوز"


def test_document_issuer_with_a_detached_conjunction(qx: QuoteExtractor) -> None:
    text = ("وقتل في الهجوم الأستاذ خالد. و في بيان نشره جون كلود دوفور عميد كلية الزراعة، قال "
            "“أحيي الصفات الإنسانية والمهنية التي كان يتمتع بها زميلي”.")
    ents = [mention(text, "جون كلود دوفور", "PER")]
    q = one(qx.extract(text, entities=ents), "الصفات")
    assert speaker(q) == "جون كلود دوفور"


# ---- names cut short, roles before names, sources and narrative ----------------------------------
def test_hyphen_and_particle_keep_a_name_whole(qx: QuoteExtractor) -> None:
    text = ("قال وزير الخارجية الفرنسي جان-مارك لو بران إن باريس تدعم الحوار. "
            "وأضاف لوبران أن الحل سياسي. وأشار لو بران إلى أن المفاوضات ستستأنف قريبا.")
    quotes = qx.extract(text)
    assert {speaker(q) for q in quotes} == {"جان-مارك لو بران"}


def test_tagged_name_cut_by_the_tagger_is_completed(qx: QuoteExtractor) -> None:
    text = ("قال المبعوث الأممي الخاص لليبيا ستافان دي ميستورا إن الحوار سيستأنف. "
            "وأشار دي ميستورا إلى أن الأطراف وافقت على الموعد.")
    ents = [mention(text, "لليبيا ستافان", "PER"), mention(text, "دي", "PER", nth=1),
            mention(text, "ميستورا", "PER", nth=1)]
    quotes = qx.extract(text, entities=ents)
    assert {speaker(q) for q in quotes} == {"ستافان دي ميستورا"}


def test_name_after_coordinated_roles(qx: QuoteExtractor) -> None:
    text = ("قال المحلل السياسي اللبناني ومدير مركز الدراسات الاستراتيجية كمال حداد في مداخلة إذاعية "
            "إن الأزمة ستطول. وأضاف المحلل السياسي أن الحل بيد القوى الإقليمية.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "ستطول")) == "كمال حداد"
    assert speaker(one(quotes, "الإقليمية")) == "كمال حداد"


def test_name_typed_onto_its_role(qx: QuoteExtractor) -> None:
    text = "وقال كريم ناصرالمتحدث باسم الحكومة إن الاجتماع سيعقد غدا. وأضاف المتحدث أن جدول الأعمال جاهز."
    ents = [mention(text, "كريم ناصرالمتحدث", "PER")]
    quotes = qx.extract(text, entities=ents)
    assert speaker(one(quotes, "غدا")) == "كريم ناصر"
    assert speaker(one(quotes, "جاهز")) == "كريم ناصر"


def test_named_official_between_commas(qx: QuoteExtractor) -> None:
    text = "حذر مسؤول الشؤون الإنسانية في الأمم المتحدة، مارك فيليبس، أمس، من أن الوضع يتجه نحو الانهيار."
    assert speaker(one(qx.extract(text), "الانهيار")) == "مارك فيليبس"


def test_headline_role_is_the_main_speaker(qx: QuoteExtractor) -> None:
    text = ("وزير الدفاع التونسي : لن نتدخل عسكريا في ليبيا\n\n"
            "قال وزير الدفاع التونسي كريم ناصر إن بلاده لن تتدخل عسكريا. وأضاف ناصر أن الحل سياسي.")
    title = Span(0, text.index("\n"), text[: text.index("\n")])
    q = one(qx.extract(text, title_span=title), "نتدخل")
    assert speaker(q) == "كريم ناصر"


def test_but_he_resumes_the_narrative(qx: QuoteExtractor) -> None:
    text = "وأوضح الوزير كريم ناصر أن الوضع مستقر لكنه رجح حدوث توتر في الأسابيع القادمة."
    quotes = qx.extract(text)
    assert one(quotes, "مستقر").text == "الوضع مستقر"
    assert speaker(one(quotes, "توتر")) == "كريم ناصر"


def test_first_person_words_without_marks(qx: QuoteExtractor) -> None:
    text = "قال الرئيس كريم ناصر إن الحوار مستمر. وأضاف سنحدد موقفنا بعد الانتخابات."
    q = one(qx.extract(text), "موقفنا")
    assert q.text == "سنحدد موقفنا بعد الانتخابات"
    assert speaker(q) == "كريم ناصر"


def test_attribution_clause_after_the_content(qx: QuoteExtractor) -> None:
    text = ("وأحيل المتهم اليوم الخميس إلى قاض أمر بسجنه، كما ذكرت النيابة العامة. "
            "ونفذ الهجوم ليلا، كما أكد الوزير أن التحقيق مستمر.")
    quotes = qx.extract(text)
    q = one(quotes, "المتهم")
    assert q.text == "وأحيل المتهم اليوم الخميس إلى قاض أمر بسجنه"
    assert speaker(q) == "النيابة العامة"
    assert not [x for x in quotes if "ليلا" in x.text]


def test_attribution_through_what_the_source_published(qx: QuoteExtractor) -> None:
    text = ("ووصل أكثر من ألفي مهاجر إلى إيطاليا بحسب أرقام المفوضية العليا للاجئين. "
            "وعثر على عشرين جثة، وفق حصيلة أعلنتها المنظمة الدولية للهجرة.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "إيطاليا")) == "المفوضية العليا للاجئين"
    assert speaker(one(quotes, "جثة")) == "المنظمة الدولية للهجرة"


def test_whom_it_was_said_to_is_not_the_speaker(qx: QuoteExtractor) -> None:
    text = "لكن متحدثة باسم وزارة الداخلية قالت لقناة \"الجزيرة\" إنه لم يتخذ بعد أي قرار بشأن الملف."
    q = one(qx.extract(text), "قرار")
    assert speaker(q) == "متحدثة باسم وزارة الداخلية"


def test_the_same_source_again(qx: QuoteExtractor) -> None:
    text = ("واعتقل شاب في العاصمة، حسبما ذكرت النيابة الاتحادية. "
            "وأوضح المصدر نفسه أنه كان يخطط لهجوم على سوق شعبية.")
    q = one(qx.extract(text), "يخطط")
    assert speaker(q) == "النيابة الاتحادية"


def test_relative_clause_with_auxiliaries(qx: QuoteExtractor) -> None:
    text = ("وتم حظر الجمعية بتهمة الترويج للكراهية، على حد تعبير وزير الداخلية كريم ناصر، الذي كان قد "
            "أكد في وقت سابق أنه تم اكتشاف شبكة تمويل خارجية.")
    assert speaker(one(qx.extract(text), "شبكة")) == "كريم ناصر"


def test_verb_subject_complementizer_inside_a_clause(qx: QuoteExtractor) -> None:
    text = "وصودرت آلاف النسخ المترجمة بطريقة تقول السلطات إنها متشددة وأصولية."
    q = one(qx.extract(text), "متشددة")
    assert q.text == "متشددة وأصولية"
    assert speaker(q) == "السلطات"


def test_a_relative_speaks_not_the_name_after_it(qx: QuoteExtractor) -> None:
    text = ("قالت والدة زوجة كريم ناصر إن ابنها كان هادئا في آخر اتصال. "
            "وقال الوزير سامي العمري إن التحقيق مستمر.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "هادئا")) == "والدة زوجة كريم ناصر"
    assert speaker(one(quotes, "التحقيق")) == "سامي العمري"


def test_feminine_participle_with_a_complementizer_reports(qx: QuoteExtractor) -> None:
    text = "ودعت اللجنة وسائل الإعلام إلى توخي الحذر مشيرة إلى أن نشر البيانات قد يؤدي إلى ملاحقات قضائية."
    q = one(qx.extract(text), "ملاحقات")
    assert q.text == "نشر البيانات قد يؤدي إلى ملاحقات قضائية"
    assert speaker(q) == "اللجنة"


# ---- speakers the tagger leaves unnamed (held-out error analysis) -------------------------------

def test_title_of_address_is_the_person_named_with_it(qx: QuoteExtractor) -> None:
    text = ("وقال مدير المركز الوطني للبحوث في تونس الدكتور كمال الورتاني إن البرنامج ناجح. "
            "وأوضح الدكتور الورتاني أن المركز سيفتح فرعا جديدا.")
    q = one(qx.extract(text), "فرعا")
    assert speaker(q) == "كمال الورتاني"


def test_lone_nisba_surname_is_the_subject(qx: QuoteExtractor) -> None:
    text = "وأوضح الجربوعي أن التحقيق ما زال جاريا. وأكدت القفصاوي، أن الحزب سيرد قريبا."
    quotes = qx.extract(text)
    assert speaker(one(quotes, "التحقيق")) == "الجربوعي"
    assert speaker(one(quotes, "سيرد")) == "القفصاوي"


def test_subject_after_kana_with_an_apposition_in_commas(qx: QuoteExtractor) -> None:
    text = ("وكان منير الطرابلسي، مساعد وكيل الجمهورية بالمحكمة الابتدائية بسوسة، أفاد بأن النيابة "
            "أذنت بفتح تحقيق.")
    q = one(qx.extract(text), "النيابة")
    assert speaker(q) == "منير الطرابلسي"


def test_institution_name_inside_a_role_then_the_person(qx: QuoteExtractor) -> None:
    text = "أفاد عضو المكتب السياسي لحركة أمل تونس، سامي بن سالم، أن الحركة لن تشارك في الحكومة."
    q = one(qx.extract(text), "الحركة لن")
    assert speaker(q) == "سامي بن سالم"


def test_fronted_topic_before_faqad(qx: QuoteExtractor) -> None:
    text = ("وقال حزب العمال إن الضربة مرفوضة. أما الحزب الاشتراكي فقد أكد في بيانه "
            "\"وقوفه إلى جانب الشعب في كل الظروف الصعبة\".")
    q = one(qx.extract(text), "وقوفه")
    assert speaker(q) == "الحزب الاشتراكي"


def test_present_tense_verb_after_a_role_is_not_a_name(qx: QuoteExtractor) -> None:
    text = "وكان الرئيس الأمريكي يتحدث أمام أنصاره عندما قال \"سنبني الجدار مهما كلف الأمر\"."
    q = one(qx.extract(text), "الجدار")
    assert speaker(q) == "الرئيس الأمريكي"


def test_name_particles_keep_a_name_that_looks_like_a_clitic(qx: QuoteExtractor) -> None:
    text = "وقالت وزيرة الدفاع الألمانية أورسولا فون دير لاين إن الحلف مجتمع قيمي."
    q = one(qx.extract(text), "الحلف")
    assert speaker(q) == "أورسولا فون دير لاين"


def test_quoted_label_after_describe_is_the_speakers_words(qx: QuoteExtractor) -> None:
    text = "وانتقد رئيس الوزراء القرار، واصفا إياه بـ\"السخيف والخاطئ\". ووصفه الوزير بالضعف."
    quotes = qx.extract(text)
    assert one(quotes, "السخيف").text == "السخيف والخاطئ"
    assert not [q for q in quotes if "الضعف" in q.text]


def test_consider_takes_an_object_and_its_predicate(qx: QuoteExtractor) -> None:
    text = "واعتبرت الوزيرة، سعاد بن علي، الأمر محض اتهامات لا أساس لها. ويعتبر ذلك أول مرة في تاريخ البلاد."
    quotes = qx.extract(text)
    assert speaker(one(quotes, "اتهامات")) == "سعاد بن علي"
    assert not [q for q in quotes if "تاريخ" in q.text]


def test_who_said_what_a_report_builds_on_takes_the_floor(qx: QuoteExtractor) -> None:
    text = ("وكان منير الطرابلسي، الناطق باسم المحكمة، أفاد في تصريح للإذاعة، بأن النيابة أذنت بفتح تحقيق "
            "بناء على ما صرحت به النائبة ليلى الورغي في برنامج إذاعي، حيث تطرقت إلى وجود خروقات خطيرة.")
    q = one(qx.extract(text), "خروقات")
    assert "ليلى الورغي" in (speaker(q) or "")


# ---- held-out error classes --------------------------------------------------------------------
def test_role_noun_inside_a_known_name(qx: QuoteExtractor) -> None:
    """"قائد" is a role noun, but in "حافظ قائد السبسي" it is part of the name (a tagged family name
    follows it); "وأفاد قايد السبسي ..." then names the same man, however long the circumstance."""
    text = ("أكد المدير التنفيذي للحركة حافظ قائد السبسي أن الحزب موحد. وأفاد قايد السبسي قبيل انطلاق ندوة "
            "اطارات الحركة التي انعقدت صباح اليوم الاحد بضاحية قمرت في العاصمة، أن الاجتماع سيخصص للبرنامج.")
    ents = [Mention(m.start(), m.end(), "السبسي", "PER", "حافظ قائد السبسي")
            for m in re.finditer("السبسي", text)]
    quotes = qx.extract(text, entities=ents)
    assert speaker(one(quotes, "موحد")) == "حافظ قائد السبسي"
    assert speaker(one(quotes, "سيخصص")) == "حافظ قائد السبسي"


def test_tagged_name_after_the_roles_place(qx: QuoteExtractor) -> None:
    text = "وأعلنت الناطقة باسم إدارة الأمن في كيبيك كريستين كولومب للصحافيين عن مقتل ستة أشخاص في الهجوم."
    start = text.index("كريستين")
    ents = [Mention(start, start + len("كريستين كولومب"), "كريستين كولومب", "PER", "كريستين كولومب")]
    assert speaker(one(qx.extract(text, entities=ents), "مقتل")) == "كريستين كولومب"


def test_a_demonstrative_object_glosses_and_keeps_the_clause(qx: QuoteExtractor) -> None:
    text = ("وقالت الصحفية سلمى العياري إن طليقته أكدت نزعته للعنف كما أكد ذلك أشخاص تم إيقافهم "
            "للتحقيق معهم، مشيرة إلى أنه تم إيقاف شخص آخر.")
    quotes = qx.extract(text)
    assert len(quotes) == 2
    assert one(quotes, "طليقته").text.endswith("للتحقيق معهم")
    assert speaker(one(quotes, "إيقاف شخص")) == "سلمى العياري"


def test_unclosed_quote_ends_where_a_cue_and_complementizer_open_another(qx: QuoteExtractor) -> None:
    text = ('وأكد الحزب في بيانه "حق الشعب في تقرير مصيره، معتبرا أن "الحل لا يمكن أن يكون إلا سياسيا". '
            'ودعا الحكومة إلى "التحرك عبر قنواتها الدبلوماسية".')
    quotes = qx.extract(text)
    assert one(quotes, "مصيره").text == "حق الشعب في تقرير مصيره"
    assert one(quotes, "الحل").text == "الحل لا يمكن أن يكون إلا سياسيا"
    assert one(quotes, "التحرك").text == "التحرك عبر قنواتها الدبلوماسية"


def test_feminine_noun_after_a_masculine_verb_is_addressed(qx: QuoteExtractor) -> None:
    text = ('وأكد الحزب الاشتراكي وقوفه إلى جانب الشعب السوري الشقيق. ودعا الحكومة التونسية إلى '
            '"التحرك عبر قنواتها الدبلوماسية لإدانة العدوان".')
    assert speaker(one(qx.extract(text), "التحرك")) == "الحزب الاشتراكي"


def test_cue_during_an_event_is_said_by_who_held_it(qx: QuoteExtractor) -> None:
    text = ("وكان وزير الخارجية التونسي، خميس الجهيناوي، قد عقد لقاء صحفيا مع نظيره المصري سامح شكري، "
            "أكد خلاله أنه تم الاتفاق على دعم الحوار الليبي. وبثت القناة كلمة الجهيناوي التي قال خلالها "
            "إن تونس منحازة لليبيا.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "الاتفاق")) == "خميس الجهيناوي"
    assert speaker(one(quotes, "منحازة")) == "خميس الجهيناوي"


def test_manner_word_alone_is_a_speech_cue(qx: QuoteExtractor) -> None:
    text = ("وانتقد الناشط السياسي عبد الستار المسعودي الحزب بشدة، معلقا بالقول إن الحزب الأصلي غير "
            "متحالف مع أي طرف.")
    q = one(qx.extract(text), "متحالف")
    assert speaker(q) == "عبد الستار المسعودي"
    assert q.text.startswith("الحزب الأصلي")


def test_feminine_participle_goes_to_the_feminine_speaker(qx: QuoteExtractor) -> None:
    text = ("وأكدت النائبة صابرين القوبنطيني أن نوابا تربطهم علاقات مشبوهة (وكان صرح شفيق الجراية بعلاقته "
            "بأحد قياداتهم)، كاشفة عن تداول معلومات خطيرة في اجتماع سابق.")
    assert speaker(one(qx.extract(text), "تداول")) == "صابرين القوبنطيني"


def test_a_campaign_team_is_not_its_candidate(qx: QuoteExtractor) -> None:
    text = "وكان فريق حملة ماكرون أعلن مساء الجمعة حصول \"عملية قرصنة واسعة ومنسقة\" على الحملة."
    start = text.index("ماكرون")
    ents = [Mention(start, start + 6, "ماكرون", "PER", "إيمانويل ماكرون")]
    assert speaker(one(qx.extract(text, entities=ents), "قرصنة")) == "فريق حملة ماكرون"


# ---- second held-out error classes (heldout2): role phrases resolved to the names the article gives ----
@pytest.mark.parametrize(("text", "name"), [
    ("قال النائب في مجلس نواب الشعب عمار عمروسية إن الحكومة لن تصمد طويلا.", "عمار عمروسية"),
    ("وأوضح القيادي في نداء تونس خميس قسيلة أن الحزب يعاني أزمة حقيقية.", "خميس قسيلة"),
    ("قال الاعلامي بقناة فرنس 24 توفيق مجيد في مداخلة له أن الجولة الثانية تحمل المفاجآت.", "توفيق مجيد"),
])
def test_a_name_the_tagger_missed_after_the_roles_place(qx: QuoteExtractor, text: str, name: str) -> None:
    """Past the place where the role is held (في مجلس ..., بقناة ...), a listed given name opens the
    holder's name."""
    (q,) = qx.extract(text)
    assert speaker(q) == name


def test_a_name_after_an_indefinite_role_noun_is_its_genitive(qx: QuoteExtractor) -> None:
    text = ("وكان نائب مدير سكوتلاند يارد، مارك رولي، قد أكد في مؤتمر صحفي أن سبعة أشخاص قتلوا في الهجوم. "
            "وقال وزير الخارجية في حكومة ترامب إن الاتفاق سيء جدا.")
    ents = [mention(text, "سكوتلاند يارد", "PER"), mention(text, "مارك رولي", "PER"),
            mention(text, "ترامب", "PER")]
    quotes = qx.extract(text, entities=ents)
    assert speaker(one(quotes, "سبعة")) == "مارك رولي"
    assert speaker(one(quotes, "الاتفاق")) == "وزير الخارجية"


def test_the_programmes_guest_is_who_was_named(qx: QuoteExtractor) -> None:
    text = ('أكد النائب من الجبهة الشعبية منجي الرحوي اليوم الثلاثاء أن الوضع صعب جدا. '
            'وقال ضيف "بوليتيكا" إن التطوع يرتفع كل أسبوع. وأضاف أن الوفد زار دمشق.')
    quotes = qx.extract(text)
    assert [speaker(q) for q in quotes] == ["منجي الرحوي"] * 3


def test_a_role_word_inside_the_name_is_not_another_role(qx: QuoteExtractor) -> None:
    """"قايد" (a role noun) opens the headline's name; the fuller name under a real role is the same man."""
    text = ("قايد السبسي: ارفعوا الحظر عن الوجهة التونسية\n\nأكد رئيس الجمهورية، الباجي قايد السبسي، أن "
            "التجربة التونسية ناجحة. وقال قايد السبسي إن الهجرة مسألة معقدة.")
    ents = [mention(text, "السبسي", "PER", "الباجي قائد السبسي"),
            mention(text, "الباجي قايد السبسي", "PER", "الباجي قائد السبسي"),
            mention(text, "السبسي", "PER", "الباجي قائد السبسي", nth=2)]
    quotes = qx.extract(text, entities=ents, title_span=Span(0, text.index("\n"), text[: text.index("\n")]))
    assert {speaker(q) for q in quotes} == {"الباجي قايد السبسي"}


def test_an_object_after_a_transitive_cue_is_not_a_guessed_speaker(qx: QuoteExtractor) -> None:
    """A guessed name must hold a listed or already named personal name after verbs that take an object
    (انتقد, وصف), and a sentence's opening circumstance (وفي سياق متصل) is no name at all."""
    text = ("وقال القيادي طارق الكحلاوي إن الحزب يساند الاحتجاجات السلمية. وانتقد أداء وزير الشؤون الخارجية، "
            "معتبرا أن الوزارة لا تقوم بعملها. وفي سياق متصل وصف حزبي البديل وآفاق "
            "بـ \"مكاتب دراسات فاشلة\".")
    assert {speaker(q) for q in qx.extract(text)} == {"طارق الكحلاوي"}


def test_a_family_name_written_with_bal(qx: QuoteExtractor) -> None:
    text = "من جانبه، صرح النائب منذر بالحاج علي، بأن توقيعه على البيان يعزى إلى غياب المسؤولية."
    (q,) = qx.extract(text)
    assert speaker(q) == "منذر بالحاج علي"
    assert q.text.startswith("توقيعه")


def test_speech_attributed_to_someone_with_nasaba_ila(qx: QuoteExtractor) -> None:
    text = ('وقال روحاني إن التعاون مهم جدا للبلدين. في غضون ذلك، نسبت وكالات الأنباء الإيرانية إلى تميم '
            'قوله إن "علاقتنا مع إيران عريقة وتاريخية". وأضاف: "نحن نعتقد أنه ليس هناك أي عائق".')
    quotes = qx.extract(text)
    assert [speaker(q) for q in quotes] == ["روحاني", "تميم", "تميم"]


def test_one_office_under_two_names(qx: QuoteExtractor) -> None:
    text = ("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن المحادثات جيدة. والتقى ترامب بالوفد. "
            "وقالت رئيسة الحكومة البريطانية إنها ملتزمة بتطوير العلاقة.")
    assert {speaker(q) for q in qx.extract(text)} == {"تيريزا ماي"}


def test_among_them_is_no_cue_and_a_complement_is_no_speaker(qx: QuoteExtractor) -> None:
    text = ("وقالت وسائل إعلام إسرائيلية، بينها الموقع الالكتروني لصحيفة هآرتس، إن القرار اتخذ خلال اجتماع. "
            "ويعاني القطاع من نقص حاد في التيار الكهربائي. وكانت صحف إسرائيلية قد قالت مؤخرا، إن السلطة "
            "الفلسطينية رفضت الدفع.")
    quotes = qx.extract(text)
    assert [(q.cue.text, speaker(q)) for q in quotes] == [("قالت", "وسائل إعلام إسرائيلية"),
                                                          ("قالت", "صحف إسرائيلية")]


def test_the_relaying_medium_is_named_for_later(qx: QuoteExtractor) -> None:
    text = ('وقال العنزي إن الاسم جميل جدا. ونقلت صحيفة "عكاظ" السعودية عن مصدر في الأحوال المدنية قوله إنه '
            'من غير الممكن توثيق أسماء أجنبية. ولفتت الصحيفة إلى أن الطفلة بصحة جيدة.')
    q = one(qx.extract(text), "الطفلة")
    assert "عكاظ" in (speaker(q) or "")


def test_went_on_saying_is_one_cue(qx: QuoteExtractor) -> None:
    text = 'وقال الوزير خميس الجهيناوي إن التجربة ناجحة. وتابع يقول "إننا واعون تماما بالتحديات الجسام".'
    q = one(qx.extract(text), "واعون")
    assert q.cue.text == "تابع يقول"
    assert speaker(q) == "خميس الجهيناوي"


# ---- third held-out error classes (heldout3) -------------------------------------------------------
def test_one_role_under_two_nouns_and_a_rank_before_a_name(qx: QuoteExtractor) -> None:
    text = ("كشف المتحدث باسم الجيش الليبي العقيد أحمد المسماري عن وثائق جديدة. "
            "وقال الناطق باسم الجيش الليبي إن قطر دعمت فاسدين. وأضاف البيان أن الوفد عاد. "
            "وأكد المشير خليفة حفتر أن العلاقات تاريخية.")
    quotes = qx.extract(text)
    assert speaker(one(quotes, "فاسدين")) == "أحمد المسماري"
    assert speaker(one(quotes, "تاريخية")) == "خليفة حفتر"


def test_a_circumstantial_clause_is_no_speaker(qx: QuoteExtractor) -> None:
    text = ('وقال أسامة العابد إن الحياة صعبة. ويقول وهو يجلس، إنه لا يريد أن يتذكر ذلك الحادث.')
    q = one(qx.extract(text), "يتذكر")
    assert speaker(q) == "أسامة العابد"


def test_a_tagged_name_takes_the_family_name_the_article_uses_alone(qx: QuoteExtractor) -> None:
    text = ("طالب رئيس الحزب محمد المنصف المرزوقي بضرورة ضمان نزاهة الانتخابات. "
            "وقال المرزوقي إنه قبل بالنتائج. "
            "وأكد الرئيس التونسي أن البلاد آمنة.")
    ents = [mention(text, "محمد المنصف", "PER")]
    assert {speaker(q) for q in qx.extract(text, entities=ents)[:2]} == {"محمد المنصف المرزوقي"}


def test_a_spokesman_for_someone_is_not_whom_he_speaks_for(qx: QuoteExtractor) -> None:
    text = ("من جهته قال متحدث باسم رئيس الوزراء البلجيكي شارل ميشال إن بلجيكا فرضت قيودا على الوصول برا. "
            "وشدد المتحدث على عدم إغلاق بلجيكا حدودها.")
    assert {speaker(q) for q in qx.extract(text)} == {"متحدث باسم رئيس الوزراء البلجيكي"}


def test_a_relative_cue_with_an_object_pronoun_is_said_by_the_speaker(qx: QuoteExtractor) -> None:
    text = ('وانتقد القيادي بالحزب، محمد ناصر شويخة "الديمقراطية" التي وصفها بأنها "الدكتاتورية بعينها"، '
            'قائلا: "لقد حان الوقت لدفن هذا النظام".')
    q = one(qx.extract(text), "الدكتاتورية")
    assert speaker(q) == "محمد ناصر شويخة"


def test_an_institution_inside_a_role_is_named_for_later(qx: QuoteExtractor) -> None:
    text = ("التقى اليوم الأربعاء، أمين عام حركة مشروع تونس، محسن مرزوق بالمشير في بنغازي بحسب ما أعلنته "
            "الحركة في بيان لها. وأضاف البيان أن مرزوق كان قد أعلم رئيس الجمهورية بهذا اللقاء.")
    quotes = qx.extract(text)
    assert [speaker(q) for q in quotes] == ["حركة مشروع تونس", "حركة مشروع تونس"]


def test_a_headline_with_a_present_cue_and_content(qx: QuoteExtractor) -> None:
    text = ("ترامب يعلن انسحاب الولايات المتحدة من اتفاقية باريس للمناخ\n\n"
            "أعلن الرئيس الأمريكي دونالد ترامب الخميس أن بلاده ستنسحب من الاتفاقية.\n")
    quotes = qx.extract(text)
    q = one(quotes, "انسحاب الولايات")
    assert (q.cue.text, speaker(q)) == ("يعلن", "دونالد ترامب")
    other = qx.extract("نتنياهو يتوعد\n\nقال نتنياهو إن الرد قادم.\n")
    assert not [q for q in other if q.cue.text == "يتوعد"]


def test_a_verb_after_a_fronted_circumstance_opens_its_clause(qx: QuoteExtractor) -> None:
    text = ("وقال المرزوقي إن الوضع صعب. ولدى حديثه عن الوضع في سوريا طالب المرزوقي من السلطات التونسية "
            "باستضافة السوريين على ارض تونس.")
    q = one(qx.extract(text), "السوريين")
    assert (q.cue.text, speaker(q)) == ("طالب", "المرزوقي")


def test_a_label_verb_with_a_noun_object_reports_the_object(qx: QuoteExtractor) -> None:
    text = "ووصف مهدي جمعة، إمكانيات تونس من النفط بالمحدودة، نافيا صحة ما يروج له البعض."
    ents = [mention(text, "مهدي جمعة", "PER")]
    q = one(qx.extract(text, entities=ents), "إمكانيات")
    assert (q.cue.text, speaker(q), q.text) == ("وصف", "مهدي جمعة", "إمكانيات تونس من النفط بالمحدودة")


def test_praise_is_reported_speech(qx: QuoteExtractor) -> None:
    text = ("وقال مهدي جمعة إن المعطيات موجودة على الموقع، مشيدا بالمبادرة التي أطلقها الاتحاد مؤخرا. "
            "ونوه الوزير بجهود الأمنيين في حماية المنشآت الحيوية.")
    quotes = qx.extract(text)
    assert one(quotes, "المبادرة").cue.text == "مشيدا"
    assert one(quotes, "الأمنيين").cue.text == "نوه"


def test_an_object_after_a_role_is_no_name(qx: QuoteExtractor) -> None:
    text = "وأكد متحدث باسم الشرطة سقوط قتلى، ولكن من غير أن يحدد عددهم."
    assert [speaker(q) for q in qx.extract(text)] == ["متحدث باسم الشرطة"]


def test_published_data_speak_for_their_source(qx: QuoteExtractor) -> None:
    text = "وتشير بيانات إدارة معلومات الطاقة الأمريكية إلى أن التحول من الفحم إلى الغاز الطبيعي مستمر."
    assert [speaker(q) for q in qx.extract(text)] == ["إدارة معلومات الطاقة الأمريكية"]


def test_a_lone_mark_before_a_clear_opener_is_stray(qx: QuoteExtractor) -> None:
    text = ('وقال المرزوقي إن الديمقراطية تقتضي التداول معتبرا ذلك مطلبا شعبيا " وقال المرزوقي انه "قبل '
            'بنتائج الانتخابات الرئاسية لسنة 2014" وفق تعبيره.')
    q = one(qx.extract(text), "بنتائج")
    assert "وقال" not in q.text


def test_a_headline_speaker_with_a_longer_circumstance(qx: QuoteExtractor) -> None:
    text = ("ماكرون في أول خطاب له بعد ترأسه فرنسا : هذه مهمتي الأولى\n\n"
            "أكد الرئيس الفرنسي، إيمانويل ماكرون، الأحد، أن مهمته الأولى هي إعادة الثقة للفرنسيين.\n")
    q = one(qx.extract(text), "مهمتي")
    assert speaker(q) == "إيمانويل ماكرون"
