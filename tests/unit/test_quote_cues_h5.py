"""Cue classes found in the error analysis of the fifth held-out set, each on small synthetic
sentences (none copied from an article): which words report, and where their content starts and ends."""

from __future__ import annotations

from marsad.extract.quotes import QuoteExtractor
from marsad.records import Mention
from tests.quote_helpers import by_cue, per


def test_an_unclosed_mark_does_not_nest_the_later_pairs(qx: QuoteExtractor) -> None:
    # a mark opened and never closed, cut at its first sentence: the pairs after it are quotations of
    # their own, not marks nested in it
    text = ("وأكد المحتجون أن المشروع يتضمن \"عيوبا كثيرة في التصميم والتنفيذ. وأضاف المحتجون أن "
            "المشروع \"لم يعرض على السكان\" قبل إطلاقه في الصيف الماضي بحسب ما نشرته الصحف المحلية. "
            "وقال الوزير سامي العياري: \"المشروع سيتواصل رغم كل الانتقادات.\" وقالت النائبة منى "
            "الصغير إن \"الحكومة لم تستشر أحدا في هذا الملف.\"")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري"), per(text, "منى الصغير")])
    said = by_cue(quotes, "وقال") + by_cue(quotes, "قال")
    assert [q.text for q in said] == ["المشروع سيتواصل رغم كل الانتقادات."]
    assert said[0].kind == "direct"
    she = by_cue(quotes, "قالت")
    assert len(she) == 1 and she[0].text.startswith("الحكومة لم تستشر")


def test_advice_and_thanks_report_what_follows_their_addressee(qx: QuoteExtractor) -> None:
    # نصح X المسافرين بـ ... like a call; شكر X خصمه على ...: the reason is the content
    text = ("ونصحت إدارة الميناء المسافرين بالتواصل مع شركات النقل قبل التنقل. "
            "من جانبه، شكر الوزير سامي العياري منافسه على انتقاداته المتكررة للحكومة.")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    advice = by_cue(quotes, "نصحت")
    assert len(advice) == 1 and advice[0].text.startswith("التواصل مع شركات النقل")
    thanks = by_cue(quotes, "شكر")
    assert len(thanks) == 1 and thanks[0].text.startswith("انتقاداته المتكررة")


def test_an_estimate_reports_its_figure(qx: QuoteExtractor) -> None:
    # قدرت X أن ...: an official estimate; a decimal point does not end the content
    text = "وقدرت وزارة الداخلية أن 2.5 مليون شخص شاركوا في المسيرات يوم الأحد."
    found = by_cue(qx.extract(text), "قدرت")
    assert [q.text for q in found] == ["2.5 مليون شخص شاركوا في المسيرات يوم الأحد"]


def test_informed_them_needs_its_object(qx: QuoteExtractor) -> None:
    # أطلعهم على = informed them of; اطلع على alone = reviewed, no report
    text = ("وأطلعهم الوزير سامي العياري على نتائج المفاوضات الأخيرة مع الشركاء الأوروبيين. "
            "واطلع الوفد على سير الأشغال في المشروع الجديد بالمنطقة الصناعية.")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    found = by_cue(quotes, "أطلعهم")
    assert len(found) == 1 and found[0].text.startswith("نتائج المفاوضات")
    assert not by_cue(quotes, "اطلع") and not by_cue(quotes, "واطلع")


def test_accusing_participle_reports_only_after_a_comma(qx: QuoteExtractor) -> None:
    # "...، متهما إياها بـ" follows a statement; "تشاجر مع جاره متهما إياه بـ" is the manner of an act
    text = ("وأوضح المرشح أنه لا يثق في منافسته، متهما إياها بنشر الأكاذيب عن برنامجه الانتخابي. "
            "وكان الشاب قد تشاجر مع جاره متهما إياه بالسرقة بعد أن اختفت دراجته من أمام المنزل.")
    found = by_cue(qx.extract(text), "متهما")
    assert [q.text[:16] for q in found] == ["نشر الأكاذيب عن "]


def test_a_petition_is_a_document(qx: QuoteExtractor) -> None:
    # جاء في الالتماس أنه "...": the word starts with ال of its own
    text = "وجاء في الالتماس أنه \"من غير المقبول أن تبقى المدرسة مغلقة طوال العام.\""
    found = by_cue(qx.extract(text), "جاء")
    assert len(found) == 1 and found[0].kind == "direct"
    assert found[0].text.startswith("من غير المقبول")


