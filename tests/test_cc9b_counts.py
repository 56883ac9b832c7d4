"""What a number counts, helper cc9b rules of session 9 (nlp/claims/windows.py, markets.py, travel.py,
ages.py, measured.bracket_counts). Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a window of time after a superlative or "the first time"
        ("Unemployment dropped to 3.9 percent, the lowest in 18 years.", "18 years", "period of the lowest"),
        ("The club won the cup for the first time in 40 years.", "40 years", "period of the first time"),
        ("Car sales reached their highest level in six years.", "six years", "period of their highest level"),
        # a fronted "for" span and a subject that lasts: its length
        ("For six years, the governor's tenure has calmed the markets.", "six years", "length of the governor's tenure"),
        # a length covered by a verb of motion
        ("He had to drive 250 miles to see his mother.", "250 miles", "distance driven"),
        # stock-market figures
        ("The Dow fell 250 points on Tuesday.", "250", "the Dow"),
        ("Shares of Boeing fell 4 percent in early trading.", "4 percent", "fall of share price of Boeing"),  # session 14: the change
        ("Boeing shares rose 6 percent after the report.", "6 percent", "rise of share price of Boeing"),
        # a fortune "worth" a sum after a noun
        ("I don't think that an individual worth $10 billion will be indebted to them.", "$10 billion",
         "net worth of an individual"),
        # a money verb whose object is "a total of" the sum
        ("She donated a total of $7,000 to local campaigns that year.", "$7,000", "donations"),
        ("The museum spent a total of $2 million on repairs.", "$2 million", "money spent by museum"),
        # a length covered by a verb of motion, at most two words after it
        ("The soldiers marched nearly 20 kilometers to the border.", "nearly 20 kilometers", "distance marched"),
        # an age before a title: the person the title names
        ("The 79-year-old Ohio Sen. John Roe voted no.", "79-year", "age of John Roe"),
    ],
)
def test_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a proportion called "share" is no stock
        ("The share of Democrats saying so increased by 12 points since 2010.", "12 points", None),
        # a count of shares is the shares' own
        ("The fund sold 500 shares last week.", "500", "shares sold"),  # session 11: the verb done to them
        # "in the N years that ...": the years have a clause of their own, no window
        ("It is the first time in the 50 years that the poll has run.", "50 years", None),
        # a subject that does not last keeps what it did
        ("For 18 years, the club has hosted young singers.", "18 years", "time the club has hosted young singers"),
        # a place before a bracket is not what the sum counts
        ("Donors gave most in Ohio (about $2 million) and Texas (around $400,000).", "around $400,000", None),
        # a place alone before a bracket still is what the bracket measures
        ("Yet little Israel (8,000 square miles) has done well.", "8,000 square miles", "little Israel"),
        # a carbon "stock" is no company's stock
        ("Soil carbon stocks decreased by 12% over the decade.", "12%", "decrease of soil carbon stocks"),  # session 14: the change
    ],
)
def test_not_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts
