"""Round 10 counted events (issue #19): an act a yes/no question asks about is no act asserted
("Did Russia attack Ukraine?"), a wh-question presupposes it ("Why did Russia attack ...?");
an "about" gerund is a topic of talk even when the parser hangs "about" on a noun; "talk up" /
"talk down" is praise or play-down, no meeting."""

from __future__ import annotations


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


def test_yes_no_question_is_hypothetical(extract_text):
    ev = _events(extract_text, "Did Russia attack Ukraine on Monday?")
    assert ev["attack"]["modality"] == "hypothetical"


def test_modal_question_above_the_trigger(extract_text):
    text = "Would the new sanctions make the rebels less committed to kill Americans?"
    ev = _events(extract_text, text)
    assert ev["kill"]["modality"] == "hypothetical"


def test_wh_question_keeps_the_act(extract_text):
    ev = _events(extract_text, "Why did Russia attack Ukraine on Monday?")
    assert ev["attack"]["modality"] == "asserted"


def test_statement_before_a_question_is_asserted(extract_text):
    ev = _events(extract_text, "Russia attacked Ukraine on Monday, but will NATO respond?")
    assert ev["attacked"]["modality"] == "asserted"


def test_statement_is_asserted(extract_text):
    ev = _events(extract_text, "Russia attacked Ukraine on Monday.")
    assert ev["attacked"]["modality"] == "asserted"


def test_about_gerund_hung_on_a_noun_is_a_topic(extract_text):
    text = "Senator Warren had been talking with officials from the Clinton campaign for weeks about her endorsing Clinton."
    ev = _events(extract_text, text)
    assert ev["endorsing"]["modality"] == "hypothetical"
    assert ev["talking"]["modality"] == "asserted"


def test_endorsement_done_after_talks_is_asserted(extract_text):
    ev = _events(extract_text, "Warren talked with Clinton for weeks about the campaign and endorsed her on Friday.")
    assert ev["endorsed"]["modality"] == "asserted"


def test_talk_up_is_no_meeting(extract_text):
    ev = _events(extract_text, "LeVell talked up Donald Trump on the radio on Monday.")
    assert "talked" not in ev or ev["talked"]["type"] != "CONSULT"


def test_talk_with_is_a_meeting(extract_text):
    ev = _events(extract_text, "Obama talked with Putin on Monday.")
    assert ev["talked"]["type"] == "CONSULT"


def test_war_refugees_name_people_not_a_war(extract_text):
    text = "Trump discussed his opposition to the resettlement of Syrian war refugees in the United States."
    assert "war" not in _events(extract_text, text)


def test_war_waged_is_an_event(extract_text):
    ev = _events(extract_text, "Russia waged war on Ukraine in 2022.")
    assert ev["war"]["type"] == "ASSAULT"


def test_wished_clause_is_hypothetical(extract_text):
    ev = _events(extract_text, "She wishes that Obama had met Putin in Paris.")
    assert ev["met"]["modality"] == "hypothetical"


def test_wished_luck_after_a_meeting_keeps_the_meeting(extract_text):
    ev = _events(extract_text, "Obama met Putin in Paris and wished him luck.")
    assert ev["met"]["modality"] == "asserted"
