"""Rewrite a quotation gold set and its articles so the rules meet what they were not tuned on.

Every article the project will be judged on brings people and phrasings the gold sets do not have. Two
rewrites measure how much the scores lean on what the rules have seen; the scorer needs no change, as
gold contents, speakers and keys are rewritten the same way as the texts.

- ``rename_gold``: every family name that identifies a person speaker (a ``speaker_key`` of a speaker
  whose name starts with a given name) is replaced, wherever it occurs in the article, by an invented
  name of the same shape (the article ال and a nisba ي are kept, so الشابي becomes e.g. الكوريمي). The
  gold sets are full of names the tagger, the curated lists and the role tenures know (لافروف، السبسي).
  The invented names are built from syllables with a seeded generator and checked against every word
  of the articles, so no collision with real text is possible.
- ``recast_gold``: the reporting verbs of each article are swapped for others that take the same
  complements (أكد → أعلن، أفادت → كشفت، موضحا → مبينا), one seeded permutation per article, so each
  quotation is introduced by a verb its sentence did not have.
- ``restyle_gold``: the typography of another site: straight quotation marks become «…» where a
  paragraph pairs them and ” where it does not, Arabic commas become Latin ones. Every character keeps
  its place, so each gold content is read at its old offsets.

Clitics before a word (و، ف، ب، ل، ك، لل) are kept. This is an evaluation device only: it never
touches the store or the user's text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

from marsad.text.normalize import normalize

Gold = list[dict[str, Any]]  # entries of a gold file: {"article", "quotes": [...]}

_SYLLABLES = ("كا", "رو", "مي", "تا", "نو", "زي", "فا", "لو", "دي", "سو", "كو", "بي", "غا", "ري",
              "شا", "نا", "ها", "جو", "طا", "با", "دو", "سا", "مو", "ثي", "خا", "زو", "قو", "يا")
_ENDINGS = ("ن", "ف", "س", "ت", "ر", "ك", "م", "ل", "")
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_WORD = re.compile(r"[^\W\d_]+")


def _words(*paths: tuple[str, str]) -> frozenset[str]:
    """Normalised first words of the lines of package data files (comments skipped)."""
    words: set[str] = set()
    for folder, fname in paths:
        text = (resources.files("marsad") / "data" / folder / fname).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(normalize(line.split()[0]))
    return frozenset(words)


def _unarticled(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


class Rewriter:
    """Rewrites a text with a map of single words to others, keeping the clitics before them."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        for old, new in mapping.items():
            if not _WORD.fullmatch(old) or not _WORD.fullmatch(new):
                raise ValueError(f"renaming needs single words: {old!r} -> {new!r}")
        self.mapping = {normalize(k): v for k, v in mapping.items()}
        self._pattern: re.Pattern[str] | None = None
        if not mapping:
            return
        alternatives = "|".join(sorted(map(_spellings, mapping), key=len, reverse=True))
        prefixes = "|".join(p for p in _PREFIXES if p)
        branches = [rf"({prefixes})?({alternatives})"]
        # ل before a name with the article drops its ا: للشابي = ل + الشابي
        definite = [_spellings(k[2:]) for k in mapping if k.startswith("ال")]
        if definite:
            branches.append(rf"([وف]?لل)({'|'.join(definite)})")
        self._pattern = re.compile("|".join(rf"(?<![^\W\d_]){b}(?![^\W\d_])" for b in branches))

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(self._replace, text)

    def _replace(self, m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return (m.group(1) or "") + self.mapping[normalize(m.group(2))]
        # the لل form: the article's ا was dropped after ل, and is dropped from the new name too
        return m.group(3) + self.mapping[normalize("ال" + m.group(4))][2:]


_FOLDS = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ي": "[يى]", "ى": "[يى]",
          "ة": "[ةه]", "ه": "[ةه]"}


def _spellings(word: str) -> str:
    """A pattern for the word in the spellings that normalise alike (ا/أ/إ/آ، ي/ى، ة/ه)."""
    return "".join(_FOLDS.get(ch, re.escape(ch)) for ch in word)


def person_keys(quotes: Iterable[Mapping[str, Any]], given: frozenset[str], roles: frozenset[str],
                particles: frozenset[str]) -> set[str]:
    """The words of ``speaker_keys`` that name people: keys of speakers whose name opens with a given
    name and holds no role word (so not الأمين العام للأمم المتحدة, أحد السكان), found inside that
    name, without particles and the second parts of compound names (بن، عبد الله، نور الدين) or given
    names."""
    words: set[str] = set()
    for q in quotes:
        name_words = [normalize(w) for w in _WORD.findall(q.get("speaker") or "")]
        if (len(name_words) < 2 or name_words[0] not in given
                or any(_unarticled(w) in roles for w in name_words)):
            continue
        for key in q.get("speaker_keys", []):
            if key not in q["speaker"]:
                continue
            for w in _WORD.findall(key):
                n = normalize(w)
                if len(w) >= 3 and n not in particles and n not in given:
                    words.add(w)
    return words


