"""Runs that must not lose data: two ingests on one store, an unwritable store path, a full
disk. Each ends in one clear line with an NF code (never a traceback) and a store that
still opens with everything it held before."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfacts.store.duckdb import FactStore

from .corpus_helpers import write_jsonl

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent


def _articles(n: int, seed: int) -> list[dict]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import generate

    return [{"text": t, "published": "2024-03-04"} for t in generate(n, seed=seed)]


def _ingest(*args: str, preexec=None, wait: bool = True):
    cmd = [sys.executable, "-m", "newsfacts.cli", "ingest", *args, "--workers", "1", "-q", "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, preexec_fn=preexec)
    if not wait:
        return p
    out, err = p.communicate(timeout=240)
    return p.returncode, out, err


def _count(db: str) -> int:
    with FactStore.open(db, read_only=True) as store:
        return store.count("documents")


def test_reliability_two_ingests_on_one_store(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first_in = write_jsonl(tmp_path / "a.jsonl", _articles(40, seed=1))
    second_in = write_jsonl(tmp_path / "b.jsonl", _articles(3, seed=2))
    first = _ingest(str(first_in), "--db", db, wait=False)
    try:
        deadline = time.time() + 120
        while not os.path.exists(db) and time.time() < deadline and first.poll() is None:
            time.sleep(0.05)
        assert os.path.exists(db), "the first ingest never opened the store"
        rc, out, err = _ingest(str(second_in), "--db", db)
        assert first.poll() is None, "the first ingest ended before the second tried: make its input longer"
        assert rc == 2 and "[NF302]" in err and "in use by another process" in err, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        out1, err1 = first.communicate(timeout=240)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert first.returncode == 0, err1
    summary = json.loads(out1.strip().splitlines()[-1])
    assert summary["processed"] == 40 and _count(db) == 40  # the first run lost nothing


@pytest.mark.parametrize("where", ["parent-is-a-file", "no-such-dir-in-proc"])
def test_reliability_unwritable_store_path(tmp_path, where):
    (tmp_path / "afile").write_text("x")
    db = str(tmp_path / "afile" / "s.duckdb") if where == "parent-is-a-file" else "/proc/newsfacts-test/s.duckdb"
    src = write_jsonl(tmp_path / "a.jsonl", _articles(1, seed=3))
    rc, out, err = _ingest(str(src), "--db", db)
    assert rc == 2 and "[NF301]" in err and "cannot open the store" in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert (tmp_path / "afile").read_text() == "x"


def test_reliability_full_disk_is_one_line_and_the_store_is_unharmed(tmp_path):
    """A full disk simulated with RLIMIT_FSIZE (writes past the limit fail with EFBIG, as
    ENOSPC does on a full disk; Python ignores SIGXFSZ); docs/reliability.md also records a
    run on a real 2 MB tmpfs."""
    db = str(tmp_path / "s.duckdb")
    rc, out, err = _ingest(str(write_jsonl(tmp_path / "a.jsonl", _articles(5, seed=4))), "--db", db)
    assert rc == 0, err
    before = _count(db)
    assert before == 5
    limit = 48 * 1024  # smaller than one batch's write-ahead log

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    rc, out, err = _ingest(str(write_jsonl(tmp_path / "b.jsonl", _articles(24, seed=5))), "--db", db, "--batch-size", "24",
                           preexec=small_disk)
    assert rc == 2 and "[NF308]" in err and "none of it was stored" in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    after = _count(db)  # the store still opens, read-only, with what it held
    assert after == before  # the failed batch left nothing behind
    with FactStore.open(db, read_only=True) as store:  # every stored document has its rows
        orphans = store.con.execute(
            "SELECT count(*) FROM entities WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
    assert orphans == 0
    rc, out, err = _ingest(str(tmp_path / "b.jsonl"), "--db", db)  # room again: the re-run completes the job
    assert rc == 0, err
    assert _count(db) == 29


#: Stored documents whose fact rows don't match their own record: a half-written document.
PARTIAL_SQL = """
SELECT d.doc_id FROM documents d
LEFT JOIN (SELECT doc_id, count(*) AS n FROM entities GROUP BY ALL) e USING (doc_id)
LEFT JOIN (SELECT doc_id, count(*) AS n FROM events GROUP BY ALL) v USING (doc_id)
LEFT JOIN (SELECT doc_id, count(*) AS n FROM quotes GROUP BY ALL) q USING (doc_id)
WHERE coalesce(e.n, 0) != json_array_length(d.record, '$.entities')
   OR coalesce(v.n, 0) != json_array_length(d.record, '$.events')
   OR coalesce(q.n, 0) != json_array_length(d.record, '$.quotes')
