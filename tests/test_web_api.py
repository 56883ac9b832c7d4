"""The web app through FastAPI's TestClient: every page and its JSON twin, escaping,
upload limits and bad input, and the store pages on a real DuckDB file."""

from __future__ import annotations

import html
import json
import os
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.web import create_app
from newsfacts.web.highlight import highlight
from newsfacts.web.save import save_record

from .evidence import check_evidence
from .webclient import TestClient
from .webdata import HARBOUR, HOSTILE, LATER, harbour_record, hostile_record, later_record


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("web") / "store.duckdb")
    for rec, text in ((harbour_record(), HARBOUR), (later_record(), LATER), (hostile_record(), HOSTILE)):
        save_record(path, rec, text)
    _cluster(path, harbour_record()["document"]["id"], ["ev1", "ev2"])
    return path


def _cluster(path: str, doc_id: str, event_ids: list[str]) -> None:
    """Put two reports into one event cluster, as ingest's clustering would."""
    import duckdb

    con = duckdb.connect(path)
    try:
        con.execute("UPDATE events SET cluster_id = 'k1' WHERE doc_id = ? AND list_contains(?, event_id)", [doc_id, event_ids])
        con.execute(
            "INSERT INTO event_clusters (cluster_id, type, quad_class, source_country, target_country, source_name, target_name, "
            "date_first, date_last, n_events, n_articles, n_sources) VALUES ('k1', 'AGREE', 'verbal cooperation', 'ISL', 'DNK', "
            "'Halla Gunnarsdottir', 'Søren Kjaer', DATE '2026-05-04', DATE '2026-05-04', 2, 1, 1)"
        )
    finally:
        con.close()


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store))


def _marked_ids(page: str, kind: str) -> set[str]:
    return set(re.findall(r'class="f f-' + kind + r'[^"]*" data-kind="' + kind + r'" data-id="([^"]+)"', page))


# -- the article view ----------------------------------------------------------------


@pytest.mark.parametrize("build, text", [(harbour_record, HARBOUR), (later_record, LATER), (hostile_record, HOSTILE)])
def test_web_api_hand_built_records_are_valid(build, text):
    import jsonschema

    from newsfacts.schema import json_schema

    rec = build()
    jsonschema.validate(rec, json_schema())
    assert check_evidence(rec, text) > 0


