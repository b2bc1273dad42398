"""Canonical entities inside an article: name variants merged, role phrases linked to people.

Every mention gets ``canonical`` (the fullest name the article or the lexicons give) and an
``entity_id`` derived from the canonical name's key, so the same entity gets the same id in
every article of the store (سيرغي لافروف / سيرجي لافروف / لافروف -> one id).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from marsad.corpus.names import name_key
from marsad.corpus.roles import RoleBook
from marsad.records import Article, Mention
from marsad.text.normalize import normalize_with_offsets

_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def entity_id(label: str, canonical: str) -> str:
    """Stable id of an entity: label plus the key of its canonical name."""
    digest = hashlib.sha1(f"{label}|{name_key(canonical)}".encode()).hexdigest()[:12]
    return f"{label.lower()}-{digest}"


@dataclass(frozen=True, slots=True)
class KnownPeople:
    """Full names of people the package knows (role holders), indexed by full key and by surname key."""

    by_key: dict[str, str]
    by_surname: dict[str, str]

    @classmethod
    @cache
    def load(cls) -> KnownPeople:
        names = {t.person for tenures in RoleBook.load().tenures.values() for t in tenures}
        by_key = {name_key(n): n for n in names}
        surnames: dict[str, set[str]] = {}
        for n in names:
            parts = name_key(n).split()
            if len(parts) > 1:
                surnames.setdefault(parts[-1], set()).add(n)
        return cls(by_key, {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1})

    def full_name(self, name: str) -> str | None:
        key = name_key(name)
        return self.by_key.get(key) or (self.by_surname.get(key) if " " not in key else None)


class EntityLinker:
    """Pipeline stage after NER: canonical names, role phrases, entity ids."""

    def __init__(self, roles: RoleBook, people: KnownPeople) -> None:
        self.roles = roles
        self.people = people
        self._known_keys = frozenset(people.by_key) | frozenset(people.by_surname)
        alternatives = "|".join(re.escape(p) for p in roles.phrases())
        self._role_re = re.compile(rf"(?<!\w)(?:[وفبل]|لل)?({alternatives})(?!\w)")

    @classmethod
    def load(cls) -> EntityLinker:
        return cls(RoleBook.load(), KnownPeople.load())

    def __call__(self, article: Article) -> Article:
        day = _date(article.published)
        known = {m.text for m in article.entities} | self._known_keys
        for m in article.entities:
            m.canonical = _bare(m.text, known)
        normalized = normalize_with_offsets(article.text)  # read by the family-name check and role search
        people = [m.canonical for m in article.entities if m.label == "PER"]
        fullest = self._fullest_names(people, article.text, normalized)
        for m in article.entities:
            if m.label == "PER":
                m.canonical = fullest[name_key(m.canonical)]
        article.entities.extend(self._role_mentions(article, day, normalized))
        article.entities.sort(key=lambda m: (m.start, m.end))
        for m in article.entities:
            m.entity_id = entity_id(m.label, m.canonical)
        return article

    def _fullest_names(
        self, people: list[str], text: str, normalized: tuple[str, list[int]]
    ) -> dict[str, str]:
        """Key of each person variant -> the fullest name: the article's longest, or a known full name
        (unless the article itself writes another person of that family name in full)."""
        # longest first; among equally long variants the most frequent, then the first written: never set
        # order, which changes from one process to the next
        counts = Counter(people)
        names = sorted(counts, key=lambda n: (-len(name_key(n).split()), -counts[n]))
        fullest: dict[str, str] = {}
        for name in names:
            key = name_key(name)
            if key in fullest:
                continue
            parts = key.split()
            longer = next(
                (fullest[k] for k in fullest if _contains_tokens(k.split(), parts)),
                None,
            )
            known = None if longer else self.people.full_name(name)
            if known is not None and len(parts) == 1 and name_key(known) != key:
                known = _written_in_full(text, normalized, name, known) or known
            fullest[key] = longer or known or name
        return fullest

    def _role_mentions(
        self, article: Article, day: dt.date | None, normalized: tuple[str, list[int]]
    ) -> list[Mention]:
        """Role phrases (``وزير الخارجية الروسي``) as PER mentions of the person holding the role."""
        norm, offsets = normalized
        found: list[Mention] = []
        taken = [(m.start, m.end) for m in article.entities]
        for match in self._role_re.finditer(norm):
            start, end = offsets[match.start(1)], offsets[match.end(1) - 1] + 1
            if any(s < end and start < e for s, e in taken):
                continue
            holder = self._apposition(article, end) or self.roles.holder(match.group(1), day)
            if holder:
                found.append(Mention(start, end, article.text[start:end], "PER", holder))
        return found

    def _apposition(self, article: Article, role_end: int) -> str | None:
        """A person named right after the role phrase (``وزير الخارجية الروسي، سيرغي لافروف``)."""
        for m in article.entities:
            if (
                m.label == "PER"
                and 0 <= m.start - role_end <= 2
                and not article.text[role_end : m.start].strip(" ،,")
            ):
                return m.canonical
        return None


def _bare(name: str, known: set[str]) -> str:
    """A name without a leading conjunction/preposition the tokeniser left on it (ولافروف -> لافروف).

    Only stripped where the rest is a name too (seen as a mention or known) or starts with the
    article (والعراق -> العراق): وليد and فلاديمير keep their first letter.
    """
    head, _, tail = name.partition(" ")
    for clitic in _CLITICS:
        rest = head[len(clitic) :]
        if head.startswith(clitic) and len(rest) >= 3:
            stripped = f"{rest} {tail}".strip()
            if rest.startswith("ال") or stripped in known or name_key(stripped) in known:
                return stripped
    return name


_WORDS = re.compile(r"[^\W\d_]+")


def _written_in_full(text: str, normalized: tuple[str, list[int]], surname: str, known: str) -> str | None:
    """The article's own full form of a bare family name that the lexicon gives to a famous holder.

    "حافظ قائد السبسي" is not "الباجي قائد السبسي": where the article writes the family name after
    the same middle words as the known holder's name ("قائد") but another given name, the article
    names someone else of that family, and its form is the canonical one. ``None`` when the article
    writes the known name itself, or nothing that tells. ``normalized``: `normalize_with_offsets(text)`.
    """
    known_keys = name_key(known).split()
    middle = known_keys[1:-1]
    if not middle:
        return None  # "إيمانويل ماكرون": no middle word to tell a relative from a verb before the name
    norm, offsets = normalized
    words = [(m.group(), m.start(), m.end()) for m in _WORDS.finditer(norm)]
    keys = [name_key(w) for w, _, _ in words]
    target = name_key(surname)
    other = None
    n = len(middle)
    for k, key in enumerate(keys):
        if key != target or k - n - 1 < 0 or keys[k - n : k] != middle:
            continue
        first = keys[k - n - 1]
        if first == known_keys[0]:
            return None  # the article writes the known holder's own name
        if other is None and len(words[k - n - 1][0]) > 2:
            a, b = words[k - n - 1][1], words[k][2]
            other = text[offsets[a] : offsets[b - 1] + 1]
    return other


def _contains_tokens(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n < len(longer) and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None
