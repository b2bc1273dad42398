"""Speaker classes found in the error analysis of the fourth held-out set, each on small synthetic
sentences (none copied from an article): who is the speaker, and which phrases are never one."""

from __future__ import annotations

from marsad.extract.quotes import QuoteExtractor
from marsad.records import Mention
from tests.quote_helpers import per, said


def test_ali_written_with_ya_is_a_name_not_the_preposition(qx: QuoteExtractor) -> None:
    # علي (with ي) opening a tagged name is the given name, not على: the role is named, and the
    # same role later ("الكاتب التونسي") is that person
    text = ("وأكد الكاتب علي بن سالم في تصريح للإذاعة أن الوضع الاقتصادي صعب جدا. "
            "وأضاف الكاتب التونسي أن الحكومة مطالبة بحلول عاجلة للأزمة.")
    quotes = qx.extract(text, entities=[per(text, "علي بن سالم")])
    assert said(quotes, "الوضع الاقتصادي صعب") == "علي بن سالم"
    assert said(quotes, "الحكومة مطالبة بحلول") == "علي بن سالم"


def test_a_tagged_name_in_apposition_runs_to_its_closing_comma(qx: QuoteExtractor) -> None:
    # the tagger cut "عبد الكريم الورتاني" short; between commas after the role it is one name
    text = ("وقال رئيس اللجنة، عبد الكريم الورتاني، إن العمل سيتواصل حتى نهاية السنة. "
            "وأكد الورتاني أن التقرير سينشر قريبا للعموم.")
    quotes = qx.extract(text, entities=[per(text, "عبد الكريم")])
    assert said(quotes, "العمل سيتواصل") == "عبد الكريم الورتاني"
    assert said(quotes, "التقرير سينشر") == "عبد الكريم الورتاني"


def test_a_genitive_after_an_institution_noun_is_not_the_holder(qx: QuoteExtractor) -> None:
    # "رئيس جمعية رؤيتنا، سامي الفالح،": رؤيتنا names the association; the holder is between commas
    text = "قال رئيس جمعية رؤيتنا، سامي الفالح، إن القانون الجديد لا يحمي المعطيات الشخصية."
    quotes = qx.extract(text, entities=[per(text, "سامي الفالح")])
    assert said(quotes, "القانون الجديد") == "سامي الفالح"


def test_the_official_in_charge_of_a_file_is_a_role(qx: QuoteExtractor) -> None:
    # "المكلف بالإعلام في ..." heads a role; the name in commas after it is the holder, who keeps
    # the floor for the subjectless cues after a mention of other bodies
    text = ("اعتبر المكلف بالإعلام في الهيئة الوطنية، منير الحداد، أن الخبر المتداول غير صحيح. "
            "وأشار إلى أن ممثلي منظمات المجتمع المدني حضروا الجلسة كاملة. "
            "وأفاد أن القرار اتخذ بالإجماع داخل الهيئة.")
    quotes = qx.extract(text, entities=[per(text, "منير الحداد")])
    assert said(quotes, "الخبر المتداول") == "منير الحداد"
    assert said(quotes, "القرار اتخذ بالإجماع") == "منير الحداد"


def test_members_of_a_delegation_speak_as_a_plural_role(qx: QuoteExtractor) -> None:
    # "أعضاء الوفد" is a plural speaker; a relaying agency named before it does not take its cues
    text = ("وقال الوزير إن الزيارة ناجحة، وفق ما ذكرته وكالة الأنباء الرسمية. "
            "كما أكد أعضاء الوفد الإيطالي أن التعاون بين البلدين سيتعزز، مؤكدين أن الاتفاقيات ستوقع قريبا.")
    quotes = qx.extract(text)
    assert said(quotes, "التعاون بين البلدين") == "أعضاء الوفد الإيطالي"
    assert said(quotes, "الاتفاقيات ستوقع") == "أعضاء الوفد الإيطالي"


def test_bayna_after_kana_is_the_preposition(qx: QuoteExtractor) -> None:
    # "كان بين أعضاء وفد": among the members, not "explained" with a plural subject
    text = ("وأكد الرئيس أن ضابطا كان بين أعضاء وفد برلماني زار البلاد مؤخرا، "
            "مضيفا أن هناك قنوات كثيرة للتواصل غير المباشر.")
    quotes = qx.extract(text)
    assert said(quotes, "قنوات كثيرة") == "الرئيس"


def test_a_quantifier_or_a_complement_after_a_role_noun_is_no_name(qx: QuoteExtractor) -> None:
    # "مساعدة أحد الجرحى حين ...": the noun مساعدة (help) and its object; "الفتاة لمضايقات": a complement
    text = ("خرجت الفتاة عن صمتها وقالت إنها كانت بصدد مساعدة أحد الجرحى حين وقع الانفجار. "
            "وتعرضت الفتاة لمضايقات بسبب الصورة. وأضافت أن الصورة لا تعكس ما حدث فعلا.")
    quotes = qx.extract(text)
    names = {q.speaker.name for q in quotes if q.speaker}
    assert not any("الجرحى" in n or "لمضايقات" in n for n in names), names
    assert said(quotes, "الصورة لا تعكس") == "الفتاة"


