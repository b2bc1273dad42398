"""The Arabic, right-to-left web UI: server-rendered pages over the same store queries as the API."""

from __future__ import annotations

import re
from collections import Counter
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined

from marsad.records import Article
from marsad.store.base import QuoteHit
from marsad.stories import get_story, list_stories
from marsad.web.api import DATE_PATTERN, web_state
from marsad.web.highlight import article_marks, highlight
from marsad.web.state import STORIES_OFF
from marsad.web.timeline import render_svg, timeline_data

__all__ = ["router", "templates"]

PAGE = 30  # quote cards / articles per page
SPEAKER_QUOTES = 300  # statements a speaker page charts
LABELS = {"PER": "أشخاص", "ORG": "منظمات", "LOC": "أماكن", "MISC": "أخرى"}
KINDS = {"direct": "مباشر", "indirect": "غير مباشر", "mixed": "مختلط"}
_DATE = re.compile(DATE_PATTERN)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link; anything else (javascript:, data:, relative) is not linked."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


NOUNS = {  # one, two, three to ten, eleven and more
    "article": ("مقالة واحدة", "مقالتان", "مقالات", "مقالة"),
    "quote": ("تصريح واحد", "تصريحان", "تصريحات", "تصريحًا"),
    "mention": ("ذكر واحد", "ذكران", "مرات ذكر", "ذكرًا"),
}


def counted(n: int, noun: str) -> str:
    """``n`` with the Arabic noun in the number's form: 1 مقالة واحدة, 2 مقالتان, 3 مقالات, 11 مقالة."""
    one, two, few, many = NOUNS[noun]
    if n == 1:
        return one
    if n == 2:
        return two
    if 3 <= n % 100 <= 10:
        return f"{n} {few}"
    return f"{n} {many}" if n else f"0 {few}"


def day(value: str | None) -> str:
    return value[:10] if value else "بدون تاريخ"


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("marsad.web", "templates"),
        autoescape=True,  # article text is untrusted: everything is escaped unless marked safe here
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(safe_url=safe_url, day=day, counted=counted, path=lambda s: quote(str(s), safe=""))
    env.globals.update(LABELS=LABELS, KINDS=KINDS)
    return env


templates = Jinja2Templates(env=_environment())
router = APIRouter(default_response_class=HTMLResponse)


