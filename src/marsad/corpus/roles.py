"""Who held a role when: link role phrases to people (data/roles.tsv)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Tenure:
    person: str
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class RoleBook:
    """Role phrase (normalised) -> tenures; checked at construction."""

    tenures: dict[str, tuple[Tenure, ...]]

    @classmethod
    @cache
    def load(cls) -> RoleBook:
        text = resources.files("marsad.data").joinpath("roles.tsv").read_text(encoding="utf-8")
        table: dict[str, list[Tenure]] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) not in (3, 4):
                raise ValueError(f"roles.tsv line {n}: expected 3 or 4 tab-separated columns")
            phrases, person, start = cols[0], cols[1], dt.date.fromisoformat(cols[2])
            end = dt.date.fromisoformat(cols[3]) if len(cols) == 4 and cols[3] else None
            for phrase in phrases.split("|"):
                table.setdefault(normalize(phrase.strip()), []).append(Tenure(person, start, end))
        return cls({k: tuple(sorted(v, key=lambda t: t.start)) for k, v in table.items()})

    def phrases(self) -> list[str]:
        """Every known role phrase, normalised, longest first (for greedy matching)."""
        return sorted(self.tenures, key=len, reverse=True)

    def is_role(self, phrase: str) -> bool:
        """Whether ``phrase`` is a known role phrase (in any spelling), not a name."""
        return normalize(phrase.strip()) in self.tenures

    def holder(self, role: str, on: dt.date | None) -> str | None:
        """The person who held ``role`` on ``on``; without a date, only an unambiguous holder."""
        tenures = self.tenures.get(normalize(role.strip()))
        if not tenures:
            return None
        if on is None:
            people = {t.person for t in tenures}
            return people.pop() if len(people) == 1 else None
        for t in tenures:
            if t.covers(on):
                return t.person
        return None
