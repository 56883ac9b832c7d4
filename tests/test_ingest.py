"""Corpus ingest end to end on real DuckDB files: formats, rejects, idempotence, kill -9 and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfacts.schema import document_id
from newsfacts.store.duckdb import FactStore
from newsfacts.corpus.ingest import ingest

from .corpus_helpers import ARTICLES, GERMAN, html_page, write_jsonl, write_warc
from .evidence import check_evidence

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]


class _Exploding:
    """The real nlp object, except that parsing a text containing EXPLODE raises (a pipeline bug)."""

    def __init__(self, nlp):
        self._nlp = nlp

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def pipe(self, texts, **kw):
        texts = list(texts)
        if any("EXPLODE" in t for t in texts):
            raise RuntimeError("boom")
        return self._nlp.pipe(texts, **kw)


def _assert_whole_documents(store):
    """Every stored document has all its rows, and no fact row lacks its document."""
    for table in ("entities", "mentions", "quotes", "events", "claims", "warnings"):
        orphans = store.query(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)")[1][0][0]
        assert orphans == 0, table
    for doc_id, record, text in store.query("SELECT doc_id, record, text FROM documents")[1]:
        rec = json.loads(record)
        assert rec["document"]["id"] == doc_id == document_id(text)
        check_evidence(rec, text)
        n_ent = store.query("SELECT count(*) FROM entities WHERE doc_id = ?", [doc_id])[1][0][0]
        n_men = store.query("SELECT count(*) FROM mentions WHERE doc_id = ?", [doc_id])[1][0][0]
        assert n_ent == len(rec["entities"]) and n_men == sum(len(e["mentions"]) for e in rec["entities"])


def test_ingest_every_format_with_every_reject_reason(tmp_path, nlp):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (folder / "b.html").write_bytes(html_page("Visit to Nairobi", ARTICLES[1]))
    (folder / "c.txt").write_text("", encoding="utf-8")
    (folder / "d.txt").write_bytes(b"\x00\x01binary")
    (folder / "e.txt").write_bytes("caf\u00e9 au lait".encode("latin-1"))
    (folder / "f.html").write_bytes(b"<html><body><script>x()</script></body></html>")
    (folder / "g.docx").write_bytes(b"PK\x03\x04")
    jl = write_jsonl(tmp_path / "in.jsonl", [
        {"text": ARTICLES[2], "published": "2024-03-06", "source": "Warsaw Herald", "url": "https://w.example/1"},
        "{broken",
        {"title": "no text"},
        {"text": ""},
        {"text": GERMAN},
        {"text": ARTICLES[3] + " " + "More words follow here. " * 40},  # too long for max_chars below
        {"text": ARTICLES[4] + " EXPLODE"},
        {"text": ARTICLES[2], "source": "a duplicate of line 1"},
    ])
    csvp = tmp_path / "in.csv"
    csvp.write_text('text,published\n"' + ARTICLES[5] + '",2024-03-07\n"a","b","c"\n', encoding="utf-8")
    warc = write_warc(tmp_path / "cc.warc.gz", [
        ("200 OK", "text/html", html_page("Grain for Kenya", ARTICLES[1].replace("Tuesday", "Wednesday"))),
        ("500 Internal Server Error", "text/html", b"<html></html>"),
        ("200 OK", "application/pdf", b"%PDF"),
    ])
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(warc.read_bytes()[:-40])
    db = tmp_path / "s.duckdb"
    with FactStore.open(str(db)) as store:
        s = ingest([str(folder), str(jl), str(csvp), str(warc), str(broken)], store, nlp=_Exploding(nlp), progress=False, max_chars=600)
        assert s.processed == 5  # a.txt, b.html, jsonl:1, csv:2, warc#response-0
        assert s.duplicates == 2  # jsonl:8 repeats jsonl:1; broken.warc's first response repeats cc.warc's
        assert dict(s.rejected) == {
            "empty": 2, "binary": 1, "not_utf8": 1, "empty_html": 1, "unsupported_file": 1, "bad_json": 1,
            "missing_text": 1, "not_english": 1, "too_long": 1, "processing_error": 1, "bad_csv_row": 1,
            "http_status": 2, "not_html": 1, "broken_warc_record": 1,
        }
        assert s.skipped == {"warc_warcinfo": 2}
        rejects = dict(store.query("SELECT origin, reason FROM rejects")[1])
        assert len(rejects) == sum(s.rejected.values())
        assert rejects[f"{jl}:2"] == "bad_json" and rejects[f"{jl}:5"] == "not_english" and rejects[f"{jl}:7"] == "processing_error"
        assert rejects[f"{csvp}:3"] == "bad_csv_row" and rejects[str(folder / "g.docx")] == "unsupported_file"
        assert any(o.startswith(f"{broken}#") and r == "broken_warc_record" for o, r in rejects.items())
        # documents carry their metadata and origin
        meta = {r[0]: r[1:] for r in store.query("SELECT origin, published, source, url, title FROM documents")[1]}
        assert meta[f"{jl}:1"][1:3] == ("Warsaw Herald", "https://w.example/1") and str(meta[f"{jl}:1"][0]) == "2024-03-06"
        warc_doc = [v for k, v in meta.items() if k.startswith(f"{warc}#")]
        assert warc_doc and warc_doc[0][2] == "https://news.example.org/story/0" and warc_doc[0][3] == "Grain for Kenya"
        assert s.facts == sum(store.count(t) for t in ("entities", "quotes", "events", "claims"))
        _assert_whole_documents(store)
        text = s.text()
        assert "processed 5 documents" in text and "bad_json 1" in text and "skipped 2" in text
        # once the pipeline bug is gone, a re-run retries the processing_error text (and only that)
        again = ingest([str(jl)], store, nlp=nlp, progress=False, max_chars=600)
        assert again.processed == 1 and "processing_error" not in again.rejected
        assert store.query("SELECT count(*) FROM rejects WHERE reason = 'processing_error'")[1] == [(0,)]
        # a higher --max-chars takes effect on a re-run: the too_long text is stored, its reject removed
        third = ingest([str(jl)], store, nlp=nlp, progress=False, max_chars=100_000)
        assert third.processed == 1 and store.query("SELECT count(*) FROM rejects WHERE reason = 'too_long'")[1] == [(0,)]
        _assert_whole_documents(store)


def test_ingest_rerun_is_idempotent(tmp_path, nlp):
    jl = write_jsonl(tmp_path / "in.jsonl", [{"text": a, "published": "2024-03-05"} for a in ARTICLES[:4]] + ["{bad"])
    db = str(tmp_path / "s.duckdb")
    with FactStore.open(db) as store:
        first = ingest([str(jl)], store, nlp=nlp, progress=False, batch_size=3)
        counts = {t: store.count(t) for t in ("documents", "entities", "mentions", "rejects")}
    with FactStore.open(db) as store:
        again = ingest([str(jl)], store, nlp=nlp, progress=False, batch_size=3)
        assert (first.processed, again.processed, again.duplicates) == (4, 0, 4)
        assert {t: store.count(t) for t in counts} == counts  # the bad line's reject is replaced, not duplicated


def test_ingest_kill_9_mid_run_then_resume(tmp_path, nlp):
    n = 40
    from importlib import util

    spec = util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    corpus = util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    texts = list(corpus.generate(n, seed=11))
    jl = write_jsonl(tmp_path / "in.jsonl", [{"text": t, "published": "2024-03-05"} for t in texts])
    db = str(tmp_path / "s.duckdb")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-c", "from newsfacts.cli import main; main()", "ingest", str(jl), "--db", db,
           "--workers", "2", "--batch-size", "2", "-q", "-v"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True)
    committed = 0
    deadline = time.time() + 240
    try:
        while committed < 3 and time.time() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            committed += line.startswith("committed batch")
        assert committed >= 3, "the ingest never committed 3 batches"
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, mid-run
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    with FactStore.open(db) as store:
        stored = store.count("documents")
        assert 2 <= stored < n  # some batches landed, not all
        _assert_whole_documents(store)
        s = ingest([str(jl)], store, nlp=nlp, progress=False)
        assert s.duplicates == stored and s.processed == n - stored
        assert store.count("documents") == n  # none lost
        assert {r[0] for r in store.query("SELECT doc_id FROM documents")[1]} == {document_id(t) for t in texts}
        _assert_whole_documents(store)


def test_ingest_progress_and_summary_json(tmp_path, nlp, capsys):
    jl = write_jsonl(tmp_path / "in.jsonl", [{"text": a} for a in ARTICLES[:2]])
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        s = ingest([str(jl)], store, nlp=nlp, progress=True)
    err = capsys.readouterr().err
    assert "docs/s" in err and "facts/s" in err and "ingest" in err
    d = s.as_dict()
    assert d["processed"] == 2 and d["rejected_total"] == 0 and d["docs_per_second"] > 0


def test_ingest_many_rejects_are_flushed_in_bounded_batches(tmp_path, nlp, monkeypatch):
    from newsfacts.corpus import ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "REJECT_FLUSH", 5)
    jl = write_jsonl(tmp_path / "bad.jsonl", ["{bad"] * 23 + [{"text": ARTICLES[0]}])
    commits = []
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        s = ingest([str(jl)], store, nlp=nlp, progress=False, on_commit=lambda n, summ: commits.append(store.count("rejects")))
        assert s.rejected == {"bad_json": 23} and store.count("rejects") == 23 and s.processed == 1
    assert commits[:4] == [5, 10, 15, 20]  # written as they come, never all held at once


def test_ingest_workers_extract_html_and_match_a_single_process_run(tmp_path, nlp):
    pages = [("200 OK", "text/html", html_page(f"Report {k}", a, date=f"2024-03-0{1 + k}")) for k, a in enumerate(ARTICLES)]
    pages.insert(2, ("200 OK", "text/html", b"<html><body></body></html>"))
    warc = write_warc(tmp_path / "cc.warc.gz", pages)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "x.html").write_bytes(html_page("Folder page", ARTICLES[0].replace("Monday", "Friday")))

    def run(workers, name):
        with FactStore.open(str(tmp_path / name)) as store:
            s = ingest([str(warc), str(folder)], store, workers=workers, batch_size=2, progress=False, nlp=nlp if workers == 1 else None)
            docs = store.query("SELECT doc_id, origin, title, published, url FROM documents ORDER BY origin")[1]
            ents = store.query("SELECT doc_id, entity_id, name FROM entities ORDER BY ALL")[1]
            return s, docs, ents

    one, docs1, ents1 = run(1, "one.duckdb")
    two, docs2, ents2 = run(2, "two.duckdb")
    assert one.processed == two.processed == len(ARTICLES) + 1
    assert one.rejected == two.rejected == {"empty_html": 1}
    assert docs1 == docs2 and ents1 == ents2
    assert {d[2] for d in docs2} >= {"Report 0", "Folder page"}


def test_ingest_one_worker_process_with_recycling_stores_the_same_rows(tmp_path, nlp, monkeypatch):
    """One worker process (the main process writes meanwhile), replaced after every 2
    documents: the same documents and fact rows as parsing in this process."""
    import newsfacts.corpus.ingest as ingest_mod

    pools = []

    class CountingPool(ingest_mod.ForkedPool):
        def __init__(self, *a, **kw):
            pools.append(self)
            super().__init__(*a, **kw)

    monkeypatch.setattr(ingest_mod, "ForkedPool", CountingPool)
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": a, "published": "2024-03-04", "url": f"https://x.example/{k}"}
                                              for k, a in enumerate(ARTICLES)] + [{"text": GERMAN}])
    tables = ("documents", "entities", "mentions", "quotes", "events", "claims", "places", "dates")

    def run(name, **kw):
        with FactStore.open(str(tmp_path / name)) as store:
            s = ingest([str(src)], store, batch_size=2, progress=False, **kw)
            _assert_whole_documents(store)
            rows = {t: store.query(f"SELECT * EXCLUDE (cluster_id) FROM {t} ORDER BY ALL" if t == "events" else
                                   f"SELECT * FROM {t} ORDER BY ALL")[1] for t in tables}
            return s, rows

    here, rows_here = run("here.duckdb", nlp=nlp)
    pooled, rows_pooled = run("pooled.duckdb", workers=1, recycle_after=2)
    assert pooled.processed == here.processed == len(ARTICLES) and pooled.rejected == here.rejected == {"not_english": 1}
    assert rows_pooled == rows_here
    assert len(pools) == -(-(len(ARTICLES) + 1) // 2)  # a fresh worker for every 2 documents
