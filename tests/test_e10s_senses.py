"""Session 10, E2 (issue #19): senses of "accept", "call on", "hand over" and the modality of
infinitives and gerunds coordinated under one governing verb (texts written for these tests)."""

from __future__ import annotations


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


# "plans to expel X and to cut Y": the second infinitive, with its own "to", is planned too
def test_second_infinitive_with_own_to_shares_the_plan(extract_text):
    ev = _events(extract_text, "The government plans to expel the ambassador and to cut aid to Ukraine.")
    assert ev["expel"]["modality"] == "future"
    assert ev["cut"]["modality"] == "future"


def test_infinitive_after_a_considered_gerund_is_hypothetical(extract_text):
    text = "Congress is considering sending weapons and to retaliate against Russia for the veto."
    ev = _events(extract_text, text)
    assert ev["retaliate"]["modality"] == "hypothetical"


def test_gerund_after_a_considered_gerund_is_hypothetical(extract_text):
    text = "Sanders argues that the delegates should consider leaving Clinton and backing him."
    ev = _events(extract_text, text)
    assert ev["backing"]["modality"] == "hypothetical"


def test_act_in_a_threat_conjunct_is_not_done(extract_text):
    ev = _events(extract_text, "Russia threatened to cut gas supplies and to expel Polish diplomats.")
    assert ev["threatened"]["type"] == "THREATEN"
    assert "expel" not in ev or ev["expel"]["modality"] not in ("asserted", "reported")


def test_plain_conjunct_acts_stay_asserted(extract_text):
    ev = _events(extract_text, "Russia expelled the ambassador and cut aid to Ukraine.")
    assert ev["expelled"]["modality"] == "asserted"
    assert ev["cut"]["modality"] == "asserted"


def test_accepting_a_nomination_is_no_agreement(extract_text):
    ev = _events(extract_text, "Senator Jane Roe accepted the party's presidential nomination on Thursday night.")
    assert "accepted" not in ev


def test_accepting_a_proposal_is_an_agreement(extract_text):
    ev = _events(extract_text, "Iran accepted the proposal of France on Thursday.")
    assert ev["accepted"]["type"] == "AGREE"


def test_calling_remarks_on_a_date_something_is_no_request(extract_text):
    ev = _events(extract_text, "Party chairman John Roe called Smith's remarks on 9/11 a new low.")
    assert "called" not in ev or ev["called"]["type"] != "REQUEST"


def test_call_on_is_a_request(extract_text):
    ev = _events(extract_text, "The European Union called on Russia to withdraw its troops.")
    assert ev["called"]["type"] == "REQUEST"


def test_handing_the_reins_over_is_no_retreat(extract_text):
    ev = _events(extract_text, "Pollster Ann Roe is handing the reins over to Bob Doe.")
    assert "handing" not in ev


def test_handing_over_a_town_is_a_retreat(extract_text):
    ev = _events(extract_text, "The rebels handed over the town to the Syrian army.")
    assert ev["handed"]["type"] == "RETREAT"


def test_a_named_owners_emails_released_are_no_retreat(extract_text):
    ev = _events(extract_text, "Wikileaks released hacked internal DNC emails on Friday.")
    assert "released" not in ev


def test_findings_released_are_no_retreat(extract_text):
    ev = _events(extract_text, "The F.B.I. released its findings on Tuesday.")
    assert "released" not in ev


def test_a_press_release_is_no_retreat(extract_text):
    ev = _events(extract_text, "Judicial Watch stated in a release Tuesday that the email was found.")
    assert "release" not in ev


def test_release_of_sailors_is_a_retreat(extract_text):
    ev = _events(extract_text, "Iran announced the release of three British sailors.")
    assert ev["release"]["type"] == "RETREAT"


def test_released_tanker_is_a_retreat(extract_text):
    ev = _events(extract_text, "Iran released the British tanker on Friday.")
    assert ev["released"]["type"] == "RETREAT"
