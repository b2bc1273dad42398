"""Speaker classes found in the error analysis of the sixth held-out set, each on small synthetic
sentences (none copied from an article): who is the speaker, and which phrases are never one."""

from __future__ import annotations

from marsad.extract.quotes import QuoteExtractor
from tests.quote_helpers import per, said


def test_a_plural_of_persons_in_ta_marbuta_is_the_subject_of_a_masculine_verb(qx: QuoteExtractor) -> None:
    # "القراصنة", like "القادة": a broken plural of persons written with ة agrees with a masculine verb
    # before it; it is the subject, not the object that a feminine singular noun would be
    text = "تعطلت آلاف الحواسيب في المصارف. ويطالب القراصنة بدفع مبلغ كبير خلال يومين."
    quotes = qx.extract(text)
    assert said(quotes, "دفع مبلغ كبير") == "القراصنة"


def test_statements_of_a_person_are_the_occasion_of_a_relative_cue(qx: QuoteExtractor) -> None:
    # "تصريحات الوزير ... التي قال فيها": the plural statements, like "تصريح", belong to the one
    # named after them, not to whoever signed the petition against them
    text = ("وقع عشرون من نواب البرلمان على عريضة للتعبير عن استيائهم من تصريحات الوزير السابق جان دوبون، "
            "التي قال فيها \"إن البلاد تعيش أزمة خانقة\".")
    quotes = qx.extract(text, entities=[per(text, "جان دوبون")])
    assert said(quotes, "البلاد تعيش أزمة") == "جان دوبون"


def test_roles_in_apposition_after_commas_end_in_the_holders_name(qx: QuoteExtractor) -> None:
    # "قائد ...، قائد ... في البحرين، نائب الأميرال جون سميث،": a chain of titles, each after a comma,
    # names one man at its end
    text = ("وأعلن مسؤول عسكري عن بدء المناورات. وقال قائد القوات البحرية المشتركة، قائد الأسطول الخامس "
            "في البحرين، نائب الأميرال جون سميث، في بيان، \"إن المناورات ستستمر أسبوعين\".")
    quotes = qx.extract(text)
    assert said(quotes, "ستستمر أسبوعين") == "جون سميث"


def test_a_guessed_word_after_the_role_of_someone_named_is_the_object(qx: QuoteExtractor) -> None:
    # "وأبرزت النائبة تمسك المرأة ...": the definite role takes up the woman named with it before;
    # the one word after it is what she stressed, not the name of another deputy
    text = ("وأفادت النائبة سلمى الورتاني أن العريضة مفتوحة للجميع. وأبرزت النائبة تمسك المرأة بحقوقها، "
            "مبينة أن المكاسب قد تدعمت.")
    quotes = qx.extract(text, entities=[per(text, "سلمى الورتاني")])
    assert said(quotes, "المكاسب قد تدعمت") == "سلمى الورتاني"


def test_a_name_opening_the_sentence_before_an_apposition_is_the_subject(qx: QuoteExtractor) -> None:
    # "X، مؤسس ... ووالد ... Y، رأى أن": the name that opens the sentence, not the last one of the
    # apposition, is the subject of the verb after the closing comma, as after كان
    text = ("خسرت ابنته الانتخابات. بيار دوران، مؤسس الحزب الوطني ووالد المرشحة الخاسرة ماري دوران، "
            "رأى أن موقفها من العملة حال دون فوزها.")
    quotes = qx.extract(text, entities=[per(text, "بيار دوران"), per(text, "ماري دوران")])
    assert said(quotes, "موقفها من العملة") == "بيار دوران"


def test_after_yudhkar_anna_the_named_role_is_the_subject_of_kana_and_the_verb(qx: QuoteExtractor) -> None:
    # "يذكر أن النائب عن الكتلة، سامي بن علي، كان صرح بأن": the role and the name in commas after the
    # writer's reminder, then كان and the verb
    text = ("وأوضح منير الحداد أن الكتلة موحدة. يذكر أن النائب عن الكتلة، سامي بن علي، كان صرح في وقت "
            "سابق بأن عشرة نواب قدموا استقالاتهم.")
    quotes = qx.extract(text, entities=[per(text, "منير الحداد"), per(text, "سامي بن علي")])
    assert said(quotes, "عشرة نواب قدموا") == "سامي بن علي"


