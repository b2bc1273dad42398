"""The web application: JSON API under /api (OpenAPI at /api/openapi.json) and the Arabic RTL UI.

`create_app` builds it for a store; `serve` runs it with uvicorn (``marsad serve``). Nothing is
fetched from the network: templates, CSS and JS ship inside the package, and the interactive API
docs (which load from a CDN) are off; the OpenAPI description is served as JSON.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.errors import MissingExtra, StoreError
from marsad.pipeline import Pipeline, build_pipeline
from marsad.store.base import open_store
from marsad.web import api, pages
from marsad.web.state import WebSettings, WebState

__all__ = ["create_app", "serve"]

STATIC = Path(__file__).resolve().parent / "static"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
        " base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _version() -> str:
    try:
        return version("marsad")
    except PackageNotFoundError:
        return "0"


def create_app(
    db: str | os.PathLike[str],
    *,
    token: str | None = None,
    stories: bool = True,
    pipeline_factory: Callable[[], Pipeline] = build_pipeline,
    max_post_articles: int = 100,
    max_text_chars: int = 1_000_000,
) -> FastAPI:
    """The app over the store ``db``; ``token`` enables POST /api/articles (None or empty: refused).

    ``stories=False`` turns the story pages and endpoints off (they answer 501).
    """
    settings = WebSettings(
        db=os.fspath(db),
        token=token or None,
        max_post_articles=max_post_articles,
        max_text_chars=max_text_chars,
    )
    with open_store(settings.db):  # a store that cannot be opened fails here, not on the first request
        pass
    app = FastAPI(
        title="marsad",
        version=_version(),
        description="Who said what, about whom, when, where: search, quotes, entities, stories, articles.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.marsad = WebState(
        settings,
        stories=stories,
        pipeline_factory=pipeline_factory,
    )
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/api"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if is_api(request):
            return await http_exception_handler(request, exc)
        title = {404: "الصفحة غير موجودة", 422: "طلب غير صالح", 501: "غير متاح"}.get(exc.status_code, "خطأ")
        message = exc.detail if isinstance(exc.detail, str) else title
        return pages.render(request, "error.html", status_code=exc.status_code, title=title, message=message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return await request_validation_exception_handler(request, exc)
        return pages.render(
            request,
            "error.html",
            status_code=422,
            title="طلب غير صالح",
            message="تحقق من قيم البحث والمرشحات.",
        )

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=503)
        return pages.render(request, "error.html", status_code=503, title="المخزن غير متاح", message=str(exc))

    return app


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the app with uvicorn until interrupted."""
    try:
        import uvicorn
    except ImportError as exc:
        raise MissingExtra("marsad serve", "web") from exc
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="info", server_header=False)
