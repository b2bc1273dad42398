"""The JSON API under /api: search, quotes, entities, articles (read; POST with a token) and stories."""

from __future__ import annotations

import hmac
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from marsad.pipeline import content_id
from marsad.records import Article, RawDoc
from marsad.store.base import QuoteHit
from marsad.stories import get_story, list_stories
from marsad.web.models import (
    ArticleOut,
    ArticleSummaryOut,
    EntityOut,
    ErrorOut,
    NewArticle,
    NewArticles,
    PostedArticle,
    PostResult,
    QuoteHitOut,
    SearchHitOut,
    Stats,
    StoryOut,
)
from marsad.web.state import STORIES_OFF, WebState

__all__ = ["DATE_PATTERN", "article_dict", "quote_hit_dict", "router", "web_state"]

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
router = APIRouter(prefix="/api")
_bearer = HTTPBearer(auto_error=False, description="The server's write token (--token or $MARSAD_TOKEN).")


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.marsad
    return state


State = Annotated[WebState, Depends(web_state)]


def require_token(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Writes need ``Authorization: Bearer <token>``; without a configured token they are refused."""
    expected = state.settings.token
    if not expected:
        raise HTTPException(403, "writes are disabled: start the server with --token or $MARSAD_TOKEN")
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})


def quote_hit_dict(hit: QuoteHit) -> dict[str, Any]:
    return {
        "article_id": hit.article_id,
        "title": hit.title,
        "outlet": hit.outlet,
        "published": hit.published,
        "url": hit.url,
        "quote": hit.quote.to_dict(),
    }


def article_dict(a: Article) -> dict[str, Any]:
    return a.to_dict() | {"url": a.url}


def _stories_on(state: WebState) -> None:
    if not state.stories:
        raise HTTPException(501, STORIES_OFF)


@router.get("/stats", response_model=Stats, summary="Store size and which features are enabled")
def stats(state: State) -> Stats:
    with state.store() as store:
        n = store.count()
    return Stats(articles=n, stories=state.stories, writes=bool(state.settings.token))


@router.get("/search", response_model=list[SearchHitOut], summary="Arabic-aware full-text search of articles")
def search(
    state: State,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find (سورية finds سوريا).")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[dict[str, Any]]:
    with state.store() as store:
        hits = store.search(q, limit=limit)
    return [asdict(h) for h in hits]


@router.get("/quotes", response_model=list[QuoteHitOut], summary="Who said what: quotations, newest first")
def quotes(
    state: State,
    speaker: Annotated[
        str | None, Query(max_length=200, description="Speaker name in any spelling (لافروف).")
    ] = None,
    about: Annotated[
        str | None, Query(max_length=500, description="Topic: words the quotation contains.")
    ] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY-MM-DD, inclusive.")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    with state.store() as store:
        hits = store.quotes(
            speaker=speaker, about=about, since=since, outlet=outlet, limit=limit, offset=offset
        )
    return [quote_hit_dict(h) for h in hits]


@router.get("/entities", response_model=list[EntityOut], summary="People, organisations and places")
def entities(
    state: State,
    label: Literal["PER", "ORG", "LOC", "MISC"] | None = None,
    name: Annotated[
        str | None, Query(max_length=200, description="Keep entities with a matching variant.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[dict[str, Any]]:
    with state.store() as store:
        found = store.entities(label=label, name=name, limit=limit)
    return [asdict(e) for e in found]


@router.get("/articles", response_model=list[ArticleSummaryOut], summary="Stored articles, newest first")
def articles(
    state: State,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    with state.store() as store:
        rows = store.articles(limit=limit, offset=offset, outlet=outlet)
    return [asdict(a) for a in rows]


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    responses={404: {"model": ErrorOut}},
    summary="One article: display text and every annotation as character spans",
)
def article(state: State, article_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    with state.store() as store:
        found = store.get(article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return article_dict(found)


@router.post(
    "/articles",
    response_model=PostResult,
    status_code=201,
    dependencies=[Depends(require_token)],
    responses={
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        413: {"model": ErrorOut},
        422: {"model": ErrorOut},
    },
    summary="Process and store new articles (needs the write token)",
)
def post_articles(state: State, body: NewArticles | NewArticle) -> PostResult:
    posted = body.articles if isinstance(body, NewArticles) else [body]
    limits = state.settings
    if len(posted) > limits.max_post_articles:
        raise HTTPException(413, f"at most {limits.max_post_articles} articles per request")
    if any(len(n.text) > limits.max_text_chars for n in posted):
        raise HTTPException(413, f"an article text is longer than {limits.max_text_chars} characters")
    docs = [
        RawDoc(
            source=f"api:{n.url}" if n.url else "api",
            raw=n.text,
            title=n.title,
            url=n.url,
            published=n.published,
            outlet=n.outlet,
        )
        for n in posted
    ]
    ids = [content_id(d.raw) for d in docs]
    pipeline = state.pipeline()
    with state.write_lock, state.store() as store:
        before = store.stored(ids)
        fresh: dict[str, Article] = {}
        for article_id, doc in zip(ids, docs, strict=True):
            if article_id in before or article_id in fresh:
                continue
            try:
                fresh[article_id] = pipeline.process(doc)
            except Exception as exc:  # a stage bug on one input: nothing of the batch is stored
                raise HTTPException(
                    422, f"processing failed for article {len(fresh) + 1}: {type(exc).__name__}: {exc}"
                ) from exc
        result = store.add_articles(fresh.values())
    added = set(fresh)
    out = []
    for article_id in ids:
        out.append(PostedArticle(id=article_id, added=article_id in added))
        added.discard(article_id)
    return PostResult(added=result.added, skipped=len(ids) - result.added, articles=out)


@router.get(
    "/stories",
    response_model=list[StoryOut],
    responses={501: {"model": ErrorOut}},
    summary="Stories: articles about the same event across outlets, most recently active first",
)
def stories(
    state: State,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[StoryOut]:
    _stories_on(state)
    with state.store() as store:
        found = list_stories(store, limit=limit, offset=offset)
    return [StoryOut.model_validate(s, from_attributes=True) for s in found]


@router.get(
    "/stories/{story_id}",
    response_model=StoryOut,
    responses={404: {"model": ErrorOut}, 501: {"model": ErrorOut}},
    summary="One story",
)
def story(state: State, story_id: Annotated[str, Path(max_length=200)]) -> StoryOut:
    _stories_on(state)
    with state.store() as store:
        found = get_story(store, story_id)
    if found is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return StoryOut.model_validate(found, from_attributes=True)
