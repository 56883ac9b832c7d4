"""Session 13, second round (area N, issue #20): a count's noun as the doer of a passive ("signed by
3,000 teachers"), "where" clauses, a share that is a verb's object with its doer ("won 58 percent of
suburban women"), a clause with a year cut short, "to" predicates, "said that ..." (texts written
for these tests)."""

import pytest

from newsfacts.nlp.claims import agents, groups, specifiers
from newsfacts.pipeline import extract


def _counts(text: str) -> dict:
    return {c["text"]: c["counts"] for c in extract(text)["claims"]}


@pytest.mark.parametrize("text, number, counts", [
    ("The letter, signed by more than 3,000 teachers, asks the board to delay the vote.", "more than 3,000",
     "teachers who signed the letter"),
    ("The mayor is backed by 40 council members.", "40", "council members who back the mayor"),
    ("In the 12 counties where the agency has opened offices, turnout rose.", "12",
     "counties where the agency has opened offices"),
    ("The governor won more than 58 percent of suburban women in the last race.", "more than 58 percent",
     "suburban women the governor won"),
    ("Thirty towns have voted for the same mayor in every election since 1990.", "Thirty",
     "towns that have voted for the same mayor"),
    ("Officials expect to get thousands of residents to return to the town.", "thousands",
     "residents to return to the town"),
    ("Millions of farmers think that they were the victims of the trade war.", "Millions",
     "farmers who think that they were the victims of the trade war"),
])
def test_counts(text, number, counts):
    assert _counts(text)[number] == counts


@pytest.mark.parametrize("text, number, counts", [
    ("The plan was bounded by two core requirements.", "two", "core requirements"),  # no people: no "who"
    ("The mayor carried 70 percent of Hispanic voters and 40 percent of white voters.", "70 percent", "Hispanic voters"),
    ("Nearly two-thirds of the voters said that big banks do more to hurt the economy than to help it, according to the survey.",
     "Nearly two-thirds", "voters"),  # cut inside what they said: the group alone rather than half of it
])
def test_not_read(text, number, counts):
    assert _counts(text)[number] == counts


def test_switches_restore_the_group_alone(monkeypatch):
    monkeypatch.setattr(agents, "NOUN_OFF", True)
    monkeypatch.setattr(groups, "WHERE_OFF", True)
    monkeypatch.setattr(groups, "THAT_OFF", True)
    monkeypatch.setattr(specifiers, "DATES_OFF", True)
    assert _counts("The mayor is backed by 40 council members.")["40"] == "council members"
    assert _counts("In the 12 counties where the agency has opened offices, turnout rose.")["12"] == "counties"
    assert _counts("Thirty towns have voted for the same mayor in every election since 1990.")["Thirty"] == "towns"
    assert _counts("Millions of farmers think that they were the victims of the trade war.")["Millions"] == "farmers"
