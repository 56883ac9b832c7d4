"""The scope of a candidate's share, a lead or a margin (poll_scope.py) and the sides poll_margins.py
finds: the group ("among ..."), the place ("in Ohio"), the poll ("in the Marist poll", "according to
a Marist poll") the number's clause names; a group's preference "by" N points; a pair of shares
after a lead noun or after two coordinated names. Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import extract_claims


def _counts(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _ = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    return {c.text: (c.counts, [text[s:e] for s, e in c.counts_evidence]) for c in claims}


def test_lead_gets_its_place_and_poll(nlp):
    text = "In Ohio, Maria Lopez leads Tom Becker by 6 points in the Marist poll."
    counts, evidence = _counts(nlp, text)["6 points"]
    assert counts == "lead of Maria Lopez over Tom Becker in Ohio in the Marist poll"
    assert "In Ohio" in evidence and "in the Marist poll" in evidence


def test_pair_share_gets_its_group_and_the_poll_it_is_according_to(nlp):
    text = ("Maria Lopez leads Tom Becker 52% to 41% among registered Democrats in Ohio, "
            "according to a Marist poll.")
    counts, _ = _counts(nlp, text)["41%"]
    assert counts == "support for Tom Becker among registered Democrats in Ohio in a Marist poll"


def test_scope_stays_in_its_own_clause(nlp):
    text = ("Becker holds a big edge among younger voters in the Marist poll, while Maria Lopez leads by 8 points "
            "among female voters.")
    counts, _ = _counts(nlp, text)["8 points"]
    assert counts is not None and "younger" not in counts and counts.endswith("among female voters")


def test_no_date_as_scope(nlp):
    text = "Maria Lopez leads Tom Becker by 6 points in the Marist poll in December."
    counts, _ = _counts(nlp, text)["6 points"]
    assert "December" not in counts


def test_pair_after_lead_noun(nlp):
    text = ("A Marist poll of likely voters finds Maria Lopez with only a small lead over Tom Becker, "
            "46 percent to 44 percent.")
    got = _counts(nlp, text)
    assert got["46 percent"][0] == "support for Maria Lopez"
    assert got["44 percent"][0] == "support for Tom Becker"


def test_pair_after_coordinated_names(nlp):
    text = "In the Marist poll, Maria Lopez and Tom Becker were in a dead heat -- 44% to 43%."
    got = _counts(nlp, text)
    assert got["44%"][0].startswith("support for Maria Lopez")
    assert got["43%"][0].startswith("support for Tom Becker")


def test_no_sides_outside_a_race(nlp):
    text = "Apple and Samsung were in a dead heat -- 44% to 43% of the phone market."
    got = _counts(nlp, text)
    assert not (got["44%"][0] or "").startswith("support for")


def test_group_preference_margin(nlp):
    text = ("The Marist poll found a split among the voters: white voters, who favor Maria Lopez by a 6-point "
            "margin, outnumber the rest.")
    counts, evidence = _counts(nlp, text)["6-point"]
    assert counts == "margin of Maria Lopez among white voters"
    assert "favor" in evidence


def test_margin_where_a_place_or_group_was_won(nlp):
    got = _counts(nlp, "Maria Lopez lost Miami-Dade by 38 points in the primary.")
    assert got["38 points"][0] == "losing margin of Maria Lopez in Miami-Dade in the primary"


def test_no_truncated_group(nlp):
    """"among voters 45 and older" cut at its number would say "among voters": no scope then."""
    got = _counts(nlp, "In the poll Maria Lopez leads, 59 percent to 28 percent, among voters 45 and older.")
    assert "among voters" not in (got["59 percent"][0] or "") or "45" in got["59 percent"][0]


def test_earlier_figure_of_a_change_gets_no_scope(nlp):
    got = _counts(nlp, "Maria Lopez and Tom Becker met. In the new poll, Lopez is up from 36 percent in May.")
    assert "new poll" not in (got["36 percent"][0] or "")


def test_margin_in_every_state_won(nlp):
    got = _counts(nlp, "In the election, George Bush won Florida, New Hampshire and Virginia by at least 20 percentage points.")
    assert got["at least 20 percentage points"][0].endswith("in Florida, New Hampshire and Virginia")
