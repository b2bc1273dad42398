"""The rewrites of marsad.evaluation.perturb: what they change, what they leave alone, and that a
rewritten gold set still matches its rewritten articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.evaluation.perturb import Rewriter, recast_gold, rename_gold, restyle_gold

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold"


def test_clitics_stay_and_the_name_changes() -> None:
    r = Rewriter({"الشابي": "الكوريمي", "لافروف": "زيتانون"})
    assert r("قال الشابي وبالشابي وللشابي، ولافروف") == "قال الكوريمي وبالكوريمي وللكوريمي، وزيتانون"


def test_words_that_merely_contain_a_name_are_left_alone() -> None:
    r = Rewriter({"لافروف": "زيتانون", "الشابي": "الكوريمي"})
    assert r("لافروفي الشابية بلافروفستان") == "لافروفي الشابية بلافروفستان"


def test_spellings_that_normalise_alike_are_renamed_too() -> None:
    r = Rewriter({"أوبراين": "زيتانون", "الشابي": "الكوريمي"})
    assert r("اوبراين وإوبراين الشابى") == "زيتانون وزيتانون الكوريمي"


def test_the_map_is_checked_at_construction() -> None:
    with pytest.raises(ValueError, match="single words"):
        Rewriter({"قايد السبسي": "كارو"})


@given(st.text(alphabet="قال إن أن وأضاف “”:،. الوزير سوريا\n"))
def test_text_without_the_names_is_unchanged(text: str) -> None:
    assert Rewriter({"لافروف": "زيتانون", "الشابي": "الكوريمي"})(text) == text


def test_a_renamed_gold_set_matches_its_renamed_articles(shared_dir: Path) -> None:
    gold = json.loads((GOLD / "ant-politics.heldout2.quotes.json").read_text(encoding="utf-8"))
    folder = shared_dir / "data" / "ant-politics" / "txt"
    texts = {e["article"]: (folder / e["article"]).read_text(encoding="utf-8") for e in gold}
    new_gold, new_texts = rename_gold(gold, texts, seed=3)
    assert new_texts.keys() == texts.keys()
    renamed = [(old, new) for e0, e in zip(gold, new_gold, strict=True)
               for old, new in zip(e0["quotes"], e["quotes"], strict=True)
               if old["speaker"] != new["speaker"]]
    assert len(renamed) >= 80  # people speak most of the quotations
    for e in new_gold:
        for q in e["quotes"]:
            assert q["text"] in new_texts[e["article"]]  # gold contents still occur verbatim
    for old, new in renamed:
        assert old["speaker"].split()[0] == new["speaker"].split()[0]  # the given name is kept
        for key in new["speaker_keys"]:
            assert key in new["speaker"] or key in old["speaker_keys"]
    institutions = {q["speaker"] for e in new_gold for q in e["quotes"]}
    assert {"البيت الأبيض", "وزارة الداخلية"} & institutions  # institutions keep their names
    old_words = {w for t in texts.values() for w in t.split()}
    for _old, new in renamed:
        assert new["speaker"].split()[-1] not in old_words  # invented names occur in no original text


def test_recasting_swaps_every_listed_verb_and_keeps_the_gold_matching(shared_dir: Path) -> None:
    gold = json.loads((GOLD / "ant-politics.dev.quotes.json").read_text(encoding="utf-8"))
    folder = shared_dir / "data" / "ant-politics" / "txt"
    texts = {e["article"]: (folder / e["article"]).read_text(encoding="utf-8") for e in gold}
    new_gold, new_texts = recast_gold(gold, texts, seed=1)
    changed = [(old["cue"], new["cue"]) for e0, e in zip(gold, new_gold, strict=True)
               for old, new in zip(e0["quotes"], e["quotes"], strict=True) if old["cue"] != new["cue"]]
    assert len(changed) >= 20
    assert all(old != new and len(old.split()) == len(new.split()) for old, new in changed)
    assert ("أكد", "أكد") not in changed
    for e in new_gold:
        for q in e["quotes"]:
            assert q["text"] in new_texts[e["article"]]
    assert [q["speaker"] for e in new_gold for q in e["quotes"]] == \
        [q["speaker"] for e in gold for q in e["quotes"]]  # speakers are not touched
    assert sum(t.count("وأكد") for t in new_texts.values()) < sum(t.count("وأكد") for t in texts.values())


def test_restyling_pairs_marks_as_guillemets_and_keeps_every_offset() -> None:
    texts = {"a.txt": 'قال "نعم"، وأضاف "لا"\nثم "سطر'}
    gold = [{"article": "a.txt", "quotes": [{"speaker": "س", "speaker_keys": ["س"], "kind": "direct",
                                             "cue": "قال", "text": '"لا"'}]}]
    new_gold, new_texts = restyle_gold(gold, texts)
    assert new_texts["a.txt"] == "قال «نعم», وأضاف «لا»\nثم ”سطر"  # an unpaired mark becomes ”
    assert new_gold[0]["quotes"][0]["text"] == "«لا»"  # read at its old offsets
