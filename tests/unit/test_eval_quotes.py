"""The quotation scorer follows shared/gold/QUOTES-GUIDELINES.md to the letter."""

from __future__ import annotations

import pytest

from marsad.evaluation.quotes import content_tokens, format_scores, score_quotes, speaker_ok, token_f1
from marsad.records import Quote, Span, Speaker


def pred(text: str, name: str | None = None, kind: str = "indirect") -> Quote:
    return Quote(0, len(text), text, kind, Span(0, 0, ""), Speaker(name) if name else None)


def gold(text: str, speaker: str = "سيرغي لافروف", keys: tuple[str, ...] = ("لافروف",),
         kind: str = "indirect") -> dict[str, object]:
    return {"speaker": speaker, "speaker_keys": list(keys), "kind": kind, "cue": "قال", "text": text}


def test_tokens_are_normalised_and_punctuation_free() -> None:
    assert content_tokens("“إنّ الأمرَ مُهِمّ”، جدًا.") == ["ان", "الامر", "مهم", "جدا"]


def test_token_f1() -> None:
    assert token_f1(["a", "b"], ["a", "b"]) == 1.0
    assert token_f1(["a", "b", "c", "d"], ["a", "b"]) == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert token_f1(["a"], []) == 0.0
    assert token_f1(["a", "a"], ["a"]) == pytest.approx(2 / 3)  # bags, not sets


def test_speaker_match_is_containment_after_normalisation() -> None:
    assert speaker_ok("سيرجي لافروف", ["لافروف"])
    assert speaker_ok("وزير الخارجية الروسي سيرغي لافروف", ["لافروف"])
    assert speaker_ok("هايكو ماس", ["ماس"])
    assert not speaker_ok("فلاديمير بوتين", ["لافروف"])
    assert not speaker_ok(None, ["لافروف"])
    assert speaker_ok("البيت الابيض", ["البيت الأبيض"])  # hamza folded on both sides


def test_match_threshold_is_half_token_f1() -> None:
    g = [{"article": "a", "quotes": [gold("واحد اثنان ثلاثة اربعة")]}]
    at_half = score_quotes(g, {"a": [pred("واحد خمسة", "لافروف")]})  # F1 = 2*.5*.25/.75 = 1/3
    assert at_half.matched == 0
    enough = score_quotes(g, {"a": [pred("واحد اثنان ثلاثة", "لافروف")]})  # F1 = 6/7
    assert enough.matched == 1
    assert enough.e2e_f1 == 1.0


def test_each_gold_matches_at_most_one_prediction_greedily() -> None:
    g = [{"article": "a", "quotes": [gold("الف باء جيم دال"), gold("هاء واو زاي حاء")]}]
    p = {"a": [pred("الف باء جيم", "لافروف"), pred("الف باء جيم دال", "بوتين"), pred("هاء واو زاي", "x")]}
    s = score_quotes(g, p)
    assert (s.gold, s.predicted, s.matched) == (2, 3, 2)
    # the exact copy wins the first gold; its speaker is wrong
    assert s.speaker_right == 0
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == 1.0
    assert len(s.spurious) == 1 and s.spurious[0]["text"] == "الف باء جيم"
    assert len(s.wrong_speaker) == 2


def test_end_to_end_counts_only_right_speakers_and_kinds_are_broken_down() -> None:
    g = [{"article": "a", "quotes": [gold("الف باء", kind="direct"), gold("جيم دال", kind="indirect")]},
         {"article": "b", "quotes": [gold("هاء واو", kind="mixed")]}]
    p = {"a": [pred("الف باء", "سيرغي لافروف"), pred("جيم دال", "ماس")], "c": [pred("زاي حاء")]}
    s = score_quotes(g, p)
    assert (s.gold, s.predicted, s.matched, s.speaker_right) == (3, 2, 2, 1)
    assert s.speaker_accuracy == 0.5
    assert s.e2e_precision == 0.5
    assert s.e2e_recall == pytest.approx(1 / 3)
    assert s.by_kind["direct"].speaker_right == 1
    assert s.by_kind["indirect"].matched == 1 and s.by_kind["indirect"].speaker_right == 0
    assert s.by_kind["mixed"].gold == 1 and s.by_kind["mixed"].matched == 0
    assert s.misses[0]["text"] == "هاء واو"


def test_empty_inputs_score_zero_without_dividing_by_zero() -> None:
    s = score_quotes([], {})
    assert (s.precision, s.recall, s.f1, s.speaker_accuracy, s.e2e_f1) == (0.0, 0.0, 0.0, 0.0, 0.0)


def test_format_scores_reports_every_figure() -> None:
    g = [{"article": "a", "quotes": [gold("الف باء", kind="direct")]}]
    out = format_scores(score_quotes(g, {"a": [pred("الف باء", "لافروف")]}))
    for needle in ("P 1.000", "R 1.000", "F1 1.000", "accuracy 1.000", "end-to-end", "direct: 1/1"):
        assert needle in out
