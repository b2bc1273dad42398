"""Named-entity mentions (PER / ORG / LOC / MISC) with a CRF trained on ANERcorp.

Why a CRF: it ships inside the package (a few MB), needs no network or GPU, and tags hundreds of
articles a second on one core. The model is ``data/models/ner.crfsuite`` (scripts/train_ner.py makes it);
features come from ``marsad.extract.ner_features``. Tokens follow ANERcorp: clitics stay on the word
(``والرئيس`` is one token), punctuation is split off. A mention's span may drop a proclitic
(``وموسكو`` -> ``موسكو``) when the rest is a known name, so highlights and canonical forms stay clean.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from marsad.errors import MarsadError
from marsad.extract.ner_features import (
    clusters,
    document_features,
    gazetteer,
    is_sentence_end,
    keep_only,
    sentence_features,
    to_bio,
)
from marsad.records import Article, Mention
from marsad.text.normalize import normalize
from marsad.text.tokens import Token, tokenize

MODEL_FILE = "ner.crfsuite"  # second pass: sentence features + first-pass labels across the document
PASS1_FILE = "ner_pass1.crfsuite"  # first pass: sentence features only
LABELS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_MAX_CHUNK = 120  # tokens per CRF sequence: long runs without a full stop are cut (ANERcorp sentences ~30)


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


def _open(model: bytes, name: str) -> Any:
    try:
        import pycrfsuite
    except ImportError as exc:  # a core dependency; a broken install should say so clearly
        raise MarsadError("entity tagging needs python-crfsuite: pip install python-crfsuite") from exc
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open_inmemory(model)
    except ValueError as exc:
        raise ModelMissing(f"the NER model {name} could not be opened: {exc}") from exc
    return tagger


def _attributes(tagger: Any) -> frozenset[str]:
    """The attributes a model gives weight to (the others are dropped before tagging, to save time)."""
    return frozenset(attr for attr, _ in tagger.info().state_features)


DOC_SENTENCES = 20  # sentences per pseudo-document where a corpus has no article boundaries


class EntityTagger:
    """Two-pass CRF tagger over ANERcorp-style tokens; a pipeline stage that fills ``Article.entities``.

    Pass one tags each sentence alone; pass two sees pass one's labels of the same word elsewhere in the
    document, so a name found once in full is also found when it recurs alone.
    """

    def __init__(self, model: bytes, pass1: bytes) -> None:
        self._models = (model, pass1)  # crfsuite reads a model in place: keep the bytes alive
        self._pass2 = _open(model, MODEL_FILE)
        self._pass1 = _open(pass1, PASS1_FILE)
        gazetteer()  # load the lexicons now, not inside the first article
        clusters()
        keep_only(_attributes(self._pass1) | _attributes(self._pass2))

    @classmethod
    def load(cls) -> EntityTagger:
        """The tagger with the models shipped in the package."""
        return cls(_model_bytes(MODEL_FILE), _model_bytes(PASS1_FILE))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels in ANERcorp style (``B-PERS``, ``I-LOC``, ``O``) for one token sequence."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for the sentences of one document (what the second pass looks across)."""
        base = [sentence_features(s) for s in sentences]
        first = [to_bio(self._pass1.tag(f)) if f else [] for f in base]
        feats = document_features(sentences, first, base)
        return [to_bio(self._pass2.tag(f)) if f else [] for f in feats]

    def tag_corpus(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for sentences without article boundaries (CoNLL files): blocks of
        `DOC_SENTENCES` consecutive sentences stand for documents, as in training."""
        labels: list[list[str]] = []
        for i in range(0, len(sentences), DOC_SENTENCES):
            labels += self.tag_document(sentences[i : i + DOC_SENTENCES])
        return labels

    def mentions(self, text: str) -> list[Mention]:
        """Entity mentions as spans into ``text``, in order."""
        return self._mentions(text, ())

    def __call__(self, article: Article) -> Article:
        starts = tuple(s.start for s in article.sentences)
        article.entities = self._mentions(article.text, starts)
        return article

    def _mentions(self, text: str, sentence_starts: Sequence[int]) -> list[Mention]:
        tokens = tokenize(text)
        chunks = _chunks(text, tokens, frozenset(sentence_starts))
        out: list[Mention] = []
        tagged = self.tag_document([[t.text for t in c] for c in chunks])
        for chunk, labels in zip(chunks, tagged, strict=True):
            for kind, a, b in _entities(labels):
                mention = _mention(text, chunk[a:b], kind)
                if mention is not None:
                    out.append(mention)
        return out


def _chunks(text: str, tokens: list[Token], starts: frozenset[int]) -> list[list[Token]]:
    """Split tokens at full stops, paragraph breaks and given sentence starts (and every _MAX_CHUNK)."""
    chunks: list[list[Token]] = []
    current: list[Token] = []
    prev_end = 0
    for tok in tokens:
        if current and (
            tok.start in starts or "\n" in text[prev_end : tok.start] or len(current) >= _MAX_CHUNK
        ):
            chunks.append(current)
            current = []
        current.append(tok)
        prev_end = tok.end
        if is_sentence_end(tok.text):
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
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


def _is_word(token: Token) -> bool:
    return any(ch.isalnum() for ch in token.text)


def _mention(text: str, toks: Sequence[Token], kind: str) -> Mention | None:
    """Mention for a token span: outer punctuation dropped, a proclitic trimmed off a known name."""
    a, b = 0, len(toks)
    while a < b and not _is_word(toks[a]):
        a += 1
    while b > a and not _is_word(toks[b - 1]):
        b -= 1
    if a == b:
        return None
    start, end = toks[a].start, toks[b - 1].end
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
