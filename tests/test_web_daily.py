"""The web app's daily-use fixes: post/redirect/get after Analyse, HTML pages on the
Analyse page, chunked uploads refused early, narrow screens, labels, paging and the
network's top actors."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import anyio
import pytest

from newsfacts.web import create_app
from newsfacts.web.save import save_record

from .test_web_browser import _api, browser_type_launch_args, server  # noqa: F401  (fixtures)
from .webclient import TestClient
from .webdata import HARBOUR, LATER, VISIT, harbour_record, later_record

pytestmark = pytest.mark.filterwarnings("ignore:Session-scoped fixtures defined as instance methods:pytest.PytestRemovedIn10Warning")


@pytest.fixture(scope="module")
def analyser(tmp_path_factory, nlp):
    path = str(tmp_path_factory.mktemp("daily") / "saved.duckdb")
    return TestClient(create_app(path, nlp=nlp, max_upload_bytes=20_000)), path


def _token(c: TestClient) -> str:
    return c.get("/api/token").json()["token"]


# -- 1. after Analyse ----------------------------------------------------------------


@pytest.mark.model
def test_web_daily_analyse_saved_answers_with_a_303_to_the_document(analyser):
    c, _ = analyser
    r = c.post("/analyse", data={"text": HARBOUR, "save": "1", "token": _token(c)}, follow_redirects=False)
    assert r.status_code == 303
    doc_id = re.fullmatch(r"/document/([0-9a-f]{64})", r.headers["location"]).group(1)
    assert c.get(r.headers["location"]).status_code == 200
    assert c.get(f"/api/document/{doc_id}").json()["text"] == HARBOUR


@pytest.mark.model
def test_web_daily_analyse_not_saved_says_so(analyser):
    c, _ = analyser
    r = c.post("/analyse", data={"text": LATER}, follow_redirects=False)
    assert r.status_code == 200
    assert 'id="not-saved"' in r.text and "not in the store" in r.text and 'id="stored-link"' not in r.text


@pytest.mark.model
def test_web_daily_browser_analyse_then_reload_does_not_post_again(server, page):  # noqa: F811
    page.goto(server + "/analyse")
    page.fill("#text", VISIT)
    page.check("#save")
    page.click("#go")
    page.wait_for_selector("#text .f-entity")
    assert re.fullmatch(re.escape(server) + r"/document/[0-9a-f]{64}", page.url), page.url
    methods: list[str] = []
    page.on("request", lambda req: methods.append(req.method) if req.resource_type == "document" else None)
    page.reload()
    page.wait_for_selector("#text .f-entity")
    assert methods == ["GET"]


# -- 2. HTML on the Analyse page -----------------------------------------------------

_PARAS = "".join(f"<p>{p}</p>" for p in HARBOUR.split("\n") if p.strip())
PAGE = (
    '<!doctype html><html><head><title>Harbour deal | Nordic Wire</title>'
    '<meta property="og:title" content="Harbour deal signed">'
    '<meta property="article:published_time" content="2026-05-04T09:00:00Z">'
    '<meta property="og:site_name" content="Nordic Wire"></head>'
    f"<body><nav>Home | World | Sport</nav><article><h1>Harbour deal signed</h1>{_PARAS}</article>"
    "<footer>(c) Nordic Wire</footer></body></html>"
)


@pytest.mark.model
@pytest.mark.parametrize("how", ["pasted", "uploaded", "json"])
def test_web_daily_analyse_reads_an_html_page_as_ingest_does(analyser, how):
    from newsfacts.corpus.document import article_from

    c, _ = analyser
    if how == "pasted":
        r = c.post("/api/analyse", data={"text": PAGE})
    elif how == "uploaded":
        r = c.post("/api/analyse", files={"file": ("harbour.html", PAGE.encode(), "text/html")})
    else:
        r = c.post("/api/analyse", json={"text": PAGE})
    assert r.status_code == 200, r.text
    text, meta = article_from(PAGE, "harbour.html")
    got = r.json()
    assert got["text"] == text and "<p>" not in got["text"] and "Home | World" not in got["text"]
    doc = got["record"]["document"]
    assert (doc["title"], doc["published"], doc["source"]) == ("Harbour deal signed", "2026-05-04", "Nordic Wire")


@pytest.mark.model
def test_web_daily_analyse_html_form_fields_win(analyser):
    c, _ = analyser
    r = c.post("/api/analyse", data={"published": "2026-05-09", "title": "Mine", "source": "Desk"},
               files={"file": ("harbour.htm", PAGE.encode(), "text/html")})
    doc = r.json()["record"]["document"]
    assert (doc["title"], doc["published"], doc["source"]) == ("Mine", "2026-05-09", "Desk")


def test_web_daily_analyse_form_accepts_html_files(analyser):
    c, _ = analyser
    accept = re.search(r'type="file"[^>]*accept="([^"]+)"', c.get("/analyse").text).group(1)
    assert accept == ".txt,.html,.htm,text/plain,text/html"


# -- 3. chunked uploads ----------------------------------------------------------------


def _asgi_post(app, path: str, headers: dict[str, str], chunks) -> tuple[int, int]:
    """POST a streamed body (no Content-Length) straight to the ASGI app: its status, and
    how many body bytes the app read before answering."""
    it = iter(chunks)
    read = 0
    status: list[int] = []

    async def receive():
        nonlocal read
        if status:
            return {"type": "http.disconnect"}
        chunk = next(it, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        read += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message):
        if message["type"] == "http.response.start":
            status.append(message["status"])

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 5000), "server": ("testserver", 80),
    }  # fmt: skip
    with ThreadPoolExecutor(1) as pool:  # its own thread: Playwright's sync API may hold this thread's event loop
        pool.submit(anyio.run, app, scope, receive, send).result()
    return status[0], read


@pytest.mark.parametrize("path", ["/api/analyse", "/analyse"])
def test_web_daily_chunked_multipart_refused_at_the_limit(tmp_path, path):
    limit = 20_000
    app = create_app(str(tmp_path / "none.duckdb"), max_upload_bytes=limit)
    boundary = "nfboundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()

    def body():  # 50 MB, 16 KiB at a time
        yield head
        for _ in range(3200):
            yield b"word " * 3277

    status, read = _asgi_post(app, path, {"content-type": f"multipart/form-data; boundary={boundary}"}, body())
    assert status == 413
    assert read <= limit + 64_000 + 16_385, read


# -- 4. narrow screens -----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("width", [420, 360])
def test_web_daily_browser_pages_fit_a_narrow_screen(server, page, width):  # noqa: F811
    rec = harbour_record()
    page.set_viewport_size({"width": width, "height": 800})
    for path in ("/", f"/document/{rec['document']['id']}", "/entity?name=Halla%20Gunnarsdottir", "/search?q=minister",
                 "/actor/ISL", "/network?level=entity", "/dyads?a=ISL&b=DNK", "/analyse", "/disagreements"):
        page.goto(server + path)
        wide = page.evaluate("() => document.documentElement.scrollWidth")
        assert wide <= width, (path, wide)


# -- 5. search results ------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("daily-store") / "store.duckdb")
    save_record(path, harbour_record(), HARBOUR)
    save_record(path, later_record(), LATER)
    return TestClient(create_app(path))


def _text(html_page: str) -> str:
    """A page's visible text, roughly as a browser lays it out (tags dropped, blanks collapsed)."""
    import html as _html

    body = re.sub(r"<script.*?</script>|<style.*?</style>", " ", html_page, flags=re.S)
    body = re.sub(r"</?(?:t[hdr]|li|p|h[1-6]|div|ul|table)\b[^>]*>", " ", body)  # block and cell edges part words
    return " ".join(_html.unescape(re.sub(r"<[^>]+>", "", body)).split())


