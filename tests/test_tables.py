"""Record -> table rows: every column present, keys unique, values as the record says."""

from __future__ import annotations

import json

import pytest

from newsfacts.store.tables import KEYS, RECORD_TABLES, TABLES
from newsfacts.store.rows import rows_from_record

pytestmark = pytest.mark.model


def test_tables_rows_have_exactly_the_declared_columns(seed_record, seed_text):
    rows = rows_from_record(seed_record, seed_text, url="http://example.org/a", origin="seed.txt")
    assert set(rows) == set(TABLES)
    assert not rows["rejects"] and not rows["event_clusters"]
    for table in RECORD_TABLES:
        cols = TABLES[table]
        names = [c for c, _ in cols]
        for row in rows[table]:
            assert list(row) == names, table
        keys = [tuple(r[k] for k in KEYS[table]) for r in rows[table]]
        assert len(keys) == len(set(keys)), f"duplicate key in {table}"


def test_tables_mentions_cut_the_text(seed_record, seed_text):
    rows = rows_from_record(seed_record, seed_text)
    assert rows["documents"][0]["text"] == seed_text
    assert json.loads(rows["documents"][0]["record"]) == seed_record
    for m in rows["mentions"]:
        assert seed_text[m["start"]:m["end"]] == m["text"]
    gantz = [e for e in rows["entities"] if e["name"] == "Benny Gantz"]
    assert gantz[0]["actor_code"] == "ISR GOV" and gantz[0]["country"] == "ISR"


def test_tables_every_table_has_a_key_made_of_its_columns():
    assert set(KEYS) == set(TABLES)
    for table, key in KEYS.items():
        names = [c for c, _ in TABLES[table]]
        assert list(key) == names[: len(key)], table


@pytest.mark.parametrize(
    "value,expected",
    [("2021-05-20", "2021-05-20"), ("2021-05", "2021-05-01"), ("2015", "2015-01-01"), ("P11D", None), (None, None), ("May", None)],
)
def test_tables_event_dates_keep_month_and_year_precision(value, expected):
    from newsfacts.store.rows import _period_start

    assert _period_start(value) == expected


def test_tables_seed_event_in_may_is_dated_may(seed_record, seed_text):
    rows = rows_from_record(seed_record, seed_text)
    months = [r for r in rows["events"] if r["date_precision"] == "month"]
    assert months and all(r["date"] == "2021-05-01" for r in months)
    inferred = [r for r in rows["events"] if r["date_precision"] == "inferred"]
    assert inferred and all(r["date"] == "2021-06-03" for r in inferred)


#: record field -> the column holding it, where the names differ
_RENAMED = {
    "quotes": {"id": "quote_id", "speaker": "speaker_id", "cue": "cue"},
    "events": {"id": "event_id", "source": "source_ids", "target": "target_ids", "place": "place_id", "quote": "quote_id",
               "trigger": "trigger_start", "sentence": "sentence_start"},
    "claims": {"id": "claim_id", "claimant": "claimant_id", "quote": "quote_id"},
    "places": {"id": "place_id", "entity": "entity_id"},
    "dates": {"id": "date_id"},
    "warnings": {"id": "warning_id"},
}


@pytest.mark.parametrize("table", sorted(_RENAMED))
def test_tables_every_record_field_has_a_column(table):
    """The store keeps every field of the record schema (docs/schema.md), not a subset."""
    from newsfacts.schema import json_schema

    schema = json_schema()
    item = schema["properties"][table]["items"]
    if "$ref" in item:
        item = schema["$defs"][item["$ref"].rsplit("/", 1)[1]]
    columns = {c for c, _ in TABLES[table]}
    missing = [f for f in item["properties"] if _RENAMED[table].get(f, f) not in columns]
    assert not missing, f"{table}: record fields with no column: {missing}"


def test_tables_new_columns_hold_the_record_values(seed_record, seed_text):
    rows = rows_from_record(seed_record, seed_text)
    q = next(q for q in seed_record["quotes"] if q["cue"])
    row = next(r for r in rows["quotes"] if r["quote_id"] == q["id"])
    assert seed_text[row["cue_start"]:row["cue_end"]] == q["cue"]["text"]
    e = next(e for e in seed_record["events"] if e["trigger"])
    row = next(r for r in rows["events"] if r["event_id"] == e["id"])
    assert [row["trigger_start"], row["trigger_end"]] == e["trigger"]
    assert json.loads(row["source_evidence"]) == e["source_evidence"] and json.loads(row["notes"]) == e["notes"]
