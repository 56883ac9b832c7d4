"""Session 13 (area N, issue #20): what a count counts when the clause around its noun says which
ones (nlp/claims/specifiers.py and groups.py): an infinitive or a purpose after the noun, the verb
the noun is the object of with its doer, the verb's preposition, "whose", people who said what they
do, a possessive's owner, a long clause cut after its first object (texts written for these tests)."""

import pytest

from newsfacts.nlp.claims import groups, specifiers
from newsfacts.pipeline import extract


def _counts(text: str) -> dict:
    return {c["text"]: c["counts"] for c in extract(text)["claims"]}


def _evidence(text: str, number: str) -> list:
    claim = next(c for c in extract(text)["claims"] if c["text"] == number)
    return [text[s:e] for s, e in claim["counts_evidence"]]


@pytest.mark.parametrize("text, number, counts", [
    ("The magazine listed its 7 dishes to try in Lisbon this spring.", "7", "dishes to try in Lisbon"),
    ("The council may need about 60% of the votes needed to pass the budget.", "about 60%",
     "votes needed to pass the budget"),
    ("The guards fought 35 sailors on the pier.", "35", "sailors the guards fought"),
    ("The governor wanted to take in 8,000 displaced farmers from the valley.", "8,000",
     "displaced farmers the governor wanted to take in"),
    ("The agency sent letters to 4,500 tenants.", "4,500", "tenants the agency sent letters to"),
    ("Vandals damaged the roofs of 16 churches.", "16", "churches whose roofs Vandals damaged"),
    ("About 30 nurses have said that they plan to join the strike at the clinic next week.", "About 30",
     "nurses who have said they plan to join the strike at the clinic next week"),
    ("Marisol Vega wrote to her 12,000 newsletter readers on Friday.", "12,000", "newsletter readers of Marisol Vega"),
    ("Volunteers cleaned the beaches in Oregon's 36 counties last spring.", "36", "Oregon's counties"),
    ("In the survey, 70 percent of nurses said they were tired and 55 percent said they would like to see the new ward open before the winter.",
     "55 percent", "said they would like to see the new ward open before the winter"),
    ("Most farmers liked the plan. Only 11 percent had a negative opinion of it.", "11 percent", "had a negative opinion of it"),
    ("In the straw poll, Ana Ortiz leads with 41 percent support.", "41 percent", "support for Ana Ortiz in the straw poll"),
    ("Four aldermen were accused of taking gifts from contractors who wanted to pave the roads near the lake.",
     "Four", "aldermen accused of taking gifts"),
    ("Twelve percent of tenants in the survey were unsure about the two-year lease.", "Twelve percent",
     "tenants in the survey who were unsure about the two-year lease"),
])
def test_the_clause_says_which_ones(text, number, counts):
    assert _counts(text)[number] == counts


@pytest.mark.parametrize("text, number, counts", [
    # a light verb says nothing of which ones
    ("The district has 40 schools.", "40", "schools"),
    # a pronoun is no doer
    ("They hired 25 guards.", "25", "guards hired"),
    # the second of two coordinated counts takes the first one's noun: the first keeps it bare
    ("The storm flooded 30 houses and damaged 12.", "12", "houses damaged"),  # session 14: the second count's own verb
    # a possessive pronoun whose owner is not sure (two names before it)
    ("Ruth Alder told Omar Pike about his 300 donors.", "300", "donors"),
    # "three people said the deal was close": sources, not a clause about them
    ("Three people said the deal was close.", "Three", "people"),
    # support "with" which no candidate does anything
    ("The measure passed with 60 percent support.", "60 percent", "support"),
    # "have" alone, or with a number, says nothing of which ones
    ("Only 12 percent have two cars.", "12 percent", None),
])
def test_no_clause_where_the_text_says_no_more(text, number, counts):
    assert _counts(text)[number] == counts


def test_the_evidence_holds_the_clause_words():
    ev = _evidence("Vandals damaged the roofs of 16 churches.", "16")
    assert "churches" in ev and "roofs" in ev and "Vandals damaged" in ev


def test_switches_off_keep_the_noun_alone():
    groups.CLAUSES_OFF = specifiers.OFF = True
    try:
        got = _counts("Vandals damaged the roofs of 16 churches. The agency sent letters to 4,500 tenants.")
        assert got["16"] == "churches" and got["4,500"] == "tenants"
    finally:
        groups.CLAUSES_OFF = specifiers.OFF = False


def test_the_loader_reads_its_rows():
    words = specifiers.clause_words()
    assert "hundred" in words["count"] and words["possessive"]["his"] == "PERSON" and "to" in words["prep"]