def test_amama_with_hamza_above_is_the_preposition_not_the_imam(qx: QuoteExtractor) -> None:
    # "أمام البرلمان" folds to the spelling of the role إمام; written with أ it is the preposition and
    # introduces no one who could take the floor
    text = ("وتعهد الرئيس جان دوبون بمواصلة الإصلاحات وقال ان العام المقبل سيكون \"عام البناء\". وقال في "
            "كلمة له أمام البرلمان الجديد نقلها التلفزيون الرسمي على الهواء \"أؤكد لكم أن الإصلاح مستمر\". "
            "وأضاف قائلا \"لا خيار أمامنا سوى النجاح\".")
    quotes = qx.extract(text, entities=[per(text, "جان دوبون")])
    assert said(quotes, "سوى النجاح") == "جان دوبون"


def test_idh_continues_the_subject_of_the_verb_that_opens_the_sentence(qx: QuoteExtractor) -> None:
    # "وكان X استعرض ...، إذ أشار إلى أن": the explaining clause after إذ / حيث has the subject of the
    # sentence's first verb, not the lawyer who spoke before; untagged, a name that opens with a given
    # name after كان is read too
    text = ("وقال المحامي نزار عياد إن موكله بريء. وكان سليم القاسمي استعرض في شهادته أمس، تفاصيل ما "
            "حدث، إذ أشار إلى أنه \"توجه إلى المطار للالتحاق بعائلته\". وأضاف أنه تعرض للتهديد.")
    tagged = qx.extract(text, entities=[per(text, "نزار عياد"), per(text, "سليم القاسمي")])
    assert said(tagged, "توجه إلى المطار") == "سليم القاسمي"
    untagged = qx.extract(text, entities=[per(text, "نزار عياد")])
    assert said(untagged, "توجه إلى المطار") == "سليم القاسمي"
    assert said(untagged, "تعرض للتهديد") == "سليم القاسمي"


def test_after_min_janibihi_the_subject_of_the_first_verb_keeps_the_participle(qx: QuoteExtractor) -> None:
    # "من جانبه تحدث X عن ...، مشيرا إلى أن": the turn phrase, then a verb of topic that reports no
    # content of its own; its subject, right after it, is the subject of the participle
    text = ("وقال رئيس الحزب كمال الجريبي إن الحزب سيشارك في الانتخابات. من جانبه تحدث عضو المكتب السياسي "
            "للحزب رضا الهمامي عن تمويل الأحزاب، مشيرا إلى أن الوضع الحالي يهدد استقلاليتها.")
    quotes = qx.extract(text, entities=[per(text, "كمال الجريبي"), per(text, "رضا الهمامي")])
    assert said(quotes, "الوضع الحالي يهدد") == "رضا الهمامي"


def test_a_name_one_of_the_officials_is_the_official_later(qx: QuoteExtractor) -> None:
    # "X أحد مسؤولي الشركة": the named man has the role of the group he is one of (مسؤولي -> مسؤول), and
    # the definite "المسؤول" after it takes him up, not a new unnamed official
    text = ("وكانت الوكالة أفادت بأن جون ميلر أحد مسؤولي شركة الأمن المعلوماتي اتهم الحكومة بالضلوع في "
            "الهجوم، وأوضح المسؤول أن المجموعة نفسها تلاحق الصحفيين منذ سنوات.")
    quotes = qx.extract(text, entities=[per(text, "جون ميلر")])
    assert said(quotes, "المجموعة نفسها") == "جون ميلر"


def test_the_name_before_one_of_keeps_its_earlier_role(qx: QuoteExtractor) -> None:
    # the role of the group does not turn a minister named before into someone else
    text = ("وقال الوزير سامي الجلاصي إن الحكومة ستتدخل. وأكد سامي الجلاصي أحد قادة الحزب أن الأزمة ستنتهي.")
    quotes = qx.extract(text, entities=[per(text, "سامي الجلاصي"), per(text, "سامي الجلاصي", nth=1)])
    assert said(quotes, "الأزمة ستنتهي") == "سامي الجلاصي"