def test_feminine_plural_after_a_relative(qx: QuoteExtractor) -> None:
    # "ناشطات ... اللاتي طالبن بـ ...": a feminine plural past, and a strict verb after a relative
    text = "وانضمت إلى الحملة ناشطات حقوقيات اللاتي طالبن بإطلاق سراح جميع الموقوفين دون شروط."
    found = by_cue(qx.extract(text), "طالبن")
    assert len(found) == 1 and found[0].text.startswith("إطلاق سراح جميع الموقوفين")
    text = "وهي المطالب التي طالبت بها النقابة منذ سنوات."
    assert not qx.extract(text)


def test_but_he_before_a_preposition_goes_on_with_the_claim(qx: QuoteExtractor) -> None:
    # "لكنه ضد ...", "، لكنه في ...": the claim goes on; "لكنه رجح ...": the writer's narrative resumes
    text = ("وقال الوزير إن الحكومة مع الحوار لكنه ضد أي تفاوض تحت الضغط. "
            "وأكد الوزير أن الوضع صعب لكنه رجح تحسنه قريبا.")
    quotes = qx.extract(text)
    said = by_cue(quotes, "قال")
    assert [q.text for q in said] == ["الحكومة مع الحوار لكنه ضد أي تفاوض تحت الضغط"]
    assert [q.text for q in by_cue(quotes, "أكد")] == ["الوضع صعب"]


def test_a_label_on_a_pronoun_object_quotes_one_word(qx: QuoteExtractor) -> None:
    # "الوضع الذي وصفه بـ"المتعفن"": the speaker's own word, a direct entry of one word
    text = "وأكد الوزير أن الحزب يواجه الوضع السياسي الذي وصفه بـ\"المتعفن\"، مشيرا إلى أن الحل سياسي."
    quotes = qx.extract(text)
    found = by_cue(quotes, "وصفه")
    assert [(q.text, q.kind) for q in found] == [("المتعفن", "direct")]
    assert [q.text for q in by_cue(quotes, "أكد")] == ["الحزب يواجه الوضع السياسي"]
    text = "ووصف النائب ما حدث بـ\"الكارثة\"."
    assert not by_cue(qx.extract(text), "وصف")


def test_a_strict_verb_said_in_a_statement_reaches_far(qx: QuoteExtractor) -> None:
    # "وبين في تصريح لـ... على هامش ... أن": where it was said marks the verb, however long the circumstance
    text = ("وبين في تصريح لوكالة الأنباء الرسمية على هامش انعقاد الاجتماع الدوري للمكتب السياسي للحزب "
            "اليوم السبت بالعاصمة أن الحزب تحمل مسؤوليته كاملة في خدمة البلاد.")
    found = by_cue(qx.extract(text), "بين")
    assert len(found) == 1 and found[0].text.startswith("الحزب تحمل مسؤوليته")


def test_an_aside_in_dashes(qx: QuoteExtractor) -> None:
    # "وأضاف X - الذي قال مرارا إن ... - أن ...": the aside's report ends at its dash, the outer cue reaches
    # its complementizer past it
    text = ("وأضاف رئيس الوزراء - الذي قال مرارا إن بلاده لن تشارك في أي عملية عسكرية - أن التفويض "
            "سيمنح لكل حالة على حدة.")
    quotes = qx.extract(text)
    assert [q.text for q in by_cue(quotes, "قال")] == ["بلاده لن تشارك في أي عملية عسكرية"]
    assert [q.text for q in by_cue(quotes, "أضاف")] == ["التفويض سيمنح لكل حالة على حدة"]


def test_a_mark_glued_to_the_cue_opens(qx: QuoteExtractor) -> None:
    # 'وقال" ...": the site typed the opening mark against the verb
    text = "وشكر المرشح منافسته، وقال\" أنت لا تمثلين الديمقراطية.. ولم أنتظر منك شيئا\"، ثم غادر القاعة."
    found = by_cue(qx.extract(text), "قال")
    assert [(q.text, q.kind) for q in found] == [("أنت لا تمثلين الديمقراطية.. ولم أنتظر منك شيئا", "direct")]


