"""Canned queries, exports and the corpus CLI on a real DuckDB file we fill with rows we construct."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.schema import document_id
from newsfacts.store.duckdb import FactStore
from newsfacts.store.clusters import recluster
from newsfacts.store.tables import TABLES

REPORTS = [
    # outlet, published, text, (source name, country), (target name, country), type, quad, quote speaker
    ("Jerusalem Report", "2021-06-03", "Benny Gantz met Lloyd Austin in Washington to discuss Iran. \u201cWe will keep talking,\u201d Gantz said.",
     ("Benny Gantz", "ISR"), ("Lloyd Austin", "USA"), "CONSULT", "verbal cooperation", "Benny Gantz"),
    ("Washington Ledger", "2021-06-03", "Israeli Defense Minister Benny Gantz held talks with Lloyd Austin in Washington about Iran.",
     ("Benny Gantz", "ISR"), ("Lloyd Austin", "USA"), "CONSULT", "verbal cooperation", None),
    ("Washington Ledger", "2021-06-20", "Israel accused Iran of attacking a cargo ship in the Gulf of Oman.",
     ("Israel", "ISR"), ("Iran", "IRN"), "ACCUSE", "verbal conflict", None),
    ("Jerusalem Report", "2021-07-02", "Benny Gantz met Lloyd Austin again at the Pentagon to discuss missile defence.",
     ("Benny Gantz", "ISR"), ("Lloyd Austin", "USA"), "CONSULT", "verbal cooperation", None),
]


def _rows(k, outlet, published, text, src, tgt, typ, quad, speaker):
    doc = document_id(text)
    rows = {t: [] for t in TABLES}
    rows["documents"].append({"doc_id": doc, "published": published, "source": outlet, "title": f"Report {k}", "url": f"https://x.example/{k}",
                              "origin": f"in.jsonl:{k + 1}", "length": len(text), "language": "en", "schema_version": "1.0.0", "text": text,
                              "record": json.dumps({"schema_version": "1.0.0", "document": {"id": doc, "length": len(text)}, "entities": [],
                                                    "quotes": [], "events": [{"id": "v1"}], "claims": [], "places": [], "dates": [], "warnings": []})})
    for eid, (name, country) in (("e1", src), ("e2", tgt)):
        start = text.find(name)
        rows["entities"].append({"doc_id": doc, "entity_id": eid, "name": name, "type": "PERSON" if " " in name else "GPE",
                                 "country": country, "sector": "GOV", "actor_code": f"{country} GOV", "n_mentions": 1})
    end = text.index(".") + 1
    rows["events"].append({"doc_id": doc, "event_id": "v1", "type": typ, "quad_class": quad, "source_ids": '["e1"]', "target_ids": '["e2"]',
                           "source_name": src[0], "source_country": src[1], "target_name": tgt[0], "target_country": tgt[1],
                           "date": published, "start": 0, "end": end, "evidence": json.dumps([[0, end]])})
    if speaker:
        s = text.index("\u201c") + 1
        e = text.index(",\u201d")
        rows["quotes"].append({"doc_id": doc, "quote_id": "q1", "text": text[s:e], "kind": "direct", "speaker_id": "e1",
                               "speaker_name": speaker, "speaker_country": "ISR", "start": s, "end": e, "evidence": json.dumps([[s, e]])})
    return rows


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "q.duckdb")
    with FactStore.open(path) as store:
        store.write_batch([_rows(k, *r) for k, r in enumerate(REPORTS)])
        assert recluster(store) == 3  # the two 3 June reports are one meeting
    return path


def run(*args):
    r = CliRunner().invoke(cli, list(args))
    return r


def test_queries_quotes_by_speaker_and_dates(db):
    r = run("quotes", "--db", db, "--speaker", "gantz", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [q["quote"] for q in rows] == ["We will keep talking"] and rows[0]["published"] == "2021-06-03"
    assert run("quotes", "--db", db, "--speaker", "gantz", "--from", "2021-06-04", "--format", "json").output == ""


def test_queries_events_filters_and_cluster_link(db):
    r = run("events", "--db", db, "--source", "ISR", "--target", "USA", "--type", "CONSULT", "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert len(rows) == 3
    by_date = {}
    for row in rows:
        by_date.setdefault(row["date"], set()).add(row["cluster_id"])
    assert len(by_date["2021-06-03"]) == 1 and by_date["2021-06-03"] != by_date["2021-07-02"]
    assert {row["cluster_articles"] for row in rows if row["date"] == "2021-06-03"} == {"2"}
    assert rows[0]["evidence_text"].endswith(".")
    r = run("events", "--db", db, "--source", "Gantz", "--to", "2021-06-30", "--format", "json")
    assert len(r.output.splitlines()) == 2


def test_queries_actors_top(db):
    r = run("actors", "--db", db, "--top", "2")
    assert r.exit_code == 0
    lines = r.output.splitlines()
    # one row per actor id since schema 1.1.0: two more columns, actor_id and names
    assert lines[0].split() == ["name", "type", "actor_code", "documents", "mentions", "actor_id", "names"]
    assert lines[2].split()[:2] == ["Benny", "Gantz"] and lines[2].split()[5] == "3"


def test_queries_dyads_count_clusters_by_default_and_reports_on_request(db):
    clusters = [json.loads(x) for x in run("dyads", "--db", db, "--by", "month", "--format", "json").output.splitlines()]
    reports = [json.loads(x) for x in run("dyads", "--db", db, "--by", "month", "--count", "reports", "--format", "json").output.splitlines()]
    key = lambda r: (r["period"], r["source_country"], r["target_country"], r["quad_class"])  # noqa: E731
    c = {key(r): r["clusters"] for r in clusters}
    rep = {key(r): r["reports"] for r in reports}
    assert c[("2021-06-01", "ISR", "USA", "verbal cooperation")] == 1
    assert rep[("2021-06-01", "ISR", "USA", "verbal cooperation")] == 2
    assert c[("2021-07-01", "ISR", "USA", "verbal cooperation")] == 1 and c[("2021-06-01", "ISR", "IRN", "verbal conflict")] == 1
    weekly = run("dyads", "--db", db, "--by", "week", "--format", "csv").output
    assert "2021-05-31,ISR,USA,verbal cooperation,1" in weekly  # weeks start on Monday


def test_queries_sql_read_only_and_errors(db):
    r = run("sql", "--db", db, "SELECT count(*) AS n FROM documents", "--format", "csv")
    assert r.exit_code == 0 and r.output.splitlines() == ["n", "4"]
    r = run("sql", "--db", db, "DELETE FROM documents")
    assert r.exit_code == 2 and "NF303" in r.output and "Traceback" not in r.output
    r = run("sql", "--db", db, "SELEC oops")
    assert r.exit_code == 2 and "NF304" in r.output
    with FactStore.open(db, read_only=True) as store:
        assert store.count("documents") == 4


def test_queries_missing_store_is_a_clear_error(tmp_path):
    r = run("actors", "--db", str(tmp_path / "none.duckdb"))
    assert r.exit_code == 2 and "NF305" in r.output and "Traceback" not in r.output


def test_exports_every_format(db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    assert run("export", "--db", db, "--format", "parquet", str(out)).exit_code == 0
    for table, cols in TABLES.items():
        t = pq.read_table(out / f"{table}.parquet")
        assert t.column_names == [c for c, _ in cols]
    assert pq.read_table(out / "events.parquet").num_rows == 4 and pq.read_table(out / "event_clusters.parquet").num_rows == 3
    outc = tmp_path / "csv"
    assert run("export", "--db", db, "--format", "csv", str(outc)).exit_code == 0
    with open(outc / "documents.csv", newline="", encoding="utf-8") as fh:
        docs = list(csv.DictReader(fh))
    assert len(docs) == 4 and docs[0]["text"]
    jl = tmp_path / "records.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", str(jl)).exit_code == 0
    recs = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 4 and all(r["document"]["id"] == document_id(r["text"]) for r in recs)
    assert all(set(r["event_clusters"]) == {"v1"} for r in recs)
    pl = tmp_path / "plover.jsonl"
    assert run("export", "--db", db, "--format", "plover", str(pl)).exit_code == 0
    evs = [json.loads(x) for x in pl.read_text(encoding="utf-8").splitlines()]
    assert len(evs) == 4
    e = evs[0]
    assert {"id", "date", "source", "recipient", "event", "quad_code", "event_text", "link", "text_info", "cite_info"} <= set(e)
    assert e["source"][0]["code"] == "ISR" and e["source"][0]["actor_text"] == "Benny Gantz" and e["recipient"][0]["code"] == "USA"
    assert e["event"] == ["CONSULT"] and e["quad_code"] == 1 and e["event_text"][0].startswith("Benny Gantz met")
    assert len({x["link"] for x in evs if x["date"] == "2021-06-03"}) == 1  # PLOVER's `link` carries the cluster


def test_queries_actors_matches_an_exact_count(tmp_path):
    import random

    from newsfacts.store import queries

    rng = random.Random(3)
    rows = {t: [] for t in TABLES}
    for i in range(4000):
        k = int(rng.paretovariate(1.2)) % 300
        rows["entities"].append({"doc_id": f"d{i % 900}", "entity_id": f"e{i}", "name": f"Person {k}", "type": "PERSON",
                                 "actor_code": None if k % 7 == 0 else f"C{k % 5} GOV", "n_mentions": 1 + i % 3})
    with FactStore.open(str(tmp_path / "a.duckdb")) as store:
        store._insert("entities", rows["entities"])
        # rows without an actor_id key on name and country; each name here has one type and code
        exact = store.query("SELECT name, type, actor_code, count(DISTINCT doc_id) AS documents, sum(n_mentions) AS mentions, "
                            "'name:' || lower(name) || '|-' AS actor_id, name AS names "
                            "FROM entities GROUP BY name, type, actor_code ORDER BY documents DESC, mentions DESC, name LIMIT 15")[1]
        assert queries.actors(store, top=15)[1] == exact


def test_queries_dyads_columnar_output_matches_the_row_by_row_format(db, capsys):
    from newsfacts.cli import output as cli_corpus
    from newsfacts.store import queries

    with FactStore.open(db, read_only=True) as store:
        cols, rows = queries.dyads(store, by="week", count="reports")
    assert hasattr(rows, "to_arrow") and len(rows) == 3
    for fmt in ("csv", "json"):
        fast = run("dyads", "--db", db, "--by", "week", "--count", "reports", "--format", fmt).output
        capsys.readouterr()
        cli_corpus.emit(cols, list(rows), fmt)  # a plain list: the row-by-row path
        slow = capsys.readouterr().out
        assert slow.count("\n") == 3 + (fmt == "csv")
        if fmt == "csv":
            assert fast == slow
        else:
            assert [json.loads(x) for x in fast.splitlines()] == [json.loads(x) for x in slow.splitlines()]
