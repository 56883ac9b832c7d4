"""`newsfacts ingest` as a user runs it: summary, JSON summary, clear errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.store.duckdb import FactStore

from .corpus_helpers import ARTICLES, write_jsonl

pytestmark = pytest.mark.model


def test_ingest_cli_summary_and_json(tmp_path, nlp):
    jl = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLES[0], "published": "2024-03-04"}, "{oops"])
    db = str(tmp_path / "s.duckdb")
    r = CliRunner().invoke(cli, ["ingest", str(jl), "--db", db, "--workers", "1", "-q"])
    assert r.exit_code == 0, r.output
    assert "processed 1 documents" in r.output and "rejected 1: bad_json 1" in r.output
    r = CliRunner().invoke(cli, ["ingest", str(jl), "--db", db, "--workers", "1", "-q", "--json"])
    summary = json.loads(r.output.strip().splitlines()[-1])
    assert summary["processed"] == 0 and summary["duplicates"] == 1 and summary["rejected"] == {"bad_json": 1}


def test_ingest_cli_missing_input_is_one_line(tmp_path):
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "s.duckdb")])
    assert r.exit_code == 2 and "NF101" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "s.duckdb").exists()  # nothing created for a run that can't start


def test_ingest_cli_store_in_use(tmp_path):
    db = str(tmp_path / "s.duckdb")
    jl = write_jsonl(tmp_path / "in.jsonl", ["{oops"])
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(60)", db],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        r = CliRunner().invoke(cli, ["ingest", str(jl), "--db", db, "-q"])
        assert r.exit_code == 2 and "NF302" in r.output and "in use by another process" in r.output
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    with FactStore.open(db) as store:
        assert store.count("documents") == 0
