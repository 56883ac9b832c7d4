"""`ingest --update-metadata`: a stored text that comes again with other metadata is
processed again and replaced with the flag, and reported (not silently kept) without it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.corpus.ingest import ingest, stored_form
from newsfacts.schema import document_id
from newsfacts.store.duckdb import FactStore

from .corpus_helpers import write_jsonl

pytestmark = pytest.mark.model

TEXT = "Prime Minister Naftali Bennett met Antony Blinken in Jerusalem on Tuesday, officials said."
OTHER = "Benny Gantz flew to Washington on Monday to meet Lloyd Austin at the Pentagon."


def _docs(store):
    cols, rows = store.query("SELECT doc_id, CAST(published AS VARCHAR), source, title, url, record FROM documents ORDER BY doc_id")
    return {r[0]: r[1:] for r in rows}


def _tuesday(record_json):
    return [d.get("value") for d in json.loads(record_json)["dates"] if d["text"] == "Tuesday"]


def _run(tmp_path, name, rows, store, **kw):
    return ingest([str(write_jsonl(tmp_path / name, rows))], store, progress=False, cluster=False, **kw)


def test_update_metadata_reprocesses_and_replaces_a_stored_document(tmp_path, nlp):
    old = {"text": TEXT, "published": "2021-06-03", "source": "ynet", "title": "Old", "url": "https://a.example/1"}
    new = {"text": TEXT, "published": "2022-01-12", "source": "haaretz", "title": "New", "url": "https://b.example/1"}
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        first = _run(tmp_path, "a.jsonl", [old, {"text": OTHER}], store, nlp=nlp)
        assert first.processed == 2
        before = _docs(store)[document_id(TEXT)]
        assert before[:4] == ("2021-06-03", "ynet", "Old", "https://a.example/1")

        # without the flag: skipped, metadata kept, and the summary says so and names the flag
        kept = _run(tmp_path, "b.jsonl", [new, {"text": OTHER}], store, nlp=nlp)
        assert (kept.processed, kept.duplicates, kept.updated, kept.metadata_differs) == (0, 2, 0, 1)
        assert "--update-metadata" in kept.text() and kept.as_dict()["metadata_differs"] == 1
        assert _docs(store)[document_id(TEXT)] == before

        # with the flag: re-extracted with the new date (Tuesday resolves against it) and replaced
        upd = _run(tmp_path, "b.jsonl", [new, {"text": OTHER}], store, nlp=nlp, update_metadata=True)
        assert (upd.processed, upd.duplicates, upd.updated, upd.metadata_differs) == (1, 1, 1, 0)
        assert "updated 1 " in upd.text() and upd.as_dict()["updated"] == 1
        after = _docs(store)[document_id(TEXT)]
        assert after[:4] == ("2022-01-12", "haaretz", "New", "https://b.example/1")
        assert _tuesday(before[4]) != _tuesday(after[4])
        assert json.loads(after[4])["document"]["published"] == "2022-01-12"
        assert store.count("documents") == 2

        # the same metadata again, with the flag: nothing to update
        same = _run(tmp_path, "b.jsonl", [new], store, nlp=nlp, update_metadata=True)
        assert (same.processed, same.duplicates, same.updated) == (0, 1, 0)


def test_update_metadata_counts_a_text_repeated_in_one_run_once(tmp_path, nlp):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        _run(tmp_path, "a.jsonl", [{"text": TEXT, "published": "2021-06-03"}], store, nlp=nlp)
        rows = [{"text": TEXT, "published": "2022-01-12"}, {"text": TEXT, "published": "2023-01-12"}]
        kept = _run(tmp_path, "b.jsonl", rows, store, nlp=nlp)
        assert (kept.duplicates, kept.metadata_differs) == (2, 1)
        upd = _run(tmp_path, "b.jsonl", rows, store, nlp=nlp, update_metadata=True)
        assert (upd.processed, upd.updated, upd.duplicates) == (1, 1, 1)
        assert _docs(store)[document_id(TEXT)][0] == "2022-01-12"  # the first occurrence wins


def test_stored_metadata_reads_documents_rows_only(tmp_path, nlp):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        _run(tmp_path, "a.jsonl", [{"text": TEXT, "published": "2021-06-03T10:00:00Z", "source": "ynet"}], store, nlp=nlp)
        got = store.stored_metadata([document_id(TEXT), document_id("never stored")])
        assert got == {document_id(TEXT): ("2021-06-03", "ynet", None, None)}
        assert store.stored_metadata([]) == {}


@pytest.mark.parametrize(
    "meta, form",
    [
        ({"published": "2021-06-03T10:00:00Z", "source": "x"}, ("2021-06-03", "x", None, None)),
        ({"published": "2021-06", "title": "", "url": "u"}, (None, None, None, "u")),
        ({}, (None, None, None, None)),
    ],
)
def test_stored_form_matches_the_documents_row(meta, form):
    assert stored_form(meta) == form


def test_cli_ingest_has_the_update_metadata_flag():
    from newsfacts.cli.main import cli

    out = CliRunner().invoke(cli, ["ingest", "--help"]).output
    assert "--update-metadata" in out