def render(request: Request, template: str, /, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def _since(value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not _DATE.match(value):
        raise HTTPException(422, "التاريخ يجب أن يكون بالصيغة YYYY-MM-DD")
    return value or None


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


Text = Annotated[str | None, Query(max_length=500)]
Offset = Annotated[int, Query(ge=0)]


@router.get("/")
def home(request: Request) -> Response:
    state = web_state(request)
    with state.store() as store:
        n = store.count()
        recent = store.quotes(limit=10)
        latest = store.articles(limit=10)
    return render(
        request, "home.html", count=n, quotes=recent, articles=latest, stories=state.stories
    )


@router.get("/search")
def search(request: Request, q: Text = None) -> Response:
    query = _clean(q)
    if query is None:
        return RedirectResponse("/", status_code=303)
    with web_state(request).store() as store:
        by_speaker = store.quotes(speaker=query, limit=PAGE)
        about = store.quotes(about=query, limit=PAGE)
        hits = store.search(query, limit=20)
    seen: set[tuple[str, int]] = set()
    found: list[QuoteHit] = []
    for h in [*by_speaker, *about]:
        key = (h.article_id, h.quote.start)
        if key not in seen:
            seen.add(key)
            found.append(h)
    return render(request, "search.html", q=query, quotes=found, hits=hits, speaker_match=bool(by_speaker))


@router.get("/quotes")
def quotes(
    request: Request,
    speaker: Text = None,
    about: Text = None,
    since: Text = None,
    outlet: Text = None,
    offset: Offset = 0,
) -> Response:
    filters = {
        "speaker": _clean(speaker),
        "about": _clean(about),
        "since": _since(since),
        "outlet": _clean(outlet),
    }
    with web_state(request).store() as store:
        found = store.quotes(**filters, limit=PAGE + 1, offset=offset)
    return render(
        request,
        "quotes.html",
        quotes=found[:PAGE],
        filters=filters,
        offset=offset,
        more=len(found) > PAGE,
        page=PAGE,
        params={k: v for k, v in filters.items() if v},
    )


@router.get("/speaker")
def speaker(request: Request, name: Annotated[str, Query(min_length=1, max_length=200)]) -> Response:
    with web_state(request).store() as store:
        hits = store.quotes(speaker=name, limit=SPEAKER_QUOTES)
        articles: dict[str, Article | None] = {}
        for h in hits:
            if h.article_id not in articles:
                articles[h.article_id] = store.get(h.article_id)
    if not hits:
        return render(
            request,
            "speaker.html",
            status_code=404,
            name=name,
            display=name,
            quotes=[],
            chart=None,
            outlets=[],
            topics=[],
        )
    names = Counter(h.quote.speaker.name for h in hits if h.quote.speaker)
    data = timeline_data(hits, articles)
    outlets = Counter(h.outlet or "مصدر غير معروف" for h in hits).most_common()
    return render(
        request,
        "speaker.html",
        name=name,
        display=names.most_common(1)[0][0] if names else name,
        quotes=hits[:PAGE],
        total=len(hits),
        chart=render_svg(data),
        topics=data.topics,
        outlets=outlets,
        variants=[n for n, _ in names.most_common()],
    )


@router.get("/entities")
def entities(request: Request, label: Text = None, name: Text = None) -> Response:
    wanted = label if label in LABELS else None
    with web_state(request).store() as store:
        found = store.entities(label=wanted, name=_clean(name), limit=200)
    return render(request, "entities.html", entities=found, label=wanted, name=_clean(name) or "")


@router.get("/articles")
def articles(request: Request, outlet: Text = None, offset: Offset = 0) -> Response:
    with web_state(request).store() as store:
        rows = store.articles(limit=PAGE + 1, offset=offset, outlet=_clean(outlet))
    return render(
        request,
        "articles.html",
        articles=rows[:PAGE],
        outlet=_clean(outlet) or "",
        offset=offset,
        more=len(rows) > PAGE,
        page=PAGE,
    )


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> Response:
    with web_state(request).store() as store:
        found = store.get(article_id)
    if found is None:
        raise HTTPException(404, "لا توجد مقالة بهذا المعرّف")
    groups: dict[str, Counter[str]] = {}
    for m in found.entities:
        groups.setdefault(m.label, Counter())[m.canonical] += 1
    return render(
        request,
        "article.html",
        article=found,
        body=highlight(found.text, article_marks(found)),
        entities={k: groups[k].most_common() for k in LABELS if k in groups},
    )


def _no_stories(request: Request) -> Response:
    return render(
        request, "error.html", status_code=501, title="القصص غير متاحة", message=STORIES_OFF
    )


@router.get("/stories")
def stories(request: Request, offset: Offset = 0) -> Response:
    state = web_state(request)
    if not state.stories:
        return _no_stories(request)
    with state.store() as store:
        found = list_stories(store, limit=PAGE + 1, offset=offset)
    return render(
        request, "stories.html", stories=found[:PAGE], offset=offset, more=len(found) > PAGE, page=PAGE
    )


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str) -> Response:
    state = web_state(request)
    if not state.stories:
        return _no_stories(request)
    with state.store() as store:
        found = get_story(store, story_id)
        if found is None:
            raise HTTPException(404, "لا توجد قصة بهذا المعرّف")
        members = [a for a in (store.get(i) for i in found.article_ids) if a is not None]
    members.sort(key=lambda a: (a.published is None, a.published or "", a.id))
    return render(request, "story.html", story=found, members=members)
