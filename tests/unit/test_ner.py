"""NER: the packaged CRF tagger, its mention spans, the span scorer, and a quality gate on ANERcorp."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import MarsadError
from marsad.evaluation.ner import format_report, read_conll, score, spans
from marsad.extract.entities import EntityTagger, ModelMissing, _model_bytes
from marsad.extract.ner_features import (
    clusters,
    document_features,
    gazetteer,
    sentence_features,
    to_bio,
    to_bioes,
    word_info,
)
from marsad.records import Article, Sentence

# Honest gate: the shipped model scores 0.722 micro-F1 on the CAMeL test split (see models/NOTICE.md);
# the gate sits one point below so a regression fails, not noise.
QUALITY_GATE = 0.711
SEED_SENTENCE = "أعلن وزير الخارجية الروسي سيرغي لافروف الجمعة"


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger.load()


def test_model_loads_from_package(tagger: EntityTagger) -> None:
    assert tagger.tag([]) == []
    assert len(_model_bytes("ner.crfsuite")) > 100_000


def test_missing_or_broken_model_is_a_clear_error() -> None:
    with pytest.raises(ModelMissing, match="missing"):
        _model_bytes("no-such-model.crfsuite")
    with pytest.raises(MarsadError, match="could not be opened"):
        EntityTagger(b"not a model", b"not a model")


def test_seed_sentence_finds_lavrov(tagger: EntityTagger) -> None:
    tokens = SEED_SENTENCE.split()
    labels = tagger.tag(tokens)
    assert len(labels) == len(tokens)
    assert labels[4:6] == ["B-PERS", "I-PERS"]
    assert labels[:2] == ["O", "O"]


def test_mentions_index_the_text(tagger: EntityTagger, seed_texts: dict[str, str]) -> None:
    found = 0
    for text in seed_texts.values():
        mentions = tagger.mentions(text)
        assert mentions, "every seed names someone or somewhere"
        for m in mentions:
            assert text[m.start : m.end] == m.text == m.canonical
            assert m.label in {"PER", "ORG", "LOC", "MISC"}
            assert m.entity_id is None
            assert m.text == m.text.strip()
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
        found += any(m.label == "PER" and "لافروف" in m.text for m in mentions)
    assert found >= 4


def test_word_cache_starts_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.extract import entities

    tagger = EntityTagger.load()
    doc = [SEED_SENTENCE.split(), ["وصل", "وزير", "الخارجية", "الفرنسي", "إلى", "برشلونة", "."]]
    expected = tagger.tag_document(doc)
    monkeypatch.setattr(entities, "_VECTOR_CACHE", 8)
    for _ in range(3):
        assert tagger.tag_document(doc) == expected
        assert tagger.tag_document([["كلمة", "أخرى", "تماما"]])
    assert len(tagger._words) <= 13  # one document's words at most, never the whole stream


def test_empty_and_punctuation_only_text(tagger: EntityTagger) -> None:
    assert tagger.mentions("") == []
    assert tagger.mentions(" ... ؟ !\n\n«»") == []
    assert tagger.tag_document([[], ["."]]) == [[], ["O"]]


def test_mention_of_seed_sentence(tagger: EntityTagger) -> None:
    text = "  " + SEED_SENTENCE + " في موسكو."
    by_text = {m.text: m for m in tagger.mentions(text)}
    lavrov = by_text["سيرغي لافروف"]
    assert lavrov.label == "PER"
    assert text.index("سيرغي") == lavrov.start
    assert by_text["موسكو"].label == "LOC"


def test_proclitic_trimmed_off_known_name(tagger: EntityTagger) -> None:
    text = "زار الوزير دمشق وبيروت والقاهرة الأسبوع الماضي."
    locs = [m for m in tagger.mentions(text) if m.label == "LOC"]
    assert {m.text for m in locs} >= {"بيروت", "القاهرة"}
    assert all(text[m.start : m.end] == m.text for m in locs)



def test_a_name_opening_with_kaf_keeps_it(tagger: EntityTagger) -> None:
    # ك (like, as) almost never stands glued before a name, while كلير، كارلا، كيارا open with it
    text = "وقالت الفرنسية كلير دوبوا، مسؤولة المكتب، إن القانون مقلق."
    assert "كلير دوبوا" in {m.text for m in tagger.mentions(text) if m.label == "PER"}

def test_stage_fills_article_entities(tagger: EntityTagger) -> None:
    text = SEED_SENTENCE + ". وقال لافروف إن موسكو مستعدة."
    art = Article(id="a", source="test", raw=text, text=text, sentences=[Sentence(0, len(SEED_SENTENCE) + 1)])
    out = tagger(art)
    assert out is art
    assert any(m.text == "سيرغي لافروف" for m in art.entities)
    assert all(text[m.start : m.end] == m.text for m in art.entities)


def test_features_are_cached_per_word_and_gazetteer_matches() -> None:
    feats = sentence_features(SEED_SENTENCE.split())
    assert len(feats) == 7
    assert word_info("لافروف") is word_info("لافروف")
    assert word_info("والعراق").stem == word_info("بالعراق").stem == "عراق"
    assert "g=cur_PER:B" in feats[4] and "g=cur_PER:E" in feats[5]
    assert "g1=trigger_per" in feats[1]
    assert gazetteer().phrases, "gazetteer files ship with the package"


def test_tagger_agrees_with_crfsuite_on_training_features(tagger: EntityTagger, shared_dir: Path) -> None:
    """The package scores tokens from per-word sums and decodes with its own Viterbi; CRFsuite's tagger on
    the attribute lists the training script builds must give the same labels (one feature definition)."""
    first, second = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    first.open_inmemory(_model_bytes("ner_pass1.crfsuite"))
    second.open_inmemory(_model_bytes("ner.crfsuite"))
    gold = read_conll(shared_dir / "data" / "anercorp" / "ANERCorp_CamelLab_test.txt")
    sentences = [[t for t, _ in s] for s in gold[:400]]
    found = 0
    for i in range(0, len(sentences), 20):
        doc = sentences[i : i + 20]
        base = [sentence_features(s) for s in doc]
        labels1 = [to_bio(first.tag(f)) for f in base]
        expected = [to_bio(second.tag(f)) for f in document_features(doc, labels1, base)]
        assert tagger.tag_document(doc) == expected
        found += sum(label != "O" for sent in expected for label in sent)
    assert found > 300  # the comparison covers many entities, not only O


def test_word_clusters_and_name_lists_feed_the_features() -> None:
    assert len(clusters()) > 5000, "clusters.tsv ships with the package"
    own = word_info("وقال").own
    assert sum(f.startswith(("c0=", "c1=", "c2=")) for f in own) == 3  # three granularities
    assert "g1=names_given" in word_info("ومحمد").own
    assert "g1=names_foreign" in word_info("ساركوزي").own
    assert "g1=clubs" in word_info("برشلونة").own
    assert "g1=companies" in word_info("فولكسفاغن").own


# ---------------------------------------------------------------- scorer


def test_spans_bio_rules() -> None:
    assert spans(["B-PER", "I-PER", "O", "B-LOC"]) == {("PER", 0, 2), ("LOC", 3, 4)}
    assert spans(["O", "I-ORG", "I-ORG"]) == {("ORG", 1, 3)}  # I- after O opens an entity
    assert spans(["B-PER", "I-LOC"]) == {("PER", 0, 1), ("LOC", 1, 2)}  # type change splits
    assert spans(["B-PER", "B-PER"]) == {("PER", 0, 1), ("PER", 1, 2)}
    assert spans([]) == set()


def test_score_exact_match_and_partial_miss() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    assert score(gold, gold)["micro"]["f1"] == 1.0
    partial = [["B-PERS", "O", "O", "B-LOC"]]  # half a name: a miss and a false alarm
    s = score(gold, partial)
    assert s["PERS"]["precision"] == 0.0 and s["PERS"]["recall"] == 0.0
    assert s["LOC"]["f1"] == 1.0
    assert s["micro"]["precision"] == 0.5 and s["micro"]["recall"] == 0.5
    assert s["PERS"]["support"] == 1.0


def test_score_i_after_o_and_wrong_type() -> None:
    gold = [["O", "B-ORG", "I-ORG", "O"]]
    assert score(gold, [["O", "I-ORG", "I-ORG", "O"]])["micro"]["f1"] == 1.0
    s = score(gold, [["O", "B-LOC", "I-LOC", "O"]])
    assert s["micro"]["f1"] == 0.0 and s["LOC"]["precision"] == 0.0
    with pytest.raises(ValueError):
        score([["O"]], [["O", "O"]])


def test_format_report_and_read_conll(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text("فرانكفورت B-LOC\n(د O\n\nوقال O\nبرند B-PERS\nجوتشولك I-PERS\n", encoding="utf-8")
    seqs = read_conll(path)
    assert seqs == [
        [("فرانكفورت", "B-LOC"), ("(د", "O")],
        [("وقال", "O"), ("برند", "B-PERS"), ("جوتشولك", "I-PERS")],
    ]
    report = format_report(score([[g for _, g in s] for s in seqs], [["B-LOC", "O"], ["O", "B-PERS", "O"]]))
    lines = report.splitlines()
    assert lines[-1].split()[0] == "micro" and "LOC" in report and "PERS" in report
    assert "100.00" in report


_labels = st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]), max_size=30)


@given(_labels)
def test_bioes_round_trip_keeps_entities(labels: list[str]) -> None:
    assert spans(to_bio(to_bioes(labels))) == spans(labels)
    assert spans(to_bioes(labels)) == spans(labels)


@given(_labels)
def test_spans_are_disjoint_and_in_bounds(labels: list[str]) -> None:
    found = sorted(spans(labels), key=lambda e: e[1])
    for _, a, b in found:
        assert 0 <= a < b <= len(labels)
    for (_, _, end), (_, start, _) in zip(found, found[1:], strict=False):
        assert end <= start
    if found:
        assert score([labels], [labels])["micro"]["f1"] == 1.0


# ---------------------------------------------------------------- quality gate


def test_anercorp_test_split_quality_gate(tagger: EntityTagger, shared_dir: Path) -> None:
    gold = read_conll(shared_dir / "data" / "anercorp" / "ANERCorp_CamelLab_test.txt")
    pred: list[list[str]] = []
    for i in range(0, len(gold), 20):  # blocks of 20 sentences stand for articles, as in training
        pred.extend(tagger.tag_document([[t for t, _ in s] for s in gold[i : i + 20]]))
    s = score([[g for _, g in seq] for seq in gold], pred)
    assert s["micro"]["f1"] >= QUALITY_GATE, format_report(s)
    assert s["LOC"]["f1"] >= 0.80, format_report(s)
