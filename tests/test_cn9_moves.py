"""What a number counts, session 9 round 3 (nlp/claims/moves.py, description.noun_phrase at a hyphen,
polls.tally "5-to-4"). Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # the object of a verb that moves a figure "to" a value
        ("Rumours of a takeover pushed the firm's market capitalization to nearly $9.5 billion on Friday.",
         "nearly $9.5 billion", "the firm's market capitalization"),
        ("The landlord tripled the monthly rent to $12,000 in March.", "$12,000", "rent"),
        ("The company doubled its payroll to $80 million.", "$80 million", "its payroll"),
        ("Investors drove the price of gold to $2,100 an ounce.", "$2,100", "the price of gold per ounce"),  # a rate (money_rates.py)
        # the subject of "go from ... to", "add up to", "double to"
        ("The agency's number of inspectors went from 210 in May, to 180 in June.", "180", "the agency's number of inspectors"),
        ("In all, those pledges add up to more than $4.5 million.", "more than $4.5 million", "those pledges"),
        ("Ticket sales doubled to $7 million last year.", "$7 million", "ticket sales"),
        # a noun the tokenizer split at a hyphen keeps its first half
        # (and since session 12 the doers of the passive say what they did)
        ("The gala, attended by hundreds of convention-goers each year, sold out.", "hundreds",
         "convention-goers who attend the gala"),
        # a sum set "to" another's: the possessor's money, not the subject's
        ("By March, Alvarez had raised $181,200 to Whitlock's $95,310.", "$95,310", "money raised by Whitlock"),
        # (since session 13 a person is whose money it is: money_makers.py)
        ("By March, Alvarez had raised $181,200 to Whitlock's $95,310.", "$181,200", "money raised by Alvarez"),
        # a fronted "for" span of time, a verb with no object and the phrase right after it
        ("For nearly 30 hours, they spoke against the bill.", "nearly 30 hours", "time spoke against the bill"),
        # "5-to-4" is one tally, like "5-4"
        ("The court's 5-to-4 decision surprised the lawyers.", "5-to-4", "decision"),
    ],
)
def test_counts(nlp, text, surface, counts):
    found = claims_by_text(nlp, text)
    assert surface in found, sorted(found)
    assert found[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface",
    [
        # a person or pronoun moved "to" a share is no figure of theirs
        ("The scandal pushed him to 30 percent in the polls.", "30 percent"),
        # "went" with a person's name: no subject to count
        ("Maria Lopez went from 12 to 20 in the rankings.", "20"),
    ],
)
def test_no_moved_figure(nlp, text, surface):
    found = claims_by_text(nlp, text)
    assert surface in found, sorted(found)
    assert found[surface].counts in (None, "rankings")
