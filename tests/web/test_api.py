"""The JSON API in process (Starlette TestClient) on a store ingested from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.pipeline import Pipeline
from marsad.store import open_store
from marsad.web import create_app
from marsad.web.highlight import Mark, highlight
from marsad.web.state import STORIES_OFF

from .conftest import HOSTILE_TEXT, TOKEN

LAVROV = "لافروف"


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for path in [
        "/api/search",
        "/api/quotes",
        "/api/entities",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/stats",
    ]:
        assert path in paths, path
    assert "post" in paths["/api/articles"]
    params = {p["name"] for p in paths["/api/quotes"]["get"]["parameters"]}
    assert {"speaker", "about", "since", "outlet", "limit", "offset"} <= params
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


def test_no_cdn_docs(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404  # swagger UI would load scripts from a CDN


def test_stats(client: TestClient) -> None:
    assert client.get("/api/stats").json() == {"articles": 6, "stories": False, "writes": True}


def test_search(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "ادلب"}).json()
    assert hits and all(set(h) == {"id", "title", "outlet", "published", "snippet", "score"} for h in hits)
    assert any("«" in h["snippet"] for h in hits)
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_quotes_by_speaker(client: TestClient) -> None:
    hits = client.get("/api/quotes", params={"speaker": LAVROV, "limit": 200}).json()
    assert len(hits) >= 10
    assert all(LAVROV in h["quote"]["speaker"]["name"] for h in hits)
    first = hits[0]
    assert first["published"] == "2024-03-05"  # newest first: the only dated article
    q = first["quote"]
    assert {"start", "end", "text", "kind", "cue", "speaker"} <= set(q)
    article = client.get(f"/api/articles/{first['article_id']}").json()
    assert article["text"][q["start"] : q["end"]] == q["text"]  # spans index the display text


def test_quotes_by_topic_outlet_date_and_paging(client: TestClient) -> None:
    about = client.get("/api/quotes", params={"about": "إدلب"}).json()
    assert about and all("دلب" in h["quote"]["text"] for h in about)
    sputnik = client.get("/api/quotes", params={"outlet": "سبوتنيك"}).json()
    assert sputnik and {h["outlet"] for h in sputnik} == {"سبوتنيك"}
    since = client.get("/api/quotes", params={"since": "2024-01-01"}).json()
    assert since and {h["published"] for h in since} == {"2024-03-05"}
    assert client.get("/api/quotes", params={"since": "2030-01-01"}).json() == []
    assert client.get("/api/quotes", params={"since": "yesterday"}).status_code == 422
    page1 = client.get("/api/quotes", params={"limit": 3}).json()
    page2 = client.get("/api/quotes", params={"limit": 3, "offset": 3}).json()
    assert len(page1) == len(page2) == 3 and page1 != page2
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422


def test_entities(client: TestClient) -> None:
    people = client.get("/api/entities", params={"label": "PER", "name": LAVROV}).json()
    assert LAVROV in people[0]["canonical"] and people[0]["articles"] >= 5
    assert all(e["label"] == "PER" for e in people)
    assert client.get("/api/entities", params={"label": "XYZ"}).status_code == 422


def test_articles(client: TestClient, hostile_id: str) -> None:
    rows = client.get("/api/articles").json()
    assert len(rows) == 6 and rows[0]["id"] == hostile_id
    one = client.get(f"/api/articles/{hostile_id}").json()
    assert one["text"].startswith("لافروف: <script>")  # JSON carries the text as it is
    assert one["url"] == "javascript:alert(1)"
    r = client.get("/api/articles/nope")
    assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_stories_are_501_when_turned_off(client: TestClient) -> None:
    for path in ["/api/stories", "/api/stories/s1"]:
        r = client.get(path)
        assert r.status_code == 501 and r.json()["detail"] == STORIES_OFF
    page = client.get("/stories")
    assert page.status_code == 501 and "القصص غير متاحة" in page.text
    assert client.get("/api/stats").json()["stories"] is False


def test_stories_from_the_store(seeded_db: Path, hostile_id: str) -> None:
    with open_store(seeded_db) as store:
        ids = {a.id for a in store.articles(limit=100)}
    with TestClient(create_app(seeded_db)) as c:
        listed = c.get("/api/stories").json()
        members = [i for s in listed for i in s["article_ids"]]
        assert sorted(members) == sorted(ids)  # every article in exactly one story
        assert all(s["summary"] for s in listed)
        biggest = max(listed, key=lambda s: len(s["article_ids"]))
        assert c.get(f"/api/stories/{biggest['id']}").json()["article_ids"] == biggest["article_ids"]
        assert c.get("/api/stories/no-such-story").status_code == 404
        page = c.get(f"/stories/{biggest['id']}")
        assert page.status_code == 200
        assert page.text.count('class="source-col"') == len(biggest["article_ids"])  # side by side
        hostile = next(s for s in listed if hostile_id in s["article_ids"])
        page = c.get(f"/stories/{hostile['id']}")
        assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text
        assert c.get("/stories").status_code == 200


# -- writes ---------------------------------------------------------------------------------------------

NEW = {
    "text": 'قال سيرغي لافروف إن "موسكو تدعم الحل السياسي في سوريا".',
    "outlet": "سبوتنيك",
    "published": "2025-01-02",
    "title": "لافروف والحل السياسي",
}


def test_post_refused_without_a_configured_token(writable_db: Path, pipeline: Pipeline) -> None:
    with TestClient(create_app(writable_db, stories=False, pipeline_factory=lambda: pipeline)) as c:
        r = c.post("/api/articles", json=NEW, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403 and "--token" in r.json()["detail"]
        assert c.get("/api/stats").json()["writes"] is False


def test_post_needs_the_right_token(writable_db: Path, pipeline: Pipeline) -> None:
    with TestClient(
        create_app(writable_db, token=TOKEN, stories=False, pipeline_factory=lambda: pipeline)
    ) as c:
        assert c.post("/api/articles", json=NEW).status_code == 401
        r = c.post("/api/articles", json=NEW, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert c.get("/api/stats").json()["articles"] == 6


def test_post_adds_processes_and_skips_repeats(writable_db: Path, pipeline: Pipeline) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(
        create_app(writable_db, token=TOKEN, stories=False, pipeline_factory=lambda: pipeline)
    ) as c:
        r = c.post("/api/articles", json=NEW, headers=auth)
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["added"] == 1 and body["skipped"] == 0 and body["articles"][0]["added"] is True
        new_id = body["articles"][0]["id"]
        batch = {"articles": [NEW, NEW | {"text": NEW["text"] + " وأضاف أن الحوار مستمر."}, NEW]}
        again = c.post("/api/articles", json=batch, headers=auth).json()
        assert again["added"] == 1 and again["skipped"] == 2
        assert [a["added"] for a in again["articles"]] == [False, True, False]
        stored = c.get(f"/api/articles/{new_id}").json()
        assert stored["outlet"] == "سبوتنيك" and stored["published"].startswith("2025-01-02")
        assert stored["quotes"] and "لافروف" in stored["quotes"][0]["speaker"]["name"]
        recent = c.get("/api/quotes", params={"since": "2025-01-01"}).json()
        assert new_id in {h["article_id"] for h in recent}
        assert c.post("/api/articles", json={"text": ""}, headers=auth).status_code == 422
        assert c.post("/api/articles", json={"articles": []}, headers=auth).status_code == 422


def test_post_size_limits(writable_db: Path, pipeline: Pipeline) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    app = create_app(
        writable_db,
        token=TOKEN,
        stories=False,
        pipeline_factory=lambda: pipeline,
        max_post_articles=2,
        max_text_chars=100,
    )
    with TestClient(app) as c:
        many = {"articles": [NEW, NEW, NEW]}
        assert c.post("/api/articles", json=many, headers=auth).status_code == 413
        assert c.post("/api/articles", json={"text": "س" * 101}, headers=auth).status_code == 413


# -- pages: RTL, escaping -------------------------------------------------------------------------------

PAGES = [
    "/",
    "/search?q=لافروف",
    "/quotes",
    "/quotes?speaker=لافروف&since=2024-01-01",
    "/entities",
    "/entities?label=PER",
    "/articles",
    "/speaker?name=لافروف",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_arabic_rtl_and_safe(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in r.text
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "javascript:" not in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "http://" not in r.text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing external


def test_search_page_shows_lavrov_quote_cards(client: TestClient) -> None:
    r = client.get("/search", params={"q": LAVROV})
    assert r.text.count('class="quote-card"') >= 10
    assert "/speaker?name=" in r.text
    assert client.get("/search", params={"q": "  "}, follow_redirects=False).status_code == 303


def test_search_echo_is_escaped(client: TestClient) -> None:
    r = client.get("/search", params={"q": '<script>alert(1)</script>"'})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;&#34;" in r.text


def test_article_page_highlights_and_escapes(client: TestClient, hostile_id: str) -> None:
    r = client.get(f"/articles/{hostile_id}")
    assert r.status_code == 200
    html = r.text
    assert "<script>alert" not in html and "<img src" not in html and "<b>بسرعة" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;i&gt;وكالة&lt;/i&gt; &#34;الاختبار&#34;" in html
    assert html.count('<mark class="quote quote-') >= 2
    assert '<span class="ent ent-LOC"' in html and '<span class="speaker"' in html
    for q in client.get(f"/api/articles/{hostile_id}").json()["quotes"]:
        assert f'id="q-{q["start"]}"' in html  # quote cards link to these anchors
    assert "javascript:" not in html  # the article's URL is not linked


def test_article_page_404(client: TestClient) -> None:
    r = client.get("/articles/nope")
    assert r.status_code == 404 and 'dir="rtl"' in r.text


def test_speaker_page_has_a_timeline(client: TestClient) -> None:
    r = client.get("/speaker", params={"name": LAVROV})
    assert r.status_code == 200
    assert '<svg class="timeline"' in r.text
    assert r.text.count('<circle class="dot"') >= 10
    assert "بدون تاريخ" in r.text and "2024-03-05" in r.text
    assert client.get("/speaker", params={"name": "لا أحد"}).status_code == 404


def test_static_files(client: TestClient) -> None:
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200


def test_highlight_nests_crosses_and_escapes() -> None:
    html = highlight(
        'a<b>"c&d',
        [
            Mark(0, 5, "mark", "q", anchor="q-0", title='x"'),
            Mark(3, 8, "span", "e"),
            Mark(50, 60, "span", "outside"),
        ],
    )
    assert html == (
        '<mark class="q" id="q-0" title="x&#34;">a&lt;b<span class="e">&gt;&#34;</span></mark>'
        '<span class="e">c&amp;d</span>'
    )
    assert highlight(HOSTILE_TEXT, []) == HOSTILE_TEXT.replace("&", "&amp;").replace("<", "&lt;").replace(
        ">", "&gt;"
    ).replace('"', "&#34;").replace("'", "&#39;")


def test_serve_command(seeded_db: Path, tmp_path: Path) -> None:
    """`marsad serve` starts uvicorn on localhost; the token comes from $MARSAD_TOKEN."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [
        sys.executable,
        "-c",
        "from marsad.cli import run; run()",
        "serve",
        "--db",
        str(seeded_db),
        "--port",
        str(port),
    ]
    env = dict(os.environ, MARSAD_TOKEN=TOKEN)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).json()
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "exited"
                assert time.monotonic() < deadline, "marsad serve did not answer in 30 s"
                time.sleep(0.2)
        assert stats == {"articles": 6, "stories": True, "writes": True}
    finally:
        proc.terminate()
        proc.wait(10)


def test_arabic_counts() -> None:
    from marsad.web.pages import counted

    got = [counted(n, "article") for n in (1, 2, 3, 10, 11, 103)]
    assert got == ["مقالة واحدة", "مقالتان", "3 مقالات", "10 مقالات", "11 مقالة", "103 مقالات"]
