"""Helpers for the quote tests: tagged mentions placed in a test sentence, quotations picked out by their
content or their cue."""

from __future__ import annotations

from marsad.records import Mention, Quote


def mention(text: str, surface: str, label: str, canonical: str | None = None, eid: str | None = None,
            nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``surface`` in ``text`` as a tagged mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, canonical or surface, eid)


def per(text: str, name: str, canonical: str | None = None, nth: int = 0) -> Mention:
    return mention(text, name, "PER", canonical, nth=nth)


def loc(text: str, name: str) -> Mention:
    return mention(text, name, "LOC")


def said(quotes: list[Quote], fragment: str) -> str | None:
    """The speaker's name of the single quotation whose content contains ``fragment``."""
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0].speaker.name if hits[0].speaker else None


def sole_speaker(quotes: list[Quote]) -> str | None:
    """The speaker's name of the one quotation found (there must be exactly one)."""
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0].speaker.name if quotes[0].speaker else None


def by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    """The quotations whose cue opens with the word ``cue``."""
    return [q for q in quotes if q.cue.text.split()[0] == cue]
