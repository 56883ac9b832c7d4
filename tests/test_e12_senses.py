"""Session 11, E2 (issue #19): warnings that advise, "pledged delegates", "a demonstration of
how", management handed over, and modality carried along lists of infinitives and of "by"
phrases, from "lobbied for X to", and from a belief the text says is not held (texts written
for these tests)."""

from __future__ import annotations


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


def test_advice_not_to_is_no_threat(extract_text):
    ev = _events(extract_text, "His daughter warned Senator Bob Corker not to get too angry in the debate.")
    assert "warned" not in ev


def test_advice_to_act_is_no_threat(extract_text):
    ev = _events(extract_text, "The Department of Homeland Security warned mayors in Texas to boost security at polling places.")
    assert "warned" not in ev


def test_warning_not_to_attack_stays_a_threat(extract_text):
    ev = _events(extract_text, "Japan warned North Korea not to attack its fishing boats.")
    assert ev["warned"]["type"] == "THREATEN"


def test_warning_to_withdraw_stays_a_threat(extract_text):
    ev = _events(extract_text, "Egypt warned Sudan to withdraw its soldiers from the border.")
    assert ev["warned"]["type"] == "THREATEN"


def test_pledged_delegates_are_no_pledge(extract_text):
    ev = _events(extract_text, "A count of pledged delegates by the Associated Press puts Senator Kaine ahead of Governor Brown.")
    assert "pledged" not in ev


def test_a_pledge_made_stays_an_agreement(extract_text):
    ev = _events(extract_text, "Germany pledged aid to Poland.")
    assert ev["pledged"]["type"] == "AGREE"


def test_demonstration_of_how_is_no_protest(extract_text):
    ev = _events(extract_text, "Governor Brown beat Senator Kaine in Iowa on Monday, another demonstration of how hard it is for Kaine to win.")
    assert "demonstration" not in ev


def test_demonstration_of_support_is_no_protest(extract_text):
    ev = _events(extract_text, "The rally for Governor Brown in Ohio was a demonstration of support from the unions.")
    assert "demonstration" not in ev


def test_demonstration_against_stays_a_protest(extract_text):
    ev = _events(extract_text, "Thousands of farmers held a demonstration against Governor Brown in Des Moines.")
    assert ev["demonstration"]["type"] == "PROTEST"


def test_management_handed_over_is_no_retreat(extract_text):
    ev = _events(extract_text, "The county handed over management of the old harbor to the state of Maine.")
    assert "handed" not in ev


def test_territory_handed_over_stays_a_retreat(extract_text):
    ev = _events(extract_text, "Armenia handed over three villages to Azerbaijan in April.")
    assert ev["handed"]["type"] == "RETREAT"


def test_last_of_a_list_of_promised_acts_is_future(extract_text):
    ev = _events(extract_text, "Governor Brown is promising to cut taxes, hire teachers and deport Syrian refugees.")
    # since round 16 what is promised is the promise's content: a note on it, no event
    assert "deport" not in ev and any("'deport'" in n for e in ev.values() for n in e["notes"]), ev


def test_last_of_a_list_of_ways_is_hypothetical(extract_text):
    text = "Congress could respond in several ways: by suing Governor Brown, by cutting funds or by asking prosecutors to charge Brown."
    ev = _events(extract_text, text)
    assert ev["asking"]["modality"] == "hypothetical"


def test_means_of_an_act_done_stays_asserted(extract_text):
    ev = _events(extract_text, "Senator Kaine answered by criticizing Governor Brown on Monday.")
    assert ev["criticizing"]["modality"] == "asserted"


def test_act_lobbied_for_is_not_asserted(extract_text):
    ev = _events(extract_text, "Mr. Haas lobbied for the Germans to support Poland's membership.")
    # since round 16 what is lobbied for is the request's content: a note on it, no event
    assert "support" not in ev and any("'support'" in n for e in ev.values() for n in e["notes"]), ev


def test_act_under_a_belief_not_held_is_not_asserted(extract_text):
    ev = _events(extract_text, "I don't want to think that Serbia attacked Kosovo.")
    assert ev["attacked"]["modality"] == "hypothetical"


def test_act_under_a_belief_held_is_reported(extract_text):
    ev = _events(extract_text, "I think that Serbia attacked Kosovo.")
    assert ev["attacked"]["modality"] == "reported"


def test_act_in_an_idea_played_down_is_negated(extract_text):
    ev = _events(extract_text, "Ted Cruz played down the idea that he had struck a deal with John Kasich.")
    assert ev["deal"]["modality"] == "negated"


def test_act_in_an_idea_confirmed_is_not_negated(extract_text):
    ev = _events(extract_text, "Ted Cruz confirmed the idea that he had struck a deal with John Kasich.")
    assert ev["deal"]["modality"] != "negated"


def test_meeting_after_a_present_tense_after_is_future(extract_text):
    text = "Governor Brown will endorse Senator Kaine on Friday after Brown meets with Kaine in Richmond."
    ev = _events(extract_text, text)
    assert ev["meets"]["modality"] == "future"


def test_meeting_after_a_past_tense_after_stays_asserted(extract_text):
    ev = _events(extract_text, "Governor Brown endorsed Senator Kaine after he met with Kaine in Richmond.")
    assert ev["met"]["modality"] == "asserted"
