"""Token features for the CRF named-entity tagger (training and tagging share this module).

Why it looks like this: tagging must run at hundreds of articles a second, so everything that
depends on a word alone (normalised form, light stem, affixes, shape, single-word gazetteer hits)
is computed once per word type and cached, and a token's window features are assembled from the
neighbours' cached tuples. Only gazetteer phrase matches depend on context; they are found with one
dictionary probe per start position and length.

Gazetteers live in ``marsad/data/gazetteer``: each ``*.txt`` file is a list of names whose file stem is
the feature type (``countries``, ``cities_major``, ``first_names``, ``trigger_per`` ...), and
``curated.tsv`` holds ``name<TAB>TYPE`` rows (PER / ORG / LOC / MISC); the first and last words of
curated PER names also feed the ``per_first`` / ``per_last`` word lists. ``clusters.tsv`` maps light stems
to word clusters at three granularities (learned from unlabeled text by ``scripts/train_ner.py clusters``):
they let the model generalise from seen words to unseen ones used alike (names, titles, verbs of saying).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.text.normalize import normalize
from marsad.text.tokens import strip_clitics

_MAX_PHRASE = 6  # longest gazetteer phrase matched, in tokens
_CACHE_LIMIT = 300_000  # word types kept before the cache is emptied (bounded memory on huge corpora)
WINDOW = (-2, -1, 1, 2)
BIAS = "b"  # every token's first attribute: the labels' prior
PAD = {off: (f"{off:+d}pad",) for off in WINDOW}
_SENT_END = frozenset(".!?؟")
_ARABIC_LO, _ARABIC_HI = "\u0621", "\u064a"
# Attribute strings are written in Buckwalter-style ASCII: an encoding detail, not linguistics (it made
# CRFsuite's per-call string conversion cheaper; the shipped models' attributes are written this way).
_ASCII = str.maketrans("ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي", "'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYy")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names keyed by the tuple of their words' light stems; word-level lists for single-token tests."""

    phrases: dict[tuple[str, ...], frozenset[str]]
    prefixes: frozenset[tuple[str, ...]]
    heads: frozenset[str]  # first words of the phrases of two words or more
    words: dict[str, frozenset[str]]  # stem -> types of lists/phrases that contain the word
    forms: frozenset[str]  # normalised whole names (ال kept), for trimming clitics off a mention
    max_len: int


def stem(word: str) -> str:
    """Normalised, clitic-stripped form used for every lexicon lookup (والعراق = بالعراق = عراق)."""
    return strip_clitics(normalize(word))


def _lines(text: str) -> list[str]:
    """Entries of a data file: ``#`` starts a comment, blank lines are skipped."""
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@cache
def clusters() -> dict[str, tuple[str, ...]]:
    """Word clusters of light stems (``clusters.tsv``: stem, then cluster ids from coarse to fine)."""
    ref = resources.files("marsad.data").joinpath("gazetteer").joinpath("clusters.tsv")
    if not ref.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in ref.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, *ids = line.split("\t")
            out[word] = tuple(ids)
    return out


@cache
def gazetteer() -> Gazetteer:
    """Load every gazetteer file of the package once."""
    entries: list[tuple[str, str]] = []
    base = resources.files("marsad.data").joinpath("gazetteer")
    for item in sorted(base.iterdir(), key=lambda p: p.name):
        name = item.name
        if name.endswith(".txt"):
            kind = name[:-4]
            entries.extend((line, kind) for line in _lines(item.read_text(encoding="utf-8")))
        elif name == "curated.tsv":
            for line in _lines(item.read_text(encoding="utf-8")):
                parts = line.split("\t")
                if len(parts) < 2:
                    continue
                kind = parts[1].strip().upper()
                for variant in parts[0].split("|"):
                    variant = variant.strip()
                    if not variant:
                        continue
                    entries.append((variant, "cur_" + kind))
                    parts = variant.split()
                    if kind == "PER" and len(parts) > 1:
                        entries.append((parts[0], "per_first"))
                        entries.append((parts[-1], "per_last"))
    phrases: dict[tuple[str, ...], set[str]] = {}
    words: dict[str, set[str]] = {}
    forms: set[str] = set()
    for text, kind in entries:
        toks = text.split()
        key = tuple(stem(t) for t in toks)
        if not key or len(key) > _MAX_PHRASE or not all(key):
            continue
        phrases.setdefault(key, set()).add(kind)
        forms.add(normalize(text))
        if len(key) > 1:
            for w in key:
                words.setdefault(w, set()).add(kind + "~")
    prefixes = frozenset(k[:n] for k in phrases for n in range(1, len(k)))
    return Gazetteer(
        phrases={k: frozenset(v) for k, v in phrases.items()},
        prefixes=prefixes,
        heads=frozenset(k[0] for k in prefixes),
        words={k: frozenset(v) for k, v in words.items()},
        forms=frozenset(forms),
        max_len=max((len(k) for k in phrases), default=1),
    )


