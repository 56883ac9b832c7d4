"""The web app under concurrent reads while another process writes the store.

Pages read a shared snapshot of the store (:mod:`newsfacts.web.snapshot`): they run in
parallel, never wait for a writer that holds the file once a snapshot exists, and see what
the writer commits (a batch or so later). The long version is ``benchmarks/loadtest.py``.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import pickle
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsfacts.schema import document_id
from newsfacts.store.rows import rows_from_record
from newsfacts.web import create_app
from newsfacts.web.save import save_record
from newsfacts.web.snapshot import held_for_writing

from .webdata import HARBOUR, LATER, harbour_record, later_record

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.serial  # measures latency / page faults: run with nothing else (Makefile)

#: The writer below: holds the store for writing, commits a batch every HOLD seconds and lets
#: waiting readers in after each, as ingest does.
WRITER = """
import pickle, sys, time
from newsfacts.store.duckdb import FactStore
batches = pickle.load(open(sys.argv[2], "rb"))
store = FactStore.open(sys.argv[1])
print("holding", flush=True)
for batch in batches:
    time.sleep(float(sys.argv[3]))
    store.write_batch(batch)
    store.let_readers_in()
store.close()
"""
HOLD = 2.5
CLIENTS = 10


def _copies(n: int, start: int) -> list[dict]:
    """Rows of ``n`` more documents: the Harbour record with a line of its own (its own id)."""
    out = []
    for k in range(start, start + n):
        text = HARBOUR + f"\n(Copy {k}.)\n"
        rec = harbour_record()
        rec["document"]["id"] = document_id(text)
        rec["document"]["length"] = len(text)
        out.append(rows_from_record(rec, text))
    return out


class _Server:
    """uvicorn serving ``app`` on 127.0.0.1 in a thread."""

    def __init__(self, app):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _get(conn, path: str) -> tuple[int, dict, float]:
    t0 = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    return r.status, (json.loads(body) if r.status == 200 else {"body": body[:300]}), time.perf_counter() - t0


def test_web_load_reads_run_while_a_writer_holds_the_store_and_see_its_commits(tmp_path):
    """Regression (issue "Hardening II", the page under load): every request took one global
    lock and opened the store, and while a writer held the file each waited for its next
    commit. Now CLIENTS clients read while another process holds the store for writing and
    commits a batch every HOLD seconds: no error, requests are answered all along (before,
    none was while the writer held the file), the counts a client sees never go down, and
    reads see the batches as they are committed."""
    db = str(tmp_path / "s.duckdb")
    save_record(db, harbour_record(), HARBOUR)
    save_record(db, later_record(), LATER)
    batches = [_copies(2, 2 * b) for b in range(3)]
    with open(tmp_path / "batches.pkl", "wb") as fh:
        pickle.dump(batches, fh)
    doc = harbour_record()["document"]["id"]
    paths = ["/api", f"/api/document/{doc}", "/api/entity?name=S%C3%B8ren%20Kjaer", "/api/actor/DNK", "/api/search?q=patrols"]
    with _Server(create_app(db, store_wait=10, refresh_every=0.5)) as srv, contextlib.ExitStack() as conns:
        # every connection is closed however the test ends (a failure left sockets to the GC)
        first = conns.enter_context(contextlib.closing(http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)))
        assert _get(first, "/api")[1]["summary"]["counts"]["documents"] == 2  # the first snapshot
        writer = subprocess.Popen([sys.executable, "-c", WRITER, db, str(tmp_path / "batches.pkl"), str(HOLD)],
                                  stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        try:
            assert writer.stdout.readline().strip() == "holding"
            assert held_for_writing(db) is True
            results: list[list] = [[] for _ in range(CLIENTS)]

            def client(k: int) -> None:
                conn = conns.enter_context(contextlib.closing(http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)))
                i = k
                while writer.poll() is None:
                    status, data, seconds = _get(conn, paths[i % len(paths)])
                    n = data["summary"]["counts"]["documents"] if paths[i % len(paths)] == "/api" and status == 200 else None
                    results[k].append((status, seconds, n, data if status != 200 else None, paths[i % len(paths)], time.monotonic()))
                    i += 1

            threads = [threading.Thread(target=client, args=(k,)) for k in range(CLIENTS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=120)
            assert writer.wait(timeout=60) == 0
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
            writer.stdout.close()
        flat = [r for rs in results for r in rs]
        assert len(flat) > 50
        assert [r for r in flat if r[0] != 200] == []
        done = sorted(r[5] for r in flat)  # when each request was answered
        gap = max(b - a for a, b in zip(done, done[1:]))
        assert gap < HOLD / 2, f"no request was answered for {gap:.2f} s: reads waited for the writer"
        for rs in results:
            counts = [r[2] for r in rs if r[2] is not None]
            assert counts == sorted(counts), counts
        seen = {r[2] for r in flat if r[2] is not None}
        assert seen & {4, 6}, f"no read saw a batch committed while the writer ran: {sorted(seen)}"
        last = conns.enter_context(contextlib.closing(http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)))
        assert _get(last, "/api")[1]["summary"]["counts"]["documents"] == 8  # the writer is done: everything
    assert not [f for f in os.listdir(tmp_path) if ".reader-" in f]  # no marker left behind


def test_web_load_snapshot_copies_are_removed(tmp_path):
    """A snapshot's copy is deleted once it is replaced and its last request is done, and
    all copies when the reader closes."""
    from newsfacts.web.snapshot import SnapshotReader

    db = str(tmp_path / "s.duckdb")
    save_record(db, harbour_record(), HARBOUR)
    reader = SnapshotReader(db, wait=1.0, source_lock=threading.Lock())
    count = lambda con: con.execute("SELECT count(*) FROM documents").fetchone()[0]  # noqa: E731
    assert reader.read(count) == 1
    folder = reader.dir
    save_record(db, later_record(), LATER)
    assert reader.read(count) == 2  # the store changed and no writer holds it: a new snapshot at once
    assert [f for f in os.listdir(folder) if f.endswith(".duckdb")] == ["snapshot-2.duckdb"]
    with pytest.raises(Exception):
        reader.read(lambda con: con.execute("DELETE FROM documents"))  # read-only
    reader.close()
    assert not os.path.exists(folder)


def test_web_load_no_room_for_the_snapshot_is_a_clear_error(tmp_path, monkeypatch):
    """A copy that fails (a full $TMPDIR) is one NF301 line (503 on a page), and leaves no
    partial copy behind."""
    import errno
    import shutil

    from newsfacts.errors import StoreError
    from newsfacts.web.snapshot import SnapshotReader

    db = str(tmp_path / "s.duckdb")
    save_record(db, harbour_record(), HARBOUR)

    def full(src, dst):
        with open(dst, "wb") as fh:
            fh.write(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    reader = SnapshotReader(db, wait=1.0, source_lock=threading.Lock())
    with pytest.raises(StoreError, match="No space left on device") as exc:
        reader.read(lambda con: 1)
    assert exc.value.code == "NF301" and os.listdir(reader.dir) == []
    reader.close()


def test_web_load_copies_of_a_killed_server_are_removed(tmp_path):
    """A server killed with its snapshot open leaves its copy behind; the next one deletes it
    (and never a live process's)."""
    import tempfile

    from newsfacts.web.snapshot import COPY_PREFIX, SnapshotReader

    db = str(tmp_path / "s.duckdb")
    save_record(db, harbour_record(), HARBOUR)
    code = ("import os, sys\nfrom newsfacts.web.snapshot import SnapshotReader\nimport threading\n"
            f"r = SnapshotReader({db!r}, wait=1.0, source_lock=threading.Lock())\nr.read(lambda con: 1)\n"
            "print(r.dir, flush=True)\nos._exit(0)  # as if killed: no clean-up\n")
    dead = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")}).stdout.strip()
    assert os.path.isdir(dead) and os.path.basename(dead).startswith(COPY_PREFIX)
    live = tempfile.mkdtemp(prefix=f"{COPY_PREFIX}{os.getppid()}-")  # a live process's (pytest's parent)
    reader = SnapshotReader(db, wait=1.0, source_lock=threading.Lock())
    assert reader.read(lambda con: con.execute("SELECT count(*) FROM documents").fetchone()[0]) == 1
    assert not os.path.exists(dead) and os.path.isdir(live)
    reader.close()
    os.rmdir(live)
