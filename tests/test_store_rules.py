"""Rules of the store, corpus and web layers that need no model: the one dyads
implementation (what a cluster counts as), the web's parameter checks, the rows of a
hand-built record, and the lazy package faces."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.corpus.readers import Reject
from newsfacts.errors import NewsfactsError, WebError
from newsfacts.store import dyads as D
from newsfacts.store.duckdb import FactStore
from newsfacts.store.tables import TABLES
from newsfacts.store.rows import reject_row, rows_from_record

ROOT = Path(__file__).resolve().parents[1]


def _event(doc, eid, typ, quad, src, tgt, date, cluster=None, names=("A", "B")):
    row = {c: None for c, _ in TABLES["events"]}
    row.update(doc_id=doc, event_id=eid, type=typ, quad_class=quad, source_country=src, target_country=tgt,
               source_name=names[0], target_name=names[1], date=date, cluster_id=cluster, evidence="[]")
    return row


def _cluster(cid, typ, quad, src, tgt, first, names=("A", "B")):
    row = {c: None for c, _ in TABLES["event_clusters"]}
    row.update(cluster_id=cid, type=typ, quad_class=quad, source_country=src, target_country=tgt, source_name=names[0],
               target_name=names[1], date_first=first, date_last=first, n_events=2, n_articles=2, n_sources=2)
    return row


def _columns(names) -> str:
    return ", ".join('"' + n + '"' for n in names)


@pytest.fixture
def store(tmp_path):
    """Three reports of one CONSULT between ISR and USA (one report says USA -> ISR, one
    calls it AGREE), clustered as one event; and one unclustered ACCUSE ISR -> IRN."""
    path = str(tmp_path / "d.duckdb")
    with FactStore.open(path) as s:
        s.con.executemany(f"INSERT INTO events ({_columns(c for c, _ in TABLES['events'])}) VALUES "
                          f"({', '.join('?' for _ in TABLES['events'])})",
                          [list(r.values()) for r in (
                              _event("d1", "v1", "CONSULT", "verbal cooperation", "ISR", "USA", "2021-06-03", "k1"),
                              _event("d2", "v1", "CONSULT", "verbal cooperation", "USA", "ISR", "2021-06-04", "k1", ("B", "A")),
                              _event("d3", "v1", "AGREE", "verbal cooperation", "ISR", "USA", "2021-06-04", "k1"),
                              _event("d4", "v1", "ACCUSE", "verbal conflict", "ISR", "IRN", "2021-07-20", None, ("A", "C")))])
        c = _cluster("k1", "CONSULT", "verbal cooperation", "ISR", "USA", "2021-06-03")
        s.con.execute(f"INSERT INTO event_clusters ({_columns(c)}) VALUES ({', '.join('?' for _ in c)})", list(c.values()))
    with FactStore.open(path, read_only=True) as s:
        yield s


@pytest.mark.parametrize("by", D.PERIODS)
def test_dyads_check_period_accepts_every_period(by):
    assert D.check_period(by) == by


@pytest.mark.parametrize("by", ["decade", "", "Month"])
def test_dyads_check_period_refuses_others(by):
    with pytest.raises(NewsfactsError, match="NF304"):
        D.check_period(by)


def test_dyads_counted_sql_refuses_an_unknown_count():
    with pytest.raises(NewsfactsError, match="--count must be 'clusters' or 'reports'"):
        D.counted_sql("all")


def test_dyads_quarter_is_a_period():
    assert "quarter" in D.PERIODS


def test_dyads_clusters_count_each_cluster_once_with_its_own_attributes(store):
    cols, rows = D.dyads(store, by="month")
    got = {(str(r[0]), r[1], r[2], r[3]): r[4] for r in rows}
    # the cluster counts once, as ISR -> USA (its attributes), not also as USA -> ISR (one member's)
    assert got == {("2021-06-01", "ISR", "USA", "verbal cooperation"): 1, ("2021-07-01", "ISR", "IRN", "verbal conflict"): 1}
    assert cols == ["period", "source_country", "target_country", "quad_class", "clusters"]


def test_dyads_reports_count_every_record(store):
    _, rows = D.dyads(store, by="year", count="reports")
    assert sum(r[4] for r in rows) == 4


@pytest.mark.parametrize("by, want", [("quarter", ["2021-04-01", "2021-07-01"]), ("year", ["2021-01-01"]), ("week", ["2021-05-31", "2021-07-19"])])
def test_dyads_periods_start_where_date_trunc_says(store, by, want):
    _, rows = D.dyads(store, by=by)
    assert sorted({str(r[0]) for r in rows}) == want


@pytest.mark.parametrize("types, clusters, reports", [(["CONSULT"], 1, 2), (["AGREE"], 0, 1), (["ACCUSE"], 1, 1)])
def test_dyads_type_filter_applies_to_what_is_counted(store, types, clusters, reports):
    assert sum(r[4] for r in D.dyads(store, by="year", types=types)[1]) == clusters
    assert sum(r[4] for r in D.dyads(store, by="year", count="reports", types=types)[1]) == reports


def test_dyads_web_counts_agree_with_the_cli_counts(store):
    for count in D.COUNTS:
        cli = {(str(r[0]), r[1], r[2], r[3]): r[4] for r in D.dyads(store, by="month", count=count)[1]}
        web = D.dyad_counts(store.con, "ISR", "USA", by="month", count=count)
        web_ab = sum(n for _, _, d, n in web if d == "ab")
        web_ba = sum(n for _, _, d, n in web if d == "ba")
        assert web_ab == sum(n for k, n in cli.items() if k[1:3] == ("ISR", "USA"))
        assert web_ba == sum(n for k, n in cli.items() if k[1:3] == ("USA", "ISR"))


def test_dyads_web_matches_names_and_anyone(store):
    assert D.dyad_counts(store.con, "A", None, by="year") == [("2021-01-01", "verbal conflict", "ab", 1),
                                                               ("2021-01-01", "verbal cooperation", "ab", 1)]
    assert D.dyad_counts(store.con, "IRN", None, by="year", date_to=dt.date(2021, 6, 30)) == []


@pytest.mark.parametrize("value, want", [("consult", ["CONSULT"]), (" agree , assault ", ["AGREE", "ASSAULT"]), ("", [])])
def test_params_parse_types_upper_cases_plover_types(value, want):
    from newsfacts.web.params import parse_types

    assert parse_types(value) == want


def test_params_plover_types_come_from_the_lexicon():
    from newsfacts.lexicons import rows
    from newsfacts.web.params import parse_types, plover_types

    assert plover_types() == tuple(r[0] for r in rows("plover_types.tsv")) and len(plover_types()) == 16
    with pytest.raises(WebError, match="unknown event type.*HUG"):
        parse_types("hug")


@pytest.mark.parametrize("check, value, needle", [("check_period", "decade", "by='decade'"), ("check_count", "all", "count='all'"),
                                                  ("check_level", "city", "level='city'"), ("actor_code", "Denmark", "alpha-3"),
                                                  ("entity_name", "  ", "give an entity name"), ("search_text", "x" * 201, "over 200")])
def test_params_checks_refuse_with_nf503(check, value, needle):
    from newsfacts.web import params

    with pytest.raises(WebError) as e:
        getattr(params, check)(value)
    assert e.value.code == "NF503" and e.value.status == 400 and needle in str(e.value)


@pytest.mark.parametrize("value, want", [("dnk", "DNK"), (" isr ", "ISR")])
def test_params_actor_code_upper_cases(value, want):
    from newsfacts.web.params import actor_code

    assert actor_code(value) == want


def test_views_dyads_view_fills_every_period_of_every_series():
    from newsfacts.web.views import dyads_view

    rows = [("2021-06-01", "verbal cooperation", "ab", 2), ("2021-07-01", "verbal conflict", "ba", 1)]
    d = dyads_view(rows, a="ISR", b=None, by="month", frm=None, to=dt.date(2021, 7, 31), types=[], count="clusters")
    assert d["periods"] == ["2021-06-01", "2021-07-01"] and d["total"] == 3 and d["to"] == "2021-07-31"
    assert [(s["label"], s["counts"]) for s in d["series"]] == [("ISR \u2192 anyone", [2, 0]), ("anyone \u2192 ISR", [0, 1])]


def test_tables_reject_row_is_keyed_on_the_origin():
    a, b = reject_row(Reject("in.jsonl:3", "bad_json", "invalid JSON")), reject_row(Reject("in.jsonl:3", "empty", "x"))
    assert a["reject_id"] == b["reject_id"] != reject_row(Reject("in.jsonl:4", "bad_json", "invalid JSON"))["reject_id"]
    assert list(a) == [c for c, _ in TABLES["rejects"]]


def _record(events, dates=(), published="2021-06-03"):
    return {"schema_version": "1.0.0", "document": {"id": "d1", "length": 10, "published": published},
            "entities": [{"id": "e1", "name": "Benny Gantz", "type": "PERSON", "actor": {"country": "ISR", "code": "ISR GOV"},
                          "roles": [], "mentions": []}],
            "quotes": [], "events": events, "claims": [], "places": [], "dates": list(dates), "warnings": []}


@pytest.mark.parametrize("date, published, want", [(None, "2021-06-03", ("2021-06-03", "inferred")), (None, None, (None, None)),
                                                   ({"id": "t1", "value": "2021-05", "precision": "month"}, None, ("2021-05-01", "month")),
                                                   ({"id": "t1", "value": "2015", "precision": "year"}, "2021-06-03", ("2015-01-01", "year"))])
def test_tables_event_date_is_its_own_else_the_publication_date(date, published, want):
    ev = {"id": "v1", "type": "CONSULT", "evidence": [[0, 4], [6, 9]], "source": ["e1"], "target": ["e9"], "date": date and date["id"]}
    rows = rows_from_record(_record([ev], [{**date, "text": "x", "evidence": []}] if date else [], published), "0123456789")
    row = rows["events"][0]
    assert (row["date"], row["date_precision"]) == want
    assert (row["start"], row["end"], row["source_name"], row["source_country"], row["target_name"]) == (0, 9, "Benny Gantz", "ISR", None)


def test_corpus_package_loads_its_names_lazily():
    code = ("import sys, newsfacts.corpus as c; assert 'newsfacts.corpus.ingest' not in sys.modules; "
            "assert c.MAX_CHARS == 1_000_000; assert 'newsfacts.corpus.workers' not in sys.modules; "
            "from newsfacts.corpus import ingest; assert ingest.__name__ == 'newsfacts.corpus.ingest'")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                       env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr


def test_spark_package_imports_without_pyspark():
    code = ("import sys; sys.modules['pyspark'] = None; import newsfacts.spark as s; assert s.INSTALL_HINT.startswith('newsfacts: [NF801]')\n"
            "try:\n    s.run\nexcept ImportError as e:\n    assert str(e) == s.INSTALL_HINT\nelse:\n    raise SystemExit('no ImportError')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                       env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
