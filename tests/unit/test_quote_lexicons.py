"""The quotation lexicons (src/marsad/data/quotes) parse, have no duplicates and generate their forms."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources

import pytest

from marsad.extract.quote_lexicon import (
    CUE_FLAGS,
    CUE_PREPOSITIONS,
    QuoteLexicon,
    generate_forms,
    participle_forms,
    past_forms,
    present_forms,
    read_lines,
    read_rows,
)
from marsad.text.normalize import normalize

LISTS = [
    "anonymous.txt",
    "role_plurals.txt", "hedges.txt",
    "time_words.txt", "name_compounds.txt", "complementizers.txt", "manner.txt", "turns.txt",
    "attributions.txt", "end_markers.txt", "documents.txt", "roles.txt", "counterparts.txt",
    "role_modifiers.txt", "institutions.txt", "name_stops.txt", "name_particles.txt", "subordinators.txt",
    "quote_titles.txt", "source_nouns.txt", "kinship.txt", "honorifics.txt", "occasions.txt",
    "interlocutors.txt", "portfolios.txt", "role_synonyms.txt", "role_hypernyms.txt", "not_names.txt",
    "address_titles.txt", "role_compounds.txt", "adverbs.txt", "foreign_given_names.txt", "place_nouns.txt",
    "place_openers.txt",
]


@pytest.fixture(scope="module")
def lex() -> QuoteLexicon:
    return QuoteLexicon.load()


def test_every_data_file_is_known_to_the_tests() -> None:
    names = {p.name for p in resources.files("marsad.data").joinpath("quotes").iterdir()}
    assert names == set(LISTS) | {"cues.tsv", "nationalities.tsv"}


@pytest.mark.parametrize("name", LISTS)
def test_lists_have_no_duplicates_after_normalisation(name: str) -> None:
    items = [normalize(x) for x in read_lines(name)]
    assert items, name
    dupes = {x for x in items if items.count(x) > 1}
    assert not dupes, (name, dupes)


def test_foreign_given_names_join_the_given_names_but_no_pronoun(lex: QuoteLexicon) -> None:
    assert {"انغريد", "غراهام", "راجيف"} <= lex.given_names
    foreign = {normalize(w) for w in read_lines("foreign_given_names.txt")}
    assert not {"انا", "امي", "لي"} & foreign  # I, my mother, to me


def test_common_nouns_are_taken_out_of_the_given_names(lex: QuoteLexicon) -> None:
    assert lex.not_names and "فوز" in lex.not_names
    assert not lex.not_names & lex.given_names
    assert {"محمد", "عمار", "سالم"} <= lex.given_names


def test_cue_rows_are_well_formed_and_unique() -> None:
    rows = read_rows("cues.tsv", 6)
    lemmas = [normalize(r[0]) for r in rows]
    assert len(lemmas) == len(set(lemmas))
    for past, present, _part, _noun, preps, flags in rows:
        assert present == "-" or normalize(present)[0] == "ي", past
        assert flags == "-" or set(flags.split("|")) <= CUE_FLAGS, past
        assert preps == "-" or set(preps.split("|")) <= CUE_PREPOSITIONS.keys(), past


def test_every_lemma_generates_its_forms(lex: QuoteLexicon) -> None:
    stops = {normalize(w) for w in read_lines("name_stops.txt")}
    for past, present, part, noun, _preps, _flags in read_rows("cues.tsv", 6):
        forms = generate_forms(past, None if present == "-" else present, None if part == "-" else part,
                               None if noun == "-" else noun, normalize(past) not in stops)
        p = normalize(past)
        assert forms[p][0] == "past"
        assert len([f for f, (k, _) in forms.items() if k == "past"]) >= 4
        if present != "-":
            assert forms[normalize(present)][0] == "present"
        if part != "-":
            assert normalize(part) + "ا" in forms
        for f in forms:  # every generated form reaches the extractor (first lemma wins a clash)
            assert f in lex.forms


def test_a_verb_spelled_like_a_function_word_takes_no_object_suffix(lex: QuoteLexicon) -> None:
    assert "بين" in lex.forms and "بينها" not in lex.forms and "بينهم" not in lex.forms
    assert "طالبها" in lex.forms


@pytest.mark.parametrize(("form", "kind", "gender"), [
    ("قالت", "past", "f"), ("قالوا", "past", "p"), ("يقول", "present", "m"), ("تقول", "present", "f"),
    ("يقولون", "present", "p"), ("قايلا", "participle", "m"), ("قوله", "noun", "m"), ("دعت", "past", "f"),
    ("دعوا", "past", "p"), ("يدعون", "present", "p"), ("نفت", "past", "f"), ("مضيفه", "participle", "f"),
    ("موكدا", "participle", "m"), ("اعتبرها", "past", "m"), ("راي", "past", "m"), ("رات", "past", "f"),
])
def test_known_forms(lex: QuoteLexicon, form: str, kind: str, gender: str) -> None:
    cue = lex.forms[form]
    assert (cue.kind, cue.gender) == (kind, gender)


def test_weak_verbs_drop_their_last_letter() -> None:
    assert past_forms("دعا")[:3] == ["دعا", "دعت", "دعوا"]
    assert present_forms("يدعو")[2] == "يدعون"
    assert participle_forms("مشير")[:2] == ["مشيرا", "مشيره"]


def test_nouns_that_look_like_verbs_are_not_generated(lex: QuoteLexicon) -> None:
    for noun in ("إضافة", "إشارة", "إعلان", "تأكيد", "اعتبار"):
        assert normalize(noun) not in lex.forms, noun
    assert "نقلا" not in lex.forms  # نقلا عن is an attribution phrase, not a dual verb


def test_nationalities_inflect_and_map_to_countries(lex: QuoteLexicon) -> None:
    for adj in ("الروسي", "الروسية", "روسي", "روسية"):
        assert lex.nationalities[normalize(adj)] == "روسيا"
    assert lex.nationalities[normalize("الأمريكية")] == "الولايات المتحدة"
    assert normalize("لوكسمبورغ") in lex.countries
    rows = read_rows("nationalities.tsv", 2)
    adjs = [normalize(a) for a, _ in rows if a]
    assert len(adjs) == len(set(adjs))


def test_roles_and_institutions_are_indexed_with_article_and_conjunction(lex: QuoteLexicon) -> None:
    for w, head in (("وزير", "وزير"), ("الوزيره", "وزير"), ("والرييس", "رييس"), ("بالامين", "امين"),
                    ("نظيره", "نظير")):
        assert lex.role_index[w] == head
    for w in ("وزاره", "الوزاره", "والشرطه"):
        assert w in lex.institution_index
    assert ("البيت", "الابيض") in lex.institution_phrases
    assert ("الولايات", "المتحده") in lex.institution_phrases


def test_phrases_are_indexed_by_first_word(lex: QuoteLexicon) -> None:
    assert ("من", "جانبه") in lex.turns
    assert ("من", "جانبه") in lex.phrase_index["من"]
    assert ("بحسب",) in lex.phrase_index["وبحسب"]
    assert ("حسب", "قوله") in lex.end_markers


def test_load_is_cached() -> None:
    assert QuoteLexicon.load() is QuoteLexicon.load()


def test_the_lexicon_does_not_depend_on_the_hash_seed() -> None:
    """Forms two entries generate (جمعيات: listed, and the plural of جمعية) go to one head whatever order a
    set is iterated in, so a run gives the same quotations under every PYTHONHASHSEED."""
    script = ("from marsad.extract.quote_lexicon import QuoteLexicon; lex = QuoteLexicon.load(); "
              "print(sorted(lex.institution_index.items()), sorted(lex.role_index.items()))")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1