def test_regarded_as_is_no_report(qx: QuoteExtractor) -> None:
    # "التي تعتبر بمثابة ...": is regarded as; the subject's apposition, then the real complementizer
    text = ("وأعلن المتحدث باسم القوة، التي تعتبر بمثابة شرطة تابعة للحكومة، أنه تم القبض على "
            "ثلاثة مشتبه بهم في العاصمة.")
    quotes = qx.extract(text)
    assert [q.text for q in by_cue(quotes, "أعلن")] == ["تم القبض على ثلاثة مشتبه بهم في العاصمة"]
    assert not by_cue(quotes, "تعتبر")


def test_trailing_attribution_to_a_group_where_it_belongs(qx: QuoteExtractor) -> None:
    # "...، حسب ما أعلن عنه قياديون في الحزب.": the group and its party fill the phrase
    text = "انطلقت اليوم أشغال المؤتمر الوطني الخامس للحزب بالعاصمة، حسب ما أعلن عنه قياديون في الحزب."
    found = qx.extract(text)
    assert len(found) == 1 and found[0].text.startswith("انطلقت اليوم أشغال")
    assert found[0].cue.text.startswith("حسب")


def test_trailing_attribution_to_published_figures(qx: QuoteExtractor) -> None:
    # "...، وفق النتائج الرسمية.": no publisher named, the figures are the source
    text = "وحصل المرشح على 24 بالمائة من الأصوات في الدورة الأولى، وفق النتائج الرسمية للانتخابات."
    found = qx.extract(text)
    assert len(found) == 1 and found[0].text.startswith("وحصل المرشح على 24")
    assert found[0].speaker is not None and found[0].speaker.name.startswith("النتائج")


def test_a_party_headline_is_said_by_whom_the_lead_quotes(qx: QuoteExtractor) -> None:
    # "آفاق جديدة : ..." named in the lead after its noun ("لحزب آفاق جديدة") is the party's official
    text = ("آفاق جديدة : الحزب سيقدم الأدلة على صحة الاتهامات\n\n"
            "قال رئيس المكتب السياسي لحزب آفاق جديدة كريم الهلالي إن الحزب سيقدم كل الأدلة للقضاء.")
    quotes = qx.extract(text, entities=[per(text, "كريم الهلالي")])
    head = by_cue(quotes, ":")
    assert [q.text for q in head] == ["الحزب سيقدم الأدلة على صحة الاتهامات"]
    assert head[0].speaker is not None and head[0].speaker.name == "كريم الهلالي"


def test_an_event_headline_is_no_quotation(qx: QuoteExtractor) -> None:
    # "هجوم لندن : ...": the lead names the event, not a speaker
    text = ("هجوم المدينة : الشابة تخرج عن صمتها\n\n"
            "بعد جدل حول صورة التقطت جوار ضحايا هجوم المدينة، قالت الشابة منى الصغير إنها كانت "
            "تساعد الجرحى.")
    quotes = qx.extract(text, entities=[per(text, "منى الصغير")])
    assert not by_cue(quotes, ":")


def test_coordinated_states_then_a_time_then_the_object(qx: QuoteExtractor) -> None:
    # "أعلنت كل من السعودية والإمارات والبحرين، فجر اليوم، قطع ...، وأخذت ...": the coordinated subject and
    # the time set off by commas are not content; the object ends where the subject's next verb starts
    text = ("أعلنت كل من السعودية والإمارات والبحرين، فجر اليوم الاثنين، قطع علاقاتها الدبلوماسية مع الدوحة، "
            "وأخذت قرارات أخرى بشأن السفر.")
    found = by_cue(qx.extract(text), "أعلنت")
    assert [q.text for q in found] == ["قطع علاقاتها الدبلوماسية مع الدوحة"]


def test_a_relative_cue_with_marks_ends_an_unclosed_quotation(qx: QuoteExtractor) -> None:
    # 'أن الحزب "تحمل ... الوضع الذي وصفه ب"المتعفن" لافتا إلى أن ...': the first mark is never closed;
    # the relative clause with its own cue and marks ends it
    text = ("وبين الوزير أن الحزب \"تحمل مسؤوليته في خدمة البلاد لكنه وجد عدة عراقيل من بينها الوضع "
            "السياسي الذي وصفه ب\"المتعفن\" لافتا إلى أن المسألة باتت تتطلب نظرة أخرى.")
    quotes = qx.extract(text)
    first = by_cue(quotes, "بين")
    assert len(first) == 1 and first[0].text.endswith("الوضع السياسي")
    assert [q.text for q in by_cue(quotes, "وصفه")] == ["المتعفن"]
    assert [q.text for q in by_cue(quotes, "لافتا")] == ["المسألة باتت تتطلب نظرة أخرى"]


