"""Claims on news (session 9, cv9): a multiplier has the unit `times`, a bare "millions" a verb
of money takes has the story's currency. Every sentence here was written for the test."""

from __future__ import annotations

from newsfacts.nlp.claims.units import multiplier_after, story_currency


def _claims(extract_text, text: str) -> dict:
    return {c["text"]: c for c in extract_text(text)["claims"]}


def test_cv9_a_multiplier_has_the_unit_times(extract_text):
    got = _claims(extract_text, "The campaign is paying five times more for the space, and rents rose three times as fast as wages.")
    assert got["five times"]["unit"] == "times" and got["five times"]["value"] == 5
    assert got["three times"]["unit"] == "times"
    assert got["five times"]["counts"] != "times"


def test_cv9_occasions_are_no_multiplier(extract_text):
    got = _claims(extract_text, "The senator was arrested three times in the 1980s and visits the district four times a year.")
    assert got["three"]["unit"] is None and got["four"]["unit"] is None


def test_cv9_multiplier_after():
    text = "paid 4 times the going rate, 2 times higher than before, 3 times a week, 5 times in May"
    assert multiplier_after(text, text.index("4") + 1) == text.index("4") + 7
    assert multiplier_after(text, text.index("2 times") + 1) is not None
    assert multiplier_after(text, text.index("3 times") + 1) is None
    assert multiplier_after(text, text.index("5 times") + 1) is None


def test_cv9_bare_millions_a_money_verb_takes(extract_text):
    text = "The race has cost the two campaigns $40 million so far. Smith lent his campaign millions in March."
    assert _claims(extract_text, text)["millions"]["unit"] == "USD"


def test_cv9_bare_millions_without_a_currency_in_the_story(extract_text):
    text = "Smith lent his campaign millions in March, his aides said."
    assert _claims(extract_text, text)["millions"]["unit"] is None


def test_cv9_millions_that_count_people_stay_counts(extract_text):
    text = "The plan costs $40 million. It would reach millions of voters in the state."
    assert _claims(extract_text, text)["millions"]["unit"] is None


def test_cv9_story_currency():
    assert story_currency(["USD", None, "percent", "USD"]) == "USD"
    assert story_currency(["USD", "EUR"]) is None and story_currency([None, "km"]) is None
