"""Article text as HTML with annotations highlighted in place, built from character spans.

Every piece of text is escaped; tags are produced here only, never taken from the article. Spans
may nest (an entity inside a quotation) or cross (two overlapping quotations): crossing spans are
closed and reopened at the boundary, so the HTML is always well formed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from marsad.records import Article

__all__ = ["Mark", "article_marks", "highlight"]


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: ``text[start:end]`` wrapped in ``<tag attrs>``; lower ``rank`` nests outside."""

    start: int
    end: int
    tag: str
    classes: str
    title: str | None = None
    anchor: str | None = None  # id given to the first piece only
    data: tuple[tuple[str, str], ...] = ()
    rank: int = 0


def _open(mark: Mark, first: bool) -> str:
    attrs = [f'class="{escape(mark.classes)}"']
    if first and mark.anchor:
        attrs.append(f'id="{escape(mark.anchor)}"')
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    attrs += [f'data-{escape(k)}="{escape(v)}"' for k, v in mark.data]
    return f"<{mark.tag} {' '.join(attrs)}>"


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` escaped, with every valid mark applied (marks outside the text or empty are dropped)."""
    n = len(text)
    valid = sorted(
        (m for m in marks if 0 <= m.start < m.end <= n),
        key=lambda m: (m.start, -m.end, m.rank),
    )
    bounds = sorted({0, n, *(m.start for m in valid), *(m.end for m in valid)})
    out: list[str] = []
    stack: list[Mark] = []
    pending = valid  # marks not yet finished, in nesting order
    for a, b in zip(bounds, bounds[1:], strict=False):
        pending = [m for m in pending if m.end > a]
        active = [m for m in pending if m.start <= a]
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out += [f"</{m.tag}>" for m in reversed(stack[keep:])]
        out += [_open(m, first=m.start == a) for m in active[keep:]]
        stack = active
        out.append(str(escape(text[a:b])))
    out += [f"</{m.tag}>" for m in reversed(stack)]
    return Markup("".join(out))


def article_marks(
    article: Article, *, entity_labels: Sequence[str] = ("PER", "ORG", "LOC", "MISC")
) -> list[Mark]:
    """Quotations (with cue and speaker mention) and entity mentions of ``article`` as marks."""
    marks: list[Mark] = []
    for q in article.quotes:
        who = q.speaker.name if q.speaker else "متحدث غير معروف"
        marks.append(
            Mark(
                q.start,
                q.end,
                "mark",
                f"quote quote-{q.kind}",
                title=f"{who} ({q.kind})",
                anchor=f"q-{q.start}",
                rank=0,
            )
        )
        marks.append(Mark(q.cue.start, q.cue.end, "span", "cue", title="فعل الإسناد", rank=1))
        if q.speaker and q.speaker.mention:
            sp = q.speaker.mention
            marks.append(Mark(sp.start, sp.end, "span", "speaker", title=f"المتحدث: {who}", rank=1))
    for m in article.entities:
        if m.label in entity_labels:
            marks.append(
                Mark(
                    m.start,
                    m.end,
                    "span",
                    f"ent ent-{m.label}",
                    title=f"{m.canonical} ({m.label})",
                    data=(("entity", m.entity_id or m.canonical),),
                    rank=2,
                )
            )
    return marks
