"""Figures a report goes on with past its own sentence (session 15, helper C, issue #20):
projections after a report and a paragraph a report announces with a colon
(``nlp/claims/projections.py``), plural stand-ins ("The figures also show", ``stand_ins.py``),
and a finding made an unnamed actor whose own words name its maker (``maker_names.py``)."""

from __future__ import annotations

from newsfacts.nlp.claims import projections, stand_ins


def _claim(record: dict, text: str) -> dict:
    return next(c for c in record["claims"] if c["text"] == text or c["text"].startswith(text))


def _name(record: dict, claim: dict):
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(claim["claimant"])


_FISCAL = (
    "The Legislative Fiscal Office released its revenue forecast for Oregon on Monday.\n\n"
    "The fiscal office said lottery receipts fell 4 percent last year and would keep falling.\n\n"
    "The state's reserve fund is projected to be $380 million at the end of June, and spending on "
    "prisons would climb to $1.9 billion by 2019."
)


def test_c15_a_projection_takes_the_report_before_it(extract_text):
    r = extract_text(_FISCAL)
    assert _name(r, _claim(r, "$380 million")) == "Legislative Fiscal Office"
    assert _name(r, _claim(r, "$1.9 billion")) == "Legislative Fiscal Office"


def test_c15_projections_switched_off_give_nothing(extract_text, monkeypatch):
    monkeypatch.setattr(projections, "OFF", True)
    r = extract_text(_FISCAL)
    assert _claim(r, "$380 million")["claimant"] is None


def test_c15_a_projection_after_a_direct_quotation_is_the_writers(extract_text):
    r = extract_text(
        "\"We will not raise fees this year,\" said Mayor Dana Whitcombe of Harlow.\n\n"
        "Parking revenue would rise by 6 percent under a plan the council passed in May."
    )
    assert _claim(r, "6 percent")["claimant"] is None


def test_c15_a_figure_that_is_no_projection_stays_the_writers(extract_text):
    r = extract_text(
        "The county auditor said the jail budget was balanced for the first time in a decade.\n\n"
        "The jail holds 1,200 inmates on an average night."
    )
    assert _claim(r, "1,200")["claimant"] is None


def test_c15_a_colon_hands_the_next_paragraph_to_the_report(extract_text):
    r = extract_text(
        "The Tax Foundation, a research group in Washington, also points out some other numbers:\n\n"
        "The average property tax bill in New Jersey is $8,400, though over half the counties charge "
        "less."
    )
    assert _name(r, _claim(r, "$8,400")) == "Tax Foundation"


def test_c15_no_colon_no_announcement(extract_text):
    r = extract_text(
        "The Tax Foundation, a research group in Washington, also points out some other numbers.\n\n"
        "The average property tax bill in New Jersey is $8,400, though over half the counties charge "
        "less."
    )
    assert _name(r, _claim(r, "$8,400")) != "Tax Foundation"


_CENSUS = (
    "The Census Bureau released new population estimates on Thursday.\n\n"
    "The bureau said the population of Utah grew by 2 percent last year.\n\n"
    "The figures also show that 14 states lost population."
)


def test_c15_the_figures_stand_in_for_the_estimates(extract_text):
    r = extract_text(_CENSUS)
    assert _name(r, _claim(r, "14")) == "Census Bureau"


def test_c15_plural_stand_ins_switched_off(extract_text, monkeypatch):
    monkeypatch.setattr(stand_ins, "PLURALS_OFF", True)
    r = extract_text(_CENSUS)
    assert _name(r, _claim(r, "14")) != "Census Bureau"


def test_c15_the_filing_is_the_disclosure_of_the_senator(extract_text):
    r = extract_text(
        "Senator Ray Holloway released his annual financial disclosure on Friday.\n\n"
        "According to the filing, Holloway earned $174,000 in salary last year."
    )
    assert _name(r, _claim(r, "$174,000")) == "Ray Holloway"


def test_c15_a_poll_made_an_unnamed_actor_gives_way_to_its_maker(extract_text):
    text = "Trump still leads the Republican field with 24.6 percent, according to a recent poll by RealClearPolitics."
    r = extract_text(text)
    assert _name(r, _claim(r, "24.6 percent")) == "RealClearPolitics"