def test_the_criticising_participle_reports_its_object(qx: QuoteExtractor) -> None:
    # "...، منتقدا عدم وجود ...": the participle's object is what was said; "وانتقد X" only takes the floor
    text = ("وأوضح النائب أن المبادرة لم تحقق أهدافها، منتقدا غياب برنامج جدي لإصلاح المنظومة الصحية. "
            "وانتقد الوزير سامي العياري قائلا \"لن نقبل بهذا الوضع\".")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    found = by_cue(quotes, "منتقدا")
    assert [q.text for q in found] == ["غياب برنامج جدي لإصلاح المنظومة الصحية"]
    assert not by_cue(quotes, "انتقد") and not by_cue(quotes, "وانتقد")


def test_words_after_by_saying_without_marks(qx: QuoteExtractor) -> None:
    # "مستدركا بالقول مطالب المحتجين مشروعة": بالقول opens the words even with no marks
    text = ("وأكد النائب أن الحركة ليست وراء الاحتجاجات، مستدركا بالقول مطالب المحتجين بالتشغيل مشروعة "
            "والحوار سيد الموقف.")
    found = by_cue(qx.extract(text), "مستدركا")
    said = "مطالب المحتجين بالتشغيل مشروعة والحوار سيد الموقف"
    assert [(q.text, q.kind) for q in found] == [(said, "indirect")]


def test_a_second_label_joined_by_wa_bi(qx: QuoteExtractor) -> None:
    # 'ووصفته بـ"مرشح الحرب"، وبالرجل الذي ...': both labels are the content
    text = ("وهاجمت المرشحة منافسها ووصفته بـ\"مرشح العولمة والحرب\"، وبالرجل الذي لا يملك رؤية واضحة "
            "لمستقبل البلاد.")
    found = by_cue(qx.extract(text), "وصفته")
    assert len(found) == 1 and found[0].text.startswith("\"مرشح العولمة")
    assert found[0].text.endswith("لمستقبل البلاد")


def test_a_cue_after_kana_qad_is_the_reported_clauses_predicate(qx: QuoteExtractor) -> None:
    # "أن أحد رجال الأعمال كان قد تحدث عن ...": the reported clause's subject, then its verb
    text = ("وأوضح الوزير أن أحد كبار رجال الأعمال كان قد تحدث في تصريح إعلامي عن وجود علاقة بين التهريب "
            "والإدارة، دون أن يتم استدعاؤه.")
    found = by_cue(qx.extract(text), "أوضح")
    assert len(found) == 1 and found[0].text.endswith("دون أن يتم استدعاؤه")


def test_again_is_an_adverb(qx: QuoteExtractor) -> None:
    # "العودة مجددا بهدف ...": the adverb; "، مجددا دعوته إلى ...": renewing a call
    text = ("وأكد الأب أن ابنه زار البلاد الشهر الماضي، وكان يعتزم العودة مجددا بهدف قضاء العطلة مع العائلة. "
            "وأكد الوزير أن الحكومة ملتزمة بالإصلاح، مجددا دعوته إلى الحوار.")
    quotes = qx.extract(text)
    assert [q.text for q in by_cue(quotes, "مجددا")] == ["دعوته إلى الحوار"]
    assert by_cue(quotes, "أكد")[0].text.endswith("بهدف قضاء العطلة مع العائلة")


def test_a_sentence_the_site_repeats_counts_once(qx: QuoteExtractor) -> None:
    # the same words quoted twice in the body are one quotation; a title repeated in the body is not merged
    text = ("العياري: الإصلاحات ستتواصل رغم كل الصعوبات\n\n"
            "وقال الوزير سامي العياري إن الإصلاحات ستتواصل رغم كل الصعوبات. "
            "وأضاف \"سواء تحقق هذا اليوم أو غدا فلا تراجع عنه\". "
            "وأضاف المسؤول \"سواء تحقق هذا اليوم أو غدا فلا تراجع عنه\" وغادر القاعة.")
    start = text.index("سامي العياري")
    quotes = qx.extract(text, entities=[Mention(start, start + 12, "سامي العياري", "PER", "سامي العياري")])
    assert len(by_cue(quotes, "أضاف")) == 1
    assert len([q for q in quotes if q.text.startswith("الإصلاحات ستتواصل")]) == 2