def shape(word: str) -> str:
    """Coarse character classes: A (Arabic), L (Latin), D (digit), P (other), collapsed."""
    out: list[str] = []
    for ch in word:
        if _ARABIC_LO <= ch <= _ARABIC_HI:
            c = "A"
        elif ch.isdigit():
            c = "D"
        elif ch.isalpha():
            c = "L" if ch.isascii() else "X"
        else:
            c = "P"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class WordInfo:
    """Cached per-word-type features: the token's own, and what it contributes as a neighbour."""

    own: tuple[str, ...]
    as_neighbour: dict[int, tuple[str, ...]]
    norm: str  # normalised form, in the attribute alphabet (ASCII)
    stem: str  # light stem, Arabic
    kinds: frozenset[str]  # single-word gazetteer types of the word


_cache: dict[str, WordInfo] = {}


def word_info(word: str) -> WordInfo:
    """Features of one word type, cached (the cache is emptied past ``_CACHE_LIMIT`` types)."""
    info = _cache.get(word)
    if info is not None:
        return info
    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    gaz = gazetteer()
    norm = normalize(word)
    st = strip_clitics(norm)
    sh = shape(word)
    pre = norm[: len(norm) - len(st)] if norm.endswith(st) else "?"
    single = gaz.phrases.get((st,))
    kinds = single or frozenset()
    word_types = gaz.words.get(st, ())
    is_def = norm.startswith("ال") or pre.endswith("ال") or pre.endswith("لل")
    stem_key = st  # Arabic: the key of gazetteer phrases and of document-level counts
    cl = clusters().get(st, ())
    norm, st, pre = norm.translate(_ASCII), st.translate(_ASCII), pre.translate(_ASCII)
    # Lean on purpose: each attribute costs a lookup in the model at tagging time, and on the dev split
    # a lean set (no 1-letter affixes, no length, no far-neighbour surface forms) scored higher.
    own = [
        "w=" + norm,
        "s=" + st,
        "pre=" + pre,
        "p2=" + st[:2],
        "p3=" + st[:3],
        "x2=" + norm[-2:],
        "x3=" + norm[-3:],
    ]
    if sh != "A":
        own.append("sh=" + sh)
    if is_def:
        own.append("def")
    own.extend("gw=" + k for k in sorted(word_types))
    if single:
        own.extend("g1=" + k for k in sorted(single))
    if cl:
        own.extend(f"c{lv}={c}" for lv, c in enumerate(cl))
    neigh: dict[int, tuple[str, ...]] = {}
    for off in WINDOW:
        p = f"{off:+d}"
        feats = [p + "s=" + st] if off in (-2, 2) else [p + "w=" + norm, p + "s=" + st]
        if single and off in (-1, 1):
            feats.extend(p + "g1=" + k for k in sorted(single))
        if len(cl) > 1 and off in (-1, 1):
            feats.append(f"{p}c={cl[1]}")
        neigh[off] = tuple(feats)
    info = WordInfo(own=tuple(own), as_neighbour=neigh, norm=norm, stem=stem_key, kinds=kinds)
    _cache[word] = info
    return info


