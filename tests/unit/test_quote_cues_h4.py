"""Cue classes found in the error analysis of the fourth held-out set, each on small synthetic
sentences (none copied from an article): which words report, and where their content starts and ends."""

from __future__ import annotations

from marsad.extract.quotes import QuoteExtractor
from tests.quote_helpers import by_cue, per


def test_spoke_about_reports_a_claim_not_a_topic(qx: QuoteExtractor) -> None:
    # تحدث عن + a long clause is a report; تحدث عن + a short topic is not; nor is a relative (التي تحدثت عن)
    text = ("وتحدث الوزير كمال الهادي عن محاولات متكررة لتعطيل عمل الهيئة وتم في هذا الإطار الضغط على "
            "أعضائها بشكل مباشر. وتحدث الوزير أيضا عن زيارته الأخيرة. "
            "وكانت التقارير التي تحدثت عن ارتفاع كبير في أسعار المواد الغذائية خلال الأشهر الماضية "
            "في كل الجهات قد نشرت أمس.")
    quotes = qx.extract(text, entities=[per(text, "كمال الهادي")])
    found = by_cue(quotes, "تحدث")
    assert [q.text[:20] for q in found] == ["محاولات متكررة لتعطي"]
    assert found[0].speaker is not None and found[0].speaker.name == "كمال الهادي"
    assert not by_cue(quotes, "تحدثت")


def test_spoke_with_a_resumptive_after_an_indefinite_noun(qx: QuoteExtractor) -> None:
    # "نشر الموقع مقالا تحدث فيه عن ...": the verb of a relative with no الذي, resumed by فيه
    text = ("ونشر موقع الأخبار مقالا تحدث فيه عن تراجع كبير في عدد الزوار الأجانب لأن الحكومة لم تتخذ "
            "أي إجراءات لدعم القطاع.")
    found = by_cue(qx.extract(text), "تحدث")
    assert len(found) == 1 and found[0].text.startswith("تراجع كبير")


def test_spoke_in_the_subjects_relative_does_not_cut_the_report(qx: QuoteExtractor) -> None:
    # "وأضاف المسؤول الذي تحدث لوكالة ... إن ...": تحدث belongs to the subject, أضاف reports
    text = "وأضاف المسؤول الذي تحدث للوكالة شريطة عدم نشر اسمه إن المفاوضات ستستأنف الأسبوع المقبل."
    found = by_cue(qx.extract(text), "أضاف")
    assert len(found) == 1 and found[0].text.startswith("المفاوضات ستستأنف")


def test_played_down_takes_min(qx: QuoteExtractor) -> None:
    # قلل X من احتمال ...: the content follows من
    text = "وقلل الوزير سامي العياري، في تصريحه اليوم، من احتمال تأجيل الانتخابات البلدية إلى السنة القادمة."
    found = by_cue(qx.extract(text, entities=[per(text, "سامي العياري")]), "قلل")
    assert len(found) == 1 and found[0].text.startswith("احتمال تأجيل")
    assert found[0].speaker is not None and found[0].speaker.name == "سامي العياري"


def test_appealed_and_urged_leave_the_addressee_out(qx: QuoteExtractor) -> None:
    # ناشد X Y على ...، حث X Y إلى ...: the addressee is not content, the content follows the preposition
    text = ("وناشد الرئيس منصف العبيدي في رسالته المفتوحة، الحكومة على وضع حد للاحتكار في الأسواق. "
            "وحث العبيدي كل المواطنين الى المشاركة الواسعة في الانتخابات المقبلة.")
    quotes = qx.extract(text, entities=[per(text, "منصف العبيدي")])
    appeal = by_cue(quotes, "ناشد")
    urge = by_cue(quotes, "حث")
    assert len(appeal) == 1 and appeal[0].text.startswith("وضع حد للاحتكار")
    assert len(urge) == 1 and urge[0].text.startswith("المشاركة الواسعة")


def test_justified_with_its_object(qx: QuoteExtractor) -> None:
    # برر X اختياره ... بـ...: like وصف, the object noun is part of the content
    text = ("وبرر الوزير قرار إغلاق المعبر الحدودي، رغم الاحتجاجات، بضرورة حماية البلاد من التهريب.")
    found = by_cue(qx.extract(text), "برر")
    assert len(found) == 1 and found[0].text.startswith("قرار إغلاق المعبر")


def test_object_pronoun_he_on_verbs_that_address_or_label(qx: QuoteExtractor) -> None:
    # طالبه فيها بـ...، وصفه بـ"...": the masculine object ه on a verb that addresses or labels someone
    text = ("ووجه النائب رسالة إلى الوزير، طالبه فيها بتقديم استقالته فورا وتحمل مسؤولية الفشل. "
            "وانتقد النائب هذا القرار الذي وصفه بـ\"المتسرع جدا\".")
    quotes = qx.extract(text)
    demand = by_cue(quotes, "طالبه")
    label = by_cue(quotes, "وصفه")
    assert len(demand) == 1 and demand[0].text.startswith("تقديم استقالته")
    assert len(label) == 1 and label[0].text == "المتسرع جدا" and label[0].kind == "direct"


def test_relative_cue_in_commas_stays_inside_the_report(qx: QuoteExtractor) -> None:
    # "أن هذا القرار، الذي وصفه بأنه "خطير"، لا يخدم ...": the relative qualifies the reported subject
    text = ("وشدد الوزير على أن هذا القرار، الذي وصفه بأنه \"خطير\" على الاقتصاد الوطني، لا يخدم مصلحة "
            "البلاد ولا مصلحة المواطنين.")
    found = by_cue(qx.extract(text), "شدد")
    assert len(found) == 1 and "لا يخدم مصلحة" in found[0].text


def test_headline_call_leaves_the_addressee_out(qx: QuoteExtractor) -> None:
    # "X يطالب Y بـ..." / "X يدعو Y إلى "..."": a headline call names its addressee, then the content
    text = ("العبيدي يطالب الوزراء بتقديم تقارير شهرية\n\n"
            "طالب رئيس الحكومة منصف العبيدي الوزراء بتقديم تقارير شهرية عن عمل وزاراتهم.")
    quotes = qx.extract(text, entities=[per(text, "منصف العبيدي")])
    found = by_cue(quotes, "يطالب")
    assert len(found) == 1 and found[0].text == "تقديم تقارير شهرية"
    assert found[0].speaker is not None and "العبيدي" in found[0].speaker.name


def test_headline_quoted_label_and_charge_are_not_calls(qx: QuoteExtractor) -> None:
    # "يهدد خصومه بـ"..."": a quoted label of the threat; "تتهم X بـ...": the writer's summary of a charge
    for title in ("الزعيم يهدد خصومه بـ\"عقاب شديد جدا\"", "الحكومة تتهم المعارضة بإشعال الفوضى في البلاد"):
        text = title + "\n\nوقال المتحدث إن الوضع هادئ في كل المدن."
        assert not [q for q in qx.extract(text) if q.cue.text.startswith(("يهدد", "تتهم"))]