"""


def test_reliability_serve_reads_while_ingest_writes(tmp_path):
    """A real `newsfacts ingest` process writes while the web app (and a query) read: every
    read succeeds, sees whole documents only, and the counts only grow."""
    from newsfacts.web.app import create_app

    from .webclient import TestClient

    db = str(tmp_path / "s.duckdb")
    arts = _articles(24, seed=3)
    ingest = _ingest(str(write_jsonl(tmp_path / "in.jsonl", arts)), "--db", db, "--batch-size", "2", "--no-cluster", wait=False)
    client = TestClient(create_app(db, store_wait=60))
    seen: list[int] = []
    try:
        deadline = time.time() + 180
        while not os.path.exists(db) and time.time() < deadline and ingest.poll() is None:
            time.sleep(0.05)
        while ingest.poll() is None and time.time() < deadline:
            r = client.get("/api")
            assert r.status_code == 200, r.text
            counts = r.json()["summary"]["counts"]
            with FactStore.open(db, read_only=True, wait=60) as store:
                assert store.query(PARTIAL_SQL)[1] == []
                n = store.count("documents")
            assert n >= counts["documents"]
            seen.append(counts["documents"])
            time.sleep(0.1)
        out, err = ingest.communicate(timeout=240)
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.communicate()
    assert ingest.returncode == 0, err
    assert seen == sorted(seen), seen  # never fewer documents than a read before
    assert any(0 < n < len(arts) for n in seen), f"no read landed mid-ingest: {seen}"
    assert json.loads(out.strip().splitlines()[-1])["processed"] == len(arts) and _count(db) == len(arts)
    assert client.get("/api").json()["summary"]["counts"]["documents"] == len(arts)
    assert not [f for f in os.listdir(tmp_path) if ".reader-" in f]  # no reader left a marker behind


def test_reliability_full_disk_while_clustering_is_one_line(tmp_path):
    """Regression: a full disk during the final re-clustering ended in a traceback ("cannot
    rollback - no transaction is active", the COMMIT having failed); now a one-line NF308,
    and the store keeps its documents and its clusters as they were."""
    db = str(tmp_path / "s.duckdb")
    rc, out, err = _ingest(str(write_jsonl(tmp_path / "a.jsonl", _articles(40, seed=6))), "--db", db)
    assert rc == 0, err
    with FactStore.open(db, read_only=True) as store:
        before = store.con.execute("SELECT count(*), count(cluster_id) FROM events").fetchone()
    assert before[0] > 0
    code = (
        "import os, resource, sys\n"
        "from newsfacts.errors import NewsfactsError\n"
        "from newsfacts.store.clusters import recluster\n"
        "from newsfacts.store.duckdb import FactStore\n"
        f"db = {db!r}\n"
        "store = FactStore.open(db)\n"
        "limit = 16 * 1024  # the write-ahead log of the re-clustering is larger\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))\n"
        "try:\n"
        "    recluster(store)\n"
        "    print('no error')\n"
        "except NewsfactsError as exc:\n"
        "    print(exc)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert "Traceback" not in res.stderr, res.stderr
    assert res.stdout.startswith("[NF308]") and "event clusters" in res.stdout, res.stdout
    with FactStore.open(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*), count(cluster_id) FROM events").fetchone() == before
