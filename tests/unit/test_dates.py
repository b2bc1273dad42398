"""Date expressions: spans into the display text, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.extract.dates import find_dates, parse_date, publication_date

D = dt.date
FRI = D(2020, 2, 28)  # seed 000: published on a Friday
JUNE = D(2017, 6, 19)  # seed 003: published on a Monday
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")


def pairs(text: str, anchor: dt.date | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, anchor)]


def check_spans(text: str, anchor: dt.date | None) -> None:
    last = 0
    for m in find_dates(text, anchor):
        assert text[m.start : m.end] == m.text and m.start < m.end
        assert m.start >= last, "spans overlap or are out of order"
        last = m.end
        assert m.value is None or VALUE.fullmatch(m.value), m.value


# --- every form, with a fixed anchor ---------------------------------------------------------

CASES: list[tuple[str, dt.date | None, list[tuple[str, str | None]]]] = [
    # seeds
    ("جراء قصف للجيش السوري أمس الخميس، أكد", FRI, [("أمس الخميس", "2020-02-27")]),
    ("سيرغي لافروف الجمعة، أنه من المهم", FRI, [("الجمعة", "2020-02-28")]),
    ("ستجري في 10 تموز/يوليو المقبل، وسيشارك", JUNE, [("10 تموز/يوليو المقبل", "2017-07-10")]),
    ("في أستانا يوم 10 تموز/يوليو، وسيشارك", JUNE, [("10 تموز/يوليو", "2017-07-10")]),
    (
        "قد جرت في الثالث والرابع من أيار/مايو الماضي، وأسفرت",
        JUNE,
        [("الثالث", "2017-05-03"), ("والرابع من أيار/مايو الماضي", "2017-05-04")],
    ),
    ("اعتبارا من 6 أيار/مايو 2017، وتهدف", JUNE, [("6 أيار/مايو 2017", "2017-05-06")]),
    ("في 4 و 5 مايو/أيار 2017، بضمانة", None, [("4", "2017-05-04"), ("5 مايو/أيار 2017", "2017-05-05")]),
    ("توتر” في مايو 2017 بموجب", None, [("مايو 2017", "2017-05")]),
    ("أيار/مايو 2017", None, [("أيار/مايو 2017", "2017-05")]),
    (
        "في أنقرة يومي الأربعاء والخميس، قد",
        FRI,
        [("يومي الأربعاء", "2020-02-26"), ("والخميس", "2020-02-27")],
    ),
    ("ثنائياً الأسبوع المقبل (الإثنين) حول", D(2018, 9, 15), [("الأسبوع المقبل (الإثنين)", "2018-09-17")]),
    ("ترامب, فجر الجمعة الماضي, ضربات", D(2017, 4, 12), [("فجر الجمعة الماضي", "2017-04-07")]),
    ("لافروف اليوم الإثنين أن روسيا", JUNE, [("اليوم الإثنين", "2017-06-19")]),
    ("في موسكو اليوم “إنه من المتوقع", FRI, [("اليوم", "2020-02-28")]),
    ("لافروف, يوم الاربعاء, عن حصول", D(2017, 4, 12), [("يوم الاربعاء", "2017-04-12")]),
    ("بريف ادلب الاسبوع الماضي, اسفر", D(2017, 4, 12), [("الاسبوع الماضي", "2017-W14")]),
    # absolute dates
    ("في 21 مارس تحدث", JUNE, [("21 مارس", "2017-03-21")]),
    ("في 2 يناير/كانون الثاني 2018", None, [("2 يناير/كانون الثاني 2018", "2018-01-02")]),
    ("نشر في 21/03/2017", None, [("21/03/2017", "2017-03-21")]),
    ("بتاريخ 2017-03-21 10:00", None, [("2017-03-21", "2017-03-21")]),
    ("في 2017/03/21", None, [("2017/03/21", "2017-03-21")]),
    ("يوم 7 ماي القادم موعد", D(2017, 4, 24), [("7 ماي القادم", "2017-05-07")]),
    ("إلى غاية 26 أفريل الجاري،ستشمل", D(2016, 4, 5), [("26 أفريل الجاري", "2016-04-26")]),
    ("في الـ31 من جانفي مشيرا", D(2017, 1, 22), [("الـ31 من جانفي", "2017-01-31")]),
    (
        "يوم التاسع والعشرين من جانفي الحالي.",
        D(2017, 1, 12),
        [("التاسع والعشرين من جانفي الحالي", "2017-01-29")],
    ),
    ("من أول جويلية المقبل، على", D(2017, 3, 3), [("أول جويلية المقبل", "2017-07-01")]),
    ("حتى العاشر من مايو أيار مقارنة", D(2017, 5, 14), [("العاشر من مايو أيار", "2017-05-10")]),
    ("الأحد (19 مارس 2017)، إنه", None, [("الأحد", "2017-03-19"), ("19 مارس 2017", "2017-03-19")]),
    ("أولاند السبت 6 ماي2017 إن", None, [("السبت 6 ماي2017", "2017-05-06")]),
    ("بوليتيكا اليوم الاثنين 31 أكتوبر 2016 في", None, [("اليوم الاثنين 31 أكتوبر 2016", "2016-10-31")]),
    ("في منتصف شهر مارس الماضي اطلاق", D(2017, 4, 15), [("شهر مارس الماضي", "2017-03")]),
    ("منذ آب/أغسطس حتى", D(2017, 9, 1), [("آب/أغسطس", "2017-08")]),
    ("في فيفري المنقضي. وأصدر", D(2017, 3, 16), [("فيفري المنقضي", "2017-02")]),
    ("في مايو من عام 2017", None, [("مايو من عام 2017", "2017-05")]),
    ("في 5 مايو 2017م", None, [("5 مايو 2017م", "2017-05-05")]),
    ("(8 و9 فيفري)", D(2017, 2, 8), [("8", "2017-02-08"), ("و9 فيفري", "2017-02-09")]),
    # relative days
    ("نشرت امس بلاغا", FRI, [("امس", "2020-02-27")]),
    ("وقال يوم أمس إن", FRI, [("يوم أمس", "2020-02-27")]),
    ("جرى أول أمس الخميس، أوقع", FRI, [("أول أمس الخميس", "2020-02-26")]),
    ("تنطلق غدا الأربعاء في", D(2017, 3, 28), [("غدا الأربعاء", "2017-03-29")]),
    ("أتمنى أن تصلا غداً", FRI, [("غداً", "2020-02-29")]),
    ("اجتماع أمني يوم غد بعد", FRI, [("يوم غد", "2020-02-29")]),
    ("ينعقد بعد غد في", FRI, [("بعد غد", "2020-03-01")]),
    ("مساء غد الأحد والتي", D(2017, 5, 6), [("مساء غد الأحد", "2017-05-07")]),
    ("سيزور الاثنين المقبل باريس", FRI, [("الاثنين المقبل", "2020-03-02")]),
    ("هاجم مسلحون الخميس الماضي سيارة", D(2017, 6, 3), [("الخميس الماضي", "2017-06-01")]),
    ("بدأت يوم الأربعاء الفارط، تعد", D(2013, 10, 29), [("يوم الأربعاء الفارط", "2013-10-23")]),
    ("وقعت بعد ظهر أمس الأحد، في", D(2017, 4, 3), [("بعد ظهر أمس الأحد", "2017-04-02")]),
    ("للسكان اليوم (الأحد) إن", D(2017, 5, 28), [("اليوم (الأحد)", "2017-05-28")]),
    ("الحركة السبت والاحد بالحمامات", D(2016, 10, 15), [("السبت", "2016-10-15"), ("والاحد", "2016-10-16")]),
    ("استقال المدير الشهر الماضي", D(2017, 1, 2), [("الشهر الماضي", "2016-12")]),
    ("خلال العام الماضي كله", D(2017, 4, 2), [("العام الماضي", "2016")]),
    ("السنة المقبلة", D(2017, 4, 2), [("السنة المقبلة", "2018")]),
    # the ambiguous weekdays with a cue or in a time slot
    ("انتزع متظاهرون أتراك، الأحد، علم", D(2017, 3, 12), [("الأحد", "2017-03-12")]),
    ("الجعفري صرح الاحد أننا", D(2017, 3, 21), [("الاحد", "2017-03-19")]),
    ("في صقلية الأحد. وقالت", D(2017, 4, 2), [("الأحد", "2017-04-02")]),
    ("قالت الشرطة يوم الأحد إن", D(2017, 1, 22), [("يوم الأحد", "2017-01-22")]),
    ("عثر عليهما الاثنين، بالمدينة", D(2017, 3, 29), [("الاثنين", "2017-03-27")]),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), CASES)
def test_forms(text: str, anchor: dt.date | None, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(text, anchor) == expected
    check_spans(text, anchor)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("الجمعة", FRI, "2020-02-28"),  # published on a Friday: the anchor itself
        ("السبت", FRI, "2020-02-22"),
        ("الجمعة الماضي", FRI, "2020-02-21"),  # strictly before
        ("الجمعة المقبل", FRI, "2020-03-06"),  # strictly after
        ("السبت المقبل", FRI, "2020-02-29"),
        ("21 مارس الماضي", D(2017, 3, 21), "2016-03-21"),  # the latest one before the anchor
        ("29 فبراير الماضي", D(2017, 6, 1), "2016-02-29"),
        ("10 مايو المقبل", D(2017, 6, 19), "2018-05-10"),
        ("17 ديسمبر", D(2017, 6, 7), "2017-12-17"),  # the anchor's year
        ("28 ديسمبر", D(2017, 1, 3), "2016-12-28"),  # across the turn of the year
        ("2 يناير", D(2016, 12, 30), "2017-01-02"),
        ("في ديسمبر", D(2017, 1, 3), "2016-12"),
        ("في يناير", D(2016, 12, 3), "2017-01"),
        ("في يونيو", D(2016, 1, 3), "2016-06"),
        ("مايو الماضي", D(2017, 5, 20), "2016-05"),
        ("مايو الجاري", D(2017, 5, 20), "2017-05"),
        ("الأسبوع المقبل", D(2017, 1, 1), "2017-W01"),
        ("الأسبوع الماضي (الخميس)", FRI, "2020-02-20"),
    ],
)
def test_resolution(text: str, anchor: dt.date, value: str) -> None:
    assert [m.value for m in find_dates(text, anchor)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "أمس الخميس",
        "الجمعة،",
        "اليوم الإثنين",
        "غدا",
        "الأسبوع المقبل",
        "21 مارس",
        "أيار/مايو الماضي",
        "العام الماضي",
    ],
)
def test_no_anchor_keeps_the_span_without_a_value(text: str) -> None:
    found = find_dates(text, None)
    assert [m.text for m in found] == [text.rstrip("،")]
    assert [m.value for m in found] == [None]


MONTHS = [
    ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7),
    ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("مايو", 5),
    ("مايـو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8),
    ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("جويليه", 7),
    ("أوت", 8),
]  # fmt: skip


@pytest.mark.parametrize(("name", "month"), MONTHS)
def test_every_month_name(name: str, month: int) -> None:
    text = f"وقع ذلك في 15 {name} 2016، وقال"
    assert pairs(text, None) == [(f"15 {name} 2016", f"2016-{month:02d}-15")]
    assert pairs(f"منذ {name} 2016 على", None) == [(f"{name} 2016", f"2016-{month:02d}")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في ٢١ مارس ٢٠١٧ قال", [("٢١ مارس ٢٠١٧", "2017-03-21")]),  # Arabic-Indic digits
        ("في ۲۱ مارس ۲۰۱۷ قال", [("۲۱ مارس ۲۰۱۷", "2017-03-21")]),  # Extended Arabic-Indic
        ("في ٢١/٠٣/٢٠١٧ قال", [("٢١/٠٣/٢٠١٧", "2017-03-21")]),
        ("في 21 مَارِس 2017", [("21 مَارِس 2017", "2017-03-21")]),  # diacritics
        ("في 21 مــارس 2017", [("21 مــارس 2017", "2017-03-21")]),  # tatweel
        ("في 6 ايار 2017", [("6 ايار 2017", "2017-05-06")]),  # hamza dropped
        ("الأثنين 5 يونيو 2017", [("الأثنين 5 يونيو 2017", "2017-06-05")]),
        ("الإثنين 5 يونية 2017", [("الإثنين 5 يونية 2017", "2017-06-05")]),  # taa marbuta for haa
    ],
)
def test_spelling_variants(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, None) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("أَمْسِ", "2020-02-27"), ("غَدًا", "2020-02-29"), ("يوم الاربعاء", "2020-02-26"), ("الجمعه", "2020-02-28")],
)
def test_relative_spelling_variants(text: str, value: str) -> None:
    assert pairs(text, FRI) == [(text, value)]


TRICKY = [
    "الجمعية العامة للأمم المتحدة",
    "الجمعيات الأهلية",
    "أحد الأطراف",
    "أحدث التقارير",
    "الأحد عشر لاعبا",
    "الواحد الأحد",
    "اتفاق بين الاثنين على",
    "كلا الاثنين يريد",
    "مارس الضغط على الحكومة",
    "مارست دولا ذات سيادة",
    "ممارسة السياسة",
    "رئيسة الوزراء تيريزا ماي في واشنطن",
    "مايكل شارب",
    "حماية المدنيين",
    "الأمسية الثقافية",
    "اليومية والأسبوعية",
    "في اليوم التالي",
    "اليوم الوطني للمرأة",
    "في ذلك اليوم",
    "قناة روسيا اليوم",
    "مرتين في اليوم",
    "حميد شباط الأمين العام",
    "سيارة نيسان جديدة",
    "الآباء والأبناء",
    "أبي وأمي",
    "الجيل الثالث من الهواتف",
    "أول مرة",
    "الأسبوع الثقافي",
    "الشهر الفضيل",
    "العام الدراسي",
    "الرأي العام",
    "قال المدعي العام الحالي إن",
    "النائب العام السابق",
    "قرار مجلس الأمن الدولي رقم 2254",
    "نسبة 3.5 بالمئة و10:30 صباحا",
    "والجمعة",
    "بالخميس",
    "السبتي",
    "غدير خم",
    "غداة الانتخابات",
    "المستقبل القادم",
    "الغد",
]


@pytest.mark.parametrize("text", TRICKY)
def test_no_false_positives(text: str) -> None:
    assert find_dates(text, FRI) == []


def test_spans_never_cut_a_word() -> None:
    text = "والخميس والاثنين بالجمعة لليوم وأمس الخميسي مايوه 2017"
    for m in find_dates(text, FRI):
        assert not (m.start > 0 and text[m.start - 1].isalpha()), m
        assert not (m.end < len(text) and text[m.end].isalpha()), m


# --- invariants ------------------------------------------------------------------------------

FRAGMENTS = [
    "أمس", "الخميس", "الأحد", "اليوم", "غدا", "يوم", "يومي", "و", "مايو", "أيار", "/", "(", ")", "،", ",",
    "2017", "٢٠١٧", "5", "31", "الثالث", "من", "شهر", "الماضي", "المقبل", "الأسبوع", "21/03/2017",
    "2017-03-21", "فجر", "مساء", "تموز/يوليو", "كانون الثاني", "الـ", "ـ", "\u064e", "\n", " ", "  ", "قال",
    "الجمعية", "ماي", "-", ".", "x", "0", "99",
]  # fmt: skip
texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=40).map("".join)
anchors = st.none() | st.dates()


@settings(max_examples=300, deadline=None)
@given(texts, anchors)
def test_spans_index_the_text_and_never_overlap(text: str, anchor: dt.date | None) -> None:
    check_spans(text, anchor)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), anchors)
def test_never_raises_on_arbitrary_text(text: str, anchor: dt.date | None) -> None:
    check_spans(text, anchor)
    parse_date(text)
    publication_date(text, None)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["أمس", "غدا", "الأسبوع المقبل", "العام الماضي", "10 تموز المقبل", "28 ديسمبر"]))
def test_extreme_anchors_give_no_error(text: str) -> None:
    for anchor in (D.min, D.max, D(1, 1, 7), D(9999, 12, 25)):
        check_spans(text, anchor)


def test_long_runs_of_spaces_stay_linear() -> None:
    text = ("مايو" + " " * 20000 + "5 ") * 5 + "اليوم" + "\t" * 20000
    started = time.perf_counter()
    check_spans(text, FRI)
    assert time.perf_counter() - started < 1.0


# --- metadata and publication dates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-03-21", D(2017, 3, 21)),
        ("2017-05-14T19:10:00+01:00", D(2017, 5, 14)),
        ("2017-03-21 10:00:00Z", D(2017, 3, 21)),
        ("21/03/2017", D(2017, 3, 21)),
        ("21-03-2017", D(2017, 3, 21)),
        ("2017/03/21", D(2017, 3, 21)),
        ("03/21/2017", D(2017, 3, 21)),  # month first when the day cannot be a month
        ("20170321", D(2017, 3, 21)),
        ("Tue, 21 Mar 2017 10:00:00 GMT", D(2017, 3, 21)),
        ("Tue, 21 Mar 2017 10:00:00 +0300", D(2017, 3, 21)),
        ("March 21, 2017", D(2017, 3, 21)),
        ("21 مارس 2017", D(2017, 3, 21)),
        ("21 آذار 2017", D(2017, 3, 21)),
        ("الثلاثاء 21 مارس 2017", D(2017, 3, 21)),
        ("٢١/٠٣/٢٠١٧", D(2017, 3, 21)),
        ("٢١ آذار ٢٠١٧", D(2017, 3, 21)),
        ("  2017-03-21  ", D(2017, 3, 21)),
        ("", None),
        ("not a date", None),
        ("31/02/2017", None),
        ("2017-13-01", None),
        ("مارس 2017", None),  # a month is not a day
        ("قال الوزير في كلمة طويلة أمام البرلمان يوم 21 مارس 2017", None),
    ],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_parse_date_reads_every_metadata_time(shared_dir: Path) -> None:
    lines = (shared_dir / "data" / "ant-politics" / "metadata.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 200
    for line in lines:
        row = json.loads(line)
        assert parse_date(row["time"]) == file_date(row["docno"]), row["time"]


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        ("نص المقال", "Tue, 21 Mar 2017 10:00:00 GMT", "2017-03-21"),
        ("الثلاثاء 21 مارس 2017\nقال الوزير أمس الاثنين إن", "2016-01-01", "2016-01-01"),  # metadata wins
        ("نشر في 21/03/2017\nقال الوزير إن", None, "2017-03-21"),
        ("الثلاثاء 21 مارس 2017\nقال الوزير إن", None, "2017-03-21"),
        ("2017-03-21 10:00\nقال الوزير إن", None, "2017-03-21"),
        ("عنوان\n\nتونس 11 ديسمبر 2016 (وات) - أكد بيان صادر بتاريخ 10 ديسمبر الجاري، " + "كلام " * 30, None,
         "2016-12-11"),
        ("عنوان\n\nقال الوزير إن " + "كلام " * 30 + "\nتاريخ النشر: 21/03/2017", None, "2017-03-21"),
        ("نص بلا تاريخ", "ليس تاريخا", None),
        ("قال الوزير في 6 أيار/مايو", None, None),  # no year: not a publication date
        ("عنوان\n\nأعلن الادعاء العام السويسري أمس الأربعاء 04 جانفي2017، عن فتح تحقيق " + "كلام " * 30, None,
         None),  # an event in the lead sentence
    ],
)  # fmt: skip
def test_publication_date(text: str, meta: str | None, expected: str | None) -> None:
    assert publication_date(text, meta) == expected


# --- real articles ---------------------------------------------------------------------------


def file_date(name: str) -> dt.date:
    """The date a corpus file name ends with: -YYYYMMDD, a few -DDMMYYYY."""
    digits = re.search(r"-(\d{8})(?:\.txt)?$", name)
    assert digits, name
    x = digits.group(1)
    try:
        return D(int(x[:4]), int(x[4:6]), int(x[6:]))
    except ValueError:
        return D(int(x[4:]), int(x[2:4]), int(x[:2]))


def test_seed_dates(seed_texts: dict[str, str]) -> None:
    seed = seed_texts["000_9b599deff243c192.txt"]
    assert pairs(seed, FRI) == [
        ("الجمعة", "2020-02-28"),
        ("أمس الخميس", "2020-02-27"),
        ("يومي الأربعاء", "2020-02-26"),
        ("والخميس", "2020-02-27"),
        ("الجمعة", "2020-02-28"),
    ]
    assert pairs(seed_texts["003_b89710dcd8ba2f88.txt"], JUNE) == [
        ("اليوم الإثنين", "2017-06-19"),
        ("اليوم", "2017-06-19"),
        ("10 تموز/يوليو المقبل", "2017-07-10"),
        ("10 تموز/يوليو", "2017-07-10"),
        ("الثالث", "2017-05-03"),
        ("والرابع من أيار/مايو الماضي", "2017-05-04"),
        ("6 أيار/مايو 2017", "2017-05-06"),
    ]
    for text in seed_texts.values():
        check_spans(text, None)
        check_spans(text, JUNE)


def test_corpus_runs_clean(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted((shared_dir / "data" / "ant-politics" / "txt").glob("*.txt"))
    assert len(files) == 200
    found = dated = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        anchor = file_date(path.stem)
        check_spans(text, anchor)
        found += len(find_dates(text, anchor))
        published = publication_date(text, None)
        if published is not None:
            assert published == anchor.isoformat(), path.name  # a dateline is never an event date
            dated += 1
    assert found > 300 and dated >= 10
    assert capsys.readouterr() == ("", "")


def test_speed_on_a_4kb_article(seed_texts: dict[str, str]) -> None:
    text = "\n".join(seed_texts.values())
    while len(text[:4096].encode("utf-8")) < 4096:
        text += text
    article = text.encode("utf-8")[:4096].decode("utf-8", "ignore")
    find_dates(article, JUNE)  # patterns compiled once
    best = min(_time(article) for _ in range(30))
    assert best < 0.3e-3, f"{best * 1e3:.3f} ms"


def _time(text: str) -> float:
    started = time.perf_counter()
    find_dates(text, JUNE)
    return time.perf_counter() - started