def test_web_api_document_page_marks_every_fact(client):
    rec = harbour_record()
    doc_id = rec["document"]["id"]
    page = client.get(f"/document/{doc_id}")
    assert page.status_code == 200
    body = page.text
    assert _marked_ids(body, "quote") == {"q1", "q2", "q3"}
    assert _marked_ids(body, "event") == {"ev1", "ev2", "ev3"}
    assert _marked_ids(body, "claim") == {"c1"}
    assert _marked_ids(body, "place") == {"p1"} and _marked_ids(body, "date") == {"d1"}
    assert 'title="date: 2026-05-04 · day"' in body
    assert _marked_ids(body, "entity") == {e["id"] for e in rec["entities"]}
    # speaker and cue of a quote, with the speaker in the hover text
    assert 'title="Halla Gunnarsdottir · cue: said · direct quote"' in body
    assert "Halla Gunnarsdottir —CONSULT→ Søren Kjaer" in body
    assert "consistent" in body
    # the page shows the same dict its JSON twin returns
    twin = client.get(f"/api/document/{doc_id}").json()
    assert twin["record"] == rec and twin["text"] == HARBOUR and twin["stored"] is True
    assert [q["id"] for q in twin["quotes"]] == ["q1", "q2", "q3"]
    assert twin["events"][2]["label"] == "Oleg Petrov —ACCUSE→ Denmark"
    for q in twin["quotes"]:
        assert html.escape(q["text"][:40], quote=False) in body
    # the text comes back whole once the markup is stripped
    article = body.split('<article id="text" class="text">', 1)[1].split("</article>", 1)[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", article)) == HARBOUR


def test_web_api_entities_coloured_by_country(client):
    twin = client.get(f"/api/document/{harbour_record()['document']['id']}").json()
    colour = {e["name"]: e["color"] for e in twin["entities"]}
    assert colour["Halla Gunnarsdottir"] == colour["Reykjavik"]  # both ISL
    assert colour["Søren Kjaer"] == colour["Denmark"] != colour["Halla Gunnarsdottir"]
    assert [c["code"] for c in twin["countries"]] == ["ISL", "DNK", "GRL", "RUS"]


class _Nesting(HTMLParser):
    """Checks tags nest and records, per character of text, the fact ids around it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.chars: list[frozenset[str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag == "span"
        self.stack.append(dict(attrs)["data-id"])

    def handle_endtag(self, tag):
        assert tag == "span" and self.stack
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        self.chars.extend([frozenset(self.stack)] * len(data))


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45), st.sampled_from(["quote", "event", "entity", "claim", "cue"])), max_size=8),
)
def test_web_api_highlight_nests_and_covers_exactly(text, raw):
    spans = [{"start": s, "end": e, "kind": k, "id": f"x{n}", "cls": "", "title": "t\"<'"} for n, (s, e, k) in enumerate(raw)]
    p = _Nesting()
    p.feed(str(highlight(text, spans)))
    p.close()
    assert not p.stack
    assert "".join(p.text) == text
    for i in range(len(text)):
        want = {sp["id"] for sp in spans if sp["start"] <= i < min(sp["end"], len(text))}
        assert p.chars[i] == want


# -- escaping --------------------------------------------------------------------------


def test_web_api_escapes_hostile_text_and_strings(client):
    rec = hostile_record()
    body = client.get(f"/document/{rec['document']['id']}").text
    for raw in ("<script>window.__pwned", "<b>fine</b>", "<img src=x", "<svg onload", "onerror=\"window"):
        assert raw not in body, raw
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in body
    # attribute values can't be broken out of
    assert 'title="Anna &#34;Ann&#34; O&#39;Neill · IRL GOV · PERSON"' in body
    # the JSON island has no closing tag inside it
    island = body.split('<script type="application/json" id="nf-facts">', 1)[1].split("</script>", 1)[0]
    assert "<" not in island and json.loads(island)["quotes"][0]["text"] == "it's <b>fine</b>"
    # the only scripts are our own files
    assert re.findall(r"<script[^>]*>", body) == ['<script type="application/json" id="nf-facts">', '<script src="/static/article.js">']
    assert client.get(f"/api/document/{rec['document']['id']}").json()["document"]["title"] == rec["document"]["title"]


@pytest.mark.model
def test_web_api_analyse_hostile_text_through_the_pipeline(store, nlp):
    c = TestClient(create_app(store, nlp=nlp))
    r = c.post("/analyse", data={"text": HOSTILE, "published": "2026-05-08"})
    assert r.status_code == 200
    assert "<script>window" not in r.text and "<img src=x" not in r.text and "<b>fine" not in r.text
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in r.text


# -- analyse -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def analyser(tmp_path_factory, nlp):
    path = str(tmp_path_factory.mktemp("save") / "saved.duckdb")
    return TestClient(create_app(path, nlp=nlp, max_upload_bytes=5_000)), path


@pytest.mark.model
def test_web_api_analyse_paste_and_upload_give_the_same_record(analyser):
    c, _ = analyser
    pasted = c.post("/api/analyse", data={"text": HARBOUR.replace("\n", "\r\n"), "published": "2026-05-04"})
    assert pasted.status_code == 200, pasted.text
    uploaded = c.post("/api/analyse", data={"published": "2026-05-04"}, files={"file": ("a.txt", HARBOUR.encode(), "text/plain")})
    as_json = c.post("/api/analyse", json={"text": HARBOUR, "published": "2026-05-04"})
    rec = pasted.json()["record"]
    assert rec == as_json.json()["record"]
    up = uploaded.json()["record"]
    assert up["document"]["source"] == "a.txt" and rec["document"]["source"] is None
    assert {**up, "document": rec["document"]} == rec  # the same facts; only the source differs
    assert rec["document"]["published"] == "2026-05-04" and pasted.json()["stored"] is False
    assert check_evidence(rec, HARBOUR) > 0
    page = c.post("/analyse", data={"text": HARBOUR, "published": "2026-05-04"}).text
    assert _marked_ids(page, "entity") == {e["id"] for e in rec["entities"]}
    assert _marked_ids(page, "quote") == {q["id"] for q in rec["quotes"]}


@pytest.mark.model
def test_web_api_analyse_and_save_into_the_store(analyser):
    c, path = analyser
    token = re.search(r'name="token" value="([^"]+)"', c.get("/analyse").text).group(1)  # as the form sends it
    r = c.post("/analyse", data={"text": HARBOUR, "published": "2026-05-04", "title": "Saved", "save": "1", "token": token})
    assert r.status_code == 200 and 'id="stored-link"' in r.text
    doc_id = re.search(r'href="/document/([0-9a-f]{64})"', r.text).group(1)
    got = c.get(f"/api/document/{doc_id}").json()
    assert got["document"]["title"] == "Saved" and got["text"] == HARBOUR
    assert any(d["doc_id"] == doc_id for d in c.get("/api").json()["documents"])


@pytest.mark.parametrize(
    "kwargs, status, code, needle",
    [
        ({"files": {"file": ("latin.txt", "Caf\xe9 cr\xe8me".encode("latin-1"), "text/plain")}}, 400, "NF104", "not valid UTF-8"),
        ({"files": {"file": ("bin.txt", b"\x00\x01\x02abc", "text/plain")}}, 400, "NF103", "binary"),
        ({"files": {"file": ("big.txt", b"word " * 2000, "text/plain")}}, 413, "NF105", "over this server's limit of 5,000 bytes"),
        ({"data": {"text": "word " * 2000}}, 413, "NF105", "limit"),
        ({"json": {"text": "word " * 2000}}, 413, "NF105", "limit"),
        ({"data": {"text": "   "}}, 400, "NF504", "no text"),
        ({"data": {"text": "Some text.", "published": "03/06/2021"}}, 400, "NF503", "YYYY-MM-DD"),
        ({"json": ["not", "an", "object"]}, 400, "NF503", "JSON object"),
    ],
)
def test_web_api_analyse_bad_input_gets_a_clear_error(store, kwargs, status, code, needle):
    c = TestClient(create_app(store, max_upload_bytes=5_000))
    api = c.post("/api/analyse", **kwargs)
    assert api.status_code == status
    err = api.json()["error"]
    assert err["code"] == code and needle in err["message"]
    page = c.post("/analyse", **kwargs)
    assert page.status_code == status and f"<code>{code}</code>" in page.text and "Traceback" not in page.text


def test_web_api_cross_site_post_refused(client):
    r = client.post("/api/analyse", data={"text": "x"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "cross-site" in r.json()["error"]["message"]


# -- store pages ------------------------------------------------------------------------


def test_web_api_every_page_has_a_json_twin(client):
    doc_id = harbour_record()["document"]["id"]
    for path in ("/", f"/document/{doc_id}", "/entity?name=Kjaer", "/entity?name=S%C3%B8ren%20Kjaer", "/dyads?a=ISL&b=DNK", "/actor/ISL",
                 "/network", "/search?q=patrol"):  # fmt: skip
        page, twin = client.get(path), client.get("/api" + path if path != "/" else "/api")
        if "name=Kjaer" in path:
            assert page.status_code == twin.status_code == 404  # the store knows "Søren Kjaer", not "Kjaer"
            continue
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), path
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", path
        assert page.headers["content-security-policy"].startswith("default-src 'self'")


def test_web_api_speaker_page(client):
    d = client.get("/api/entity", params={"name": "søren kjaer"}).json()
    assert d["name"] == "Søren Kjaer" and d["actor_codes"] == [{"code": "DNK GOV", "country": "DNK", "n": 2}]
    assert [q["text"] for q in d["quotes"]] == [
        "Denmark would station two inspection ships in Nuuk from the autumn",
        "This is about fishing boats and search and rescue, nothing else,",
        "The crews worked as one,",
    ]
    assert [q["published"] for q in d["quotes"]] == ["2026-05-04", "2026-05-04", "2026-06-09"]
    assert sorted((e["type"], e["as_source"]) for e in d["events"]) == [("AGREE", False), ("CONSULT", False), ("CONSULT", True), ("COOPERATE", True)]
    assert d["counts"] == {"documents": 2, "quotes": 3, "events": 4}
    page = client.get("/entity", params={"name": "Søren Kjaer"}).text
    assert "The crews worked as one," in page and "DNK GOV" in page


def test_web_api_actor_page(client):
    d = client.get("/api/actor/DNK").json()
    assert d["code"] == "DNK" and {e["name"] for e in d["entities"]} == {"Søren Kjaer", "Denmark"}
    assert [q["text"] for q in d["quotes"]][-1] == "The crews worked as one,"
    assert {(p["partner"], p["n_out"], p["n_in"]) for p in d["partners"]} == {("ISL", 2, 2), ("RUS", 0, 1)}
    page = client.get("/actor/DNK").text
    assert 'href="/dyads?a=DNK&amp;b=RUS"' in page
    assert client.get("/api/actor/dnk").json()["code"] == "DNK"
    assert client.get("/api/actor/XYZ").status_code == 400  # no such country code (was a 404 for an empty page)
    assert client.get("/api/actor/ATA").status_code == 404  # a real code no actor of the store has
    assert client.get("/api/actor/Denmark").json()["error"]["code"] == "NF503"


def test_web_api_dyads_by_month_and_quad_class(client):
    d = client.get("/api/dyads", params={"a": "ISL", "b": "DNK", "by": "month"}).json()
    assert d["periods"] == ["2026-05-01", "2026-06-01"] and d["count"] == "clusters"
    got = {(s["direction"], s["quad_class"]): s["counts"] for s in d["series"]}
    # the two reports of cluster k1 count once
    assert got == {("ab", "verbal cooperation"): [1, 0], ("ba", "verbal cooperation"): [0, 1], ("ba", "material cooperation"): [0, 1]}
    assert d["total"] == 3
    reports = client.get("/api/dyads", params={"a": "ISL", "b": "DNK", "by": "month", "count": "reports"}).json()
    assert {(s["direction"], s["quad_class"]): s["counts"] for s in reports["series"]}[("ab", "verbal cooperation")] == [2, 0]
    assert reports["total"] == 4
    only = client.get("/api/dyads", params={"a": "ISL", "b": "DNK", "types": "agree", "end": "2026-05-31"}).json()
    assert only["total"] == 1 and only["types"] == ["AGREE"]
    # a cluster counts once, with its own type (AGREE), not with each of its reports' types (CONSULT, AGREE)
    assert client.get("/api/dyads", params={"a": "ISL", "b": "DNK", "types": "consult", "end": "2026-05-31"}).json()["total"] == 0
    assert client.get("/api/dyads", params={"a": "ISL", "b": "DNK", "types": "consult", "end": "2026-05-31", "count": "reports"}).json()["total"] == 1
    assert client.get("/api/dyads", params={"a": "ISL", "b": "DNK", "by": "quarter"}).json()["periods"] == ["2026-04-01"]
    people = client.get("/api/dyads", params={"a": "Halla Gunnarsdottir", "b": "Søren Kjaer", "by": "year", "count": "reports"}).json()
    assert people["periods"] == ["2026-01-01"] and people["total"] == 3
    anyone = client.get("/api/dyads", params={"a": "RUS"}).json()
    assert anyone["total"] == 1 and anyone["series"][0]["label"] == "RUS → anyone"
    assert 'id="dyad-chart"' in client.get("/dyads", params={"a": "ISL", "b": "DNK"}).text


@pytest.mark.parametrize(
    "params, needle",
    [({"a": "ISL", "by": "decade"}, "by='decade'"), ({"a": "ISL", "start": "May 1"}, "YYYY-MM-DD"),
     ({"a": "ISL", "types": "HUG"}, "unknown event type"), ({"a": "ISL", "count": "all"}, "count='all'")],
)  # fmt: skip
def test_web_api_dyads_bad_parameters(client, params, needle):
    r = client.get("/api/dyads", params=params)
    assert r.status_code == 400 and r.json()["error"]["code"] == "NF503" and needle in r.json()["error"]["message"]


def test_web_api_network(client):
    d = client.get("/api/network").json()
    assert [n["id"] for n in d["nodes"]] == ["DNK", "ISL", "RUS"]
    assert {(e["source"], e["target"], e["n"]) for e in d["edges"]} == {("ISL", "DNK", 2), ("DNK", "ISL", 2), ("RUS", "DNK", 1)}
    people = client.get("/api/network", params={"level": "entity", "types": "ACCUSE"}).json()
    # one node per actor id, labelled with its name (schema 1.1.0)
    assert [(e["source"], e["target"]) for e in people["edges"]] == [("name:oleg petrov|RUS", "country:DNK")]
    assert [(e["source_label"], e["target_label"]) for e in people["edges"]] == [("Oleg Petrov", "Denmark")]
    assert {n["id"]: n["label"] for n in people["nodes"]} == {"name:oleg petrov|RUS": "Oleg Petrov", "country:DNK": "Denmark"}


def test_web_api_search(client):
    d = client.get("/api/search", params={"q": "INSPECTION ships"}).json()
    assert [x["title"] for x in d["documents"]] == ["Iceland and Denmark agree joint patrols"]
    assert "inspection ships" in d["documents"][0]["snippet"]
    assert len(client.get("/api/search", params={"q": "kjaer"}).json()["quotes"]) == 3
    assert client.get("/api/search", params={"q": "accuse"}).json()["events"][0]["source_name"] == "Oleg Petrov"
    assert client.get("/api/search", params={"q": "%"}).json()["documents"] == []  # a literal, not a wildcard


def test_web_api_store_connection_is_read_only(store):
    import duckdb

    from newsfacts.store.duckdb import FactStore

    fs = FactStore.open(store, read_only=True, wait=0, memory_limit=None)  # as the app opens it per request
    try:
        with pytest.raises(duckdb.Error, match="read-only"):
            fs.con.execute("DELETE FROM documents")
    finally:
        fs.close()


def test_web_api_without_a_store(tmp_path):
    c = TestClient(create_app(str(tmp_path / "none.duckdb")))
    home = c.get("/api").json()
    assert home["exists"] is False and "NF305" not in home["message"] and "newsfacts ingest" in home["message"]
    r = c.get("/api/entity", params={"name": "x"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "NF305"  # the CLI's code for no store
    assert c.get("/dyads").status_code == 404


def test_web_api_serves_front_end_libraries(client):
    for name, needle in (("chart.umd.min.js", b"Chart"), ("cytoscape.min.js", b"cytoscape")):
        r = client.get(f"/assets/{name}")
        assert r.status_code == 200, f"{name}: run `make web-assets` ({r.text[:200]})"
        assert needle in r.content[:5000] or needle in r.content
    assert client.get("/assets/..%2Fpackage.json").status_code == 404


def test_web_api_serve_binds_loopback_by_default(monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from newsfacts.cli import cli

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    result = CliRunner().invoke(cli, ["serve", "--db", "x.duckdb"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000


@pytest.mark.model
def test_web_api_store_held_by_another_process_gets_a_clear_error(tmp_path, nlp):
    import subprocess
    import sys

    path = str(tmp_path / "busy.duckdb")
    save_record(path, harbour_record(), HARBOUR)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({path!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ready"
        c = TestClient(create_app(path, nlp=nlp, store_wait=0.3))  # a holder that never lets go (not an ingest)
        saved = c.post("/api/analyse", data={"text": LATER, "save": "1", "token": c.get("/api/token").json()["token"]})
        assert saved.status_code == 503 and saved.json()["error"]["code"] == "NF302"
        r = c.get("/api/entity", params={"name": "Søren Kjaer"})
        assert r.status_code == 503 and r.json()["error"]["code"] == "NF302"
        assert "in use by another process" in r.json()["error"]["message"]
        page = c.get("/entity", params={"name": "Søren Kjaer"})
        assert page.status_code == 503 and "<code>NF302</code>" in page.text
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()


def test_web_api_foreign_host_header_refused(store):
    c = TestClient(create_app(store, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:8000")
    assert c.get("/api").status_code == 200
    assert c.get("/api", headers={"Host": "attacker.example"}).status_code == 400


@pytest.mark.model
def test_web_api_save_needs_the_token_and_never_overwrites_silently(tmp_path, nlp):
    """Regression (issue "Hardening II", 2): a cross-site page (Origin: null, or no Origin at
    all) could store an article, and overwrite a stored article's title, source and date."""
    path = str(tmp_path / "s.duckdb")
    c = TestClient(create_app(path, nlp=nlp))
    form = {"text": HARBOUR, "published": "2026-05-04", "title": "First", "save": "1"}
    assert c.post("/api/analyse", data=form).status_code == 403  # no token: as curl or a foreign page
    assert c.post("/api/analyse", data=form, headers={"Origin": "null"}).status_code == 403
    assert c.post("/api/analyse", data={**form, "token": "guessed"}).status_code == 403
    assert not os.path.exists(path) or c.get("/api").json()["documents"] == []
    token = c.get("/api/token").json()["token"]
    assert c.post("/api/analyse", data={**form, "token": token}).status_code == 200
    again = c.post("/api/analyse", data={**form, "title": "Forged", "token": token})
    assert again.status_code == 409 and again.json()["error"]["code"] == "NF309"
    doc_id = c.get("/api").json()["documents"][0]["doc_id"]
    assert c.get(f"/api/document/{doc_id}").json()["document"]["title"] == "First"
    replaced = c.post("/api/analyse", data={**form, "title": "Second", "token": token, "replace": "1"})
    assert replaced.status_code == 200
    assert c.get(f"/api/document/{doc_id}").json()["document"]["title"] == "Second"
    header = c.post("/api/analyse", json={"text": HARBOUR, "save": True, "title": "Second", "published": "2026-05-04"},
                    headers={"X-Newsfacts-Token": token})
    assert header.status_code == 200
