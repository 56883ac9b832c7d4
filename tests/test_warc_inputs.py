"""WARC inputs as they come (issue "Daily use", 6): a .warc.gz compressed as one gzip stream is
read, and warcio's warnings go to a logger and the ingest summary, not into the progress bar."""

from __future__ import annotations

import gzip
import logging

import pytest

from newsfacts.corpus.readers import read_inputs
from newsfacts.corpus.warc import read_warc

from .corpus_helpers import ARTICLES, html_page, write_warc

RECORDS = [("200 OK", "text/html", html_page("Grain for Kenya", ARTICLES[0])), ("200 OK", "text/html", html_page("Visit", ARTICLES[1]))]


def _kinds(entries):
    return [(type(e).__name__, getattr(e, "reason", None)) for e in entries]


def test_warc_whole_file_gzip_is_read(tmp_path):
    chunked = write_warc(tmp_path / "a.warc.gz", RECORDS)  # a gzip member per record, as CC-NEWS
    plain = write_warc(tmp_path / "b.warc", RECORDS, gz=False)
    whole = tmp_path / "c.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))  # one gzip stream for the whole file
    got = {p.name: [(type(e).__name__, getattr(e, "meta", {}).get("title")) for e in read_inputs([str(p)])] for p in (chunked, whole)}
    assert got["c.warc.gz"] == got["a.warc.gz"] == [("Skipped", None), ("Item", "Grain for Kenya"), ("Item", "Visit")]


def _bad_warc(tmp_path):
    data = write_warc(tmp_path / "plain.warc", RECORDS, gz=False).read_bytes()
    second = data.index(b"WARC/1.", data.index(b"WARC-Type: response"))
    path = tmp_path / "bad.warc"
    path.write_bytes(data[: second - 4] + data[second:])  # the first response lacks its blank lines
    return path


def test_warc_library_warnings_go_to_the_log_not_stderr(tmp_path, capfd, caplog):
    path = _bad_warc(tmp_path)
    with caplog.at_level(logging.WARNING, logger="newsfacts.readers"):
        entries = list(read_warc(str(path)))
    assert ("Html", None) in _kinds(entries)
    assert any("Record not followed by newline" in r.getMessage() for r in caplog.records)
    assert "Record not followed" not in capfd.readouterr().err


@pytest.mark.model
def test_warc_ingest_summary_counts_warnings(tmp_path, nlp, capfd):
    from newsfacts.corpus.ingest import ingest
    from newsfacts.store.duckdb import FactStore

    path = _bad_warc(tmp_path)
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        s = ingest([str(path)], store, nlp=nlp, progress=False)
    assert s.processed == 1 and s.warnings == {"warcio": 1}
    assert "input warnings (logger newsfacts.readers): warcio 1" in s.text()
    assert "Record not followed" not in capfd.readouterr().err
