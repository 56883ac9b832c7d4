"""The web app in a real browser: Debian's headless Chromium driven by Playwright,
against the app served by uvicorn on 127.0.0.1. Screenshots go to test-output/.

Needs /usr/bin/chromium (scripts/ensure-chromium.sh installs it) and the front-end
libraries (make web-assets).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from newsfacts.web import create_app
from newsfacts.web.save import save_record

from .webdata import HARBOUR, LATER, VISIT, harbour_record, later_record

pytestmark = [
    pytest.mark.model,
    # pytest-base-url (pulled in by pytest-playwright) defines a fixture the way pytest 9 deprecates
    pytest.mark.filterwarnings("ignore:Session-scoped fixtures defined as instance methods:pytest.PytestRemovedIn10Warning"),
]

CHROMIUM = "/usr/bin/chromium"
OUT = Path(__file__).resolve().parent.parent / "test-output"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure-chromium.sh (as root)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    """The app on a fresh store holding two hand-built stories, served on a free port."""
    import uvicorn

    db = str(tmp_path_factory.mktemp("browser") / "store.duckdb")
    save_record(db, harbour_record(), HARBOUR)
    save_record(db, later_record(), LATER)
    port = _free_port()
    app = create_app(db, nlp=nlp, allowed_hosts=["127.0.0.1", "localhost"])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api", timeout=1).read()
            break
        except OSError:
            time.sleep(0.05)
    else:
        pytest.fail("the web app did not start")
    OUT.mkdir(exist_ok=True)
    yield base
    srv.should_exit = True
    thread.join(timeout=5)


def _api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.loads(r.read())


def _quote_ids(page) -> set[str]:
    return set(page.eval_on_selector_all("#text .f-quote", "els => els.map(e => e.dataset.id)"))


def _watch(page, server: str) -> tuple[list[str], list[str]]:
    """Collect script errors, and requests to anywhere but the app (there must be none)."""
    errors: list[str] = []
    elsewhere: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: None if req.url.startswith(server + "/") else elsewhere.append(req.url))
    return errors, elsewhere


def test_web_browser_analyse_save_and_read(server, page):
    errors, elsewhere = _watch(page, server)
    page.goto(server + "/analyse")
    page.fill("#text", VISIT)
    page.fill("#published", "2026-04-14")
    page.fill("#title", "Chilean minister visits New Zealand")
    page.check("#save")
    page.click("#go")
    page.wait_for_selector("#text .f-entity")
    doc_id = re.search(r"/document/([0-9a-f]{64})", page.get_attribute("#stored-link", "href")).group(1)
    record = _api(server, f"/api/document/{doc_id}")["record"]
    # every quote of the record is highlighted, and every entity
    assert len(_quote_ids(page)) == len(record["quotes"])
    marked = set(page.eval_on_selector_all("#text .f-entity", "els => els.map(e => e.dataset.id)"))
    assert marked == {e["id"] for e in record["entities"]}
    # country colours: the two New Zealand ministers share one, the Chilean has another
    colour = {e["name"]: e["id"] for e in record["entities"]}
    cls = lambda eid: page.get_attribute(f'#text .f-entity[data-id="{eid}"]', "class")  # noqa: E731
    assert cls(colour["Aroha Tane"]) == cls(colour["Peter Walsh"]) != cls(colour["Rodrigo Fuentes"])
    page.screenshot(path=str(OUT / "article-view.png"), full_page=False)
    if record["quotes"]:  # once quotes are extracted, their speakers link to speaker pages
        first = page.locator("#quotes-list a.speaker-link").first
        name = first.inner_text()
        first.click()
        page.wait_for_selector("#entity-name")
        assert page.inner_text("#entity-name") == name
    assert not errors, errors
    assert not elsewhere, elsewhere


def test_web_browser_quotes_speaker_page_and_click_to_scroll(server, page):
    rec = harbour_record()
    page.set_viewport_size({"width": 1280, "height": 500})
    page.goto(f"{server}/document/{rec['document']['id']}")
    assert _quote_ids(page) == {q["id"] for q in rec["quotes"]}
    # hover text names the speaker and the cue
    assert page.get_attribute('#text .f-quote[data-id="q1"]', "title") == "Halla Gunnarsdottir · cue: said · direct quote"
    # clicking a fact in the side list selects and scrolls to its words
    page.click('#claims-list li[data-target="c1"]')
    claim = page.locator('#text .f-claim[data-id="c1"]')
    assert "selected" in claim.get_attribute("class")
    box = claim.bounding_box()
    assert 0 <= box["y"] <= 500, box
    # clicking marked words shows the quote's speaker and cue
    page.click('#text .f-quote[data-id="q2"]')
    assert "Søren Kjaer" in page.inner_text("#detail") and "Cue: told" in page.inner_text("#detail")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(OUT / "article-hand-built.png"))
    # a speaker -> their page, with their quotes by date
    page.click('#quotes-list a.speaker-link:has-text("Søren Kjaer")')
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == "Søren Kjaer"
    assert page.locator("#entity-quotes tbody tr").count() == 3
    page.screenshot(path=str(OUT / "speaker.png"), full_page=True)


def test_web_browser_dyad_chart_and_network(server, page):
    errors, elsewhere = _watch(page, server)
    page.goto(f"{server}/dyads?a=ISL&b=DNK&by=month")
    page.wait_for_selector("#dyad-chart[data-ready='1']")
    bars = page.evaluate("() => window.nfDyadChart.data.datasets.map(d => [d.label, d.data])")
    assert sorted(bars) == [
        ["DNK → ISL · material cooperation", [0, 1]],
        ["DNK → ISL · verbal cooperation", [0, 1]],
        ["ISL → DNK · verbal cooperation", [2, 0]],
    ]
    assert page.evaluate("() => window.nfDyadChart.data.labels") == ["2026-05-01", "2026-06-01"]
    page.screenshot(path=str(OUT / "dyads.png"), full_page=True)
    page.goto(f"{server}/network?level=entity")
    page.wait_for_selector("#network[data-ready='1']")
    assert page.evaluate("() => window.nfNetwork.nodes().length") == len(_api(server, "/api/network?level=entity")["nodes"]) > 0
    page.screenshot(path=str(OUT / "network.png"), full_page=True)
    # search finds the speaker, and the link leads to their page
    page.goto(f"{server}/search?q={quote('Gunnarsdottir')}")
    page.click('#hits-quotes a:has-text("Halla Gunnarsdottir")')
    page.wait_for_selector("#entity-name")
    assert not errors, errors
    assert not elsewhere, elsewhere
