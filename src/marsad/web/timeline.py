"""A speaker's statements over time, one row per topic, as inline SVG rendered on the server.

The topic of a statement is the entity its quotation talks about most: the mentions (other than the
speaker's own) that fall inside the quotation span, most frequent in the speaker's quotations first.
Time runs right to left, as Arabic reads; undated statements sit in their own column at the far left.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from marsad.records import Article
from marsad.store.base import QuoteHit

__all__ = ["OTHER_TOPIC", "Point", "TimelineData", "render_svg", "timeline_data"]

OTHER_TOPIC = "موضوعات أخرى"
UNDATED = "بدون تاريخ"
MAX_TOPICS = 6


@dataclass(slots=True)
class Point:
    article_id: str
    quote_start: int
    day: dt.date | None
    topic: str
    outlet: str | None
    text: str


@dataclass(slots=True)
class TimelineData:
    topics: list[tuple[str, int]]  # topic, statements; rows top to bottom
    points: list[Point]
    first: dt.date | None
    last: dt.date | None


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _quote_topics(hit: QuoteHit, article: Article | None, names: dict[str, Counter[str]]) -> list[str]:
    """Keys (entity id, else canonical name) of the mentions inside the quotation, not the speaker's own."""
    if article is None:
        return []
    q = hit.quote
    own = {q.speaker.entity_id, q.speaker.name} if q.speaker else set()
    keys = []
    for m in article.entities:
        if q.start <= m.start and m.end <= q.end and m.entity_id not in own and m.canonical not in own:
            key = m.entity_id or m.canonical
            names.setdefault(key, Counter())[m.canonical] += 1
            keys.append(key)
    return keys


def timeline_data(hits: Sequence[QuoteHit], articles: dict[str, Article | None]) -> TimelineData:
    """Points per statement; ``articles`` maps article ids to the stored article (for its mentions).

    Mentions of one entity under several names (سوريا, سورية) are one topic, named by its commonest form.
    """
    names: dict[str, Counter[str]] = {}
    found = [(h, Counter(_quote_topics(h, articles.get(h.article_id), names))) for h in hits]
    overall: Counter[str] = Counter()
    for _, c in found:
        overall.update(c.keys())
    top = [k for k, _ in sorted(overall.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TOPICS]]
    label = {k: names[k].most_common(1)[0][0] for k in top}
    points = []
    for h, c in found:
        ranked = [k for k in top if k in c]
        topic = label[max(ranked, key=lambda k: (c[k], overall[k]))] if ranked else OTHER_TOPIC
        points.append(Point(h.article_id, h.quote.start, _day(h.published), topic, h.outlet, h.quote.text))
    counts = Counter(p.topic for p in points)
    rows = [(label[k], counts[label[k]]) for k in top if counts[label[k]]]
    if counts[OTHER_TOPIC]:
        rows.append((OTHER_TOPIC, counts[OTHER_TOPIC]))
    days = [p.day for p in points if p.day is not None]
    return TimelineData(rows, points, min(days, default=None), max(days, default=None))


def _excerpt(text: str, n: int = 120) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render_svg(data: TimelineData, *, width: int = 760, row: int = 40) -> Markup:
    """The chart as an ``<svg>`` element; every text in it is escaped."""
    label_w, undated_w, pad = 170, 70, 16
    top_pad, axis_h = 10, 34
    height = top_pad + row * max(1, len(data.topics)) + axis_h
    fan = 28  # room for statements fanned out around their day
    plot_right = width - label_w - pad - fan
    has_undated = any(p.day is None for p in data.points)
    has_dated = data.first is not None
    plot_left = pad + (undated_w if has_undated else 0) + fan
    span = (data.last - data.first).days if data.first and data.last else 0

    def x_of(day: dt.date | None) -> float:
        if day is None:
            return pad + undated_w / 2 if has_dated else (pad + plot_right) / 2
        if data.first is None or span == 0:
            return (plot_left + plot_right) / 2
        return plot_right - (day - data.first).days / span * (plot_right - plot_left)

    rows = {t: i for i, (t, _) in enumerate(data.topics)}
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-label="خط زمني لتصريحات المتحدث حسب الموضوع">'
    ]
    for t, i in rows.items():
        y = top_pad + row * i + row / 2
        n = data.topics[i][1]
        parts.append(
            f'<line class="row" x1="{pad}" x2="{plot_right + fan}" y1="{y:.1f}" y2="{y:.1f}"'
            ' stroke="#d9dee5"/>'
        )
        parts.append(
            f'<text class="topic" x="{width - pad}" y="{y + 5:.1f}" text-anchor="start" direction="rtl"'
            f' fill="#1f2a37" font-size="14">{escape(_excerpt(t, 22))} ({n})</text>'
        )
    axis_y = top_pad + row * max(1, len(data.topics)) + 20
    if has_undated and has_dated:
        sep = pad + undated_w
        parts.append(
            f'<line class="undated" x1="{sep}" x2="{sep}" y1="{top_pad}" y2="{axis_y - 14}" stroke="#adb5bd"'
            ' stroke-dasharray="4 3"/>'
        )
    ticks: list[tuple[float, str]] = []
    if data.first and data.last:
        ticks.append((x_of(data.first), data.first.isoformat()))
        if span:
            ticks.append((x_of(data.last), data.last.isoformat()))
    if has_undated:
        ticks.append((x_of(None), UNDATED))
    for x, label in ticks:
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{axis_y}" text-anchor="middle" fill="#5b6572"'
            f' font-size="12">{escape(label)}</text>'
        )
    stacked: Counter[tuple[int, str]] = Counter()
    for p in data.points:
        base = x_of(p.day)
        key = (round(base), p.topic)
        k = stacked[key]
        stacked[key] += 1
        x = base + ((k % 8) - 3.5) * 7  # fan out statements of one day and topic: 8 across, 3 deep
        y = top_pad + row * rows.get(p.topic, 0) + row / 2 + ((k // 8) % 3 - 1) * 8
        tip = (
            f"{p.day.isoformat() if p.day else UNDATED} · {p.outlet or 'مصدر غير معروف'}: {_excerpt(p.text)}"
        )
        href = f"/articles/{quote(p.article_id, safe='')}#q-{p.quote_start}"
        parts.append(
            f'<a href="{escape(href)}"><circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#0b6e4f"'
            f' fill-opacity="0.75"><title>{escape(tip)}</title></circle></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
