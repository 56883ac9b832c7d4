"""Exports never leave a truncated file and never overwrite silently (issue "Hardening II", 10)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.store.duckdb import FactStore


@pytest.fixture
def store_path(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with FactStore.open(path) as store:
        store.con.execute("INSERT INTO documents (doc_id, text, record) VALUES ('d1', 'Roe said it.', '{}')")
    return path


def _export(store_path, *args):
    return CliRunner().invoke(cli, ["export", "--db", store_path, *args])


@pytest.mark.parametrize("fmt, target", [("jsonl", "out.jsonl"), ("plover", "out.jsonl"), ("csv", "out"), ("parquet", "out")])
def test_hardening_export_refuses_to_overwrite_without_force(store_path, tmp_path, fmt, target):
    out = tmp_path / target
    first = _export(store_path, str(out), "--format", fmt)
    assert first.exit_code == 0, first.output
    if fmt in ("jsonl", "plover"):
        out.write_text("precious\n")
    else:
        (out / "documents.csv" if fmt == "csv" else out / "documents.parquet").write_text("precious\n")
    again = _export(store_path, str(out), "--format", fmt)
    assert again.exit_code == 2 and "NF309" in again.output and "Traceback" not in again.output
    kept = out if fmt in ("jsonl", "plover") else out / f"documents.{fmt}"
    assert kept.read_text() == "precious\n"
    forced = _export(store_path, str(out), "--format", fmt, "--force")
    assert forced.exit_code == 0, forced.output
    assert kept.read_bytes() != b"precious\n"


@pytest.mark.parametrize("fmt, target", [("jsonl", "out.jsonl"), ("csv", "out")])
def test_hardening_export_failed_write_leaves_no_file(store_path, tmp_path, fmt, target):
    """A write that fails half-way (a full disk, simulated with a file size limit) is a clean
    error, and no partial file is left where the export was going."""
    import subprocess
    import sys

    code = (
        "import resource, sys\n"
        "from click.testing import CliRunner\n"
        "from newsfacts.cli import cli\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20, 20))\n"
        "import signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"r = CliRunner().invoke(cli, ['export', '--db', {store_path!r}, {str(tmp_path / target)!r}, '--format', {fmt!r}])\n"
        "print(r.exit_code); print(r.output)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.splitlines()[0] == "2", out.stdout + out.stderr
    assert "NF308" in out.stdout and "Traceback" not in out.stdout
    left = [p.name for p in tmp_path.rglob("*") if p.is_file() and p.name != "s.duckdb" and not p.name.endswith(".wal")]
    assert left == [], left


def test_hardening_spark_refuses_a_non_empty_output(tmp_path):
    """A user's file in a folder named like a table is never deleted: a non-empty output is
    refused before Spark runs (issue "Hardening II", 6)."""
    pytest.importorskip("pyspark")
    from newsfacts.errors import NewsfactsError
    from newsfacts.spark.job import check_output

    with pytest.raises(NewsfactsError, match="not empty") as err:
        check_output(["documents"], str(tmp_path / "out"), overwrite=False)
    assert err.value.code == "NF804"
    check_output(["documents"], str(tmp_path / "out"), overwrite=True)
    check_output([], str(tmp_path / "out"), overwrite=False)


def test_hardening_public_serve_needs_an_allow_list():
    """Regression (issue "Hardening II", 11): `serve --host 0.0.0.0` accepted any Host header,
    so after DNS rebinding a page could read and save."""
    res = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8765"])
    assert res.exit_code == 2 and "--allow-host" in res.output


def test_hardening_allow_list_refuses_other_hosts(tmp_path):
    from newsfacts.web.app import create_app

    from .webclient import TestClient

    c = TestClient(create_app(str(tmp_path / "s.duckdb"), allowed_hosts=["news.example.org"]), base_url="http://news.example.org")
    assert c.get("/").status_code == 200
    assert c.get("/", headers={"Host": "attacker.example"}).status_code == 400


def test_hardening_api_analyse_lone_surrogate_is_a_400(tmp_path):
    """Regression (issue "Hardening II", 3): a JSON "\\ud800" escape in the text gave HTTP 500."""
    from newsfacts.web.app import create_app

    from .webclient import TestClient

    c = TestClient(create_app(None))
    r = c.post("/api/analyse", content=b'{"text": "Roe said \\ud800 it failed."}', headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "NF503" and "surrogate" in r.json()["error"]["message"]
