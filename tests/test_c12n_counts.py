"""Session 12 (C1): what a number counts for parts of a whole, repeats ("N times") and shares of a
list before one verb (texts written for these tests)."""

import pytest

from newsfacts.pipeline import extract


def _counts(text: str) -> dict:
    return {c["text"]: c["counts"] for c in extract(text)["claims"]}


@pytest.mark.parametrize("text, number, counts", [
    ("The network held an eight-candidate main event on Tuesday night.", "eight", "candidates in the main event"),
    ("It has become a two-person race in Ohio.", "two", "people in the race"),
    ("The professor built a 13-question survey for the class.", "13", "questions in the survey"),
    ("The navy sent a 12-member diving team.", "12", "member of diving team"),
    ("The union has 28 member countries.", "28", "member countries"),
])
def test_parts_of_a_whole(text, number, counts):
    assert _counts(text)[number] == counts


def test_times_counts_the_clause():
    got = _counts("The average reader will see the new banner at least 9 times this month.")
    assert got["at least 9"] == "times the average reader will see the new banner"
    assert _counts("Protesters blocked the bridge 14 times.")["14"] == "times protesters blocked the bridge"


def test_times_without_a_verb_of_its_own_stays_bare():
    got = _counts("Let me say it again, as I have 1,000 times before, that the plan is dead.")
    assert got.get("1,000") in (None, "times")


def test_multiplier_is_no_repeat():
    got = _counts("Prices rose 10 times faster than wages.")
    assert not (got.get("10 times") or "").startswith("times ")


def test_shares_of_a_list_take_the_one_verb():
    got = _counts("In the survey, 41% of farmers, 33% of teachers and 12% of nurses say the plan would hurt them.")
    assert got["41%"] == "farmers who say the plan would hurt them"
    assert got["33%"] == "teachers who say the plan would hurt them"


def test_share_set_off_by_its_figure_takes_the_verb():
    got = _counts("Slightly more than a third of the nurses, 35%, disagree.")
    assert got["more than a third"] == "nurses who disagree"


def test_age_of_a_name_in_apposition_and_a_caption():
    got = _counts('"I will vote for her," said Martha Kline, a 64-year-old from Dover.')
    assert got["64-year"] == "age of Martha Kline"
    got = _counts("The crew was named on Friday. Tomas Ferreira, 48\nFerreira, a pilot, had flown for years.")
    assert got["48"] == "age of Tomas Ferreira"


def test_lead_noun_names_its_sides():
    got = _counts("Jones would win by 4 points, compared with Smith's 2.5-point edge over Brown, polls show.")
    assert got["2.5-point"] == "edge of Smith over Brown"


def test_a_lead_written_as_a_pair_of_shares():
    text = ("Maria Lopez and Paul Grant met voters. A new poll shows Ms. Lopez with a lead of 52 percent to 39 percent "
            "over Mr. Grant among likely voters.")
    got = _counts(text)
    assert got["52 percent"] in ("support for Lopez among likely voters", "support for Maria Lopez among likely voters")
    assert got["39 percent"] == "support for Grant among likely voters"


def test_a_quoted_phrase_opening_what_a_group_said():
    got = _counts('In an October poll, 64 percent of farmers said "most trade deals" have hurt them.')
    assert got["64 percent"] == 'farmers who said "most trade deals" have hurt them'


def test_a_participle_hung_from_the_share():
    got = _counts("The survey found him at a low, with 58 percent of nurses saying they distrust him.")
    assert got["58 percent"] == "nurses saying they distrust him"


def test_the_doers_of_a_passive_verb():
    got = _counts("The levy, which was rejected by 70 percent of members, died.")
    assert got["70 percent"] == "members who rejected the levy"
    got = _counts("The mayor, after all, is viewed favorably by 52 percent in the city.")
    assert got["52 percent"] in ("those who view The mayor favorably", "those who view the mayor favorably")
