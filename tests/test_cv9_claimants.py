"""Claims on news (session 9, cv9): the poll a story names before its figures claims them, a
share of respondents or a verb that reports nothing claims nothing, a poll is not claimed by
what it studied, and a number alone on its line is an item's number. Every text here was
written for the test."""

from __future__ import annotations


def _claims(extract_text, text: str) -> dict:
    """surface -> (claimant name or None, claimant evidence words) of every claim."""
    rec = extract_text(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {c["text"]: (names.get(c["claimant"]), [text[s:e] for s, e in c["claimant_evidence"]]) for c in rec["claims"]}


POLL = (
    "A new Marist College poll shows the governor in a tight race with her challenger.\n\n"
    "About four in 10 voters say the economy is the most important issue. "
    "Nearly 30 percent say immigration matters most.\n\n"
)


def test_cv9_shares_after_a_named_poll_are_the_polls(extract_text):
    got = _claims(extract_text, POLL)
    for surface in ("About four in 10", "Nearly 30 percent"):
        name, words = got[surface]
        assert name == "Marist College", (surface, got[surface])
        assert words == ["A new Marist College poll"]


def test_cv9_a_poll_of_a_party_is_not_the_partys(extract_text):
    text = ("Early results of an exit poll of Ohio Republican primary voters are showing that most "
            "of them want an outsider.\n\nAbout 6 in 10 said they were angry with Washington.")
    name, words = _claims(extract_text, text)["About 6 in 10"]
    assert name is None  # the poll is of Republican voters, not by the party
    assert words and "exit poll" in words[0]


def test_cv9_a_person_speaking_between_stops_the_poll(extract_text):
    after = "Turnout reached 60 percent among the voters."  # (not "in 2014": a figure of another year is not the poll's)
    assert _claims(extract_text, POLL + after)["60 percent"][0] == "Marist College"  # (without her: the poll's)
    text = POLL + "\"We are going to win this,\" Mayor Karen Holt said on Tuesday.\n\n" + after
    name, words = _claims(extract_text, text)["60 percent"]
    assert name is None and words == []


def test_cv9_a_header_paragraph_stops_the_poll(extract_text):
    after = "The governor's approval rating stands at 52 percent, up from last month."
    assert _claims(extract_text, POLL + after)["52 percent"][0] == "Marist College"
    text = POLL + "___.\n\n4:15 p.m.\n\n" + after
    name, words = _claims(extract_text, text)["52 percent"]
    assert name is None and words == []


def test_cv9_counts_near_a_poll_stay_the_writers(extract_text):
    text = POLL + "The campaign has opened 12 field offices across the state."
    name, words = _claims(extract_text, text)["12"]
    assert name is None and words == []


def test_cv9_a_share_that_speaks_claims_nothing(extract_text):
    text = ("Three-quarters of the voters said they were worried about jobs, and more than 4 in 10 "
            "said the senator would handle the economy best.")
    name, words = _claims(extract_text, text)["more than 4 in 10"]
    assert name is None and words == []


def test_cv9_a_colon_after_a_verb_that_reports_nothing(extract_text):
    text = ("The senator fares only a bit better: 54% have a negative view of her, including 21% "
            "who would be dissatisfied.")
    got = _claims(extract_text, text)
    assert got["54%"][0] is None and got["21%"][0] is None


def test_cv9_a_colon_after_a_verb_of_saying_still_reports(extract_text):
    text = "Senator Maria Lopez told reporters: the plan would cost $40 million over two years."
    name, _ = _claims(extract_text, text)["$40 million"]
    assert name == "Maria Lopez"


def test_cv9_a_number_alone_on_its_line_is_an_items_number(extract_text):
    text = ("The ten best moments of the year.\n\n3\nA Senator Read A Poem On The Floor.\n\n"
            "She read for 12 minutes before the vote.\n")
    got = _claims(extract_text, text)
    assert "3" not in got and "12 minutes" in got


def test_cv9_a_study_reaches_one_paragraph_a_poll_three(extract_text):
    study = ("A third of all donations came from retirees, according to an analysis of campaign filings by "
             "the Center for Civic Data.\n\nRetirees also gave 40 percent of the money to Senate races.\n\n")
    later = "The rally drew a crowd of supporters.\n\nAnother speech followed.\n\nAbout half of the volunteers were students."
    got = _claims(extract_text, study + later)
    assert got["40 percent"][0] == "Center for Civic Data"  # the next paragraph: the analysis's
    assert got["About half"] == (None, [])  # three paragraphs on: no longer the analysis's
    poll = ("A new Marist College poll shows the governor ahead.\n\nThe rally drew a crowd of supporters.\n\n"
            "Another speech followed.\n\nAbout half of the voters said they would back her.")
    assert _claims(extract_text, poll)["About half"][0] == "Marist College"
