"""What a number counts, session 9 rules (nlp/claims/poll_sides.py, polls.lead_counts, money_clauses.
name_subject_counts, numbers cents, adjacent time windows, extract gapped counts after a name).
Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text

_NAMES = "Maria Lopez and Peter Grant met Anna Berg on Monday. "


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a candidate's possessive before a share, "for" and a candidate after it
        (_NAMES + "The new poll shows Grant with a six-point lead, with 47 percent to Lopez's 41 percent.",
         "41 percent", "support for Lopez"),
        (_NAMES + "The new poll shows Grant with a six-point lead, with 47 percent to Lopez's 41 percent.",
         "47 percent", "support for Grant"),
        (_NAMES + "In the poll of Iowa voters, Lopez is ahead at 48 percent to 39 percent for Grant.",
         "39 percent", "support for Grant in the poll of Iowa voters"),
        # the two shares after a verb of leading with two named sides, words between
        (_NAMES + "Lopez leads Grant in the state polls by a wide margin, 51 percent to 40 percent, the survey found.",
         "51 percent", "support for Lopez in the state polls"),
        (_NAMES + "Lopez leads Grant in the state polls by a wide margin, 51 percent to 40 percent, the survey found.",
         "40 percent", "support for Grant in the state polls"),
        # a share verb of holding in a passage whose poll word is in the next sentence
        (_NAMES + "Lopez received 40 percent, while Grant held 31 percent. The poll reached 900 voters by phone.",
         "31 percent", "support for Grant"),
        # a group's preference for a named side: the first share of the pair
        (_NAMES + "In the survey, nurses favored Lopez, 61 percent to 30 percent, while teachers backed Grant 55 percent to 41 percent.",
         "55 percent", "support for Grant"),
        (_NAMES + "In the survey, nurses favored Lopez, 61 percent to 30 percent, while teachers backed Grant 55 percent to 41 percent.",
         "30 percent", None),
        # time at a named place after a possessive
        ("She used the account during her four years at Foggy Bottom, the report said.", "four years", "time at Foggy Bottom"),
        # the age of a name the hyphened age stands before or after
        ("81-year-old Harold Penn makes the case for the mayor.", "81-year", "age of Harold Penn"),
        ("In 1971 Penn, then 27-years-old, was named the director of the club.", "27-years", "age of Penn"),
        (_NAMES + "In the new poll, Lopez is up from 36 percent in May and Grant is down from 48 percent.", "36 percent",
         "support for Lopez"),
        ("He already has one grandson, 2-year old Oliver Brandt.", "2-year", "age of Oliver Brandt"),
        # the margin of error
        ("The survey of 1,200 adults has a three percent plus or minus margin of error.", "three percent",
         "margin of error"),
        # trailing "in the polls against" a named side
        (_NAMES + "Grant is trailing by four points in the polls against Lopez.", "four points", "lead of Lopez over Grant in the polls"),
        # a count after another name that leaves out the noun of the count before it
        ("With the votes counted, Walker now has at least 230 delegates and Jones at least 41.", "at least 41", "delegates"),
        # a sum whose maker the parse took for its noun
        ("The council returned the $4 million Peter Grant raised for the stadium.", "$4 million",
         "money raised by Peter Grant"),
    ],
)
def test_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


def test_no_share_side_without_a_race(nlp):
    """No word of votes or polls: a share with a name after "for" is no candidate's support."""
    claims = claims_by_text(nlp, _NAMES + "The firm paid 47 percent to Lopez's bank and 40 percent for Grant.")
    assert all(not (c.counts or "").startswith("support for") for c in claims.values())


def test_cents_are_dollars(nlp):
    claims = claims_by_text(nlp, "The tax adds a penny to every can, and the shares of Acme climbed 69 cents to $101.")
    assert claims["a penny"].unit == "USD" and claims["a penny"].value == pytest.approx(0.01)
    assert claims["69 cents"].value == pytest.approx(0.69) and claims["69 cents"].low is None
    assert claims["$101"].value == 101


def test_time_windows_and_idioms_are_no_claims(nlp):
    claims = claims_by_text(nlp, "Prices of the homes doubled over the past three decades, and that is only half the story.")
    assert "three decades" not in claims and "half" not in claims
    assert not claims_by_text(nlp, "The town has lost a lot of ground this past six years.")
    assert claims_by_text(nlp, "The drug was taken for 14 days by each patient.")["14 days"].unit == "day"
