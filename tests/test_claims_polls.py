"""Numbers of votes and polls (nlp/claims/polls.py): tallies, candidates' shares, leads in points,
age groups, counts that leave their noun out, shares "who ..." . Every sentence here was written
for the test."""

from __future__ import annotations

import json

import pytest

from newsfacts.nlp.claims import extract_claims, run_checks
from newsfacts.nlp.claims.polls import age_groups, is_percentage_points, tally


def _claims(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    run_checks(infos, {})
    return claims


@pytest.mark.parametrize(
    "text,surface,value,sides,counts",
    [
        ("The panel backed the plan in a 19-15 vote on Friday.", "19-15", 19, [19, 15], "vote"),
        ("The levy was approved by a 3 to 1 margin.", "3 to 1", 3, [3, 1], "margin"),
        ("Mayor Lopez won 52-48 over her rival.", "52-48", 52, [52, 48], "result"),
        ("The town board voted 6-1 to close the pool.", "6-1", 6, [6, 1], "vote"),
    ],
)
def test_tally_is_one_claim(nlp, text, surface, value, sides, counts):
    claims = _claims(nlp, text)
    assert [c.text for c in claims] == [surface]
    c = claims[0]
    # the two sides in the text's order; a tally is no range (low/high stay empty)
    assert (c.value, c.tally, c.low, c.high, c.unit, c.counts) == (value, sides, None, None, None, counts)
    assert c.counts_evidence and not c.checks  # what is tallied has its words; no arithmetic on a tally


@pytest.mark.parametrize(
    "text,number,expected",
    [
        ("a 19-15 vote", "19", True),
        ("from 19 to 15 members", "19", False),  # a change or range, no tally noun
        ("pages 19-15", "19", False),
        ("voted 3 to 1", "3", True),
        ("won 3 to 1", "3", False),  # "to" after a verb other than "vote" is no tally
    ],
)
def test_tally_needs_a_tally_word(text, number, expected):
    start = text.index(number)
    assert (tally(text, start, start + len(number), 0) is not None) is expected


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Senator Hill received 38 percent in the primary.", "38 percent", "share of the vote for Hill in the primary"),
        ("Governor Ames got 41% of the vote.", "41%", "share of the vote for Ames"),
        ("In the new poll, Senator Cruz has 20 percent.", "20 percent", "support for Cruz in the new poll"),
    ],
)
def test_candidate_share_counts_the_vote_for_them(nlp, text, surface, counts):
    claims = _claims(nlp, text)
    c = next(c for c in claims if c.text == surface)
    assert c.counts == counts and c.counts_evidence


def test_share_of_a_market_is_no_vote(nlp):
    c = _claims(nlp, "The bakery got 30 percent of the market.")[0]
    assert c.counts == "market"


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Mayor Ruiz leads Hill by 5 points among likely voters.", "5 points", "lead of Ruiz over Hill among likely voters"),
        ("Senator Hill now trails Ruiz by 7 percentage points in the survey.", "7 percentage points", "lead of Ruiz over Hill in the survey"),
        ("The survey has a margin of error of 4.5 points.", "4.5 points", "margin of error"),
    ],
)
def test_points_of_a_lead_are_percentage_points(nlp, text, surface, counts):
    claims = _claims(nlp, text)
    assert [c.text for c in claims] == [surface]
    assert (claims[0].unit, claims[0].counts) == ("percentage point", counts)


@pytest.mark.parametrize(
    "after,sentence,expected",
    [
        (" points", "Ruiz leads by 5 points in the poll.", True),
        (" points", "The Dow index fell 300 points.", False),  # index points
        (" points", "She scored 30 points in the game.", False),
        (" percentage points", "It rose 3 percentage points.", True),
    ],
)
def test_points_are_percentage_points_only_in_polls(after, sentence, expected):
    assert (is_percentage_points(after, sentence) is not None) is expected


def test_points_alone_count_nothing(nlp):
    claims = _claims(nlp, "That was a 10-point jump for the mayor.")
    assert all(c.counts is None or "point" not in c.counts for c in claims)


