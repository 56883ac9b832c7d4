"""The seed article (../shared/examples/seed-article.txt) must come out right."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence

pytestmark = pytest.mark.model

EXPECTED_PEOPLE = {
    "Gantz": "ISR",
    "Sullivan": "USA",
    "Blinken": "USA",
    "Austin": "USA",
    "Biden": "USA",
    "Price": "USA",
    "Netanyahu": "ISR",
}


def test_seed_each_person_once_with_country(seed_record):
    persons = [e for e in seed_record["entities"] if e["type"] == "PERSON"]
    for surname, country in EXPECTED_PEOPLE.items():
        found = [e for e in persons if e["name"].split()[-1] == surname]
        assert len(found) == 1, f"{surname}: {[e['name'] for e in found]}"
        assert found[0]["actor"]["country"] == country, (surname, found[0]["actor"])
    assert not [e for e in persons if e["name"] == "Lloyd"]


def test_seed_lloyd_slip_and_descriptions_join_the_right_people(seed_record):
    persons = {e["name"]: e for e in seed_record["entities"] if e["type"] == "PERSON"}
    austin = {m["text"] for m in persons["Lloyd Austin"]["mentions"]}
    assert "Secretary Lloyd" in austin
    assert "The top US defense leader" in austin
    gantz = {m["text"] for m in persons["Benny Gantz"]["mentions"]}
    assert "The Israeli Defense Minister" in gantz


@pytest.mark.parametrize(
    "needle,code",
    [("AIPAC", "USA NGO"), ("Hamas", "PSE REB"), ("State Department", "USA GOV"), ("Pentagon", "USA MIL")],
)
def test_seed_organisations_coded(seed_record, needle, code):
    found = [e for e in seed_record["entities"] if any(m["text"] == needle for m in e["mentions"])]
    assert len(found) == 1
    assert found[0]["type"] == "ORG"
    assert found[0]["actor"]["code"] == code


def test_seed_evidence_invariant(seed_record, seed_text):
    assert check_evidence(seed_record, seed_text) > 100
