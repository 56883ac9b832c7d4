"""The web app against hostile requests (issue 10, "Web"): path traversal on static files
and assets, query parameters built for SQL injection, oversized requests. Each is refused
(4xx with an NF code, never a 500 or a traceback) or treated as a literal, and the store is
untouched afterwards. (Upload limits, malformed uploads and HTML/JS escaping of article text
and entity names are in tests/test_web_api.py.)"""

from __future__ import annotations

import pytest

from newsfacts.web import create_app
from newsfacts.web.save import save_record

from .webclient import TestClient
from .webdata import HARBOUR, HOSTILE, harbour_record, hostile_record

SECRET = "newsfacts-secret-file-content"

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE documents; --",
    "x' UNION SELECT doc_id, text, text, text FROM documents --",
    "\"; DELETE FROM entities; --",
    "%' OR 1=1 --",
    "1; ATTACH '/tmp/evil.duckdb' AS evil; --",
    "'); COPY documents TO '/tmp/leak.csv'; --",
    "\\'; SELECT read_text('/etc/passwd'); --",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    (base / "secret.txt").write_text(SECRET)
    path = str(base / "store.duckdb")
    for rec, text in ((harbour_record(), HARBOUR), (hostile_record(), HOSTILE)):
        save_record(path, rec, text)
    return path


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store, max_upload_bytes=5_000))


def _counts(store: str) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(store, read_only=True)
    try:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("documents", "entities", "quotes", "events")}
    finally:
        con.close()


@pytest.mark.parametrize(
    "url",
    [
        "/static/../../../../etc/passwd",
        "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/....//....//etc/passwd",
        "/static/..%5c..%5c..%5cetc%5cpasswd",
        "/static/%252e%252e%252fsecret.txt",
        "/static//etc/passwd",
        "/assets/..%2f..%2f..%2fetc%2fpasswd",
        "/assets/../../secret.txt",
        "/assets/%2e%2e%2fsecret.txt",
        "/document/..%2f..%2fsecret.txt",
    ],
)
def test_web_hostile_path_traversal_refused(client, url):
    r = client.get(url)
    assert r.status_code in (400, 404), (url, r.status_code)
    assert "root:" not in r.text and SECRET not in r.text and "Traceback" not in r.text


@pytest.mark.parametrize("payload", INJECTIONS)
def test_web_hostile_sql_injection_in_parameters_is_a_literal(client, store, payload):
    before = _counts(store)
    for path, params in [
        ("/api/search", {"q": payload}),
        ("/api/entity", {"name": payload}),
        ("/api/dyads", {"a": payload, "b": payload}),
        ("/api/network", {"level": payload}),
        ("/api/network", {"types": payload}),
        ("/api/dyads", {"a": "ISL", "start": payload}),
    ]:
        r = client.get(path, params=params)
        assert r.status_code in (200, 400, 404), (path, params, r.status_code, r.text[:300])
        if r.status_code != 200:
            assert r.json()["error"]["code"].startswith("NF")
        assert "root:" not in r.text and "Traceback" not in r.text
    for path in (f"/api/actor/{payload}", f"/api/document/{payload}"):
        r = client.get(path)
        assert r.status_code in (200, 400, 404), (path, r.status_code, r.text[:300])
    search = client.get("/api/search", params={"q": payload}).json()
    assert search["documents"] == []  # matched as text, not as SQL: no article contains it
    assert _counts(store) == before


def test_web_hostile_oversized_and_malformed_requests(client, store):
    before = _counts(store)
    big = client.post("/api/analyse", content=b"text=" + b"a" * 200_000, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413 and big.json()["error"]["code"] == "NF105"
    bad_json = client.post("/api/analyse", content=b'{"text": "unterminated', headers={"Content-Type": "application/json"})
    assert bad_json.status_code == 400 and bad_json.json()["error"]["code"].startswith("NF")
    broken = client.post("/api/analyse", content=b"--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
                         headers={"Content-Type": "multipart/form-data; boundary=xyz"})
    assert broken.status_code in (400, 413) and "Traceback" not in broken.text
    assert _counts(store) == before
