"""Cue classes found in the error analysis of the sixth held-out set, each on small synthetic
sentences (none copied from an article): which words report, and where their content starts and ends."""

from __future__ import annotations

from marsad.extract.quotes import QuoteExtractor
from tests.quote_helpers import by_cue, per


def test_a_hint_reports_what_follows_its_preposition(qx: QuoteExtractor) -> None:
    # ألمح X إلى أن ...: like أشار إلى
    text = "وألمح النائب سامي العياري إلى أن الحكومة ستستقيل قبل نهاية الشهر الجاري."
    found = by_cue(qx.extract(text, entities=[per(text, "سامي العياري")]), "ألمح")
    assert len(found) == 1 and found[0].text.startswith("الحكومة ستستقيل")


def test_defending_something_reports_it(qx: QuoteExtractor) -> None:
    # دافع عن X: a stance with its object as content; the habitual present (يدافع عن) is background
    text = ("وقالت الوزيرة منى الصغير إن المشروع سيتواصل. ودافعت الوزيرة عن قرار الحكومة. "
            "ويدافع الحزب منذ سنوات عن حقوق العمال في القطاع الخاص.")
    quotes = qx.extract(text, entities=[per(text, "منى الصغير")])
    found = by_cue(quotes, "دافعت")
    assert [q.text for q in found] == ["قرار الحكومة"]
    assert not by_cue(quotes, "يدافع")


def test_a_given_name_opening_with_b_is_not_the_preposition(qx: QuoteExtractor) -> None:
    # تعهد الرئيس بشار ...: بشار is a name, the content starts at the later بـ
    text = "وتعهد الرئيس بشار العمري يوم الثلاثاء بمواصلة الإصلاحات في كل القطاعات."
    found = by_cue(qx.extract(text), "تعهد")
    assert [q.text for q in found] == ["مواصلة الإصلاحات في كل القطاعات"]


def test_a_noun_content_ends_before_and_not(qx: QuoteExtractor) -> None:
    # after a verbal noun, "ولم يبد" is the speaker's next act, told by the writer; after إن it is his claim
    text = ("وتعهد الوزير سامي العياري بمواصلة الإصلاحات في كل القطاعات ولم يبد أي استعداد للتراجع. "
            "وقال النائب إن الحكومة رفضت الحوار ولم تقدم أي مقترح.")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    assert [q.text for q in by_cue(quotes, "تعهد")] == ["مواصلة الإصلاحات في كل القطاعات"]
    assert [q.text for q in by_cue(quotes, "قال")] == ["الحكومة رفضت الحوار ولم تقدم أي مقترح"]


def test_reminding_reports_what_follows_bi_anna(qx: QuoteExtractor) -> None:
    # مذكرا / مذكرة بأن ...: the participle of ذكّر; the noun مذكرة (a warrant, a memo) reports nothing
    text = ("وشددت الوزيرة منى الصغير على ضرورة الحوار، مذكرة بأن البلاد تجاوزت أزمات أصعب في الماضي. "
            "وأصدرت المحكمة مذكرة توقيف ضد المشتبه به في القضية.")
    quotes = qx.extract(text, entities=[per(text, "منى الصغير")])
    found = by_cue(quotes, "مذكرة")
    assert [q.text for q in found] == ["البلاد تجاوزت أزمات أصعب في الماضي"]


def test_but_he_opens_a_new_report(qx: QuoteExtractor) -> None:
    # "...، إلا أنه نوه بأن ...": the writer's narrative resumes; the first content ends before إلا
    text = ("وقال الخبير سامي العياري إن الهجوم شنته مجموعة معروفة، إلا أنه نوه بأنه إلى الآن لم يتم "
            "التأكد من مكان تواجدها.")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    assert [q.text for q in by_cue(quotes, "قال")] == ["الهجوم شنته مجموعة معروفة"]
    assert [q.text for q in by_cue(quotes, "نوه")] == ["إلى الآن لم يتم التأكد من مكان تواجدها"]


def test_a_charge_against_a_pronoun_reports_one_word(qx: QuoteExtractor) -> None:
    # "اتهمها بالفساد": the target is the pronoun on the verb, the charge is the content, one word or more
    text = "وكان الوزير سامي العياري اتهمها بالتقصير."
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    assert [q.text for q in by_cue(quotes, "اتهمها")] == ["التقصير"]


def test_a_headline_subject_demands(qx: QuoteExtractor) -> None:
    # "X تطالب بـ ...": in a headline the present of طالب is the verb (the past spelling is also "student")
    text = "الكتلة النيابية تطالب بجلسة حوار عاجلة مع الحكومة\nتقدمت الكتلة النيابية بطلب إلى المجلس."
    found = by_cue(qx.extract(text), "تطالب")
    assert [q.text for q in found] == ["جلسة حوار عاجلة مع الحكومة"]
