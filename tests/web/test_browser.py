"""Browser tests: Debian's Chromium (via Playwright, no downloaded browser) against a real server.

Chromium is required: CI installs it (apt-get install chromium). Its absence is a failure, not a skip.
Set MARSAD_CHROMIUM to use another Chromium binary.
"""

from __future__ import annotations

import os
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from marsad.pipeline import Pipeline
from marsad.web import create_app

from .conftest import TOKEN

CHROMIUM = Path(os.environ.get("MARSAD_CHROMIUM", "/usr/bin/chromium"))
FLAGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--disable-dev-shm-usage",
]
LAVROV = "لافروف"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seeded_db: Path, pipeline: Pipeline) -> Iterator[str]:
    """A real uvicorn server on a free localhost port, in a thread."""
    app = create_app(seeded_db, token=TOKEN, stories=False, pipeline_factory=lambda: pipeline)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the marsad server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install it (Debian: apt-get install -y chromium)"
            " or set MARSAD_CHROMIUM to a Chromium binary. The browser tests do not skip."
        )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield b
        b.close()


@dataclass
class Tab:
    """A page with every request it made and every dialog (alert) it opened."""

    page: Page
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def tab(browser: Browser, server: str) -> Iterator[Tab]:
    context = browser.new_context(locale="ar", viewport={"width": 1280, "height": 900})
    t = Tab(context.new_page())
    t.page.on("request", lambda r: t.requests.append(r.url))
    t.page.on("dialog", t.on_dialog)
    yield t
    context.close()


def _png_pixels(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and the (filtered) pixel rows of a PNG, enough to tell a blank image from a page."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        data = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", data[:8])
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def _assert_not_blank(png: bytes) -> None:
    width, height, raw = _png_pixels(png)
    assert width >= 800 and height >= 600
    assert len(set(raw)) > 30, "the screenshot looks blank"


def _assert_local_only(tab: Tab, server: str) -> None:
    outside = [u for u in tab.requests if not u.startswith(server + "/")]
    assert not outside, f"requests outside the server: {outside}"


def test_home_is_rtl_arabic(tab: Tab, server: str, tmp_path: Path) -> None:
    pg = tab.page
    pg.goto(server + "/")
    assert pg.get_attribute("html", "dir") == "rtl"
    assert pg.get_attribute("html", "lang") == "ar"
    style = pg.eval_on_selector(
        "main", "e => { const s = getComputedStyle(e); return [s.direction, s.textAlign]; }"
    )
    assert style == ["rtl", "right"]
    # RTL layout: the brand starts the header on the right
    brand = pg.locator("header.site .brand").bounding_box()
    assert brand is not None and brand["x"] > 640
    shot = pg.screenshot(path=str(tmp_path / "home.png"), full_page=True)
    _assert_not_blank(shot)
    _assert_local_only(tab, server)


def test_search_lavrov_shows_quote_cards(tab: Tab, server: str, tmp_path: Path) -> None:
    pg = tab.page
    pg.goto(server + "/")
    box = pg.locator("header.site input[name=q]")
    box.fill(LAVROV)
    box.press("Enter")
    pg.wait_for_url("**/search?q=*")
    cards = pg.locator(".quote-card")
    cards.first.wait_for()
    assert cards.count() >= 10
    first = cards.first
    assert LAVROV in first.locator(".speaker").inner_text()
    assert first.locator("blockquote").inner_text().startswith("«")
    assert (first.locator("a.article-link").get_attribute("href") or "").startswith("/articles/")
    direction = first.evaluate("e => getComputedStyle(e).direction")
    assert direction == "rtl"
    shot = pg.screenshot(path=str(tmp_path / "search.png"))
    _assert_not_blank(shot)
    # follow a card to its quotation, highlighted in the article
    first.locator("a.article-link").click()
    pg.wait_for_url("**/articles/**")
    anchor = pg.evaluate("location.hash")
    assert pg.locator(f"mark{anchor}").count() == 1
    _assert_local_only(tab, server)


def test_article_page_is_highlighted_and_inert(
    tab: Tab, server: str, hostile_id: str, tmp_path: Path
) -> None:
    pg = tab.page
    pg.goto(f"{server}/articles/{hostile_id}")
    text = pg.locator("#article-text")
    assert '<script>alert("xss")</script>' in text.inner_text()  # shown as text, never run
    assert text.locator("script, img, b").count() == 0
    assert text.locator("mark.quote").count() >= 2
    assert text.locator(".ent-LOC").count() >= 1
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    pg.wait_for_timeout(300)
    assert tab.dialogs == []
    # the legend's check box hides quotation highlighting (static/app.js)
    pg.locator("input[data-toggle=quote]").uncheck()
    assert "hide-quote" in (text.get_attribute("class") or "")
    _assert_not_blank(pg.screenshot(path=str(tmp_path / "article.png")))
    _assert_local_only(tab, server)


def test_speaker_timeline(tab: Tab, server: str, tmp_path: Path) -> None:
    pg = tab.page
    pg.goto(f"{server}/speaker?name={LAVROV}")
    svg = pg.locator("svg.timeline")
    assert svg.count() == 1
    assert svg.locator("circle.dot").count() >= 10
    assert svg.locator("text.topic").count() >= 2
    size = svg.bounding_box()
    assert size is not None and size["width"] > 300 and size["height"] > 80
    _assert_not_blank(pg.screenshot(path=str(tmp_path / "speaker.png"), full_page=True))
