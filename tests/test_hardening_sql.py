"""`newsfacts sql` is read-only by DuckDB's own sandbox, not by a list of statement types
(issue "Hardening II", item 1)."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.store.duckdb import FactStore


@pytest.fixture
def store_path(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with FactStore.open(path) as store:
        store.con.execute("INSERT INTO documents (doc_id, text) VALUES ('d1', 'Roe said it.')")
    return path


def _sql(args, cwd):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, ["sql", *args])
    finally:
        os.chdir(old)


@pytest.mark.parametrize("query", [
    "EXPLAIN ANALYZE COPY (SELECT 42 AS x) TO 'x.csv'",
    "explain   analyse COPY (SELECT 42 AS x) TO 'x.csv'",
    "COPY (SELECT 42 AS x) TO 'x.csv'",
    "IMPORT DATABASE 'dump'",
    "SELECT * FROM read_csv('x.csv')",
    "SELECT * FROM read_text('/etc/hostname')",
    "ATTACH 'other.duckdb' AS o",
    "SET enable_external_access = true",
])
def test_hardening_sql_refuses_writes_and_file_access(store_path, tmp_path, query):
    (tmp_path / "dump").mkdir()
    (tmp_path / "dump" / "schema.sql").write_text("CREATE TABLE pwned (x INT);")
    (tmp_path / "x.csv").write_text("a\n1\n") if "read_csv" in query else None
    res = _sql(["--db", store_path, query], tmp_path)
    assert res.exit_code == 2, res.output
    assert "NF303" in res.output or "NF304" in res.output
    assert "Traceback" not in res.output
    if "TO 'x.csv'" in query:
        assert not (tmp_path / "x.csv").exists()


def test_hardening_sql_reads_still_work(store_path, tmp_path):
    res = _sql(["--db", store_path, "SELECT count(*) AS n FROM documents", "--format", "json"], tmp_path)
    assert res.exit_code == 0, res.output and '"n": 1' in res.output


def test_hardening_sql_parquet_folder_can_not_reach_a_store(store_path, tmp_path):
    """With --parquet the connection is in memory: it used to be read-write, so a query could
    ATTACH a store and delete from it."""
    with FactStore.open(store_path, read_only=True) as store:
        from newsfacts.store.exports import export

        export(store, "parquet", str(tmp_path / "pq"))
    for query in (f"ATTACH '{store_path}' AS o", f"COPY (SELECT 1) TO '{tmp_path}/pq/documents.parquet'"):
        res = _sql(["--parquet", str(tmp_path / "pq"), query], tmp_path)
        assert res.exit_code == 2 and "NF303" in res.output, res.output
    res = _sql(["--parquet", str(tmp_path / "pq"), "SELECT count(*) AS n FROM documents", "--format", "json"], tmp_path)
    assert res.exit_code == 0 and '"n": 1' in res.output, res.output
    with FactStore.open(store_path, read_only=True) as store:
        assert store.count("documents") == 1
