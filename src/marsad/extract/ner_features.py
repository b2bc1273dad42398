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

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.text.normalize import normalize
from marsad.text.tokens import strip_clitics

_MAX_PHRASE = 6  # longest gazetteer phrase matched, in tokens
_CACHE_LIMIT = 300_000  # word types kept before the cache is emptied (bounded memory on huge corpora)
_WINDOW = (-2, -1, 1, 2)
_PAD = {off: (f"{off:+d}pad",) for off in _WINDOW}
_SENT_END = frozenset(".!?؟")
_ARABIC_LO, _ARABIC_HI = "\u0621", "\u064a"
# Attribute strings are written in Buckwalter-style ASCII: an encoding detail, not linguistics. CRFsuite
# converts every attribute string to bytes at each call, and ASCII halves that cost (it dominates tagging).
_ASCII = str.maketrans("ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي", "'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYy")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names keyed by the tuple of their words' light stems; word-level lists for single-token tests."""

    phrases: dict[tuple[str, ...], frozenset[str]]
    prefixes: frozenset[tuple[str, ...]]
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
_known: frozenset[str] | None = None  # attributes some loaded model knows; None: keep every attribute


def keep_only(attributes: frozenset[str]) -> None:
    """Drop, from now on, word attributes that no loaded model knows (`EntityTagger` calls this).

    Why: a third of a token's attributes (rare words, rare bigrams) have no weight in the L1-pruned models,
    and handing them to CRFsuite only to be looked up and discarded costs tagging time. Calls accumulate
    (the union of every loaded model's attributes is kept), so no model ever loses an attribute it knows.
    """
    global _known
    merged = attributes if _known is None else _known | attributes
    if merged != _known:
        _known = merged
        _cache.clear()


def keep_all() -> None:
    """Keep every attribute again (training must see them all)."""
    global _known
    _known = None
    _cache.clear()


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
    for off in _WINDOW:
        p = f"{off:+d}"
        feats = [p + "s=" + st] if off in (-2, 2) else [p + "w=" + norm, p + "s=" + st]
        if single and off in (-1, 1):
            feats.extend(p + "g1=" + k for k in sorted(single))
        if len(cl) > 1 and off in (-1, 1):
            feats.append(f"{p}c={cl[1]}")
        neigh[off] = tuple(feats)
    if _known is not None:
        known = _known
        own = [a for a in own if a in known]
        neigh = {off: tuple(a for a in feats if a in known) for off, feats in neigh.items()}
    info = WordInfo(own=tuple(own), as_neighbour=neigh, norm=norm, stem=stem_key, kinds=kinds)
    _cache[word] = info
    return info


def _phrase_tags(stems: Sequence[str]) -> list[list[str]]:
    """Per token, the gazetteer phrase matches covering it: ``type:B`` / ``type:I`` (+ ``:E`` for last)."""
    gaz = gazetteer()
    n = len(stems)
    tags: list[list[str]] = [[] for _ in range(n)]
    phrases, prefixes = gaz.phrases, gaz.prefixes
    for i in range(n):
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


def _base_features(infos: Sequence[WordInfo]) -> list[list[str]]:
    """A token's own cached attributes, its neighbours' (±2), two bigrams and gazetteer phrase hits."""
    phrase = _phrase_tags([i.stem for i in infos])
    n = len(infos)
    norms = ["^", *(i.norm for i in infos), "$"]
    pairs = [norms[k] + "|" + norms[k + 1] for k in range(n + 1)]  # pairs[i]: token i-1 and token i
    bigrams = ["bg-=" + x for x in pairs[:n]]
    bigrams_next = ["bg+=" + x for x in pairs[1:]]
    if _known is not None:
        known = _known
        bigrams = [x if x in known else "" for x in bigrams]
        bigrams_next = [x if x in known else "" for x in bigrams_next]
    out: list[list[str]] = []
    for i, info in enumerate(infos):
        feats = ["b", *info.own]
        feats.extend(infos[i - 2].as_neighbour[-2] if i >= 2 else _PAD[-2])
        feats.extend(infos[i - 1].as_neighbour[-1] if i >= 1 else _PAD[-1])
        feats.extend(infos[i + 1].as_neighbour[1] if i + 1 < n else _PAD[1])
        feats.extend(infos[i + 2].as_neighbour[2] if i + 2 < n else _PAD[2])
        if bigrams[i]:
            feats.append(bigrams[i])
        if bigrams_next[i]:
            feats.append(bigrams_next[i])
        if phrase[i]:
            feats.extend(["g=" + t for t in phrase[i]])
        if i and phrase[i - 1]:
            feats.extend(["-1g=" + t for t in phrase[i - 1]])
        if i + 1 < n and phrase[i + 1]:
            feats.extend(["+1g=" + t for t in phrase[i + 1]])
        out.append(feats)
    return out


def is_sentence_end(token: str) -> bool:
    """Tokens after which the tagger may start a new sequence (ANERcorp breaks after periods)."""
    return token in _SENT_END


def document_features(
    sentences: Sequence[Sequence[str]],
    first_pass: Sequence[Sequence[str]],
    base: list[list[list[str]]] | None = None,
) -> list[list[list[str]]]:
    """Second-pass features for one document: the first pass's labels around each token, and how the
    same word (light stem) was labelled elsewhere in the document.

    Why: names repeat within an article, often once in full ("سلفادور دالي") and then alone ("دالي");
    the first pass finds the full form, this lets the second pass carry the type to the short one.
    ``base``, the sentences' `sentence_features` when the caller has them, is extended in place.
    """
    infos = [[word_info(t) for t in sent] for sent in sentences]
    types: dict[str, dict[str, int]] = {}
    surname: dict[str, int] = {}
    for sent, labels in zip(infos, first_pass, strict=True):
        for i, (info, label) in enumerate(zip(sent, labels, strict=True)):
            if label == "O" or len(info.stem) < 2:
                continue
            kind = label[2:]
            counts = types.setdefault(info.stem, {})
            counts[kind] = counts.get(kind, 0) + 1
            last = i + 1 == len(labels) or labels[i + 1] != "I-" + kind
            if last and label.startswith("I-") and kind == "PERS":
                surname[info.stem] = surname.get(info.stem, 0) + 1
    out: list[list[list[str]]] = []
    for k, (sent, labels) in enumerate(zip(infos, first_pass, strict=True)):
        feats = base[k] if base is not None else _base_features(sent)
        n = len(sent)
        for i, (info, label) in enumerate(zip(sent, labels, strict=True)):
            f = feats[i]
            f.append(_L1[label] if label in _L1 else "l1=" + label)
            f.append(_L1_PREV.get(labels[i - 1], "l1-1=" + labels[i - 1]) if i else "l1-1=^")
            f.append(_L1_NEXT.get(labels[i + 1], "l1+1=" + labels[i + 1]) if i + 1 < n else "l1+1=$")
            if not types:
                continue
            seen = types.get(info.stem)
            if seen:
                own = label[2:] if label != "O" else ""
                for kind, c in seen.items():
                    if c - (kind == own) > 0:
                        f.append("dt=" + kind)
            if surname and surname.get(info.stem, 0) - (label == "I-PERS") > 0:
                f.append("dsur")
        out.append(feats)
    return out


_LABELS = ("O", *(p + "-" + t for t in ("PERS", "LOC", "ORG", "MISC") for p in "BI"))
_L1 = {x: "l1=" + x for x in _LABELS}  # the second pass's label attributes, made once
_L1_PREV = {x: "l1-1=" + x for x in _LABELS}
_L1_NEXT = {x: "l1+1=" + x for x in _LABELS}


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