def test_an_adverb_and_a_suffixed_noun_after_a_relay_verb_are_no_name(qx: QuoteExtractor) -> None:
    # "ونقل مباشرة بمناسبة أدائه اليمين": broadcast live; أدائه carries a pronoun (ئه), no name
    text = ("قال الرئيس سمير العابد في خطاب ألقاه اليوم ونقل مباشرة بمناسبة أدائه اليمين إن "
            "البلاد تجاوزت الأزمة، مضيفا أن المرحلة القادمة ستكون للبناء.")
    quotes = qx.extract(text, entities=[per(text, "سمير العابد")])
    assert said(quotes, "البلاد تجاوزت") == "سمير العابد"
    assert said(quotes, "المرحلة القادمة") == "سمير العابد"


def test_a_photographer_is_a_role_and_the_subject_of_his_sentence(qx: QuoteExtractor) -> None:
    text = "وقبل يومين تحدث مصور الصورة عن ظروفها، قائلا إن الفتاة كانت في حالة صدمة واضحة."
    quotes = qx.extract(text)
    assert said(quotes, "الفتاة كانت في حالة") == "مصور الصورة"


def test_a_tagged_body_after_the_complement_is_skipped_to_the_name(qx: QuoteExtractor) -> None:
    # "المتحدثة باسم نادي الأمل سلمى الكافي": the club (tagged ORG) is where she speaks for, not her name
    text = "وقالت المتحدثة باسم نادي الأمل سلمى الكافي، في تصريح صحفي، إن الفريق سيشارك في البطولة."
    ents = [Mention(text.index("نادي الأمل"), text.index("نادي الأمل") + len("نادي الأمل"), "نادي الأمل",
                    "ORG", "نادي الأمل"), per(text, "سلمى الكافي")]
    quotes = qx.extract(text, entities=ents)
    assert said(quotes, "الفريق سيشارك") == "سلمى الكافي"


def test_a_spokesman_for_a_body_in_marks_after_kana(qx: QuoteExtractor) -> None:
    # "وكان المتحدث باسم "..."، أعلن أن": the role, with the body's name in marks, is the subject
    text = ("أدانت الحكومة الهجوم بشدة. وكان المتحدث باسم \"الحرس الوطني\"، أعلن أن الهجوم أوقع "
            "عشرات القتلى في صفوف المدنيين.")
    quotes = qx.extract(text)
    name = said(quotes, "الهجوم أوقع")
    assert name is not None and "المتحدث" in name


def test_a_body_only_mentioned_does_not_take_the_floor_from_a_woman_who_spoke(qx: QuoteExtractor) -> None:
    # a feminine verb with no subject after a man spoke: the woman who spoke before, not the body
    # mentioned since as a genitive ("تسيير حركة المرور")
    text = ("وقالت الناشطة سلمى الكافي إن المسيرات تواصلت دون أي تنظيم حتى في تسيير حركة المرور. "
            "وقال الصحفي كمال الزين إن الوضع متوتر جدا في المدينة. "
            "وأضافت أن المدن شهدت أكثر من عشرين مسيرة احتجاجية.")
    ents = [per(text, "سلمى الكافي"), per(text, "كمال الزين")]
    quotes = qx.extract(text, entities=ents)
    assert said(quotes, "المدن شهدت") == "سلمى الكافي"


def test_a_woman_named_by_the_noun_with_the_article_is_a_role(qx: QuoteExtractor) -> None:
    # "المرأة" (the article drops the alef of امرأة); "واسود" after it opens the next clause, no name
    text = ("وقد احترق شعر المرأة الأسترالية واسود وجهها بعد الحادث. ونقل عن المرأة في البيان قولها "
            "\"كان الدخان يملأ المكان\". وأضافت أن المضيفات وصلن بسرعة كبيرة.")
    quotes = qx.extract(text)
    names = {q.speaker.name for q in quotes if q.speaker}
    assert not any("واسود" in n for n in names), names
    name = said(quotes, "المضيفات وصلن")
    assert name is not None and "المرأة" in name


def test_a_quantified_group_speaks_as_a_plural_role(qx: QuoteExtractor) -> None:
    # "أعلنت مجموعة من الأحزاب السياسية ...": the whole group, not the quantifier alone
    text = "أعلنت مجموعة من الأحزاب السياسية والجمعيات الأهلية أنها ستشارك في الانتخابات البلدية القادمة."
    quotes = qx.extract(text)
    name = said(quotes, "ستشارك في الانتخابات")
    assert name is not None and "الأحزاب" in name


def test_a_singular_relative_does_not_take_a_plural_group_as_antecedent(qx: QuoteExtractor) -> None:
    text = ("وعبر الوزير سامي العياري عن عدم رضاه عن أداء بعض المديرين الذي قال \"إنهم لا يزورون "
            "المؤسسات التابعة لهم أبدا\".")
    quotes = qx.extract(text, entities=[per(text, "سامي العياري")])
    assert said(quotes, "لا يزورون") == "سامي العياري"
