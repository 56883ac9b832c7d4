"""Metadata for a folder of plain texts (issue "Daily use", 4): a sidecar name.json beside
name.txt, and a --metadata table keyed by file name."""

from __future__ import annotations

import json

import pytest

from newsfacts.corpus.metadata import load_metadata_csv
from newsfacts.corpus.readers import read_inputs
from newsfacts.errors import InputError

from .corpus_helpers import ARTICLES


def _by_name(entries):
    import os

    return {os.path.basename(e.origin): e for e in entries}


def test_metadata_sidecar_and_table(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", ARTICLES[0]), ("b.txt", ARTICLES[1]), ("c.txt", ARTICLES[2]), ("d.txt", ARTICLES[3])):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"published": "2024-03-05", "source": "Harbour Post", "url": "https://h.example/a"}))
    (folder / "b.json").write_text(json.dumps({"published": "2024-03-06", "title": "From the sidecar"}))
    (folder / "c.json").write_text("[1, 2]")  # not an object
    table = tmp_path / "meta.csv"
    table.write_text("file,published,title\nb.txt,2024-03-07,From the table\nd.txt,2024-03-08,\n", encoding="utf-8")
    got = _by_name(read_inputs([str(folder)], metadata=load_metadata_csv(str(table))))
    assert got["a.json"].kind == "metadata_sidecar"  # a sidecar is no article
    assert got["a.txt"].meta == {"source": "Harbour Post", "published": "2024-03-05", "url": "https://h.example/a"}
    assert (got["b.txt"].meta["published"], got["b.txt"].meta["title"]) == ("2024-03-07", "From the table")  # the table wins
    assert got["c.txt"].reason == "bad_metadata" and "not an object" in got["c.txt"].detail
    assert got["d.txt"].meta["published"] == "2024-03-08" and "title" not in got["d.txt"].meta


@pytest.mark.parametrize("content, message", [
    ("name,published\na.txt,2024-01-01\n", "needs a 'file' column"),
    ("file,published\na.txt,yesterday-ish\n", "not a date"),
])
def test_metadata_bad_table_is_a_clear_error(tmp_path, content, message):
    table = tmp_path / "meta.csv"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        load_metadata_csv(str(table))
    assert err.value.code == "NF108"


@pytest.mark.model
def test_metadata_ingest_cli_stores_dates_of_plain_files(tmp_path):
    from click.testing import CliRunner

    from newsfacts.cli import cli
    from newsfacts.store.duckdb import FactStore

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLES[1], encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"published": "2024-03-05", "source": "Harbour Post"}))
    table = tmp_path / "meta.csv"
    table.write_text("file,published,url\nb.txt,2024-03-06,https://example.org/b\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    res = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db, "--metadata", str(table), "--workers", "1", "--quiet", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["skipped"] == {"metadata_sidecar": 1}
    with FactStore.open(db, read_only=True) as store:
        rows = sorted(store.query("SELECT CAST(published AS VARCHAR), source, url FROM documents")[1])
    assert rows == [("2024-03-05", "Harbour Post", None), ("2024-03-06", None, "https://example.org/b")]


def test_metadata_tsv_with_other_column_names_matches_by_stem(tmp_path):
    """A corpus's own table (tab-separated, 'filename'/'publication_date'/'publisher', names
    without extension), given as it is."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "herald_2016-05-02_budget.txt").write_text(ARTICLES[0], encoding="utf-8")
    (folder / "herald_2016-05-03_port.txt").write_text(ARTICLES[1], encoding="utf-8")
    table = tmp_path / "metadata.tsv"
    table.write_text(
        "compartment\tfilename\tpublisher\tpublication_date\ttitle\n"
        "dev\therald_2016-05-02_budget\therald\t2016-05-02\tThe budget\n",
        encoding="utf-8",
    )
    got = _by_name(read_inputs([str(folder)], metadata=load_metadata_csv(str(table))))
    assert got["herald_2016-05-02_budget.txt"].meta == {"published": "2016-05-02", "source": "herald", "title": "The budget"}
    assert not got["herald_2016-05-03_port.txt"].meta.get("published")  # no row: nothing made up
