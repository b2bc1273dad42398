"""Cleaning: boilerplate out, title and outlet recognised, nothing else rewritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.clean import canonical_outlet, clean
from tests.golden.regen import STAGES, golden_path


def _non_blank_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(line == other for other in it) for line in small)


# ---------------------------------------------------------------- the five seeds


SEEDS = sorted(p.name for p in (Path(__file__).parents[2] / "samples" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS)
def test_golden(seed: str, seed_texts: dict[str, str]) -> None:
    expected = json.loads(golden_path("clean", seed).read_text(encoding="utf-8"))
    assert STAGES["clean"](seed_texts[seed]) == expected


def test_seed_000_source_line_gives_outlet_and_goes(seed_texts: dict[str, str]) -> None:
    c = clean(seed_texts["000_9b599deff243c192.txt"])
    assert c.outlet == "سبوتنيك"
    assert "المصدر" not in c.text
    assert c.text.endswith("أوضاعهم الإنسانية.")
    assert c.title is None and c.title_span is None


def test_seed_001_title_and_navigation(seed_texts: dict[str, str]) -> None:
    c = clean(seed_texts["001_ef9047099b731a3e.txt"])
    assert c.title == "لافروف: سنجري مزيداً من الاتصالات مع الجهات الإقليمية حول الأزمة السورية"
    assert "الشريط" not in c.text
    assert c.title_span is not None
    assert c.text[c.title_span.start : c.title_span.end] == c.title == c.title_span.text
    assert "\xa0" not in c.text.split("\n")  # the lone no-break-space line is gone
    assert "\n\n\n" not in c.text


def test_seed_002_title_kept_once_ads_removed(seed_texts: dict[str, str]) -> None:
    c = clean(seed_texts["002_29c8a2bbd072e2bf.txt"])
    assert c.title == "لافروف : نعمل بشكل مكثف مع تركيا لحل الوضع في إدلب"
    assert c.text.count(c.title) == 1
    assert c.title_span is not None and c.title_span.start == 0
    assert "[ads" not in c.text


def test_seed_003_outlet(seed_texts: dict[str, str]) -> None:
    c = clean(seed_texts["003_b89710dcd8ba2f88.txt"])
    assert c.outlet == "سبوتنيك"
    assert "المصدر" not in c.text


def test_seed_004_sign_off_and_trailing_widgets(seed_texts: dict[str, str]) -> None:
    c = clean(seed_texts["004_2fb4171725300b4b.txt"])
    assert c.outlet == "سيريانيوز"
    for gone in ("سيريانيوز", "المواضيع الأكثر قراءة", "SHARE", "close"):
        assert gone not in c.text
    assert c.text.endswith("باتخاذ إجراءات عقابية.")
    assert c.title == "لافروف:تطور جزئي في مباحثاتنا مع تيلرسون واتفقنا على التعاون حول سوريا"


def test_kept_lines_are_input_lines_verbatim(seed_texts: dict[str, str]) -> None:
    for raw in seed_texts.values():
        out = clean(raw).text
        assert _is_subsequence(_non_blank_lines(out), raw.split("\n"))
        assert out == out.strip("\n")


# ---------------------------------------------------------------- title and outlet arguments


def test_given_title_matching_first_line_is_the_span_and_kept_once() -> None:
    raw = "عنوان الخبر\n\nعنوان الخبر\n\nنص الخبر هنا."
    c = clean(raw, title=" عنوان الخبر ")
    assert c.title == "عنوان الخبر"
    assert c.text == "عنوان الخبر\n\nنص الخبر هنا."
    assert c.title_span is not None and (c.title_span.start, c.title_span.end) == (0, 11)


def test_given_title_not_in_body_is_not_added() -> None:
    c = clean("نص الخبر هنا.\nسطر ثان.", title="عنوان آخر")
    assert c.title == "عنوان آخر"
    assert c.title_span is None
    assert c.text == "نص الخبر هنا.\nسطر ثان."


def test_no_title_when_first_line_is_a_sentence_or_not_set_apart() -> None:
    assert clean("قال الوزير إن الاجتماع انتهى.\n\nوأضاف أنه راض.").title is None
    assert clean("خبر قصير\nيتبعه سطر مباشرة دون فراغ.").title is None
    assert clean("سطر وحيد").title is None


def test_ellipsis_title_is_a_title() -> None:
    c = clean("برهان بسيس : لست مستنقعا للمياه الراكدة ..\n\nقال برهان بسيس إنه ...")
    assert c.title == "برهان بسيس : لست مستنقعا للمياه الراكدة .."


def test_outlet_argument_wins_and_is_canonicalised() -> None:
    c = clean("نص.\nالمصدر: سبوتنيك", outlet="Reuters")
    assert c.outlet == "رويترز"
    assert "المصدر" not in c.text
    assert clean("نص.", outlet="مدونة صغيرة").outlet == "مدونة صغيرة"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("المصدر : وكالة الأناضول", "الأناضول"),
        ("(سانا)", "سانا"),
        ("- وكالات", "وكالات"),
        ("المصدر: وكالات / رويترز", "رويترز"),
        ("Source: sputniknews.com", "سبوتنيك"),
    ],
)
def test_source_lines_are_metadata(line: str, outlet: str) -> None:
    c = clean(f"قال المتحدث إن الوضع هادئ.\n{line}")
    assert c.outlet == outlet
    assert c.text == "قال المتحدث إن الوضع هادئ."


def test_unknown_source_is_kept_as_written() -> None:
    c = clean("قال المتحدث إن الوضع هادئ.\nالمصدر: موقع الحدث المحلي")
    assert c.outlet == "موقع الحدث المحلي"
    assert "المصدر" not in c.text


def test_dateline_gives_outlet_without_touching_text() -> None:
    raw = "عنوان\n\nتونس 11 ديسمبر 2016 (وات) - أكد بيان صادر اليوم أن النواب انسحبوا."
    c = clean(raw)
    assert c.outlet == "وات"
    assert c.text == raw


def test_outlet_name_inside_a_paragraph_is_not_a_sign_off() -> None:
    raw = "الجزيرة\n\nنص أول.\n\nنص ثان.\n\nنص ثالث.\n\nنص رابع."
    # a bare outlet name heading the article is site furniture; mid-article lines are left alone
    assert clean(raw).outlet == "الجزيرة"
    mid = "نص أول.\n\nالجزيرة\n\nنص ثان.\n\nنص ثالث.\n\nنص رابع."
    assert clean(mid).text == mid


# ---------------------------------------------------------------- boilerplate and whitespace


@pytest.mark.parametrize(
    "widget",
    [
        "[ads1]",
        "[ads12]",
        "SHARE",
        "close",
        "المواضيع الأكثر قراءة",
        "اقرأ أيضاً: لافروف يلتقي نظيره",
        "شارك على فيسبوك",
        "طباعة",
        "Facebook | Twitter | WhatsApp",
        "\xa0",
        "الرئيسية > أخبار > سياسة",
        "12 تعليق",
        "الكلمات الدلالية: سوريا، روسيا",
    ],
)
def test_boilerplate_lines_go(widget: str) -> None:
    raw = f"عنوان قصير\n\nفقرة أولى.\n\n{widget}\n\nفقرة ثانية."
    assert clean(raw).text == "عنوان قصير\n\nفقرة أولى.\n\nفقرة ثانية."


def test_long_lines_are_never_boilerplate() -> None:
    para = "شارك " + "الوزير في الاجتماع الذي عقد اليوم " * 10
    assert clean(f"فقرة.\n{para}").text == f"فقرة.\n{para}"


def test_blank_runs_collapse_and_ends_trim() -> None:
    c = clean("\n\n  \nسطر أول.\n\n\n\n\nسطر ثان.\n\n\n")
    assert c.text == "سطر أول.\n\nسطر ثان."


def test_crlf_input_keeps_its_line_breaks() -> None:
    c = clean("عنوان\r\n\r\n[ads1]\r\nنص أول.\r\nنص ثان.")
    assert c.text == "عنوان\r\n\r\nنص أول.\r\nنص ثان."
    assert c.title == "عنوان"


def test_empty_input() -> None:
    c = clean("")
    assert (c.text, c.title, c.title_span, c.outlet) == ("", None, None, None)


_LINE = st.one_of(
    st.text(alphabet=st.sampled_from(list("لافروف قال سوريا. :،[]ads1\u00a0\t“”")), max_size=30),
    st.sampled_from(["SHARE", "close", "[ads1]", "المصدر: سبوتنيك", "سيريانيوز", "\xa0", ""]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_output_lines_are_input_lines_in_order(lines: list[str], newline: str) -> None:
    raw = newline.join(lines)
    c = clean(raw)
    out = c.text.split(newline)
    assert _is_subsequence([x for x in out if x.strip()], lines)
    assert all(x == "" or x.strip() for x in out)  # blank lines come out empty
    assert "\n\n\n" not in c.text.replace("\r", "")
    if c.title_span is not None:
        assert c.text[c.title_span.start : c.title_span.end] == c.title_span.text == c.title


# ---------------------------------------------------------------- outlets


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Sputnik", "سبوتنيك"),
        ("سبوتنيك عربي", "سبوتنيك"),
        ("sputniknews", "سبوتنيك"),
        ("https://arabic.sputniknews.com/world/2020/1.html", "سبوتنيك"),
        ("وكالة الأناضول", "الأناضول"),
        ("أ.ف.ب", "فرانس برس"),
        ("ا ف ب", "فرانس برس"),
        ("AFP", "فرانس برس"),
        ("RT", "روسيا اليوم"),
        ("الوكالة العربية السورية للأنباء (سانا)", "سانا"),
        ("سيريانيوز", "سيريانيوز"),
        ("www.aljazeera.net", "الجزيرة"),
        ("جوهرة FM", "جوهرة أف أم"),
        ("بي بي سي عربي", "بي بي سي عربي"),
    ],
)
def test_canonical_outlet(name: str, canonical: str) -> None:
    assert canonical_outlet(name) == canonical


@pytest.mark.parametrize("name", ["", "   ", "وزارة الخارجية", "example.com", "x" * 500])
def test_unknown_outlets(name: str) -> None:
    assert canonical_outlet(name) is None


# ---------------------------------------------------------------- a real corpus


def test_ant_politics_titles(shared_dir: Path) -> None:
    files = sorted((shared_dir / "data" / "ant-politics" / "txt").glob("*.txt"))
    assert len(files) == 200
    for path in files:
        raw = path.read_text(encoding="utf-8")
        c = clean(raw)
        first = raw.split("\n", 1)[0].strip()
        assert c.title == first, path.name
        assert c.title_span is not None and c.text[c.title_span.start : c.title_span.end] == first
        assert _is_subsequence(_non_blank_lines(c.text), raw.split("\n"))


def test_repeated_title_with_other_spacing_is_dropped() -> None:
    c = clean("لافروف : نعمل مع تركيا\n\nلافروف: نعمل مع تركيا\n\nقال لافروف إن بلاده تعمل.")
    assert c.text == "لافروف : نعمل مع تركيا\n\nقال لافروف إن بلاده تعمل."
