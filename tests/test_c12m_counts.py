"""Session 12, second round (C1b): what a count counts when the text says which ones after a
preposition, in a clause with a date, or by whose holder (texts written for these tests)."""

import pytest

from newsfacts.nlp.claims import groups, holders, post_preps
from newsfacts.pipeline import extract


def _counts(text: str) -> dict:
    return {c["text"]: c["counts"] for c in extract(text)["claims"]}


@pytest.mark.parametrize("text, number, counts", [
    ("The brewer agreed to a $9 billion merger with a Dutch rival.", "$9 billion", "merger with Dutch rival"),
    ("The mill announced its $40 million sale to Acme Paper Company.", "$40 million", "sale to Acme Paper Company"),
    ("Revenue from selling tickets fell to $12 million last year.", "$12 million", "revenue from selling tickets"),
])
def test_a_phrase_after_the_noun_says_which_ones(text, number, counts):
    assert _counts(text)[number].lower() == counts.lower()


def test_no_figure_or_date_after_the_preposition():
    got = _counts("Profits rose to $5 million from 2010.")
    assert "2010" not in (got.get("$5 million") or "")


def test_switch_off_keeps_the_bare_noun():
    post_preps.OFF = True
    try:
        assert _counts("The brewer agreed to a $9 billion merger with a Dutch rival.")["$9 billion"] == "merger"
    finally:
        post_preps.OFF = False


def test_a_date_does_not_cut_the_clause():
    got = _counts("Of the 2,340 ballots cast in the May 3 town meeting, most were for the levy.")
    assert got["2,340"] == "ballots cast in the May 3 town meeting"


@pytest.mark.parametrize("text, number, counts", [
    ("Overall, Johnson leads with 140 delegates.", "140", "Johnson's delegates"),
    ("Including superdelegates, Martinez now has at least 610 delegates.", "at least 610", "Martinez's delegates"),
    ("So far, Ted Smith has picked up four delegates in Ohio.", "four", "delegates picked up by Ted Smith in Ohio"),
    ("Then he laid off more than 300 workers.", "more than 300", "workers laid off"),
])
def test_whose_they_are(text, number, counts):
    assert _counts(text)[number] == counts


def test_a_pronoun_holds_nothing():
    assert _counts("He has two children.")["two"] == "children"


def test_holders_switch_off():
    holders.OFF = True
    try:
        assert _counts("Overall, Johnson leads with 140 delegates.")["140"] == "delegates"
    finally:
        holders.OFF = False
    assert not groups.DATES_OFF


def test_share_of_the_time_says_when():
    got = _counts("The pump worked only about 30 to 40 percent of the time, the engineer said.")
    assert got["about 30 to 40 percent"] == "time the pump worked"
    assert _counts("She spends half of her time in Ohio.").get("half") != "time she spends"


def test_a_word_split_at_its_hyphen_is_counted_whole():
    assert _counts("Jones and his 9 co-workers signed the letter.")["9"] == "co-workers"


def test_a_verb_read_as_an_adjective_is_no_owner_of_an_age():
    got = _counts("The 81-year-old underwent surgery on Monday.")
    assert "underwent" not in (got.get("81-year") or "")


def test_a_ratio_of_a_group_takes_what_they_do():
    got = _counts("About 7 in 10 nurses in each county want longer breaks.")
    assert got["About 7 in 10"].endswith("who want longer breaks")
    groups.RATIOS_OFF = True
    try:
        assert "who want" not in (_counts("About 7 in 10 nurses in each county want longer breaks.")["About 7 in 10"] or "")
    finally:
        groups.RATIOS_OFF = False
