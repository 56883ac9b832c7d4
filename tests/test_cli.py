"""The CLI: output modes and every error path (one line on stderr, exit 2, no traceback)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "article.txt")


@pytest.fixture
def runner():
    return CliRunner()


def _one_line_error(result, *needles):
    assert result.exit_code == 2, result.output
    err = result.stderr.strip().splitlines()
    assert len(err) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for n in needles:
        assert n in err[0]


def test_cli_missing_file(runner):
    _one_line_error(runner.invoke(cli, ["extract", "/no/such/file.txt"]), "/no/such/file.txt", "no such file", "NF101")


def test_cli_directory(runner, tmp_path):
    _one_line_error(runner.invoke(cli, ["extract", str(tmp_path)]), str(tmp_path), "directory")


def test_cli_binary(runner, tmp_path):
    p = tmp_path / "blob.bin"
    p.write_bytes(b"\x7fELF\x00\x01\x02" * 20)
    _one_line_error(runner.invoke(cli, ["extract", str(p)]), "blob.bin", "binary")


def test_cli_not_utf8(runner, tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le ministre a déclaré".encode("latin-1"))
    _one_line_error(runner.invoke(cli, ["extract", str(p)]), "latin1.txt", "UTF-8")


def test_cli_bad_date(runner):
    r = runner.invoke(cli, ["extract", EXAMPLE, "--published", "03/06/2021"])
    assert r.exit_code == 2
    assert "YYYY-MM-DD" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.model
def test_cli_bad_file_does_not_stop_good_ones(runner, tmp_path):
    r = runner.invoke(cli, ["extract", "/no/such.txt", EXAMPLE, "--json"])
    assert r.exit_code == 2
    records = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert len(records) == 1 and records[0]["entities"]


@pytest.mark.model
def test_cli_json_from_stdin(runner):
    text = Path(EXAMPLE).read_text(encoding="utf-8")
    r = runner.invoke(cli, ["extract", "-", "--json", "--published", "2026-03-04"], input=text.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["document"]["published"] == "2026-03-04"
    assert rec["document"]["length"] == len(text)


@pytest.mark.model
def test_cli_empty_file_is_a_valid_record_with_warning(runner, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    r = runner.invoke(cli, ["extract", str(p), "--json"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["warnings"][0]["code"] == "empty"


@pytest.mark.model
def test_cli_summary_lists_people_with_actor_codes(runner):
    r = runner.invoke(cli, ["extract", EXAMPLE, "--published", "2026-03-04"])
    assert r.exit_code == 0
    assert "Ingrid Solheim" in r.stdout and "NOR GOV" in r.stdout


def test_cli_too_large_is_refused(runner, tmp_path, monkeypatch):
    import newsfacts.corpus.textio as textio

    monkeypatch.setattr(textio, "MAX_CHARS", 100)
    p = tmp_path / "big.txt"
    p.write_text("word " * 100)
    _one_line_error(runner.invoke(cli, ["extract", str(p)]), "big.txt", "limit", "NF105")
