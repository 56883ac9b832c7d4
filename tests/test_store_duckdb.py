"""FactStore on real DuckDB files: tables, batch transactions, upsert by doc id, locks, read-only SQL."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from newsfacts.errors import StoreError
from newsfacts.store.duckdb import FactStore
from newsfacts.store.tables import TABLES


def _doc_rows(doc_id: str, n_mentions: int = 2, text: str = "Anna met Marc in Oslo.") -> dict:
    rows = {t: [] for t in TABLES}
    rows["documents"].append({"doc_id": doc_id, "published": "2024-03-05", "source": "Example", "title": "T", "url": None,
                              "origin": f"{doc_id}.txt", "length": len(text), "language": "en", "schema_version": "1.0.0",
                              "text": text, "record": "{}"})
    rows["entities"].append({"doc_id": doc_id, "entity_id": "e1", "name": "Anna", "type": "PERSON", "n_mentions": n_mentions})
    for k in range(n_mentions):
        rows["mentions"].append({"doc_id": doc_id, "entity_id": "e1", "start": k * 10, "end": k * 10 + 4, "text": "Anna", "kind": "name"})
    return rows


def test_store_creates_every_table_with_the_declared_columns(tmp_path):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        for table, cols in TABLES.items():
            got = store.con.execute(f"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position").fetchall()
            assert [c for c, _ in got] == [c for c, _ in cols], table
            assert [t for _, t in got] == [t for _, t in cols], table


def test_store_write_batch_and_upsert_replaces_a_document_whole(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with FactStore.open(path) as store:
        assert store.write_batch([_doc_rows("a", 3), _doc_rows("b", 1)]) == 2
        assert store.count("mentions") == 4
        store.write_batch([_doc_rows("a", 1)])  # same doc id again: replaced, not duplicated
        assert store.count("documents") == 2
        assert store.query("SELECT count(*) FROM mentions WHERE doc_id = 'a'")[1] == [(1,)]
    with FactStore.open(path, read_only=True) as store:  # persisted
        assert store.count("mentions") == 2
        assert store.known_documents(["a", "b", "c"]) == {"a", "b"}


def test_store_batch_is_one_transaction(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with FactStore.open(path) as store:
        bad = _doc_rows("bad")
        bad["mentions"].append({"doc_id": "bad", "entity_id": "e1", "start": "not a number"})
        with pytest.raises(Exception):
            store.write_batch([_doc_rows("ok"), bad])
        for t in ("documents", "entities", "mentions"):
            assert store.count(t) == 0, t  # nothing of the batch is left


def test_store_rejects_upsert_on_origin(tmp_path):
    from newsfacts.store.rows import reject_row
    from newsfacts.corpus.readers import Reject

    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([], [reject_row(Reject("in.jsonl:3", "bad_json", "invalid JSON"))])
        store.write_batch([], [reject_row(Reject("in.jsonl:3", "bad_json", "invalid JSON"))])
        assert store.query("SELECT origin, reason FROM rejects")[1] == [("in.jsonl:3", "bad_json")]


def test_store_another_process_gets_a_clear_error_not_a_hang(tmp_path):
    path = str(tmp_path / "s.duckdb")
    FactStore.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(60)", path],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        errors = []

        def try_both():
            for read_only in (False, True):
                try:
                    FactStore.open(path, read_only=read_only)
                except StoreError as exc:
                    errors.append(exc)

        opener = threading.Thread(target=try_both, daemon=True)
        opener.start()
        opener.join(timeout=120)  # a hang guard, not a time budget: the error comes at once
        assert not opener.is_alive()
        assert [e.code for e in errors] == ["NF302", "NF302"]
        assert all("in use by another process" in str(e) for e in errors)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    FactStore.open(path).close()  # usable again once the other process is gone


def test_store_read_only_open_of_a_missing_file(tmp_path):
    with pytest.raises(StoreError) as exc:
        FactStore.open(str(tmp_path / "none.duckdb"), read_only=True)
    assert exc.value.code == "NF305"


def test_store_not_a_database_file(tmp_path):
    p = tmp_path / "junk.duckdb"
    p.write_bytes(b"this is not a database" * 200)
    with pytest.raises(StoreError) as exc:
        FactStore.open(str(p))
    assert exc.value.code in ("NF301", "NF302")


@pytest.mark.parametrize("sql", [
    "INSERT INTO documents (doc_id) VALUES ('x')",
    "DELETE FROM documents",
    "DROP TABLE documents",
    "SELECT 1; UPDATE documents SET title = 'x'",
    "CREATE TABLE t (a INT)",
    "COPY documents TO '/tmp/x.csv'",
    "ATTACH '/tmp/other.duckdb'",
])
def test_store_read_sql_refuses_writes(tmp_path, sql):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([_doc_rows("a")])
        with pytest.raises(StoreError) as exc:
            store.read_sql(sql)
        assert exc.value.code == "NF303"
        assert store.count("documents") == 1


def test_store_read_sql_runs_selects_and_reports_bad_sql(tmp_path):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([_doc_rows("a", 2)])
        cols, rows = store.read_sql("WITH m AS (SELECT * FROM mentions) SELECT doc_id, count(*) AS n FROM m GROUP BY doc_id")
        assert cols == ["doc_id", "n"] and rows == [("a", 2)]
        with pytest.raises(StoreError) as exc:
            store.read_sql("SELECT nope FROM documents")
        assert exc.value.code == "NF304"


def test_store_adds_columns_missing_from_an_older_file(tmp_path):
    import duckdb

    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE rejects (reject_id VARCHAR PRIMARY KEY, origin VARCHAR, reason VARCHAR)")
    con.close()
    with FactStore.open(path) as store:
        cols = [r[0] for r in store.con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'rejects'").fetchall()]
        assert cols == [c for c, _ in TABLES["rejects"]]


def test_store_docs_list_every_table_and_column():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "corpus.md").read_text(encoding="utf-8")
    for table, cols in TABLES.items():
        line = next((ln for ln in doc.splitlines() if ln.startswith(f"**`{table}`**")), None)
        assert line, f"docs/corpus.md does not document table {table}"
        for c, typ in cols:
            assert f"`{c}` {typ}" in line, f"docs/corpus.md: {table}.{c} ({typ}) is missing"


def test_store_write_batch_raises_a_too_low_memory_cap_and_retries(tmp_path):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.set_memory_limit("256KB")  # far below what a batch needs: DuckDB runs out of memory
        big = [_doc_rows(f"d{k}", 20, text="Anna met Marc in Oslo. " * 400) for k in range(40)]
        assert store.write_batch(big) == 40
        assert store.count("documents") == 40 and store.count("mentions") == 800
        store.set_memory_limit("256KB")  # below what DuckDB holds now: refused, the cap stays
        for k in range(2):  # again and again: the connection keeps the store's usual cap
            store.write_batch([_doc_rows(f"r{k}-{j}", 20, text="Anna met Marc in Oslo. " * 400) for j in range(40)])
        assert store.memory_limit == "512MB" and store.count("documents") == 120


def test_store_columnar_rows_read_like_tuples_and_write_csv_and_json(tmp_path):
    import csv
    import io
    import json

    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([_doc_rows("a", 3), _doc_rows("b", 1)])
        sql = "SELECT doc_id, published, source, length, NULL::VARCHAR AS nothing, 'x,\"y' AS tricky FROM documents ORDER BY doc_id"
        cols, rows = store.query_columns(sql)
        cols2, tuples = store.query(sql)
        assert cols == cols2 and len(rows) == 2 and rows == tuples and rows[1] == tuples[1] and rows[-1] == tuples[-1]
        assert rows[0:1] == tuples[0:1]
        out = io.BytesIO()
        assert rows.write("csv", out)
        parsed = list(csv.reader(io.StringIO(out.getvalue().decode())))
        assert parsed[0] == cols and parsed[1] == ["a", "2024-03-05", "Example", "22", "", 'x,"y']
        out = io.BytesIO()
        assert rows.write("json", out)
        lines = [json.loads(x) for x in out.getvalue().decode().splitlines()]
        assert lines[1] == {"doc_id": "b", "published": "2024-03-05", "source": "Example", "length": 22, "nothing": None, "tricky": 'x,"y'}
        assert not store.query_columns("SELECT 1.5::DOUBLE AS f")[1].write("csv", io.BytesIO())  # floats: left to the caller's format


def test_store_writer_hands_the_file_to_a_waiting_reader_and_ignores_stale_markers(tmp_path):
    import os

    path = str(tmp_path / "s.duckdb")
    with FactStore.open(path) as store:
        store.write_batch([_doc_rows("a")])
        assert not store.let_readers_in()  # nobody waiting: the file stays open
        stale = path + ".reader-1-1"
        open(stale, "w").close()
        os.utime(stale, (time.time() - 3600, time.time() - 3600))
        assert not store.readers_waiting()  # a reader that died long ago is ignored
        reader = subprocess.Popen(
            [sys.executable, "-c", "import sys; from newsfacts.store.duckdb import FactStore\n"
             f"s = FactStore.open({path!r}, read_only=True, wait=30); print(s.count('documents'), flush=True); s.close()"],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )  # fmt: skip
        deadline = time.time() + 60
        while not store.readers_waiting() and time.time() < deadline:
            time.sleep(0.05)
        assert store.readers_waiting()
        assert store.let_readers_in()
        assert reader.communicate(timeout=60)[0].strip() == "1"
        store.write_batch([_doc_rows("b")])  # the writer has the file back
        assert store.count("documents") == 2
