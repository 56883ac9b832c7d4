"""What margins in points, held counts, shares of a whole and sums taken by any verb count (session 15,
issue #20: nlp/claims/margins.py, holders.py, noun_clauses.py, money_general.py, money_pronouns.py).
Sentences written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import holders, margins, money_general, money_pronouns, noun_clauses
from tests.evidence import claims_by_text


@pytest.fixture
def switch():
    """Set a module switch for one test and put it back after."""
    saved = []

    def _set(module, name, value):
        saved.append((module, name, getattr(module, name)))
        setattr(module, name, value)

    yield _set
    for module, name, value in reversed(saved):
        setattr(module, name, value)


def test_margin_of_any_verb_with_two_sides(nlp, switch):
    text = "The governor's approval rating exceeds the senator's vote share by 14 points in Vermont."
    assert claims_by_text(nlp, text)["14 points"].counts == "margin by which The governor's approval rating exceeds the senator's vote share"
    switch(margins, "OFF", True)
    assert claims_by_text(nlp, text)["14 points"].counts is None


def test_gap_short_of_a_figure(nlp):
    text = "In Colorado, the mayor's support falls five points short of the governor's approval mark."
    assert claims_by_text(nlp, text)["five"].counts == "gap between the mayor's support and the governor's approval mark"


def test_change_by_percent_is_no_margin(nlp):
    text = "The county cut its budget by 12 percent last year."
    assert not (claims_by_text(nlp, text)["12 percent"].counts or "").startswith("margin")


def test_she_is_the_one_woman_named_before(nlp, switch):
    text = ("Mary Smith and John Brown met voters on Monday. A new poll shows Smith with a 9-point lead over Brown. "
            "She trails Brown by about 15 points among rural voters.")
    assert claims_by_text(nlp, text)["about 15 points"].counts.startswith("lead of Brown over Smith")
    switch(money_pronouns, "OFF15", True)
    assert claims_by_text(nlp, text)["about 15 points"].counts is None


def test_holder_a_relative_pronoun_stands_for(nlp, switch):
    text = "Jane Roe (who has 25 delegates so far) said the race is still open."
    assert claims_by_text(nlp, text)["25"].counts == "Jane Roe's delegates"
    switch(holders, "RELATIVE_OFF", True)
    assert claims_by_text(nlp, text)["25"].counts == "delegates"


def test_count_set_off_after_a_name(nlp):
    text = "Both Florida, 99 delegates, and Ohio, 66 delegates, award all their delegates to the winner."
    got = claims_by_text(nlp, text)
    assert got["99"].counts == "Florida's delegates"
    assert got["66"].counts == "Ohio's delegates"


def test_a_list_is_no_apposition(nlp):
    text = "The mayor met Smith, 12 aides and a crowd of reporters."
    assert claims_by_text(nlp, text)["12"].counts != "Smith's aides"


def test_share_of_a_singular_whole_a_doer_made_up(nlp, switch):
    text = "Voters without a college degree made up just 36 percent of the electorate in 2012."
    assert claims_by_text(nlp, text)["36 percent"].counts == "electorate voters without a college degree made up"
    switch(noun_clauses, "SHARES_OFF", True)
    assert claims_by_text(nlp, text)["36 percent"].counts == "electorate"


def test_doer_with_an_aside(nlp):
    text = "Party regulars, on the other hand, make up about 15% of convention delegates."
    assert claims_by_text(nlp, text)["about 15%"].counts == "convention delegates Party regulars make up"


def test_sum_any_verb_takes(nlp, switch):
    text = "Meanwhile, the state agency reallocated $81 million from the transport fund to fight the flood."
    assert claims_by_text(nlp, text)["$81 million"].counts == "money reallocated by state agency from the transport fund"
    switch(money_general, "OFF", True)
    assert claims_by_text(nlp, text)["$81 million"].counts is None


def test_sum_naming_a_noun_after_it_is_not_taken(nlp):
    text = "The author's book prompted a $5 billion, ultimately unsuccessful, defamation lawsuit from the developer."
    assert not (claims_by_text(nlp, text)["$5 billion"].counts or "").startswith("money prompted")