def test_web_daily_search_keeps_the_space_between_speaker_and_cue(client):
    text = _text(client.get("/search?q=Gunnarsdottir").text)
    assert "Halla Gunnarsdottir said:" in text, text
    assert "Gunnarsdottirsaid" not in text


# -- 6. what a count counts ---------------------------------------------------------------


@pytest.mark.parametrize(
    "path, phrases",
    [
        ("/dyads", ["Most frequent country pairs (counted in reports)", "ISL → DNK 2 reports"]),
        ("/dyads?a=ISL&b=DNK", ["events (clusters) between ISL and DNK", "Bars count events (clusters"]),
        ("/dyads?a=ISL&b=DNK&count=reports", ["reports between ISL and DNK", "Bars count reports"]),
        ("/network", ["counted in reports of events with modality asserted,reported, not background; edge width: number of reports", "Target Reports Most frequent type"]),
        ("/actor/ISL", ["event reports", "reports out,"]),
    ],
)
def test_web_daily_counts_say_what_they_count(client, path, phrases):
    text = _text(client.get(path).text)
    for phrase in phrases:
        assert phrase in text, (phrase, text)


# -- 7. the document list, page by page ----------------------------------------------------


def test_web_daily_document_list_pages(client, monkeypatch):
    from newsfacts.web import pages

    monkeypatch.setattr(pages, "PER_PAGE", 1)
    first, second = client.get("/api").json(), client.get("/api?page=2").json()
    assert (first["total"], first["pages"], first["page"], second["page"]) == (2, 2, 1, 2)
    assert len(first["documents"]) == len(second["documents"]) == 1
    assert first["documents"][0]["doc_id"] != second["documents"][0]["doc_id"]
    assert first["documents"][0]["doc_id"] == later_record()["document"]["id"]  # newest first
    one, two = client.get("/").text, client.get("/?page=2").text
    assert 'id="next-page" rel="next" href="/?page=2"' in one and 'id="prev-page"' not in one
    assert 'id="prev-page" rel="prev" href="/?page=1"' in two and 'id="next-page"' not in two
    assert "page 2 of 2" in _text(two)
    assert "No documents on page 3" in _text(client.get("/?page=3").text)