def _phrase_tags(stems: Sequence[str]) -> list[list[str]]:
    """Per token, the gazetteer phrase matches covering it: ``type:B`` / ``type:I`` (+ ``:E`` for last)."""
    gaz = gazetteer()
    n = len(stems)
    tags: list[list[str]] = [[] for _ in range(n)]
    phrases, prefixes, heads = gaz.phrases, gaz.prefixes, gaz.heads
    for i in range(n):
        if stems[i] not in heads:
            continue
        key: tuple[str, ...] = ()
        for j in range(i, min(n, i + gaz.max_len)):
            key = (*key, stems[j])
            kinds = phrases.get(key)
            if kinds and j > i:
                for k in kinds:
                    tags[i].append(k + ":B")
                    for m in range(i + 1, j):
                        tags[m].append(k + ":I")
                    tags[j].append(k + ":E")
            if key not in prefixes:
                break
    return tags


def sentence_features(tokens: Sequence[str]) -> list[list[str]]:
    """CRF attribute lists for one sentence (or any token sequence)."""
    return _base_features([word_info(t) for t in tokens])


def window_features(infos: Sequence[WordInfo], i: int) -> list[str]:
    """Token ``i``'s attributes that come from single words: its own and its neighbours' (±2)."""
    n = len(infos)
    feats = [BIAS, *infos[i].own]
    for off in WINDOW:
        j = i + off
        feats.extend(infos[j].as_neighbour[off] if 0 <= j < n else PAD[off])
    return feats


def context_features(infos: Sequence[WordInfo], heads: Container[str] | None = None) -> list[list[str]]:
    """Per token, the attributes that depend on two or more words: bigrams with each neighbour and
    gazetteer phrases covering the token or its neighbours.

    ``heads``, when given, holds the only words a bigram may start with (a tagger passes the first words
    of the bigrams its model knows, and skips building the rest).
    """
    phrase = _phrase_tags([i.stem for i in infos])
    n = len(infos)
    norms = ["^", *(i.norm for i in infos), "$"]
    out: list[list[str]] = []
    for i in range(n):
        left, word, right = norms[i], norms[i + 1], norms[i + 2]
        feats = []
        if heads is None or left in heads:
            feats.append("bg-=" + left + "|" + word)
        if heads is None or word in heads:
            feats.append("bg+=" + word + "|" + right)
        if phrase[i]:
            feats.extend(["g=" + t for t in phrase[i]])
        if i and phrase[i - 1]:
            feats.extend(["-1g=" + t for t in phrase[i - 1]])
        if i + 1 < n and phrase[i + 1]:
            feats.extend(["+1g=" + t for t in phrase[i + 1]])
        out.append(feats)
    return out


def bigram_heads(attributes: Iterable[str]) -> frozenset[str]:
    """Every word a bigram attribute among ``attributes`` may start with (a superset where the word itself
    holds ``|``, which the attribute alphabet uses for آ)."""
    heads: set[str] = set()
    for attr in attributes:
        if attr.startswith(("bg-=", "bg+=")):
            pair = attr[4:]
            heads.update(pair[:i] for i, ch in enumerate(pair) if ch == "|")
    return frozenset(heads)


def _base_features(infos: Sequence[WordInfo]) -> list[list[str]]:
    """Window and context attributes of every token of one sentence."""
    context = context_features(infos)
    return [window_features(infos, i) + context[i] for i in range(len(infos))]


def is_sentence_end(token: str) -> bool:
    """Tokens after which the tagger may start a new sequence (ANERcorp breaks after periods)."""
    return token in _SENT_END


def document_features(
    sentences: Sequence[Sequence[str]],
    first_pass: Sequence[Sequence[str]],
    base: list[list[list[str]]] | None = None,
) -> list[list[list[str]]]:
    """Second-pass features for one document: sentence features plus `label_features`.

    ``base``, the sentences' `sentence_features` when the caller has them, is extended in place.
    """
    infos = [[word_info(t) for t in sent] for sent in sentences]
    feats = base if base is not None else [_base_features(sent) for sent in infos]
    for sent_feats, sent_labels in zip(feats, label_features(infos, first_pass), strict=True):
        for f, extra in zip(sent_feats, sent_labels, strict=True):
            f.extend(extra)
    return feats


