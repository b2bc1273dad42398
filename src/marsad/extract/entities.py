"""Named-entity mentions (PER / ORG / LOC / MISC) with a CRF trained on ANERcorp.

Why a CRF: it ships inside the package (a few MB), needs no network or GPU, and tags hundreds of
articles a second on one core. The model is ``data/models/ner.crfsuite`` (scripts/train_ner.py makes it);
features come from ``marsad.extract.ner_features``. Tokens follow ANERcorp: clitics stay on the word
(``والرئيس`` is one token), punctuation is split off. A mention's span may drop a proclitic
(``وموسكو`` -> ``موسكو``) when the rest is a known name, so highlights and canonical forms stay clean.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from marsad.errors import MarsadError
from marsad.extract.crf import LinearChainCRF, ModelError, Vector, viterbi
from marsad.extract.ner_features import (
    BIAS,
    PAD,
    SENTENCE_END,
    SENTENCE_START,
    WINDOW,
    bigram_heads,
    clusters,
    context_features,
    gazetteer,
    is_sentence_end,
    label_attribute,
    memory_features,
    to_bio,
    word_info,
)
from marsad.records import Article, Mention
from marsad.text.normalize import normalize
from marsad.text.tokens import token_spans

MODEL_FILE = "ner.crfsuite"  # second pass: sentence features + first-pass labels across the document
PASS1_FILE = "ner_pass1.crfsuite"  # first pass: sentence features only
LABELS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")  # not ك: كلير, كارلا are names
_MAX_CHUNK = 120  # tokens per CRF sequence: long runs without a full stop are cut (ANERcorp sentences ~30)
_VECTOR_CACHE = 300_000  # word types whose summed weights are kept (bounded memory on huge corpora)
_NEWLINE = re.compile("\n")
DOC_SENTENCES = 20  # sentences per pseudo-document where a corpus has no article boundaries


class ModelMissing(MarsadError):
    code = "E500"


@cache
def _model_bytes(name: str) -> bytes:
    """A packaged model file, read once per process."""
    ref = resources.files("marsad.data").joinpath("models").joinpath(name)
    try:
        return ref.read_bytes()
    except OSError as exc:
        raise ModelMissing(
            f"the NER model marsad/data/models/{name} is missing from the installed package; "
            "reinstall marsad or rebuild it with scripts/train_ner.py train"
        ) from exc


def _read(model: bytes, name: str, labels: Sequence[str] | None = None) -> LinearChainCRF:
    try:
        return LinearChainCRF.from_crfsuite(model, labels)
    except ModelError as exc:
        raise ModelMissing(f"the NER model {name} could not be opened: {exc}") from exc


class EntityTagger:
    """Two-pass CRF tagger over ANERcorp-style tokens; a pipeline stage that fills ``Article.entities``.

    Pass one tags each sentence alone; pass two sees pass one's labels of the same word elsewhere in the
    document, so a name found once in full is also found when it recurs alone.

    Why it is fast: a token's score is a sum of attribute weights, and most attributes belong to a single
    word (the token's own, or a neighbour's seen from the token). Those sums are made once per word type,
    for both passes side by side, and a document's scores are assembled from them with array indexing;
    only attributes spanning several words or the first pass's labels are looked up per token.
    """

    def __init__(self, model: bytes, pass1: bytes) -> None:
        second = _read(model, MODEL_FILE)
        first = _read(pass1, PASS1_FILE, second.labels)
        self._bio = to_bio(second.labels)
        self._width = len(second.labels)
        self._transitions = (first.transitions, second.transitions)
        attrs = sorted(first.state.keys() | second.state.keys())
        zero = np.zeros(self._width)
        # one row per attribute the models know (the first pass's weights, then the second's), and a
        # last row of zeros for any attribute they do not
        self._rows = {attr: i for i, attr in enumerate(attrs)}
        self._zero = len(attrs)
        self._matrix = np.array(
            [np.concatenate((first.state.get(a, zero), second.state.get(a, zero))) for a in (*attrs, "")]
        ).reshape(len(attrs) + 1, 2 * self._width)
        self._pad = {off: self._sum(PAD[off]) for off in WINDOW}
        self._heads = bigram_heads(attrs)

        def rows(offset: int, edge: str) -> npt.NDArray[np.intp]:
            names = [label_attribute(offset, x) for x in (*self._bio, edge)]
            return np.array([self._rows.get(a, self._zero) for a in names])

        # the second pass's label attributes' rows by first-pass label id, then for beyond the sentence
        self._label_rows = (rows(0, ""), rows(-1, SENTENCE_START), rows(1, SENTENCE_END))
        self._words: dict[str, int] = {}  # word -> its row in self._table
        self._table = np.zeros((1024, 1 + len(WINDOW), 2 * self._width))
        gazetteer()  # load the lexicons now, not inside the first article
        clusters()

    @classmethod
    def load(cls) -> EntityTagger:
        """The tagger with the models shipped in the package."""
        return cls(_model_bytes(MODEL_FILE), _model_bytes(PASS1_FILE))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels in ANERcorp style (``B-PERS``, ``I-LOC``, ``O``) for one token sequence."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for the sentences of one document (what the second pass looks across)."""
        infos = [[word_info(t) for t in s] for s in sentences]
        lengths = [len(s) for s in infos]
        words = [t for s in sentences for t in s]
        if not words:
            return [[] for _ in sentences]
        sentence = np.repeat(np.arange(len(lengths)), lengths)  # each token's sentence
        scores = self._window_scores(words, sentence)
        self._add(scores, [f for s in infos for f in context_features(s, self._heads)])
        width = self._width
        first = viterbi(scores[:, :width], lengths, self._transitions[0])
        scores += self._label_scores(first, sentence)
        offsets = np.cumsum(lengths) - lengths
        memory = memory_features(infos, self._split(first, lengths))
        self._add(scores, [attrs for _, attrs in memory.items()], [offsets[k] + i for k, i in memory])
        return self._split(viterbi(scores[:, width:], lengths, self._transitions[1]), lengths)

    def tag_corpus(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for sentences without article boundaries (CoNLL files): blocks of
        `DOC_SENTENCES` consecutive sentences stand for documents, as in training."""
        labels: list[list[str]] = []
        for i in range(0, len(sentences), DOC_SENTENCES):
            labels += self.tag_document(sentences[i : i + DOC_SENTENCES])
        return labels

    def _sum(self, attributes: Sequence[str]) -> Vector:
        ids = [i for i in map(self._rows.get, attributes) if i is not None]
        return self._matrix[ids].sum(axis=0)

    def _word_rows(self, words: Sequence[str]) -> list[int]:
        """Rows of ``self._table`` holding each word's summed weights (5, 2L): its own, then what it adds
        as the neighbour at -2, -1, +1, +2. A document's new words are summed together, once."""
        rows = self._words
        new = list(dict.fromkeys(w for w in words if w not in rows))
        if len(rows) + len(new) > _VECTOR_CACHE:  # start afresh: bounded memory on huge corpora
            rows.clear()
            new = list(dict.fromkeys(words))
        if new:
            first = len(rows)
            need = first + len(new)
            if need > len(self._table):
                grown = np.zeros((max(need, 2 * len(self._table)), *self._table.shape[1:]))
                grown[:first] = self._table[:first]
                self._table = grown
            ids: list[int] = []
            bounds: list[int] = []
            for word in new:
                info = word_info(word)
                for attrs in ((BIAS, *info.own), *(info.as_neighbour[off] for off in WINDOW)):
                    bounds.append(len(ids))
                    ids.append(self._zero)  # keeps every segment non-empty for reduceat
                    ids.extend(r for r in map(self._rows.get, attrs) if r is not None)
            sums = np.add.reduceat(self._matrix[ids], bounds, axis=0)
            self._table[first:need] = sums.reshape(len(new), 1 + len(WINDOW), -1)
            rows.update(zip(new, range(first, need), strict=True))
        return [rows[w] for w in words]

    def _window_scores(self, words: Sequence[str], sentence: npt.NDArray[np.intp]) -> Vector:
        """Both passes' scores (N, 2L) from single-word attributes, neighbours taken within a sentence."""
        rows = self._word_rows(words)  # may grow the table: index it afterwards
        vecs = self._table[rows]
        n = len(words)
        pos = np.arange(n)
        scores = vecs[:, 0].copy()
        for slot, off in enumerate(WINDOW, start=1):
            src = np.clip(pos + off, 0, n - 1)
            inside = (pos + off == src) & (sentence[src] == sentence)
            scores += np.where(inside[:, None], vecs[src, slot], self._pad[off])
        return scores

    def _label_scores(self, first: npt.NDArray[np.intp], sentence: npt.NDArray[np.intp]) -> Vector:
        """Weights of the first pass's labels at, before and after each token (`label_attribute`)."""
        at_start = np.ones(len(first), dtype=bool)
        at_start[1:] = sentence[1:] != sentence[:-1]
        at_end = np.roll(at_start, -1)
        own, before, after = self._label_rows
        rows = np.stack(
            (
                own[first],
                np.where(at_start, before[-1], before[np.roll(first, 1)]),
                np.where(at_end, after[-1], after[np.roll(first, -1)]),
            )
        )
        return self._matrix[rows].sum(axis=0)

    def _add(
        self, scores: Vector, attributes: Sequence[Sequence[str]], tokens: Sequence[int] | None = None
    ) -> None:
        """Add the weights of each token's attributes (``attributes[k]`` belong to token ``tokens[k]``, or
        to token k). Second-pass columns get both passes' weights: the first pass has already been
        decoded, so its columns no longer matter."""
        rows = self._rows
        where: list[int] = []
        ids: list[int] = []
        for k, attrs in enumerate(attributes):
            for attr in attrs:
                row = rows.get(attr)
                if row is not None:
                    ids.append(row)
                    where.append(tokens[k] if tokens is not None else k)
        if ids:
            np.add.at(scores, where, self._matrix[ids])

    def _split(self, ids: npt.NDArray[np.intp], lengths: Sequence[int]) -> list[list[str]]:
        bio = self._bio
        labels = ids.tolist()
        out: list[list[str]] = []
        at = 0
        for n in lengths:
            out.append([bio[i] for i in labels[at : at + n]])
            at += n
        return out

    def mentions(self, text: str) -> list[Mention]:
        """Entity mentions as spans into ``text``, in order."""
        return self._mentions(text, ())

    def __call__(self, article: Article) -> Article:
        starts = tuple(s.start for s in article.sentences)
        article.entities = self._mentions(article.text, starts)
        return article

    def _mentions(self, text: str, sentence_starts: Sequence[int]) -> list[Mention]:
        spans = token_spans(text)
        words = [text[a:b] for a, b in spans]
        chunks = _chunks(text, spans, words, sentence_starts)
        out: list[Mention] = []
        tagged = self.tag_document([words[lo:hi] for lo, hi in chunks])
        for (lo, _), labels in zip(chunks, tagged, strict=True):
            for kind, a, b in _entities(labels):
                mention = _mention(text, spans[lo + a : lo + b], words[lo + a : lo + b], kind)
                if mention is not None:
                    out.append(mention)
        return out


def _chunks(
    text: str, spans: Sequence[tuple[int, int]], words: Sequence[str], sentence_starts: Sequence[int]
) -> list[tuple[int, int]]:
    """Token ranges for the tagger: cut at full stops, paragraph breaks and sentence starts, and into
    pieces of at most `_MAX_CHUNK` tokens."""
    starts = [a for a, _ in spans]
    cuts = {bisect_left(starts, m.start()) for m in _NEWLINE.finditer(text)}  # tokens after a line break
    at = {a: i for i, a in enumerate(starts)}
    cuts.update(at[s] for s in sentence_starts if s in at)
    cuts.update(i + 1 for i, w in enumerate(words) if is_sentence_end(w))
    cuts.update((0, len(words)))
    ordered = sorted(cuts)
    chunks: list[tuple[int, int]] = []
    for lo, hi in zip(ordered, ordered[1:], strict=False):
        chunks.extend((i, min(hi, i + _MAX_CHUNK)) for i in range(lo, hi, _MAX_CHUNK))
    return chunks


def _entities(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) token spans; ``I-X`` without a preceding X opens an entity (as the scorer)."""
    found: list[tuple[str, int, int]] = []
    kind = ""
    start = 0
    for i, label in enumerate(labels):
        prefix, _, typ = label.partition("-")
        if kind and (prefix != "I" or typ != kind):
            found.append((kind, start, i))
            kind = ""
        if prefix in ("B", "I") and not kind:
            kind, start = typ, i
    if kind:
        found.append((kind, start, len(labels)))
    return found


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _mention(text: str, spans: Sequence[tuple[int, int]], words: Sequence[str], kind: str) -> Mention | None:
    """Mention for a token span: outer punctuation dropped, a proclitic trimmed off a known name."""
    a, b = 0, len(words)
    while a < b and not _is_word(words[a]):
        a += 1
    while b > a and not _is_word(words[b - 1]):
        b -= 1
    if a == b:
        return None
    start, end = spans[a][0], spans[b - 1][1]
    start += _proclitic_length(text[start:end])
    label = LABELS.get(kind, kind)
    surface = text[start:end]
    return Mention(start=start, end=end, text=surface, label=label, canonical=surface)


def _proclitic_length(surface: str) -> int:
    """Length of a leading clitic (و، ب، ل ...) to drop when the rest is a known name, or its first word a
    known name or name head, and the whole is not: ``وموسكو`` -> ``موسكو``, ``لحلف الناتو`` -> ``حلف الناتو``,
    but ``وليد`` stays."""
    forms = gazetteer().forms
    first = surface.split(None, 1)[0]
    if normalize(first) in forms or normalize(surface) in forms:
        return 0
    for clitic in _PROCLITICS:
        if not first.startswith(clitic) or len(first) - len(clitic) < 2:
            continue
        if normalize(first[len(clitic) :]) in forms or normalize(surface[len(clitic) :]) in forms:
            return len(clitic)
    return 0