@pytest.mark.parametrize("bad", ["0", "-1", "x", "1.5"])
def test_web_daily_document_list_bad_page(client, bad):
    r = client.get(f"/api?page={bad}")
    assert r.status_code == 400 and r.json()["error"]["code"] == "NF503"


# -- 8. the network's top actors -------------------------------------------------------------


@pytest.mark.parametrize("level", ["country", "entity"])
@pytest.mark.parametrize("top", [1, 2])
def test_web_daily_network_draws_at_most_top_actors(client, level, top):
    full = client.get("/api/network", params={"level": level}).json()
    got = client.get("/api/network", params={"level": level, "top": top}).json()
    assert full["top"] == 50 and len(full["nodes"]) == full["n_actors"] > top
    assert len(got["nodes"]) == top and got["n_actors"] == full["n_actors"]
    ids = {n["id"] for n in got["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in got["edges"])
    weights = sorted((n["weight"] for n in full["nodes"]), reverse=True)
    assert sorted((n["weight"] for n in got["nodes"]), reverse=True) == weights[:top]  # the most connected


def test_web_daily_network_page_has_the_top_control(client):
    page = client.get("/network?level=entity").text
    assert re.search(r'<input type="number" id="top" name="top" min="1" max="500" value="50"', page)
    assert 'value="2"' in client.get("/network?level=entity&top=2").text
    assert "most connected of" in _text(client.get("/network?level=entity&top=2").text)


@pytest.mark.parametrize("bad", ["0", "501", "x"])
def test_web_daily_network_bad_top(client, bad):
    r = client.get(f"/api/network?top={bad}")
    assert r.status_code == 400 and r.json()["error"]["code"] == "NF503"
