"""Speaker classes found in the error analysis of the fifth held-out set, each on small synthetic
sentences (none copied from an article): who is the speaker, and which phrases are never one."""

from __future__ import annotations

from marsad.extract.quotes import QuoteExtractor
from tests.quote_helpers import loc, per, said


def test_a_family_name_that_looks_like_a_role_stays_in_the_name(qx: QuoteExtractor) -> None:
    # "الصديق" (a friend) closes the tagged name "سامي الصديق": a family name with the article, not a
    # role in apposition; the role that follows is his, and so is the later "النائب عن ..."
    text = ("قال سامي الصديق النائب بالبرلمان عن الكتلة الديمقراطية، إن الجلسة تأجلت إلى موعد لاحق. "
            "وأوضح الصديق أن الكتلة قررت المقاطعة. "
            "وبين النائب عن الكتلة الديمقراطية أن القرار نهائي.")
    quotes = qx.extract(text, entities=[per(text, "سامي الصديق"), per(text, "الصديق", "سامي الصديق", 1)])
    assert said(quotes, "الجلسة تأجلت") == "سامي الصديق"
    assert said(quotes, "الكتلة قررت المقاطعة") == "سامي الصديق"
    assert said(quotes, "القرار نهائي") == "سامي الصديق"


def test_a_bare_kinship_noun_after_a_name_opens_an_apposition(qx: QuoteExtractor) -> None:
    # "كريم شقيق منفذ الهجوم": شقيق without the article is whose brother he is, not his family name
    text = "وقال كريم شقيق منفذ الهجوم إن العائلة لم تكن تعلم بشيء."
    quotes = qx.extract(text, entities=[per(text, "كريم شقيق")])
    assert said(quotes, "العائلة لم تكن تعلم") == "كريم"


def test_an_outgoing_holder_keeps_the_role(qx: QuoteExtractor) -> None:
    # "الأمينة العامة المنتهية ولايتها": the term noun with its pronoun belongs to the role, and the
    # outgoing / resigning qualifiers are no portfolio: "الأمينة العامة المتخلية" is the same woman
    text = ("وأكدت الأمينة العامة المنتهية ولايتها سلمى العياري أن الحزب سيعود بقوة إلى الساحة. "
            "وستنطلق الأشغال غدا بانتخاب قيادة جديدة، حسب ما أعلنت عنه الأمينة العامة المتخلية، "
            "في كلمة الافتتاح.")
    quotes = qx.extract(text, entities=[per(text, "سلمى العياري")])
    assert said(quotes, "الحزب سيعود بقوة") == "سلمى العياري"
    assert said(quotes, "بانتخاب قيادة جديدة") == "سلمى العياري"


def test_a_definite_generic_role_takes_up_the_office_holder_named_before(qx: QuoteExtractor) -> None:
    # "المسؤول التونسي" names no office of its own: it is the director named before, not a new speaker;
    # the region after "مدير عام" is the office's genitive, the name comes after the ministry
    text = ("وقالت الوزارة في بيان إنها استدعت السفير. وعبر مدير عام آسيا بوزارة الخارجية، سامي الحداد، "
            "عن استغراب البلاد من القرار. وأكد المسؤول التونسي أن الإجراء غير مبرر على الإطلاق.")
    quotes = qx.extract(text, entities=[loc(text, "آسيا"), per(text, "سامي الحداد")])
    assert said(quotes, "الإجراء غير مبرر") == "سامي الحداد"


def test_an_indefinite_generic_role_is_a_new_source(qx: QuoteExtractor) -> None:
    # without the article, "مسؤول تونسي" is someone else, unnamed
    text = ("وقال وزير الخارجية سامي الحداد إن الزيارة ناجحة. "
            "وقال مسؤول تونسي إن الاتفاق سيوقع قريبا في العاصمة.")
    quotes = qx.extract(text, entities=[per(text, "سامي الحداد")])
    assert said(quotes, "الاتفاق سيوقع") == "مسؤول تونسي"


def test_a_sentence_opening_with_a_preposition_has_no_subject_after_it(qx: QuoteExtractor) -> None:
    # "وبالعودة إلى وضع الحزب ...": no verb opens the sentence, so "الحزب" is no subject for the
    # participle; the speaker named in the sentence keeps the floor
    text = ("وقال كمال السعيدي إن المؤتمر سيعقد في الخريف. "
            "وبالعودة إلى وضع الحزب في البرلمان أكد السعيدي أن الكتلة متماسكة رغم الضغوط مؤكدا أن "
            "نتائج الانتخابات لم تكن مفاجئة للقيادة.")
    quotes = qx.extract(text, entities=[per(text, "كمال السعيدي"), per(text, "السعيدي", "كمال السعيدي", 1)])
    assert said(quotes, "نتائج الانتخابات لم تكن") == "كمال السعيدي"


