"""Findings, people and organisations named again by a stand-in (session 14, helper C,
``nlp/claims/stand_ins.py``): "The researchers found ...", "The report estimates ...", "the
paper notes ...", "it says ...", "researchers at X", "The agency concluded ..."."""

from __future__ import annotations


def _claim(record: dict, text: str) -> dict:
    return next(c for c in record["claims"] if c["text"] == text or c["text"].startswith(text))


def _name(record: dict, claim: dict):
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(claim["claimant"])


def test_c14_the_report_and_it_are_the_makers_analysis(extract_text):
    r = extract_text(
        "The Congressional Budget Office released its analysis of the Harbor Act on Monday. The report "
        "estimates that the bill would cost $1.4 trillion. It also found that 21 million people would "
        "lose coverage."
    )
    assert _name(r, _claim(r, "$1.4 trillion")) == "Congressional Budget Office"
    assert _name(r, _claim(r, "21 million")) == "Congressional Budget Office"


def test_c14_the_paper_a_country_distributed(extract_text):
    r = extract_text(
        "Norway is distributing to members of parliament a long white paper on its fisheries.\n\n"
        "The paper comes ahead of a separate parliamentary report due in May.\n\n"
        "For instance, the paper says that inspectors checked 4,000 vessels last year."
    )
    assert _name(r, _claim(r, "4,000")) == "Norway"


def test_c14_a_report_with_no_maker_between_gives_nothing(extract_text):
    r = extract_text(
        "The Brennan Institute released a study of voter rolls in March. A separate report circulated "
        "among lawmakers this week. The report says 12,000 names were removed."
    )
    assert _name(r, _claim(r, "12,000")) != "Brennan Institute"


def test_c14_they_for_researchers_at_a_university(extract_text):
    r = extract_text(
        "Researchers at Stanford University looked at voting records in twelve states. They found that "
        "turnout fell by 4 percent."
    )
    assert _name(r, _claim(r, "4 percent")) == "Stanford University"


def test_c14_the_agency_is_the_one_organisation_named_before(extract_text):
    r = extract_text(
        "The Government Accountability Office reviewed the loan program last year. The agency concluded "
        "that 30 percent of payments were improper."
    )
    assert _name(r, _claim(r, "30 percent")) == "Government Accountability Office"


def test_c14_the_group_after_two_groups_claims_nothing_named(extract_text):
    r = extract_text(
        "The Harlow Policy Network sued the Kelbrook Coalition in federal court on Monday. The group "
        "said donations fell 5 percent in the quarter."
    )
    assert _name(r, _claim(r, "5 percent")) not in ("Harlow Policy Network", "Kelbrook Coalition")


def test_c14_the_report_takes_the_one_maker_named_later(extract_text):
    r = extract_text(
        "A spokesman for Senator Ada Lane called a report on her charity outrageous.\n\n"
        "The report published Tuesday showed that more than half of her meetings were with donors.\n\n"
        "Her office said the AP report is misleading."
    )
    assert _name(r, _claim(r, "more than half")) == "AP"


def test_c14_the_polls_sample_in_a_sentence_about_the_poll(extract_text):
    r = extract_text(
        "Lane leads Ford by 6 points in a new Harbor University poll released Tuesday.\n\n"
        "Lane has 46 percent to Ford's 40 percent, according to the Harbor University poll.\n\n"
        "The nationwide poll was conducted July 8 to 12 among 1,358 registered voters."
    )
    assert _name(r, _claim(r, "1,358")) == "Harbor University"


def test_c14_the_poll_with_two_makers_in_the_story_stays_empty(extract_text):
    r = extract_text(
        "Lane leads Ford by 6 points in a new Harbor University poll. A Kestrel Research poll last "
        "month had the race tied.\n\nThe nationwide poll was conducted July 8 to 12 among 1,020 registered voters."
    )
    assert _claim(r, "1,020")["claimant"] is None
