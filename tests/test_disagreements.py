"""Across articles: one measured thing of one event given different numbers by different
reports (store/disagreements.py, ``newsfacts claims --disagreements``, the web page), on a
DuckDB store filled with rows we write by hand."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.schema import document_id
from newsfacts.store.disagreements import disagreements, measured_thing
from newsfacts.store.duckdb import FactStore
from newsfacts.store.tables import TABLES

#: outlet, published, text, figure (as written), value, counts, unit, event cluster, claimant
FLOOD = [
    ("Valley Courier", "2026-03-02", "Floods in Arden killed at least 12 people on Sunday.", "at least 12", 12, "people", None, "k1", None),
    ("Coast Times", "2026-03-03", "The death toll from the Arden floods rose to 31, officials said.", "31", 31, None, None, "k1", "officials"),
    ("Valley Courier", "2026-03-04", "Rescuers said 45 people were dead after the Arden floods.", "45", 45, "people", None, "k1", "rescuers"),
]
PLEDGE = [
    ("Valley Courier", "2026-03-05", "Norland pledged $20 million in flood aid to Arden.", "$20 million", 2e7, "flood aid", "USD", "k2", None),
    ("Coast Times", "2026-03-05", "Norland pledged $50 million to Arden for flood relief.", "$50 million", 5e7, None, "USD", "k2", None),
]
FALLING = [
    ("Valley Courier", "2026-04-01", "The quake in Brenn killed 90 people, officials said.", "90", 90, "people", None, "k3", None),
    ("Coast Times", "2026-04-02", "The quake in Brenn killed 60 people, the army said.", "60", 60, "people", None, "k3", None),
]
AGREE = [
    ("Valley Courier", "2026-05-01", "About 1,000 protesters marched in Cale.", "About 1,000", 1000, "protesters", None, "k4", None),
    ("Coast Times", "2026-05-01", "Some 1,050 protesters marched through Cale.", "1,050", 1050, "protesters", None, "k4", None),
]
ONE_PAPER = [
    ("Valley Courier", "2026-06-01", "Storms killed 5 people in Dorn. Later, storms killed 9 people.", "5", 5, "people", None, "k5", None),
]


def _rows(k, outlet, published, text, figure, value, counts, unit, cluster, claimant):
    doc = document_id(text + str(k))
    rows = {t: [] for t in TABLES}
    rows["documents"].append({"doc_id": doc, "published": published, "source": outlet, "title": f"Report {k}", "text": text,
                              "length": len(text), "record": "{}"})
    rows["events"].append({"doc_id": doc, "event_id": "v1", "type": "ASSAULT", "cluster_id": cluster, "start": 0, "end": len(text),
                           "sentence_start": 0, "sentence_end": len(text), "evidence": json.dumps([[0, len(text)]])})
    start = text.index(figure)
    qualifier = {"at least": "at least", "About": "about"}.get(figure.rsplit(" ", 1)[0]) if " " in figure and not figure.startswith("$") else None
    rows["claims"].append({"doc_id": doc, "claim_id": "c1", "text": figure, "value": value, "unit": unit, "qualifier": qualifier,
                           "counts": counts, "claimant_name": claimant, "start": start, "end": start + len(figure),
                           "evidence": json.dumps([[start, start + len(figure)]]), "checks": "[]"})
    return rows


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("dis") / "d.duckdb")
    reports = FLOOD + PLEDGE + FALLING + AGREE + ONE_PAPER
    with FactStore.open(path) as store:
        store.write_batch([_rows(k, *r) for k, r in enumerate(reports)])
    return path


@pytest.fixture(scope="module")
def groups(db):
    with FactStore.open(db, read_only=True) as store:
        return {g["cluster_id"]: g for g in disagreements(store.con)}


def test_disagreements_rising_toll_is_an_update(groups):
    g = groups["k1"]
    assert g["verdict"] == "updated" and g["what"] == "killed: people" and g["unit"] is None
    assert [r["value"] for r in g["reports"]] == [12, 31, 45]  # in publication order
    assert [r["outlet"] for r in g["reports"]] == ["Valley Courier", "Coast Times", "Valley Courier"]
    assert "never goes down" in g["why"]


def test_disagreements_falling_toll_disagrees(groups):
    g = groups["k3"]
    assert g["verdict"] == "disagree" and "goes down" in g["why"] and [r["value"] for r in g["reports"]] == [90, 60]


def test_disagreements_sum_pledged_is_no_toll(groups):
    g = groups["k2"]
    assert g["verdict"] == "disagree" and g["unit"] == "USD" and g["what"].startswith("pledged")
    assert {r["value"] for r in g["reports"]} == {2e7, 5e7}


def test_disagreements_agreeing_and_single_document_groups_not_listed(groups):
    assert "k4" not in groups  # about 1,000 and 1,050: one value both allow
    assert "k5" not in groups  # two figures of one document: a within-article check, not across articles


@pytest.mark.parametrize(
    "sentence,figure,counts,want",
    [
        ("Floods killed 12 people.", "12", "people", ("killed: people", True)),
        ("12 people were injured and 3 were killed.", "12", "people", ("injured: people", True)),
        ("12 people were injured and 3 were killed.", "3", None, ("killed: people", True)),
        ("The toll rose to 31.", "31", None, ("killed: people", True)),
        ("Norland sent 40 trucks of food aid.", "40", "trucks of food aid", ("trucks food aid", False)),
        ("Norland sent 40 trucks.", "40", "trucks", None),  # one word, no aspect: too little to compare
        ("They counted 40 people.", "40", "people", None),
    ],
)
def test_disagreements_measured_thing(sentence, figure, counts, want):
    s = sentence.index(figure)
    assert measured_thing(sentence, s, s + len(figure), counts) == want


@pytest.mark.parametrize(
    "sentence,figure,counts,unit,want",
    [
        ("The officer shot and killed a 40-year-old man.", "40-year", None, "year", None),  # an age, no toll
        ("He vowed to ban all members of the club, 1.6 billion members, and pledged to act.", "1.6 billion", "members", None, None),
        ("Norland pledged $20 million to the fund.", "$20 million", None, "USD", ("pledged", False)),
        ("Floods killed people worth $20 million in damage.", "$20 million", None, "USD", None),  # a toll word, but a sum
    ],
)
def test_disagreements_measured_thing_word_fits_the_unit(sentence, figure, counts, unit, want):
    s = sentence.index(figure)
    assert measured_thing(sentence, s, s + len(figure), counts, unit) == want


def test_disagreements_cli_table_and_json(db):
    r = CliRunner().invoke(cli, ["claims", "--db", db, "--disagreements", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert {(x["cluster_id"], x["verdict"]) for x in rows} == {("k1", "updated"), ("k2", "disagree"), ("k3", "disagree")}
    assert [x["value"] for x in rows if x["cluster_id"] == "k1"] == [12, 31, 45]
    assert rows[0]["group"] == 1 and {"published", "outlet", "claimant", "text", "doc_id", "claim_id"} <= set(rows[0])
    table = CliRunner().invoke(cli, ["claims", "--db", db, "--disagreements"])
    assert table.exit_code == 0 and "updated" in table.output and "Coast Times" in table.output


def test_disagreements_cli_lists_claims(db):
    r = CliRunner().invoke(cli, ["claims", "--db", db, "--format", "json", "--limit", "3"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert len(rows) == 3 and rows[0]["published"] == "2026-06-01"


def test_disagreements_web_page_and_twin(db):
    from newsfacts.web import create_app

    from .webclient import TestClient

    client = TestClient(create_app(db))
    d = client.get("/api/disagreements").json()
    assert d["counts"] == {"disagree": 2, "updated": 1}
    page = client.get("/disagreements")
    assert page.status_code == 200
    body = page.text
    k1 = body[body.index("<code>k1</code>"):]
    k1 = k1[: k1.index("</section>")]
    # side by side, in time order: the three dates, then the three figures
    assert k1.index("2026-03-02") < k1.index("2026-03-03") < k1.index("2026-03-04")
    assert k1.index("at least 12") < k1.index(">31<") < k1.index(">45<")
    assert client.get("/api/disagreements", params={"top": "0"}).status_code == 400


def test_disagreements_empty_store(tmp_path):
    path = str(tmp_path / "e.duckdb")
    with FactStore.open(path) as store:
        assert disagreements(store.con) == []
