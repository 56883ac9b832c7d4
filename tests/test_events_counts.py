"""What the event counts count and what the event exports carry: modality and background
filters (CLI, web, store), clusters of events that happened, the Goldstein scale, root events,
dates that keep their precision, and the place and article fields of every event row."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner
from spacy.tokens import Doc

from newsfacts.cli import cli
from newsfacts.errors import NewsfactsError
from newsfacts.nlp.events.enrich import BACKGROUND_DAYS, enrich_events, goldstein, is_background, period_end
from newsfacts.schema import DateRecord, DocumentInfo, Event, Report
from newsfacts.store import dyads as D
from newsfacts.store.browse import network
from newsfacts.store.clusters import clusterable, recluster
from newsfacts.store.duckdb import FactStore
from newsfacts.store.exports import event_date, export
from newsfacts.store.tables import TABLES
from newsfacts.store.rows import rows_from_record

# -- enrichment: Goldstein, background, root event ------------------------------------


@pytest.mark.parametrize("code, want", [("190", -10.0), ("0431", 2.8), ("043", 2.8), ("036", 4.0), ("1724", -5.0),
                                        ("057", 8.0), ("02", 3.0), (None, None), ("", None), ("99", None)])
def test_goldstein_of_a_cameo_code_or_its_prefix(code, want):
    assert goldstein(code) == want


@pytest.mark.parametrize("value, precision, published, want", [
    ("2016", "year", "2024-03-01", True),  # the whole year is years before
    ("2023", "year", "2024-03-01", False),  # ends 61 days before
    ("2023-01", "month", "2024-03-01", True),  # ends 395 days before
    ("2023-03", "month", "2024-03-01", False),
    ("2024-02-28", "day", "2024-03-01", False),
    ("1990", "approximate", "2024-03-01", True),  # "the 1990s"
    ("P2Y", "duration", "2024-03-01", False),
    (None, "unresolved", "2024-03-01", False),
    ("2016", "year", None, False),  # no publication date: nothing to compare
    ("2050", "year", "2024-03-01", True),  # "pledged to cut emissions by 2050": not the pledge's date
    ("2024-03-02", "day", "2024-03-01", True),
    ("2024", "year", "2024-03-01", False),  # the year of publication
])
def test_background_is_a_date_ending_over_a_year_before_publication(value, precision, published, want):
    assert BACKGROUND_DAYS == 365
    assert is_background(DateRecord("t1", "x", value, precision, []), published) is want


@pytest.mark.parametrize("modality, want", [("asserted", True), ("reported", True), ("future", False), ("hypothetical", False)])
def test_a_date_after_publication_is_background_only_for_what_happened(modality, want):
    assert is_background(DateRecord("t1", "next March", "2025-03", "month", []), "2024-03-01", modality) is want


def test_period_end_of_a_year_a_month_and_a_day():
    assert [str(period_end(v)) for v in ("2016", "2024-02", "2021-05-03T10:00")] == ["2016-12-31", "2024-02-29", "2021-05-03"]
    assert period_end("spring") is None


# "After Israel attacked a ship, Iran accused Israel." with its dependency tree
_WORDS = ["After", "Israel", "attacked", "a", "ship", ",", "Iran", "accused", "Israel", "."]
_HEADS = [2, 2, 7, 4, 2, 7, 7, 7, 7, 7]
_DEPS = ["mark", "nsubj", "advcl", "det", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"]


@pytest.fixture(scope="module")
def tree_doc():
    import spacy

    return Doc(spacy.blank("en").vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, sent_starts=[True] + [False] * 9)


def _ev(doc, eid: str, word: int, typ: str, cameo: str, **kw) -> Event:
    t = doc[word]
    span = [t.idx, t.idx + len(t)]
    return Event(eid, typ, [span], trigger=span, sentence=[0, len(doc.text)], cameo=cameo, **kw)


@pytest.mark.parametrize("uncoded, roots", [(None, {"ev2"}), ("no actor", {"ev1"})])
def test_root_event_is_the_one_nearest_the_sentence_root(tree_doc, uncoded, roots):
    """ev1 ("attacked") comes first but hangs under ev2 ("accused"): ev2 is the root event,
    unless ev2 is an uncoded mention (never a root)."""
    events = [_ev(tree_doc, "ev1", 2, "ASSAULT", "190"), _ev(tree_doc, "ev2", 7, "ACCUSE", "112", uncoded=uncoded)]
    report = Report(DocumentInfo("d1", len(tree_doc.text), published="2024-03-01"))
    out = enrich_events(events, tree_doc, report)
    assert {e.id for e in out if e.is_root} == roots
    assert [e.goldstein for e in out] == [-10.0, -2.0]
    assert not any(e.is_root for e in events)  # a pure function: the inputs are untouched


def test_enrich_marks_background_from_the_events_own_date(tree_doc):
    events = [_ev(tree_doc, "ev1", 2, "ASSAULT", "190", date="t1"), _ev(tree_doc, "ev2", 7, "ACCUSE", "112", date="t2")]
    report = Report(DocumentInfo("d1", 50, published="2024-03-01"),
                    dates=[DateRecord("t1", "in 2016", "2016", "year", []), DateRecord("t2", "on Monday", "2024-02-26", "day", [])])
    assert [e.background for e in enrich_events(events, tree_doc, report)] == [True, False]


def test_pipeline_events_carry_goldstein_and_background(extract_text):
    rec = extract_text("In 2016, the United States imposed sanctions on Russia over the annexation of Crimea.", published="2024-05-01")
    coded = [e for e in rec["events"] if e.get("uncoded") is None]
    assert coded, rec["events"]
    assert all(e["goldstein"] == goldstein(e["cameo"]) for e in coded)
    assert any(e["background"] for e in coded) and any(e["is_root"] for e in coded)


# -- a store with one dyad, in every modality -------------------------------------------

TEXT = "Benny Gantz met Lloyd Austin in Washington to discuss Iran."
#: doc -> (modality, background, uncoded)
KINDS = {"d1": ("asserted", False, None), "d2": ("reported", False, None), "d3": ("negated", False, None),
         "d4": ("hypothetical", False, None), "d5": ("future", False, None), "d6": ("asserted", True, None),
         "d7": ("asserted", False, "no actor"), "d8": (None, None, None)}  # d8: a row of an older store


def _row(table: str, **kw) -> dict:
    row = {c: None for c, _ in TABLES[table]}
    row.update(kw)
    return row


def _insert(con, table: str, rows: list[dict]) -> None:
    cols = ", ".join(f'"{c}"' for c, _ in TABLES[table])
    con.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" for _ in TABLES[table])})', [list(r.values()) for r in rows])


def _event_row(doc: str, modality, background, uncoded) -> dict:
    old = doc == "d6"
    return _row("events", doc_id=doc, event_id="ev1", type="CONSULT", quad_class="verbal cooperation", cameo="040",
                modality=modality, background=background, uncoded=uncoded, source_country="ISR", target_country="USA",
                source_name="Benny Gantz", target_name="Lloyd Austin", source_ids='["e1"]', target_ids='["e2"]',
                date="2016-01-01" if old else "2021-06-03", date_precision="year" if old else "day",
                date_value="2016" if old else "2021-06-03", start=0, end=len(TEXT), evidence=json.dumps([[0, len(TEXT)]]),
                sentence_start=0, sentence_end=len(TEXT), goldstein=1.0, is_root=True, url=f"https://news.example/{doc}",
                outlet="Example News", place_name="Washington", place_kind="city", place_country="USA",
                place_latitude=38.895, place_longitude=-77.036, place_admin1="US-DC")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("counts") / "s.duckdb")
    with FactStore.open(path) as s:
        _insert(s.con, "documents", [_row("documents", doc_id=d, published="2021-06-03", source=f"Outlet {d}", url=f"https://news.example/{d}",
                                          length=len(TEXT), text=TEXT, record="{}") for d in KINDS])
        _insert(s.con, "events", [_event_row(d, *k) for d, k in KINDS.items()])
        _insert(s.con, "entities", [_row("entities", doc_id=d, entity_id=e, name=n, type="PERSON", country=c)
                                    for d in KINDS for e, n, c in (("e1", "Benny Gantz", "ISR"), ("e2", "Lloyd Austin", "USA"))])
        recluster(s)
    return path


def run(*args):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("row, want", [({"modality": "asserted"}, True), ({"modality": "reported"}, True), ({}, True),
                                       ({"modality": "negated"}, False), ({"modality": "future"}, False),
                                       ({"modality": "asserted", "background": True}, False),
                                       ({"modality": "asserted", "uncoded": "no actor"}, False)])
def test_only_events_that_happened_are_clustered(row, want):
    assert clusterable(row) is want


def test_clusters_hold_only_events_that_happened(db):
    with FactStore.open(db, read_only=True) as s:
        got = dict(s.con.execute("SELECT doc_id, cluster_id FROM events ORDER BY doc_id").fetchall())
        n = s.count("event_clusters")
    assert {d for d, c in got.items() if c is not None} == {"d1", "d2", "d8"}
    assert n == 1 and len({got["d1"], got["d2"], got["d8"]}) == 1


@pytest.mark.parametrize("modality, background, reports, clusters", [
    (None, False, 3, 1),  # asserted, reported and the older row (no modality: asserted)
    ("happened", False, 3, 1),
    ("all", False, 6, 4),  # the negated, hypothetical and future ones count as their own clusters
    ("negated", False, 1, 1),
    ("asserted,future", False, 3, 2),
    ("happened", True, 4, 2),  # the background one is unclustered: its own
    ("all", True, 7, 5),  # the uncoded mention never counts
])
def test_dyads_count_what_the_options_say(db, modality, background, reports, clusters):
    with FactStore.open(db, read_only=True) as s:
        for count, want in (("reports", reports), ("clusters", clusters)):
            cols, rows = D.dyads(s, by="year", count=count, modality=modality, background=background)
            assert sum(r[-1] for r in rows) == want, (count, list(rows))
            assert sum(n for *_, n in D.dyad_counts(s.con, "ISR", "USA", by="year", count=count, modality=modality,
                                                    background=background)) == want


@pytest.mark.parametrize("value, want", [("happened", ("asserted", "reported")), ("", ("asserted", "reported")),
                                         ("ALL", D.MODALITIES), ("future, negated", ("future", "negated")),
                                         ("happened,future", ("asserted", "reported", "future"))])
def test_parse_modality(value, want):
    assert D.parse_modality(value) == want


@pytest.mark.parametrize("value", ["real", "asserted,maybe", "happend"])
def test_parse_modality_refuses_other_words(value):
    with pytest.raises(NewsfactsError, match="NF310"):
        D.parse_modality(value)


def test_a_cluster_made_before_the_rule_counts_only_with_a_member_that_happened(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with FactStore.open(path) as s:
        _insert(s.con, "events", [{**_event_row("d3", "negated", None, None), "cluster_id": "k9"}])
        _insert(s.con, "event_clusters", [_row("event_clusters", cluster_id="k9", type="CONSULT", quad_class="verbal cooperation",
                                               source_country="ISR", target_country="USA", date_first="2021-06-03", n_events=1)])
    with FactStore.open(path, read_only=True) as s:
        assert list(D.dyads(s, by="year")[1]) == []
        assert sum(r[-1] for r in D.dyads(s, by="year", modality="all")[1]) == 1


def test_cli_dyads_and_events_default_to_events_that_happened(db):
    r = run("dyads", "--db", db, "--by", "year", "--count", "reports", "--format", "json")
    assert r.exit_code == 0, r.output
    assert sum(json.loads(x)["reports"] for x in r.output.splitlines()) == 3
    r = run("dyads", "--db", db, "--by", "year", "--count", "reports", "--modality", "all", "--background", "--format", "json")
    assert sum(json.loads(x)["reports"] for x in r.output.splitlines()) == 7
    rows = list(csv.DictReader(run("events", "--db", db, "--format", "csv").output.splitlines()))
    assert sorted(r["doc_id"] for r in rows) == ["d1", "d2", "d8"]
    assert {"date_precision", "date_value", "goldstein", "is_root", "background", "place_admin1"} <= set(rows[0])
    rows = list(csv.DictReader(run("events", "--db", db, "--modality", "negated,future", "--format", "csv").output.splitlines()))
    assert sorted(r["modality"] for r in rows) == ["future", "negated"]
    r = run("events", "--db", db, "--modality", "maybe")
    assert r.exit_code == 2 and "NF310" in r.output and "Traceback" not in r.output
    assert "happened" in run("dyads", "--help").output and "background" in run("dyads", "--help").output
    said = run("dyads", "--db", db, "--by", "year").output  # a table says (on stderr) what it counts
    assert "counted: clusters (real-world events) with modality asserted, reported;" in said and "not background" in said
    assert "modality asserted, reported, future, hypothetical, negated" in run("events", "--db", db, "--modality", "all").output


def test_network_counts_events_that_happened_by_default(db):
    with FactStore.open(db, read_only=True) as s:
        edges = network(s.con)["edges"]
        edges_all = network(s.con, modalities=D.MODALITIES, background=True)["edges"]
    assert [e["n"] for e in edges] == [3] and [e["n"] for e in edges_all] == [7]


def test_web_dyads_and_network_take_the_same_options(db):
    from newsfacts.web import create_app

    from .webclient import TestClient

    client = TestClient(create_app(db))
    base = {"a": "ISR", "b": "USA", "by": "year", "count": "reports"}
    assert client.get("/api/dyads", params=base).json()["total"] == 3
    got = client.get("/api/dyads", params={**base, "modality": "all", "background": "1"}).json()
    assert got["total"] == 7 and got["modality"] == ",".join(D.MODALITIES) and got["background"] is True
    bad = client.get("/api/dyads", params={**base, "modality": "maybe"})
    assert bad.status_code == 400 and "modality" in bad.text
    net = client.get("/api/network", params={"modality": "negated"}).json()
    assert [e["n"] for e in net["edges"]] == [1]
    assert "that happened" in client.get("/dyads", params=base).text


# -- exports -------------------------------------------------------------------------------


def test_plover_export_carries_modality_precision_place_and_article(db, tmp_path):
    out = tmp_path / "ev.jsonl"
    with FactStore.open(db, read_only=True) as s:
        export(s, "plover", str(out))
        default = [json.loads(x) for x in out.read_text().splitlines()]
        export(s, "plover", str(out), force=True, modality="all", background=True)
        every = [json.loads(x) for x in out.read_text().splitlines()]
    assert sorted(e["modality"] for e in default) == ["asserted", "asserted", "reported"]
    assert len(every) == 7 and "no actor" not in json.dumps(every)  # uncoded: never exported as an event
    old = next(e for e in every if e["id"] == "d6:ev1")
    assert (old["date"], old["date_precision"], old["background"]) == ("2016", "year", True)
    e = next(e for e in default if e["id"] == "d1:ev1")
    assert (e["date"], e["goldstein"], e["is_root"], e["url"], e["context"]) == ("2021-06-03", 1.0, True, "https://news.example/d1", [])
    assert e["event_loc"] == {"name": "Washington", "kind": "city", "cc3": "USA", "admin1": "US-DC", "latitude": 38.895,
                              "longitude": -77.036, "geonameid": None}


def test_csv_export_keeps_every_event_with_modality_and_precision(db, tmp_path):
    with FactStore.open(db, read_only=True) as s:
        export(s, "csv", str(tmp_path / "out"))
    rows = list(csv.DictReader((tmp_path / "out" / "events.csv").read_text().splitlines()))
    assert len(rows) == 8
    old = next(r for r in rows if r["doc_id"] == "d6")
    assert (old["date_value"], old["date_precision"], old["modality"], old["background"]) == ("2016", "year", "asserted", "true")


@pytest.mark.parametrize("row, want", [({"date_value": "2016", "date_precision": "year", "date": "2016-01-01"}, "2016"),
                                       ({"date_value": "2016-05", "date_precision": "month"}, "2016-05"),
                                       ({"date_value": "1990", "date_precision": "approximate", "date": "1990-01-01"}, "1990"),
                                       ({"date_value": None, "date_precision": "inferred", "date": "2021-06-03"}, "2021-06-03"),
                                       ({}, None)])
def test_event_date_keeps_the_precision(row, want):
    assert event_date(row) == want


def test_event_rows_carry_place_coordinates_admin1_url_and_outlet():
    rec = {"schema_version": "1.2.0", "document": {"id": "d1", "length": 10, "published": "2021-06-03", "source": "Daily Example"},
           "entities": [], "quotes": [], "claims": [], "warnings": [],
           "places": [{"id": "p1", "name": "Austin", "kind": "city", "country": "USA", "latitude": 30.27, "longitude": -97.74,
                       "admin1": "US-TX", "evidence": [[0, 6]]}],
           "dates": [{"id": "t1", "text": "in 2015", "value": "2015", "precision": "year", "evidence": [[0, 2]]}],
           "events": [{"id": "ev1", "type": "CONSULT", "evidence": [[0, 4]], "place": "p1", "date": "t1", "goldstein": 1.0,
                       "is_root": True, "background": True}]}
    row = rows_from_record(rec, "0123456789", url="https://x.example/a")["events"][0]
    assert (row["date"], row["date_precision"], row["date_value"]) == ("2015-01-01", "year", "2015")
    assert (row["place_kind"], row["place_latitude"], row["place_longitude"], row["place_admin1"]) == ("city", 30.27, -97.74, "US-TX")
    assert (row["url"], row["outlet"], row["goldstein"], row["is_root"], row["background"]) == ("https://x.example/a", "Daily Example",
                                                                                                 1.0, True, True)


@pytest.mark.parametrize("place, want", [
    ({"kind": "country", "country": "POL"}, (51.919438, 19.145136)),  # no coordinates of its own: the centroid
    ({"kind": "country", "country": "ISR", "latitude": 31.5, "longitude": 34.75}, (31.5, 34.75)),  # its own win
    ({"kind": "region", "country": "USA"}, (None, None)),  # only countries get a centroid
    ({"kind": "country", "country": None}, (None, None)),
])
def test_a_country_place_is_drawn_at_its_centroid(place, want):
    rec = {"schema_version": "1.2.0", "document": {"id": "d1", "length": 10}, "entities": [], "quotes": [], "claims": [],
           "warnings": [], "dates": [], "places": [{"id": "p1", "name": "X", "evidence": [[0, 1]], **place}],
           "events": [{"id": "ev1", "type": "CONSULT", "evidence": [[0, 4]], "place": "p1"}]}
    row = rows_from_record(rec, "0123456789")["events"][0]
    assert (row["place_latitude"], row["place_longitude"]) == want
