"""Claimants, session 10 round 2 (helper C2): a poll's respondent quoted by name is not the poll,
a colon lead-in is nobody's report, a share "of voters in the poll" is the poll's, a cue after a
colon does not report what comes before it, and "claiming 46 percent of the vote" is a result."""

from __future__ import annotations


def _claim(record: dict, text: str) -> dict:
    return next(c for c in record["claims"] if c["text"] == text)


def _name(record: dict, claim: dict):
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(claim["claimant"])


def test_c10d_a_respondent_among_those_polled_is_not_the_poll(extract_text):
    r = extract_text(
        "In a new Gallup poll, likely voters say the economy matters most to them this year.\n\n"
        "\"Prices keep going up,\" Mary Jones, 45, of Dayton, Ohio, who was among those polled, said in an interview.\n\n"
        "Thirty-one percent of those surveyed say they would vote for Smith.\n\n"
        "A third of independents, 33%, say they feel that way."
    )
    for text in ("Thirty-one percent", "33%"):
        assert _name(r, _claim(r, text)) != "Mary Jones"


def test_c10d_a_colon_lead_in_does_not_stop_the_poll(extract_text):
    r = extract_text(
        "A new Gallup poll finds that voters are unhappy with both candidates.\n\n"
        "For Smith, a majority of likely voters, 56%, have a negative response to his nomination, "
        "including 18% who say they would be dissatisfied.\n\n"
        "Clinton fares only a bit better: 54% have a negative response to her nomination, including 21% who would be dissatisfied."
    )
    assert _name(r, _claim(r, "56%")) == "Gallup"
    assert _name(r, _claim(r, "54%")) == "Gallup"


def test_c10d_a_share_of_voters_in_the_poll_is_the_polls(extract_text):
    r = extract_text(
        "A new Gallup poll finds Smith ahead of Jones in the state.\n\n"
        "Smith's pollster, Tom Brown, says his man has the money to win. \"The race is ours,\" he says.\n\n"
        "Fifteen percent of voters in the poll were undecided."
    )
    assert _name(r, _claim(r, "Fifteen percent")) == "Gallup"


def test_c10d_a_cue_after_a_colon_does_not_report_what_is_before_it(extract_text):
    r = extract_text(
        "The Daily Courier focuses on how many people the gunmen were able to kill in a 30-minute shooting spree: "
        "\"In taking 129 lives in little more than half an hour, the attackers showed how deadly these guns can be.\""
    )
    assert "attackers" not in (_name(r, _claim(r, "30-minute")) or "")


def test_c10d_claiming_a_share_of_the_vote_is_a_result(extract_text):
    r = extract_text("Donald Trump won the Nevada caucuses on Tuesday, claiming 46 percent of the vote.")
    assert _claim(r, "46 percent")["claimant"] is None
    r = extract_text("Donald Trump claimed that 46 percent of voters backed him.")
    assert _name(r, _claim(r, "46 percent")) == "Donald Trump"


def test_c10d_a_declaration_is_its_filers(extract_text):
    r = extract_text(
        "Officials searched the records of three aides, according to a declaration filed in federal court "
        "by Tom Hackett, director of the records office."
    )
    assert _name(r, _claim(r, "three")) == "Tom Hackett"
