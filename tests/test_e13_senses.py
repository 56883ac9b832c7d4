"""Session 11, E3 (issue #19): commitments made vs held, cutting off a person, enabling by a
thing, requests by commentators and outlets, talks with the press (texts written for these tests)."""

from __future__ import annotations


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


def test_commitment_as_resolve_is_no_agreement(extract_text):
    ev = _events(extract_text, "Trump reaffirmed his commitment to tearing down the law.")
    assert "commitment" not in ev


def test_standing_treaty_commitments_are_no_agreement(extract_text):
    ev = _events(extract_text, "Obama said the United States will honor our treaty commitments to NATO allies.")
    assert "commitments" not in ev


def test_commitment_made_to_an_actor_is_an_agreement(extract_text):
    ev = _events(extract_text, "Iran made a commitment to the IAEA to halt enrichment.")
    assert ev["commitment"]["type"] == "AGREE"


def test_commitment_obtained_from_an_actor_is_an_agreement(extract_text):
    ev = _events(extract_text, "The Pentagon secured a commitment from Tehran to release the sailors.")
    assert ev["commitment"]["type"] == "AGREE"


def test_cutting_off_a_reporter_is_no_sanction(extract_text):
    ev = _events(extract_text, "Trump cut off a reporter from CNN during the press conference in Washington.")
    assert "cut" not in ev


def test_cutting_him_off_is_no_sanction(extract_text):
    ev = _events(extract_text, "Trump cut him off before he could finish the question.")
    assert "cut" not in ev


def test_cutting_off_supplies_stays_a_sanction(extract_text):
    ev = _events(extract_text, "Russia cut off gas supplies to Ukraine.")
    assert ev["cut"]["type"] == "SANCTION"


def test_a_thing_that_allows_makes_no_concession(extract_text):
    ev = _events(extract_text, "The test allows Pyongyang to refine its missiles, Japan said.")
    assert "allows" not in ev


def test_a_government_that_allows_concedes(extract_text):
    ev = _events(extract_text, "The government allowed aid convoys to enter Aleppo.")
    assert ev["allowed"]["type"] == "RETREAT"  # letting aid in (CAMEO 0863) since session 15; still an event


def test_a_primary_which_allows_voters_makes_no_concession(extract_text):
    text = "Missouri holds an open primary, which allows voters of any party to join Sanders."
    ev = _events(extract_text, text)
    assert "allows" not in ev


def test_being_committed_to_a_goal_is_no_agreement(extract_text):
    ev = _events(extract_text, "The United States is committed to defending Japan against China.")
    assert "committed" not in ev


def test_committing_crimes_is_no_agreement(extract_text):
    ev = _events(extract_text, "The rebels committed war crimes against civilians in Aleppo.")
    assert "committed" not in ev or ev["committed"]["type"] != "AGREE"


def test_having_committed_to_an_act_is_an_agreement(extract_text):
    ev = _events(extract_text, "Iran has committed to halting enrichment under the deal with the IAEA.")
    assert ev["committed"]["type"] == "AGREE"


def test_a_columnist_urging_is_no_request(extract_text):
    ev = _events(extract_text, "Columnist George Will urged Republicans to abandon Trump.")
    assert "urged" not in ev


def test_an_outlet_calling_on_an_actor_is_no_request(extract_text):
    text = "In a scathing opinion piece, The Wall Street Journal called on Trump to drop out."
    ev = _events(extract_text, text)
    assert "called" not in ev


def test_a_senator_urging_is_a_request(extract_text):
    ev = _events(extract_text, "Senator Rubio urged Congress to pass the bill.")
    assert ev["urged"]["type"] == "REQUEST"


def test_a_press_secretary_urging_is_a_request(extract_text):
    ev = _events(extract_text, "White House Press Secretary Josh Earnest urged Congress to pass the bill.")
    assert ev["urged"]["type"] == "REQUEST"


def test_discussing_with_a_host_is_no_consultation(extract_text):
    ev = _events(extract_text, "Trump discussed his tax plan with Fox News host Sean Hannity on Tuesday.")
    assert "discussed" not in ev


def test_discussing_with_a_leader_is_a_consultation(extract_text):
    ev = _events(extract_text, "Obama discussed the Iran deal with Prime Minister Netanyahu on Tuesday.")
    assert ev["discussed"]["type"] == "CONSULT"
