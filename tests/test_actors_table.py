"""The Actors issue's bug classes as one table of sentences written for it: each with the code
it must get (two publication dates where the code changes with the date). Through the model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CASES = [
    # organisations with "and" in the name were coded AND (Andorra)
    ("The Securities and Exchange Commission fined the bank on Monday.", "2016-05-03", "Securities and Exchange Commission", None),
    ("The University and College Union called a strike in London.", "2016-05-03", "University and College Union", None),
    # US states were coded as foreign places of the same name
    ("Officials in Colorado and Arizona said the fires were spreading toward Virginia.", "2016-05-03", "Colorado", "USA"),
    ("Officials in Colorado and Arizona said the fires were spreading toward Virginia.", "2016-05-03", "Arizona", "USA"),
    ("The governor signed the budget in Harrisburg, Pa., on Friday.", "2016-05-03", "Harrisburg, Pa", "USA"),
    # roles before names and the party-state tag
    ("Rep. Ann Roe (D-Va.) said Russia had meddled in the vote.", "2016-05-03", "Ann Roe", "USA LEG"),
    ("Texas Rep. Mike McCaul met the Cuban envoy in Havana on Monday.", "2016-05-03", "Mike McCaul", "USA LEG"),
    ("FBI Director James Comey told senators the inquiry was closed.", "2016-05-03", "James Comey", "USA GOV"),
    ("Fox News anchor Megyn Kelly asked the candidates about taxes.", "2016-05-03", "Megyn Kelly", "USA MED"),
    # parties
    ("Republicans in the Senate blocked the bill.", "2016-05-03", "Republicans", "USA PTY"),
    # codes as of the article's date
    ("Donald Trump told supporters in Ohio that he would win.", "2016-05-03", "Donald Trump", "USA"),
    ("Donald Trump told supporters in Ohio that he would win.", "2017-05-03", "Donald Trump", "USA GOV"),
    ("Barack Obama met Angela Merkel in Berlin.", "2016-05-03", "Barack Obama", "USA GOV"),
    ("Barack Obama met Angela Merkel in Berlin.", "2018-05-03", "Barack Obama", "USA"),
    ("Vladimir Putin said Russia would respond. Putin spoke in Moscow.", "2016-05-03", "Vladimir Putin", "RUS GOV"),
]


@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{c[1][:4]}" for c in CASES])
def test_actors_table(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    (entity,) = [e for e in record["entities"] if e["name"] == name]
    assert entity["actor"]["code"] == code, entity["actor"]["basis"]


def test_actors_table_honorific_keeps_surnames_apart(extract_text):
    """"Mrs. Clinton" never joins a man of the same surname."""
    record = extract_text("Bill Clinton spoke first. Then Mrs. Clinton took the stage in Ohio.", published="2016-05-03")
    bill = next(e for e in record["entities"] if e["name"] == "Bill Clinton")
    assert [m["text"] for m in bill["mentions"]] == ["Bill Clinton"]


def test_actors_table_one_identity_for_a_person_named_two_ways(extract_text):
    a = extract_text("President Vladimir Putin spoke in Moscow.", published="2016-05-03")
    b = extract_text("Putin said Russia would respond.", published="2016-05-03")
    ids = {e["actor"]["actor_id"] for r in (a, b) for e in r["entities"] if e["type"] == "PERSON"}
    assert ids == {"people:vladimir putin"}