def test_one_of_the_residents_is_one_man_not_the_group_nor_its_object(qx: QuoteExtractor) -> None:
    # "وأكد أحد سكان البلدة سقوط القتلى وقال ان": the noun in construct after the group ("سقوط القتلى")
    # is the object, not an adjective; أحد makes one man of the group, who keeps the floor for "وقال",
    # and who is not the residents mentioned before
    text = ("وقال محمد السيد ان الانفجار وقع بعد اشتباك مع سكان. وأكد أحد سكان جرابولي سقوط القتلى وقال "
            "ان الاشتباكات اندلعت بعد خلاف في متجر.")
    quotes = qx.extract(text, entities=[per(text, "محمد السيد")])
    assert said(quotes, "سقوط القتلى") == "أحد سكان جرابولي"
    assert said(quotes, "الاشتباكات اندلعت") == "أحد سكان جرابولي"


def test_the_opposition_speaks_as_a_body(qx: QuoteExtractor) -> None:
    # "وتقول المعارضة إن": the opposition is an institution that speaks, not the floor's holder
    text = ("ونقلت وسائل إعلام عن الرئيس جان دوبون أن الجزر لن تباع. وتقول المعارضة إن بيع الجزر سيضر "
            "بالسيادة.")
    quotes = qx.extract(text, entities=[per(text, "جان دوبون")])
    assert said(quotes, "بيع الجزر سيضر") == "المعارضة"


def test_a_body_named_as_a_complement_does_not_issue_the_statement(qx: QuoteExtractor) -> None:
    # "وأصدرت جماعة X، التي تصنف ضمن تحالف القوى المعتدلة، بيانا قالت فيه": the body after ضمن is a
    # complement inside the relative clause; the group issued the statement
    text = ("وأصدرت جماعة الفتح، التي تصنف ضمن تحالف القوى المعتدلة، بيانا قالت فيه إنها تحقق في الحادثة.")
    quotes = qx.extract(text)
    assert said(quotes, "تحقق في الحادثة") == "جماعة الفتح"


def test_survivors_speak_as_a_group(qx: QuoteExtractor) -> None:
    # "وأوضح الناجون الأربعة أن": survivors are a group of persons that speaks (role_plurals)
    text = ("وأعلنت المنظمة الدولية للهجرة حصيلة جديدة للغرق. وأوضح الناجون الأربعة أن المركب انطلق ليلا "
            "من الساحل.")
    quotes = qx.extract(text)
    assert said(quotes, "المركب انطلق ليلا") == "الناجون الأربعة"


def test_a_plural_institution_noun_is_not_the_one_named_before(qx: QuoteExtractor) -> None:
    # "وتقول السفارات إن": embassies in general, not the one embassy named before ("السفارة الوهمية")
    text = ("وقالت الشرطة إن العصابة أدارت السفارة الوهمية عشر سنوات. وهناك طلب كبير على التأشيرات "
            "وتقول السفارات إن سوق التأشيرات هدف للجريمة المنظمة.")
    quotes = qx.extract(text)
    assert said(quotes, "سوق التأشيرات هدف") == "السفارات"


def test_an_unnamed_role_called_by_a_name_is_that_name(qx: QuoteExtractor) -> None:
    # "إذ قال أحد المستخدمين يدعى توم كوتس:" and "قال شاب يدعى سامي": the name after يدعى is the speaker's
    text = ("وانتقد ناشطون التغريدة. إذ قال أحد المستخدمين يدعى توم كوتس: \"هذه التغريدة عنصرية بوضوح\". "
            "وقال شاب يدعى سامي الورفلي إن الشرطة منعته من الدخول.")
    quotes = qx.extract(text)
    assert said(quotes, "عنصرية بوضوح") == "توم كوتس"
    assert said(quotes, "الشرطة منعته") == "سامي الورفلي"


def test_an_unnamed_official_of_a_body_keeps_the_body(qx: QuoteExtractor) -> None:
    # "مسؤول من وزارة الداخلية" / "مصدر في وزارة الدفاع": the body is part of the description
    text = ("وامتنع مسؤول من وزارة الداخلية عن التعليق مشيرا إلى أن القانون يحظر ذلك. "
            "وقال مصدر في وزارة الدفاع إن التحقيق مستمر.")
    quotes = qx.extract(text)
    assert said(quotes, "القانون يحظر") == "مسؤول من وزارة الداخلية"
    assert said(quotes, "التحقيق مستمر") == "مصدر في وزارة الدفاع"
