"""HTML pages -> main text (trafilatura) and HTML fragments (feed entries) -> text with paragraph breaks."""

from __future__ import annotations

import html as html_lib
import logging
import re

from marsad.ingest.dates import iso_date
from marsad.ingest.decode import TextDecodeError, decode_declared
from marsad.records import InputProblem, RawDoc

# trafilatura and htmldate log every page they find little in; the reader reports problems itself.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_MARKUP = re.compile(r"<[A-Za-z!/?]")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLOCK = frozenset(
    ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure")
    + ("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol")
    + ("p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul")
)
_SKIP = frozenset(("script", "style", "noscript", "template", "head", "title"))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def html_doc(
    data: bytes | str,
    source: str,
    *,
    charset: str | None = None,
    url: str | None = None,
    fallback_date: str | None = None,
) -> RawDoc | InputProblem:
    """One HTML page -> RawDoc with raw = the page and body = its main text.

    ``charset`` is a transport-declared one (HTTP header); ``fallback_date`` is used only when
    the page itself carries no date (a crawl date says when it was fetched, not published).
    """
    if isinstance(data, bytes):
        try:
            page = decode_declared(data, charset or declared_charset(data))
        except TextDecodeError as exc:
            return exc.problem(source)
    else:
        page = data
    from trafilatura import bare_extraction, load_html

    try:
        # lxml refuses str input with an encoding declaration; the text is decoded already.
        tree = load_html(_XML_DECL.sub("", page, count=1))
    except Exception as exc:  # lxml raises several types on hostile input
        return InputProblem(source, "I005", f"broken or unparsable markup: {type(exc).__name__}: {exc}")
    if tree is None:
        return InputProblem(source, "I005", "broken or unparsable markup: no HTML document could be built")
    try:
        found = bare_extraction(
            tree, url=url, include_comments=False, favor_precision=True, with_metadata=True
        )
    except Exception as exc:
        return InputProblem(source, "I005", f"broken or unparsable markup: {type(exc).__name__}: {exc}")
    text = getattr(found, "text", None) if found is not None else None
    if not isinstance(text, str) or not text.strip():
        return InputProblem(source, "I007", "no article text found: the page has no main text")
    meta = {}
    author = getattr(found, "author", None)
    if author:
        meta["author"] = author
    return RawDoc(
        source=source,
        raw=page,
        body=text,
        title=getattr(found, "title", None) or None,
        url=url or getattr(found, "url", None) or None,
        published=iso_date(getattr(found, "date", None)) or fallback_date,
        outlet=getattr(found, "sitename", None) or None,
        meta=meta,
    )


def has_markup(text: str) -> bool:
    return _MARKUP.search(text) is not None


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph (block element, ``<br>``) per line.

    Iterative walk: feeds are untrusted and a deeply nested fragment must not hit the recursion limit.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(_XML_DECL.sub("", fragment, count=1), create_parent="div")
    except Exception:  # not parsable as HTML: drop tags the simple way
        return _tidy(html_lib.unescape(_TAG.sub(" ", fragment)))
    out: list[str] = []
    walk = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walk:
        if event in ("comment", "pi"):  # their text is not content; what follows them is
            if el.tail:
                out.append(el.tail)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK:
                out.append("\n")
            if tag in _SKIP:
                walk.skip_subtree()
            elif el.text:
                out.append(el.text)
        else:
            if tag in _BLOCK:
                out.append("\n")
            if el.tail and el is not root:
                out.append(el.tail)
    return _tidy("".join(out))
