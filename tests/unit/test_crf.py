"""The CRF weights reader and the batched Viterbi decoder against brute force and CRFsuite itself."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from marsad.extract.crf import LinearChainCRF, ModelError, viterbi


def _brute_force(scores: np.ndarray, transitions: np.ndarray) -> float:
    n, n_labels = scores.shape
    best = -np.inf
    for path in itertools.product(range(n_labels), repeat=n):
        value = sum(scores[t, y] for t, y in enumerate(path))
        value += sum(transitions[a, b] for a, b in itertools.pairwise(path))
        best = max(best, value)
    return float(best)


def _path_score(path: np.ndarray, scores: np.ndarray, transitions: np.ndarray) -> float:
    value = sum(scores[t, y] for t, y in enumerate(path))
    return float(value + sum(transitions[a, b] for a, b in itertools.pairwise(path)))


_floats = st.floats(-5, 5, allow_nan=False, width=32)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 5), min_size=1, max_size=4),
    hnp.arrays(np.float64, (3, 3), elements=_floats),
    st.data(),
)
def test_viterbi_finds_the_best_path_of_every_sequence(
    lengths: list[int], transitions: np.ndarray, data: st.DataObject
) -> None:
    scores = data.draw(hnp.arrays(np.float64, (sum(lengths), 3), elements=_floats))
    labels = viterbi(scores, lengths, transitions)
    assert labels.shape == (sum(lengths),)
    start = 0
    for n in lengths:
        if n:
            part = slice(start, start + n)
            got = _path_score(labels[part], scores[part], transitions)
            assert got == pytest.approx(_brute_force(scores[part], transitions), abs=1e-9)
            # decoding a sequence alone gives what it got in the batch
            assert viterbi(scores[part], [n], transitions).tolist() == labels[part].tolist()
        start += n


def test_viterbi_rejects_mismatched_shapes() -> None:
    with pytest.raises(ModelError):
        viterbi(np.zeros((3, 2)), [2, 2], np.zeros((2, 2)))
    with pytest.raises(ModelError):
        viterbi(np.zeros((3, 2)), [3], np.zeros((3, 3)))
    assert viterbi(np.zeros((0, 2)), [0, 0], np.zeros((2, 2))).tolist() == []


def test_crf_checks_its_input_at_construction() -> None:
    with pytest.raises(ModelError):
        LinearChainCRF(labels=("A", "A"), transitions=np.zeros((2, 2)), state={})
    with pytest.raises(ModelError):
        LinearChainCRF(labels=("A", "B"), transitions=np.zeros((3, 3)), state={})
    with pytest.raises(ModelError):
        LinearChainCRF(labels=("A", "B"), transitions=np.zeros((2, 2)), state={"x": np.zeros(3)})
    with pytest.raises(ModelError):
        LinearChainCRF.from_crfsuite(b"not a model")


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A small CRFsuite model trained here: upper-case words are names, a name after 'Mr' too."""
    trainer = pycrfsuite.Trainer(verbose=False)
    rng = np.random.default_rng(7)
    words = ["the", "minister", "said", "Mr", "Ali", "Sara", "visited", "Cairo", "and"]
    for _ in range(200):
        sent = list(rng.choice(words, size=int(rng.integers(2, 8))))
        labels = ["N" if w[0].isupper() and w != "Mr" else ("T" if w == "Mr" else "O") for w in sent]
        feats = [
            [f"w={w}", f"up={w[0].isupper()}", f"prev={sent[i - 1] if i else '^'}"]
            for i, w in enumerate(sent)
        ]
        trainer.append(feats, labels)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 50})
    path = Path(tmp_path_factory.mktemp("crf")) / "toy.crfsuite"
    trainer.train(str(path))
    return path.read_bytes()


def test_weights_read_from_crfsuite_tag_as_crfsuite_does(toy_model: bytes) -> None:
    crf = LinearChainCRF.from_crfsuite(toy_model)
    reordered = LinearChainCRF.from_crfsuite(toy_model, labels=sorted(crf.labels, reverse=True))
    assert reordered.labels != crf.labels and set(reordered.labels) == set(crf.labels)
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(toy_model)
    sents = [
        ["Mr", "Ali", "said", "the", "minister"],
        ["Sara", "visited", "Cairo"],
        ["and"],
        ["unknown", "Zed"],
    ]
    for sent in sents:
        feats = [
            [f"w={w}", f"up={w[0].isupper()}", f"prev={sent[i - 1] if i else '^'}"]
            for i, w in enumerate(sent)
        ]
        expected = tagger.tag(feats)
        assert crf.tag(feats) == expected == reordered.tag(feats)
    assert crf.tag([]) == []
    with pytest.raises(ModelError):
        LinearChainCRF.from_crfsuite(toy_model, labels=["O", "N"])
