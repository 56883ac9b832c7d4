"""Claimants carried from a finding named before (session 13, helper C): a poll named with a time
of its own reaches only its paragraph, a share placed in another year or a contest's result is not
the poll's, what a person "shows" is no finding, a frame naming a maker no entity holds, and a poll
named after its figure whose source words the parse ran on past a comma."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import carried, findings_after, named_findings


def _claim(record: dict, text: str) -> dict:
    return next(c for c in record["claims"] if c["text"] == text or c["text"].startswith(text))


def _name(record: dict, claim: dict):
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(claim["claimant"])


_DATED = (
    "A new Quinnipiac University poll released Tuesday shows the governor gaining ground in the state.\n\n"
    "Older adults see it differently. In April, a Reuters/Ipsos poll found that 43 percent of adults "
    "backed the bathroom bill.\n\n"
    "On social issues, the rising generation tends to hold liberal views: 53 percent describe "
    "themselves as liberal."
)


def test_c13_a_poll_named_with_an_earlier_time_reaches_only_its_paragraph(extract_text):
    r = extract_text(_DATED)
    assert _name(r, _claim(r, "43 percent")) is not None  # its own figure
    assert _name(r, _claim(r, "53 percent")) not in ("Reuters", "Ipsos", "Reuters/Ipsos")


def test_c13_the_dated_rule_is_what_stops_the_carry(extract_text, monkeypatch):
    monkeypatch.setattr(carried, "DATED_OFF", True)
    r = extract_text(_DATED)
    assert _name(r, _claim(r, "53 percent")) in ("Reuters", "Ipsos", "Reuters/Ipsos")


@pytest.mark.parametrize("sentence, share", [
    ("They cannot say the same about Nevada, where minority voters in 2008 accounted for 30 percent of caucusgoers.", "30 percent"),
    ("Compared with the 2008 race, her standing is close to Obama's 34 percent support.", "34 percent"),
    ("But Smith came in third place in the state's Republican caucuses this March, earning only 14 percent of the vote.", "14 percent"),
])
def test_c13_a_share_of_another_year_or_a_contest_result_is_not_the_polls(extract_text, sentence, share):
    text = ("A new Monmouth University poll released Monday finds Smith leading Jones by 46 percent to 35 percent.\n\n"
            + sentence)
    r = extract_text(text)
    assert _claim(r, share)["claimant"] is None


def test_c13_a_share_of_the_poll_still_carries(extract_text):
    r = extract_text("A new Monmouth University poll released Monday finds Smith leading in the state.\n\n"
                     "Among independents, 41 percent back Smith and 38 percent back Jones.")
    assert _name(r, _claim(r, "41 percent")) == "Monmouth University"


_SHOWED = ("Fiorina showed subtle hints that she was having second thoughts about the merger.\n\n"
           "With the board's backing, she mounted a counterattack on the family foundations that owned 18 percent of the shares.")


def test_c13_what_a_person_shows_is_no_finding(extract_text, monkeypatch):
    r = extract_text(_SHOWED)
    assert _claim(r, "18 percent")["claimant"] is None
    monkeypatch.setattr(findings_after, "ORG_FOUND_OFF", True)
    r = extract_text(_SHOWED)
    assert _name(r, _claim(r, "18 percent")) == "Fiorina"


_FRAME = ("The polls of the state have given little clarity. In an average calculated by RealClearPolitics, "
          "Trump leads the field with 36 percent support, and Cruz is at 20 percent.")


def test_c13_a_frame_naming_a_maker_no_entity_holds(extract_text, monkeypatch):
    r = extract_text(_FRAME)
    assert _name(r, _claim(r, "20 percent")) == "RealClearPolitics"
    monkeypatch.setattr(named_findings, "UNNAMED_OFF", True)
    r = extract_text(_FRAME)
    assert _claim(r, "20 percent")["claimant"] is None


def test_c13_a_poll_named_after_its_figure_cut_at_the_comma(extract_text):
    r = extract_text("Carson once led in national polls. But he fell to 10 percent in the latest CNN/ORC poll released "
                     "Wednesday, a collapse driven by a series of blunders at a time when Republican voters see "
                     "national security as their top concern.")
    assert _name(r, _claim(r, "10 percent")) in ("CNN", "ORC", "CNN/ORC")


def test_c13_the_year_and_contest_rules_are_what_stop_the_carry(extract_text, monkeypatch):
    monkeypatch.setattr(carried, "DATED_OFF", True)
    r = extract_text("A new Monmouth University poll released Monday finds Smith leading Jones by 46 percent to 35 percent.\n\n"
                     "But Smith came in third place in the state's Republican caucuses this March, earning only 14 percent of the vote.")
    assert _name(r, _claim(r, "14 percent")) == "Monmouth University"


def test_c13_the_comma_cut_is_what_names_the_poll(extract_text, monkeypatch):
    monkeypatch.setattr(carried, "DATED_OFF", True)
    r = extract_text("Carson once led in national polls. But he fell to 10 percent in the latest CNN/ORC poll released "
                     "Wednesday, a collapse driven by a series of blunders at a time when Republican voters see "
                     "national security as their top concern.")
    assert _claim(r, "10 percent")["claimant"] is None


def test_c13_a_quote_whose_content_is_a_figure_alone_speaks_for_nobody(monkeypatch):
    from types import SimpleNamespace

    text = "The exceptions are Kent County (Ramos approval 31 percent, Wilson support 33 percent) and Lake County."
    a = text.index("33 percent")
    bare = SimpleNamespace(kind="reaction", evidence=[(a, a + len("33 percent"))])
    words = SimpleNamespace(kind="reaction", evidence=[(text.index("Kent"), a)])
    said = SimpleNamespace(kind="indirect", evidence=[(a, a + len("33 percent"))])
    assert findings_after.bare_figure(text, bare)
    assert not findings_after.bare_figure(text, words)
    assert not findings_after.bare_figure(text, said)
    monkeypatch.setattr(findings_after, "BARE_OFF", True)
    assert not findings_after.bare_figure(text, bare)


_AFTER = ("The two men are campaigning hard before the primary on Tuesday. Smith leads Jones by roughly 7 percentage "
          "points, 45%-38.5%, in the RealClearPolitics average of recent state polls.")


def test_c13_a_finding_named_after_its_figures_by_a_maker_no_entity_holds(extract_text, monkeypatch):
    r = extract_text(_AFTER)
    assert _name(r, _claim(r, "roughly 7 percentage points")) == "RealClearPolitics"
    assert _name(r, _claim(r, "45%-38.5%")) == "RealClearPolitics"
    monkeypatch.setattr(carried, "DATED_OFF", True)
    r = extract_text(_AFTER)
    assert _claim(r, "45%-38.5%")["claimant"] is None


_REPORT = ("Renters are upbeat. A report released by the Brookfield Institute for Housing Policy noted that renters "
           "feel more secure than owners do: 64 percent of renters expect their rent to stay flat.")


def test_c13_a_report_reaches_the_figures_after_its_content(extract_text, monkeypatch):
    r = extract_text(_REPORT)
    assert _name(r, _claim(r, "64 percent")) == "Brookfield Institute for Housing Policy"
    monkeypatch.setattr(findings_after, "REPORTS_OFF", True)
    r = extract_text(_REPORT)
    assert _claim(r, "64 percent")["claimant"] is None
