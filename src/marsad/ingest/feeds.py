"""RSS / Atom feeds (feedparser) -> one RawDoc per entry."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from typing import Any

from marsad.ingest.dates import iso_date
from marsad.ingest.html import fragment_text, has_markup
from marsad.records import InputProblem, RawDoc


def _entry_content(entry: Mapping[str, Any]) -> str | None:
    """The fullest text an entry carries: its longest ``content``, else its summary."""
    best: str | None = None
    for item in entry.get("content") or ():
        value = item.get("value") if isinstance(item, Mapping) else None
        if isinstance(value, str) and value.strip() and (best is None or len(value) > len(best)):
            best = value
    if best is None:
        summary = entry.get("summary")
        if isinstance(summary, str) and summary.strip():
            best = summary
    return best


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        found = iso_date(entry.get(key))
        if found:
            return found
    for key in ("published", "updated", "dc_date"):
        found = iso_date(entry.get(key))
        if found:
            return found
    return None


def feed_docs(data: bytes, source: str) -> Iterator[RawDoc | InputProblem]:
    """Entries of one feed document; ``source`` names the file for entries without a link."""
    import feedparser

    # A stream, never bytes: feedparser would try bytes as a file name first.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            yield InputProblem(source, "I005", f"broken or unparsable markup: not a readable feed ({exc})")
        else:
            yield InputProblem(source, "I007", "no article text found: the feed has no entries")
        return
    feed = parsed.get("feed") or {}
    outlet = feed.get("title") if isinstance(feed.get("title"), str) else None
    for n, entry in enumerate(entries, 1):
        link = entry.get("link")
        if not isinstance(link, str) or not link.startswith(("http://", "https://")):
            link = None  # feedparser puts an Atom id (urn:...) here when there is no link
        name = link or f"{source}#entry-{n}"
        content = _entry_content(entry)
        if content is None:
            yield InputProblem(name, "I007", "no article text found: the entry has no content or summary")
            continue
        body = fragment_text(content) if has_markup(content) else None
        if body is not None and not body.strip():
            yield InputProblem(name, "I007", "no article text found: the entry's content is only markup")
            continue
        title = entry.get("title") if isinstance(entry.get("title"), str) else None
        if title and has_markup(title):
            title = fragment_text(title)
        meta: dict[str, Any] = {"feed": source, "entry": n}
        for key in ("id", "author"):
            if isinstance(entry.get(key), str):
                meta[key] = entry[key]
        yield RawDoc(
            source=name,
            raw=content,
            body=body,
            title=title or None,
            url=link,
            published=_entry_date(entry),
            outlet=outlet or None,
            meta=meta,
        )