@pytest.mark.parametrize(
    "text,surface,low,high,counts",
    [
        ("The jobless rate for men ages 20 to 24 was 9 percent.", "20 to 24", 20, 24, "age of men"),
        ("Turnout among 18- to 29-year-olds fell sharply.", "18- to 29-year", 18, 29, "age"),
    ],
)
def test_age_group_is_one_range(nlp, text, surface, low, high, counts):
    claims = _claims(nlp, text)
    c = claims[0]
    assert (c.text, c.low, c.high, c.unit, c.counts) == (surface, low, high, "year", counts)
    assert not any(x.text.strip() in (str(low), str(high)) for x in claims)  # no stray bound


def test_age_groups_need_rising_bounds():
    assert age_groups("children ages 12 to 5") == []


def test_count_that_leaves_its_noun_out(nlp):
    claims = _claims(nlp, "Lopez has 310 delegates, Hill has 129 and Ames left the race with 40. It takes 500 to win.")
    assert [(c.text, c.counts) for c in claims] == [("310", "delegates"), ("129", "delegates Hill has"), ("40", "delegates"), ("500", "delegates needed to win")]


def test_gapped_count_needs_a_count_just_before(nlp):
    claims = _claims(nlp, "The city hired 40 officers last year. Crime fell. The mayor has 3.")
    assert next(c for c in claims if c.text == "3").counts is None


def test_share_who_counts_the_clause(nlp):
    claims = _claims(nlp, "Half of them like the mayor, compared with 31 percent who dislike her deeply.")
    assert next(c for c in claims if c.text == "31 percent").counts == "dislike her deeply"


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("However, 63 percent said Mayor Ames was \"justified\" in keeping it private.", "63 percent", None),  # cut at a quote
        ("About 1 percent would see an average tax cut of $275,000, the group said.", "About 1 percent", None),  # cut at a sum
        # ("the top 1 percent" is a group's label, no claim: tests/test_cv9b_claims.py)
        ("About 48 percent chose Smith while 45 percent chose Jones.", "45 percent", "chose Jones"),
    ],
)
def test_share_clause_is_never_cut_short(nlp, text, surface, counts):
    claims = _claims(nlp, text)
    assert next(c for c in claims if c.text == surface).counts == counts


@pytest.mark.parametrize(
    "text,counts",
    [
        ("Earlier this month, the bank was fined $185 million.", "fine"),
        ("In all, the group has pulled in $133 million.", "money raised by the group"),
    ],
)
def test_money_verbs_with_particles_and_passives(nlp, text, counts):
    assert _claims(nlp, text)[0].counts == counts


def test_gapped_count_not_from_an_aside(nlp):
    claims = _claims(nlp, "The port, which has 84,735 citizens, had 883 last year.")
    assert next(c for c in claims if c.text == "883").counts is None


def test_listed_shares_follow_the_first_candidate(nlp):
    claims = _claims(nlp, "In the poll, Senator Ames received 38 percent support, Tom Hill 3 percent and Jane Stone 2 percent.")
    assert [c.counts for c in claims] == ["support for Ames in the poll", "support for Tom Hill in the poll", "support for Jane Stone in the poll"]


def test_lead_by_two_shares_is_no_lead(nlp):
    claims = _claims(nlp, "Mayor Ruiz leads Hill by 43 percent to 38 percent.")
    assert all(c.counts is None or "lead" not in c.counts for c in claims)


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Her support fell from the 95 percent Governor Ames received in 2008.", "95 percent", "share of the vote for Ames"),
        ("The firm kept the 20 percent it received from the deal.", "20 percent", None),  # no name: no candidate
    ],
)
def test_share_a_candidate_received(nlp, text, surface, counts):
    claims = _claims(nlp, text)
    assert next(c for c in claims if c.text == surface).counts == counts


def test_tally_is_stored_with_its_sides(tmp_path):
    """``claims.tally`` holds the two sides in the store (schema 1.3.0); a range keeps NULL."""
    from newsfacts.pipeline import extract
    from newsfacts.store.duckdb import FactStore
    from newsfacts.store.rows import rows_from_record

    text = "The panel backed the plan in a 19-15 vote on Friday. Between 10 and 20 people came."
    rec = extract(text)
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([rows_from_record(rec, text)])
        rows = store.con.execute("SELECT text, tally, low, high FROM claims ORDER BY start").fetchall()
    assert rows[0][0] == "19-15" and json.loads(rows[0][1]) == [19, 15] and rows[0][2:] == (None, None)
    assert rows[1][1] is None and (rows[1][2], rows[1][3]) == (10.0, 20.0)
