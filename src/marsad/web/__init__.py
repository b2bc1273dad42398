"""HTTP API and Arabic right-to-left web UI (needs the ``web`` extra: fastapi, uvicorn, jinja2)."""

from marsad.web.app import create_app, serve

__all__ = ["create_app", "serve"]