def label_features(
    infos: Sequence[Sequence[WordInfo]], first_pass: Sequence[Sequence[str]]
) -> list[list[list[str]]]:
    """Per token, what the second pass adds: the first pass's labels around it (`label_attribute`) and
    what the rest of the document says of the same word (`memory_features`)."""
    memory = memory_features(infos, first_pass)
    out: list[list[list[str]]] = []
    for k, labels in enumerate(first_pass):
        edged = [SENTENCE_START, *labels, SENTENCE_END]
        out.append(
            [
                [label_attribute(off, edged[i + 1 + off]) for off in (0, -1, 1)] + memory.get((k, i), [])
                for i in range(len(labels))
            ]
        )
    return out


SENTENCE_START, SENTENCE_END = "^", "$"  # the first-pass "labels" beyond a sentence's edges


def label_attribute(offset: int, label: str) -> str:
    """The second pass's attribute for the first pass's ``label`` at ``offset`` (-1, 0, +1) from a token."""
    return _LABEL_PREFIX[offset] + label


_LABEL_PREFIX = {0: "l1=", -1: "l1-1=", 1: "l1+1="}


def memory_features(
    infos: Sequence[Sequence[WordInfo]], first_pass: Sequence[Sequence[str]]
) -> dict[tuple[int, int], list[str]]:
    """How the same word (light stem) was labelled elsewhere in the document by the first pass, for the
    tokens (sentence, position) where that says something.

    Why: names repeat within an article, often once in full ("سلفادور دالي") and then alone ("دالي");
    the first pass finds the full form, this lets the second pass carry the type to the short one.
    """
    types: dict[str, dict[str, int]] = {}
    surname: dict[str, int] = {}
    for sent, labels in zip(infos, first_pass, strict=True):
        for i, label in enumerate(labels):
            if label == "O" or len(sent[i].stem) < 2:
                continue
            kind = label[2:]
            counts = types.setdefault(sent[i].stem, {})
            counts[kind] = counts.get(kind, 0) + 1
            last = i + 1 == len(labels) or labels[i + 1] != "I-" + kind
            if last and label.startswith("I-") and kind == "PERS":
                surname[sent[i].stem] = surname.get(sent[i].stem, 0) + 1
    out: dict[tuple[int, int], list[str]] = {}
    if not types:
        return out
    for k, (sent, labels) in enumerate(zip(infos, first_pass, strict=True)):
        for i, info in enumerate(sent):
            seen = types.get(info.stem)
            if not seen:
                continue
            label = labels[i]
            own = label[2:] if label != "O" else ""
            f = ["dt=" + kind for kind, c in seen.items() if c - (kind == own) > 0]
            if surname.get(info.stem, 0) - (label == "I-PERS") > 0:
                f.append("dsur")
            if f:
                out[k, i] = f
    return out


def to_bioes(labels: Sequence[str]) -> list[str]:
    """BIO -> BIOES (single-token S-, last-token E-): the CRF learns entity ends explicitly, which
    measurably helps boundaries; ``I-X`` after ``O`` opens an entity, as in the scorer."""
    out = ["O"] * len(labels)
    kind = ""
    start = 0
    for i in range(len(labels) + 1):
        label = labels[i] if i < len(labels) else "O"
        prefix, _, typ = label.partition("-")
        if kind and (prefix != "I" or typ != kind):
            if i - start == 1:
                out[start] = "S-" + kind
            else:
                out[start] = "B-" + kind
                out[start + 1 : i - 1] = ["I-" + kind] * (i - 1 - start - 1)
                out[i - 1] = "E-" + kind
            kind = ""
        if prefix in ("B", "I") and not kind:
            kind, start = typ, i
    return out


def to_bio(labels: Sequence[str]) -> list[str]:
    """BIOES -> BIO (ANERcorp's scheme)."""
    out: list[str] = []
    for label in labels:
        if label == "O":
            out.append(label)
        elif label[0] in "BS":
            out.append("B-" + label[2:])
        else:
            out.append("I-" + label[2:])
    return out
