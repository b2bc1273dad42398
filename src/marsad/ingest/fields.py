"""Which fields of a JSON object / Parquet row hold the text and its metadata, and the mapping to RawDoc."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from typing import Any

from marsad.errors import ConfigError
from marsad.ingest.dates import iso_date
from marsad.records import InputProblem, RawDoc


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """Field names for JSONL/Parquet; each a tuple of candidates tried in order."""

    text: tuple[str, ...] = ("text", "content", "body", "article")
    title: tuple[str, ...] = ("title", "headline")
    published: tuple[str, ...] = ("published", "date", "time", "pubdate", "published_at")
    url: tuple[str, ...] = ("url", "link")
    outlet: tuple[str, ...] = ("outlet", "source", "site", "src")
    id: tuple[str, ...] = ("id", "docno")

    @classmethod
    def parse(cls, spec: str) -> JsonlFields:
        """From the CLI: ``"text=body,title=headline|name"`` (``|`` lists candidates in order).

        A named role replaces that role's defaults; roles left out keep theirs.
        """
        known = {f.name for f in dataclass_fields(cls)}
        chosen: dict[str, tuple[str, ...]] = {}
        for part in spec.split(","):
            if not part.strip():
                continue
            key, sep, value = part.partition("=")
            key = key.strip()
            if not sep:
                raise ConfigError(f"field spec {part.strip()!r} needs the form role=name")
            if key not in known:
                roles = ", ".join(sorted(known))
                raise ConfigError(f"unknown field role {key!r} in {spec!r}; known: {roles}")
            names = tuple(n.strip() for n in value.split("|") if n.strip())
            if not names:
                raise ConfigError(f"field role {key!r} has no field name in {spec!r}")
            chosen[key] = names
        return cls(**chosen)


def _first(record: Mapping[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return name, value
    return None, None


def _text_field(record: Mapping[str, Any], names: tuple[str, ...]) -> tuple[str | None, str | None]:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return name, value
    return None, None


def doc_from_record(
    record: Mapping[str, Any], *, source: str, raw: str, fields: JsonlFields
) -> RawDoc | InputProblem:
    """One JSON object / table row -> RawDoc (text from the text field, the rest into metadata).

    Keys not used for a field go to ``meta``; a date that cannot be read is kept as ``published_raw``.
    """
    text_key, text = _text_field(record, fields.text)
    if text_key is None or text is None:
        keys = ", ".join(list(record)[:12]) or "none"
        return InputProblem(
            source,
            "I007",
            f"no article text: none of the text fields ({', '.join(fields.text)}) holds text; "
            f"keys: {keys}; choose one with --fields text=NAME",
        )
    used = {text_key}
    values: dict[str, str | None] = {}
    for role in ("title", "url", "outlet"):
        key, value = _first(record, getattr(fields, role))
        if key is not None:
            used.add(key)
            values[role] = value if isinstance(value, str) else str(value)
    meta: dict[str, Any] = {}
    key, value = _first(record, fields.published)
    published = None
    if key is not None:
        used.add(key)
        published = iso_date(value)
        if published is None:
            meta["published_raw"] = value if isinstance(value, str | int | float) else str(value)
    key, value = _first(record, fields.id)
    if key is not None:
        used.add(key)
        meta["id"] = value if isinstance(value, str) else str(value)
    meta.update((k, v) for k, v in record.items() if k not in used)
    return RawDoc(
        source=source,
        raw=raw,
        body=text,
        title=values.get("title"),
        url=values.get("url"),
        outlet=values.get("outlet"),
        published=published,
        meta=meta,
    )
