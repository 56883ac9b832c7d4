"""Long lists come in pages: an actor's articles, quotes and events, an actor country's
quotes and events, and search hits; each page says "showing 4-6 of 7", links to the pages
before and after, and its JSON twin pages the same way (``?page=``, ``?limit=`` capped).
Also the cache of answers (keyed on the URL and the snapshot generation). On a DuckDB store
filled with rows we write by hand: 7 documents, each with one quote and one event of one actor."""

from __future__ import annotations

import json
import re

import pytest

from newsfacts.schema import document_id
from newsfacts.store import browse
from newsfacts.store.duckdb import FactStore
from newsfacts.store.tables import TABLES
from newsfacts.web import create_app
from newsfacts.web.cache import AnswerCache

from .webclient import TestClient

ADA = "people:ada varga"
N = 7


def _rows(k: int) -> dict[str, list[dict]]:
    """Document ``k``: "Ada Varga said the bridge would open in week k." with her quote and an event."""
    text = f"Ada Varga said the bridge would open in week {k}. Ada Varga met the mayor of Graz."
    doc = document_id(text)
    rows = {t: [] for t in TABLES}
    rows["documents"].append({"doc_id": doc, "published": f"2026-03-{10 + k:02d}", "source": "Tidings", "title": f"Bridge {k}",
                              "text": text, "length": len(text), "record": "{}"})
    rows["entities"].append({"doc_id": doc, "entity_id": "e1", "name": "Ada Varga", "type": "PERSON", "country": "HUN",
                             "n_mentions": 2, "actor_id": ADA, "actor_code": "HUN GOV",
                             "roles": json.dumps([{"title": "minister", "affiliation": None}])})
    for n, pos in enumerate((0, text.index("Ada Varga met"))):
        rows["mentions"].append({"doc_id": doc, "entity_id": "e1", "start": pos, "end": pos + 9, "text": "Ada Varga", "kind": "name"})
    s = text.index("the bridge")
    e = text.index(".")
    rows["quotes"].append({"doc_id": doc, "quote_id": "q1", "text": text[s:e], "kind": "indirect", "speaker_id": "e1",
                           "speaker_name": "Ada Varga", "speaker_country": "HUN", "start": s, "end": e,
                           "evidence": json.dumps([[s, e]]), "speaker_evidence": json.dumps([[0, 9]]), "speaker_actor_id": ADA})
    m = text.index("Ada Varga met")
    rows["events"].append({"doc_id": doc, "event_id": "ev1", "type": "CONSULT", "quad_class": "verbal cooperation", "modality": "asserted",
                           "source_ids": json.dumps(["e1"]), "target_ids": "[]", "source_name": "Ada Varga", "target_name": "the mayor",
                           "source_country": "HUN", "target_country": "AUT", "date": f"2026-03-{10 + k:02d}", "start": m,
                           "end": len(text) - 1, "evidence": json.dumps([[m, len(text) - 1]]), "source_actor_id": ADA})
    return rows


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("paging") / "p.duckdb")
    with FactStore.open(path) as store:
        store.write_batch([_rows(k) for k in range(1, N + 1)])
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