def _invent(word: str, rng: random.Random, taken: set[str]) -> str:
    head = "ال" if word.startswith("ال") else ""
    tail = "ي" if word.endswith("ي") and len(word) > 3 else ""
    while True:
        body = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3))))
        new = head + body + (tail or rng.choice(_ENDINGS))
        if normalize(new) not in taken:
            taken.add(normalize(new))
            return new


def rename_gold(gold: Gold, texts: Mapping[str, str], seed: int = 0) -> tuple[Gold, dict[str, str]]:
    """A renamed copy of ``gold`` and of its article ``texts`` (keyed by article name).

    One map per article, as each article's people are its own; the invented names never occur in any
    of the texts.
    """
    given = _words(("gazetteer", "names_given.txt"), ("gazetteer", "first_names.txt"))
    roles = _words(("gazetteer", "trigger_per.txt"), ("gazetteer", "trigger_org.txt"),
                   ("quotes", "roles.txt"), ("quotes", "institutions.txt"),
                   ("quotes", "source_nouns.txt")) | {"احد", "سكان"}
    particles = _words(("quotes", "name_particles.txt"), ("quotes", "name_compounds.txt"))
    taken = {normalize(w) for text in texts.values() for w in _WORD.findall(text)}
    rng = random.Random(seed)

    def renamer(entry: Mapping[str, Any]) -> Rewriter:
        words = {normalize(w): w for w in person_keys(entry.get("quotes", []), given, roles, particles)}
        return Rewriter({w: _invent(w, rng, taken) for w in sorted(words.values())})

    return _rewrite(gold, texts, renamer)


# Reporting verbs that take the same complements, by form (past masculine, past feminine, participle
# masculine, participle feminine): those that also take a bare object (أكد استعداد بلاده), and those
# that take أن only. Within a group any may stand for any. Left out, as their spelling is common as a
# noun: بين (between), ذكر (mention), أبرز (most prominent).
_SAME_COMPLEMENT = (
    ("أكد", "أعلن"), ("أكدت", "أعلنت", "أبرزت"), ("مؤكدا", "مبرزا"), ("مؤكدة", "مبرزة"),
    ("أوضح", "أفاد", "كشف"), ("أوضحت", "أفادت", "ذكرت", "بينت", "كشفت"), ("موضحا", "مبينا"),
    ("موضحة", "مبينة"),
)


def recast_gold(gold: Gold, texts: Mapping[str, str], seed: int = 0) -> tuple[Gold, dict[str, str]]:
    """A copy of ``gold`` and of its article ``texts`` with the reporting verbs of each article
    permuted within the groups that take the same complement (no verb keeps its place)."""
    rng = random.Random(seed)

    def recaster(_entry: Mapping[str, Any]) -> Rewriter:
        mapping: dict[str, str] = {}
        for group in _SAME_COMPLEMENT:
            order = list(group)
            rng.shuffle(order)
            mapping.update(zip(order, order[1:] + order[:1], strict=True))  # a cycle: nothing stays put
        return Rewriter(mapping)

    return _rewrite(gold, texts, recaster)


def _rewrite(gold: Gold, texts: Mapping[str, str],
             rewriter: Callable[[Mapping[str, Any]], Rewriter]) -> tuple[Gold, dict[str, str]]:
    new_gold: Gold = []
    new_texts: dict[str, str] = {}
    for entry in gold:
        name = entry["article"]
        rewrite = rewriter(entry)
        new_texts[name] = rewrite(texts[name])
        quotes = []
        for q in entry.get("quotes", []):
            q = dict(q)
            for field in ("speaker", "text", "cue"):
                if isinstance(q.get(field), str):
                    q[field] = rewrite(q[field])
            q["speaker_keys"] = [rewrite(k) for k in q.get("speaker_keys", [])]
            quotes.append(q)
        new_gold.append({**entry, "quotes": quotes})
    return new_gold, new_texts


def restyle_gold(gold: Gold, texts: Mapping[str, str]) -> tuple[Gold, dict[str, str]]:
    """A copy of ``gold`` and of its article ``texts`` typed as another site types (see the module)."""
    plain = str.maketrans({'"': "”", "،": ","})
    new_texts = {name: "\n".join(_restyled(p) for p in text.split("\n")) for name, text in texts.items()}
    new_gold: Gold = []
    for entry in gold:
        old, new = texts[entry["article"]], new_texts[entry["article"]]
        quotes = []
        for q in entry.get("quotes", []):
            at = old.find(q["text"])
            text = new[at : at + len(q["text"])] if at >= 0 else q["text"].translate(plain)
            quotes.append({**q, "text": text, "cue": q["cue"].translate(plain),
                           "speaker": q["speaker"].translate(plain)})
        new_gold.append({**entry, "quotes": quotes})
    return new_gold, new_texts


def _restyled(paragraph: str) -> str:
    paired = paragraph.count('"') % 2 == 0
    out = []
    marks = 0
    for ch in paragraph:
        if ch == '"':
            ch = ("«" if marks % 2 == 0 else "»") if paired else "”"
            marks += 1
        out.append("," if ch == "،" else ch)
    return "".join(out)
