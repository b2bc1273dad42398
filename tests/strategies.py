"""Hypothesis strategies shared by the store and batch tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from marsad.records import Article, DateMention, Mention, Quote, Sentence, Span, Speaker

# PostgreSQL text cannot hold NUL (a clear StoreError, tested below); readers never produce it.
_CHARS = st.characters(codec="utf-8", exclude_characters="\x00")


def _text(**kw: Any) -> st.SearchStrategy[str]:
    return st.text(_CHARS, **kw)


_OPT = st.none() | _text(max_size=12)
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | _text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(_text(max_size=120))

    def span() -> tuple[int, int, str]:
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        return a, b, text[a:b]

    def speaker() -> Speaker | None:
        if not draw(st.booleans()):
            return None
        return Speaker(draw(_text(max_size=10)), draw(_OPT), Span(*span()) if draw(st.booleans()) else None)

    n = st.integers(0, 4)
    return Article(
        id=draw(_text(min_size=1, max_size=10)),
        source=draw(_text(max_size=20)),
        raw=draw(_text(max_size=150)),
        text=text,
        title=draw(_OPT),
        outlet=draw(_OPT),
        published=draw(_OPT),
        url=draw(_OPT),
        title_span=Span(*span()) if draw(st.booleans()) else None,
        sentences=[Sentence(*span()[:2]) for _ in range(draw(n))],
        dates=[DateMention(*span(), draw(_OPT)) for _ in range(draw(n))],
        entities=[
            Mention(
                *span(),
                draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])),
                draw(_text(max_size=10)),
                draw(_OPT),
            )
            for _ in range(draw(n))
        ],
        quotes=[
            Quote(*span(), draw(st.sampled_from(["direct", "indirect", "mixed"])), Span(*span()), speaker())
            for _ in range(draw(n))
        ],
        meta=draw(st.dictionaries(_text(max_size=6), _JSON, max_size=4)),
    )