@pytest.mark.parametrize(
    "page,per_page,first,last",
    [(1, 3, 1, 3), (2, 3, 4, 6), (3, 3, 7, 7), (4, 3, 0, 0), (1, 50, 1, 7)],
)
def test_paging_entity_page_sizes_and_counts(db, page, per_page, first, last):
    with FactStore.open(db, read_only=True) as store:
        d = browse.entity_page(store.con, actor_id=ADA, page=page, per_page=per_page)
    assert d["counts"] == {"documents": N, "quotes": N, "events": N}
    for key in ("appearances", "quotes", "events"):
        assert len(d[key]) == (last - first + 1 if first else 0)
        assert d["shown"][key] == {"first": first, "last": last, "total": N}
    assert d["pages"] == -(-N // per_page) and d["page"] == page
    # whole-actor facts do not depend on the page
    assert d["roles"] == [{"title": "minister", "n": N}] and d["actor_codes"] == [{"code": "HUN GOV", "country": "HUN", "n": N}]


def test_paging_entity_pages_cover_the_list_once(db):
    with FactStore.open(db, read_only=True) as store:
        pages = [browse.entity_page(store.con, "ada varga", page=p, per_page=3) for p in (1, 2, 3)]
    dates = [q["published"] for d in pages for q in d["quotes"]]
    assert dates == sorted(dates) and len(set(dates)) == N  # in order, none twice, none missing


def test_paging_entity_page_links_and_label(client):
    page = client.get("/entity", params={"id": ADA, "limit": "3", "page": "2"})
    assert page.status_code == 200
    assert "showing 4–6 of 7 quotes" in page.text and "showing 4–6 of 7 event reports" in page.text
    prev = re.search(r'id="prev-page" rel="prev" href="([^"]+)"', page.text).group(1)
    nxt = re.search(r'id="next-page" rel="next" href="([^"]+)"', page.text).group(1)
    assert prev == "/entity?id=people%3Aada+varga&amp;limit=3" and nxt == "/entity?id=people%3Aada+varga&amp;limit=3&amp;page=3"
    last = client.get("/entity", params={"id": ADA, "limit": "3", "page": "3"}).text
    assert 'id="next-page"' not in last and "showing 7–7 of 7 quotes" in last


def test_paging_json_twin_pages_the_same_way(client):
    d = client.get("/api/entity", params={"id": ADA, "limit": "2", "page": "4"}).json()
    assert [q["published"] for q in d["quotes"]] == ["2026-03-17"]
    assert d["next"] is None and d["prev"] == "/api/entity?id=people%3Aada+varga&limit=2&page=3"
    assert d["shown"]["quotes"] == {"first": 7, "last": 7, "total": 7} and d["pages"] == 4


@pytest.mark.parametrize("params", [{"limit": "0"}, {"limit": "201"}, {"limit": "x"}, {"page": "0"}, {"page": "-1"}])
def test_paging_bad_page_or_limit_is_400(client, params):
    r = client.get("/api/entity", params={"id": ADA, **params})
    assert r.status_code == 400 and r.json()["error"]["code"] == "NF503"


def test_paging_actor_country_pages(client):
    d = client.get("/api/actor/HUN", params={"limit": "5"}).json()
    assert len(d["quotes"]) == 5 and len(d["events"]) == 5
    assert d["counts"]["quotes"] == N and d["counts"]["events"] == N and d["pages"] == 2
    d2 = client.get(d["next"]).json()
    assert len(d2["quotes"]) == 2 and d2["shown"]["events"] == {"first": 6, "last": 7, "total": N}
    assert "showing 1–5 of 7 quotes" in client.get("/actor/HUN", params={"limit": "5"}).text


def test_paging_search_pages_and_counts(client):
    d = client.get("/api/search", params={"q": "bridge", "limit": "4"}).json()
    assert d["counts"] == {"documents": N, "quotes": N, "events": 0}
    assert len(d["documents"]) == 4 and d["documents"][0]["title"] == "Bridge 7"  # newest first
    d2 = client.get("/api/search", params={"q": "bridge", "limit": "4", "page": "2"}).json()
    assert [x["title"] for x in d2["documents"]] == ["Bridge 3", "Bridge 2", "Bridge 1"] and d2["next"] is None
    empty = client.get("/api/search").json()
    assert empty["documents"] == [] and empty["counts"] == {"documents": 0, "quotes": 0, "events": 0}


def test_paging_default_page_is_bounded(db):
    with FactStore.open(db, read_only=True) as store:
        d = browse.entity_page(store.con, actor_id=ADA, per_page=browse.MAX_PER_PAGE)
    assert len(d["quotes"]) == N  # a page holds at most per_page rows; the default is PER_PAGE
    assert browse.PER_PAGE == 50 and browse.MAX_PER_PAGE == 200


# -- the cache of answers ------------------------------------------------------------------


def test_paging_cache_answers_again_until_a_new_snapshot(db, tmp_path):
    import shutil

    path = str(tmp_path / "c.duckdb")
    shutil.copy(db, path)
    c = TestClient(create_app(path))
    a = client_json(c, "/api/search?q=bridge")
    assert a["counts"]["documents"] == N
    with FactStore.open(path) as store:  # a write: the store's signature changes, a new snapshot is made
        store.write_batch([_rows(N + 1)])
    b = client_json(c, "/api/search?q=bridge")
    assert b["counts"]["documents"] == N + 1  # never the kept answer of the older snapshot


def client_json(c, url):
    r = c.get(url)
    assert r.status_code == 200
    return r.json()


def test_paging_cache_keeps_the_newest_generation_only():
    cache = AnswerCache(max_bytes=10)
    cache.put(1, "/a", 200, "text/html", b"12345")
    assert cache.get(1, "/a") == (200, "text/html", b"12345") and cache.get(2, "/a") is None
    cache.put(2, "/b", 200, "text/html", b"123456")
    assert cache.get(1, "/a") is None  # a newer generation empties it
    cache.put(1, "/a", 200, "text/html", b"1")  # an answer from an older snapshot is not kept
    assert cache.get(1, "/a") is None
    cache.put(2, "/c", 200, "text/html", b"12345")  # over max_bytes: the least recently used goes
    assert cache.get(2, "/b") is None and cache.get(2, "/c") is not None


def test_paging_cache_one_request_makes_a_burst_answer():
    cache = AnswerCache()
    assert cache.claim(1, "/x") is None  # this request makes it
    waiting = cache.claim(1, "/x")
    assert waiting is not None and not waiting.is_set()
    cache.put(1, "/x", 200, "application/json", b"{}")
    cache.done(1, "/x")
    assert waiting.is_set() and cache.get(1, "/x") == (200, "application/json", b"{}")
