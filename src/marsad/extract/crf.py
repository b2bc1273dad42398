"""A linear-chain CRF's weights as arrays, and compiled Viterbi decoding of many sequences in one call.

Why not CRFsuite's own tagger: it takes attribute *strings* per token and looks each one up at every
call, which made string handling most of the tagging time. A CRF's token score is a sum of weight
vectors, so a caller can add up a word's vectors once per word type and reuse the sum wherever the word
recurs; this module holds the vectors and decodes every sentence of a document in one call. CRFsuite
still trains the models (scripts/train_ner.py); `from_crfsuite` reads its model file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numba
import numpy as np
import numpy.typing as npt

from marsad.errors import MarsadError

Vector = npt.NDArray[np.float64]


class ModelError(MarsadError):
    code = "E501"


@dataclass(frozen=True, slots=True)
class LinearChainCRF:
    """First-order CRF: a weight vector over labels per attribute, and label-to-label transitions.

    ``transitions[a, b]`` scores label ``b`` right after label ``a``; CRFsuite has no start or end
    weights, so neither does this. An attribute the model does not know weighs nothing.
    """

    labels: tuple[str, ...]
    transitions: Vector  # (L, L)
    state: dict[str, Vector]  # attribute -> (L,)

    def __post_init__(self) -> None:
        n = len(self.labels)
        if n == 0 or len(set(self.labels)) != n:
            raise ModelError("a CRF needs distinct labels")
        if self.transitions.shape != (n, n):
            raise ModelError(f"transitions are {self.transitions.shape}, expected ({n}, {n})")
        bad = next((a for a, v in self.state.items() if v.shape != (n,)), None)
        if bad is not None:
            raise ModelError(f"the weights of attribute {bad!r} do not match the {n} labels")

    @classmethod
    def from_crfsuite(cls, model: bytes, labels: Sequence[str] | None = None) -> LinearChainCRF:
        """Read a CRFsuite model; ``labels`` fixes the label order (e.g. to align two models)."""
        try:
            import pycrfsuite
        except ImportError as exc:  # a core dependency: a broken install should say so clearly
            raise MarsadError("reading a CRF model needs python-crfsuite (a core dependency)") from exc
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open_inmemory(model)
            info = tagger.info()
        except (ValueError, OSError) as exc:
            raise ModelError(f"not a readable CRFsuite model: {exc}") from exc
        finally:
            tagger.close()
        own = sorted(info.labels, key=lambda x: int(info.labels[x]))
        order = tuple(labels) if labels is not None else tuple(own)
        if sorted(order) != sorted(own):
            raise ModelError(f"the model's labels {own} are not {list(order)}")
        index = {label: i for i, label in enumerate(order)}
        n = len(order)
        transitions = np.zeros((n, n))
        for (a, b), w in info.transitions.items():
            transitions[index[a], index[b]] = w
        state: dict[str, Vector] = {}
        for (attr, label), w in info.state_features.items():
            vec = state.get(attr)
            if vec is None:
                vec = state[attr] = np.zeros(n)
            vec[index[label]] = w
        return cls(labels=order, transitions=transitions, state=state)

    def score(self, attributes: Iterable[str]) -> Vector:
        """Summed weights of a token's attributes (unknown ones weigh nothing)."""
        total = np.zeros(len(self.labels))
        for attr in attributes:
            vec = self.state.get(attr)
            if vec is not None:
                total += vec
        return total

    def tag(self, items: Sequence[Iterable[str]]) -> list[str]:
        """Best labels for one sequence of attribute lists (the slow, simple way; tests and tools)."""
        if not items:
            return []
        scores = np.stack([self.score(a) for a in items])
        return [self.labels[i] for i in viterbi(scores, [len(items)], self.transitions)]


def viterbi(scores: Vector, lengths: Sequence[int], transitions: Vector) -> npt.NDArray[np.intp]:
    """Best label ids for consecutive sequences whose token scores are stacked in ``scores`` (N, L)."""
    n_labels = transitions.shape[0]
    lens = np.asarray(lengths, dtype=np.intp)
    total = int(lens.sum())
    if scores.shape != (total, n_labels) or (lens < 0).any():
        raise ModelError(f"scores are {scores.shape}, expected ({total}, {n_labels})")
    out = np.empty(total, dtype=np.intp)
    if total:
        _viterbi(np.ascontiguousarray(scores), lens, np.ascontiguousarray(transitions), out)
    return out


@numba.njit(cache=True, nogil=True)
def _viterbi(
    scores: Vector, lengths: npt.NDArray[np.intp], transitions: Vector, out: npt.NDArray[np.intp]
) -> None:
    """Compiled: a Python or NumPy loop over tokens and labels would cost more than all feature work."""
    n_labels = transitions.shape[0]
    delta = np.empty(n_labels)
    step = np.empty(n_labels)
    back = np.empty((int(lengths.max()) if len(lengths) else 0, n_labels), dtype=np.intp)
    start = 0
    for n in lengths:
        if n == 0:
            continue
        delta[:] = scores[start]
        for t in range(1, n):
            row = scores[start + t]
            for j in range(n_labels):
                best = 0
                value = delta[0] + transitions[0, j]
                for i in range(1, n_labels):
                    v = delta[i] + transitions[i, j]
                    if v > value:
                        value = v
                        best = i
                step[j] = value + row[j]
                back[t, j] = best
            delta[:] = step
        label = 0
        for j in range(1, n_labels):
            if delta[j] > delta[label]:
                label = j
        for t in range(n - 1, 0, -1):
            out[start + t] = label
            label = back[t, label]
        out[start] = label
        start += n
