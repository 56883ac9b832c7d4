"""Sums of money that are rates (nlp/claims/money_rates.py): what they count says the rate of what.
Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("The studio paid nearly $2 million an episode to stream the old sitcom.", "nearly $2 million", "payment by the studio to stream the old sitcom per episode"),
        ("Analysts said crude would have to cost $210 a barrel for the plan to work.", "$210", "cost of crude per barrel"),
        ("The mayor backs a minimum wage of $18 an hour.", "$18", "minimum wage per hour"),
        ("Fees at the marina were $4,200 a year.", "$4,200", "fees at the marina per year"),
        ("The board proposed a levy of $90 per ton of coal.", "$90", "levy per ton"),
        # a rate inside a hyphenated modifier
        ("The union wants a $19-an-hour minimum wage for porters.", "$19", "minimum wage for porters per hour"),
        # a pay noun before the people paid keeps the rate (lead, session 13)
        ("The bank paid salaries of $12 an hour to its tellers.", "$12", "salaries per hour"),
    ],
)
def test_rate_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface,not_in",
    [
        # a time before or after, not a rate
        ("The firm paid $3 million a year ago to settle the case.", "$3 million", "per"),
        ("The council approved $40,000 a day before the vote.", "$40,000", "per"),
        # "per" before a determiner is "according to"
        ("The contractor was paid $9,000 per the agreement with the city.", "$9,000", "per the"),
        # a hyphenated rate before those paid: their pay, not "clerks per hour" (lead, session 13)
        ("The manager blamed hundreds of $11-an-hour clerks for the losses.", "$11", "clerks per"),
    ],
)
def test_not_rates(nlp, text, surface, not_in):
    counts = claims_by_text(nlp, text)[surface].counts or ""
    assert not_in not in counts


def test_count_that_names_the_unit_is_kept(nlp):
    claims = claims_by_text(nlp, "Annual dues at the club were $800 a year.")
    assert (claims["$800"].counts or "").count("year") <= 1