def test_an_institution_named_after_a_titled_person_speaks_as_itself(qx: QuoteExtractor) -> None:
    # "مطار الملك خالد": the airport, named after the king, speaks; not the spokesman named before
    text = ("قال المتحدث باسم الخطوط الجوية، سامي العتيبي، إن رحلتين ألغيتا. "
            "وأعلن مطار الملك خالد، في الرياض، أن الرحلات تأخرت بسبب الغبار.")
    quotes = qx.extract(text, entities=[per(text, "سامي العتيبي"), per(text, "خالد")])
    assert said(quotes, "الرحلات تأخرت") == "مطار الملك خالد"


def test_a_descriptive_noun_before_a_role_chain_is_no_name(qx: QuoteExtractor) -> None:
    # "أيقونة نشطاء البيئة": a noun in construct with a group describes the speaker named after it
    text = "وقالت أيقونة نشطاء البيئة مارتا كلاين إن القرار جاء متأخرا جدا."
    quotes = qx.extract(text, entities=[per(text, "مارتا كلاين")])
    assert said(quotes, "القرار جاء متأخرا") == "مارتا كلاين"


def test_a_group_with_its_preposition_takes_no_name_after_it(qx: QuoteExtractor) -> None:
    # "لناشطات حقوق الإنسان": a plural role with لـ is still a group; "حقوق" is no one's name, and the
    # later speaker "نشطاء حقوق الإنسان سارة لين" is read through it
    text = ("وكانت هناك حملة لناشطات حقوق الإنسان في العالم. "
            "وقالت أيقونة نشطاء حقوق الإنسان سارة لين إن الحملة ستستمر طويلا.")
    quotes = qx.extract(text, entities=[per(text, "سارة لين")])
    assert said(quotes, "الحملة ستستمر") == "سارة لين"


def test_a_politician_is_a_role_and_politicians_a_group(qx: QuoteExtractor) -> None:
    # "السياسي X" names its holder, who takes the floor from the minister before him; "السياسيين"
    # mentioned before a plural verb are its subject
    text = ("وخلف رحيله في صفوف السياسيين الذين عرفوه حزنا كبيرا، واعتبروا أن رحيله خسارة للبلاد. "
            "وأكد الوزير السابق كمال الهادي أن الفقيد كان رجلا نزيها. "
            "كما اعتبر السياسي سمير العرفاوي أن الراحل خدم الدولة بإخلاص كبير.")
    quotes = qx.extract(text, entities=[per(text, "كمال الهادي"), per(text, "سمير العرفاوي")])
    assert said(quotes, "رحيله خسارة للبلاد") == "السياسيين"
    assert said(quotes, "خدم الدولة بإخلاص") == "سمير العرفاوي"


def test_a_statement_that_ends_a_meeting_speaks_for_who_met(qx: QuoteExtractor) -> None:
    # "انتهى ببيان أكد أن": the cue right after the statement (with بـ) has the statement's issuer,
    # the last one named in its sentence; a compound given name the tagger kept alone ("عبد الكريم")
    # takes the family name before the pause
    text = ("وقال مصدر دبلوماسي إن الاتفاق تم. واحتضنت العاصمة اجتماعا لوزراء الخارجية التونسي سامي الحداد "
            "والجزائري عبد الكريم بوعزة؛ انتهى ببيان أكد أن الحل السياسي هو الخيار الوحيد.")
    quotes = qx.extract(text, entities=[per(text, "سامي الحداد"), per(text, "عبد الكريم")])
    assert said(quotes, "الحل السياسي هو الخيار") == "عبد الكريم بوعزة"


def test_a_relative_named_inside_a_quotation_names_the_unnamed_relative(qx: QuoteExtractor) -> None:
    # "والده سعيد النوري" inside another speaker's words: the father the article introduced without a
    # name is سعيد النوري, who speaks later as "والد كريم"
    text = ("اعتقال والد منفذ الهجوم في المدينة. "
            "وأعلن المتحدث باسم الشرطة سامي الحداد أنه \"تم القبض على والده سعيد النوري أيضا\". "
            "وأكد والد كريم قبل اعتقاله أن ابنه بريء من كل التهم.")
    quotes = qx.extract(text, entities=[per(text, "سامي الحداد")])
    assert said(quotes, "ابنه بريء") == "سعيد النوري"


def test_a_relative_that_disagrees_with_the_verb_is_not_its_subject(qx: QuoteExtractor) -> None:
    # "في تونس، التي قال إنها": التي with a masculine verb is what is spoken about, the speaker is
    # whoever holds the floor
    text = ("اعتبر الرئيس سامي الحداد أن التعاون \"مميز\"، مؤكدا أن الشركات في تونس \"تحقق نتائج\". "
            "ودعا المستثمرين إلى تطوير استثماراتهم في تونس، التي قال إنها \"بلد آمن\".")
    quotes = qx.extract(text, entities=[per(text, "سامي الحداد")])
    assert said(quotes, "بلد آمن") == "سامي الحداد"