def test_more_reporting_verbs(qx: QuoteExtractor) -> None:
    # أثنى على (praised), يتطلع إلى (looks forward to), أبلغ X أن (informed)
    text = ("وشارك سامي العياري في الاجتماع. "
            "وأثنى الرئيس على خروج بلاده من الاتفاقية التجارية. "
            "وقالت المنظمة إنها تتطلع إلى بدء مفاوضات سياسية جادة بين الأطراف. "
            "وأبلغ الوزير النواب أن لجنة خاصة ستنظر في كل الملفات العالقة.")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    assert [q.text[:12] for q in by_cue(quotes, "أثنى")] == ["خروج بلاده م"]
    assert [q.text[:12] for q in by_cue(quotes, "أبلغ")] == ["لجنة خاصة ست"]


def test_a_call_for_one_thing_and_a_weak_participles_plural(qx: QuoteExtractor) -> None:
    # "داعيا الكيان إلى تفكيكه": a call with إلى needs one word; "داعين إلى": the plural of داعي
    text = ("وهدد الأمين العام للحزب الجانب الآخر باستهداف المنشآت، داعيا الحكومة إلى تفكيكه. "
            "وأشاد أعضاء الوفد بالزيارة \"التاريخية\" داعين إلى زيادة التعاون بين البلدين في مجال الأمن.")
    quotes = qx.extract(text)
    assert [q.text for q in by_cue(quotes, "داعيا")] == ["تفكيكه"]
    assert [q.text for q in by_cue(quotes, "داعين")] == ["زيادة التعاون بين البلدين في مجال الأمن"]
    text = "واتهمها الوزير بالضعف."
    assert not qx.extract(text)


def test_a_strict_verb_in_a_statement_nouns_relative(qx: QuoteExtractor) -> None:
    # "نشرت بلاغا ذكرت فيه أن ...": a relative with no الذي, resumed by فيه
    text = "وكانت السفارة قد نشرت أمس بلاغا ذكرت فيه أن هذه الإجراءات أقرتها الحكومة بعد عدة اجتماعات."
    found = by_cue(qx.extract(text), "ذكرت")
    assert len(found) == 1 and found[0].text.startswith("هذه الإجراءات أقرتها")


def test_the_writers_frame_after_wa_dhalika(qx: QuoteExtractor) -> None:
    # "...، وذلك خلال اتصال هاتفي": when the statement was made, not part of it
    text = ("أعرب الرئيس عن رغبة بلاده في تعزيز علاقاتها مع دول الجوار، وذلك خلال اتصال هاتفي تلقاه من "
            "نظيره.")
    found = by_cue(qx.extract(text), "أعرب")
    assert [q.text for q in found] == ["رغبة بلاده في تعزيز علاقاتها مع دول الجوار"]


def test_a_request_reports_what_it_asks(qx: QuoteExtractor) -> None:
    # "طلبت X من المارة الابتعاد عن ...", "طلبت السفارة تفسيرا لـ...": strict (طلب is also a noun)
    text = ("وطلبت شرطة المدينة من المارة الابتعاد عن منطقة الجسر بعد الحادث. "
            "وقدم المواطن طلب الحصول على الجنسية منذ عامين.")
    quotes = qx.extract(text)
    found = by_cue(quotes, "طلبت")
    assert len(found) == 1 and found[0].text.startswith("الابتعاد عن منطقة الجسر")
    assert not by_cue(quotes, "طلب")


def test_by_his_saying_introduces_marked_words(qx: QuoteExtractor) -> None:
    # "اكتفى X بالتعليق ... بقوله "...": the words after بقوله; "حسب قوله" alone glosses
    text = ("واكتفى النائب بالتعليق على عودته إلى الحزب بقوله \"أنا عدت إلى بيتي الأول ولم أخرج منه\". "
            "وستتواصل الأشغال يومين، حسب قوله.")
    quotes = qx.extract(text)
    found = by_cue(quotes, "بقوله")
    assert [(q.text, q.kind) for q in found] == [("أنا عدت إلى بيتي الأول ولم أخرج منه", "direct")]
    assert not by_cue(quotes, "قوله")
