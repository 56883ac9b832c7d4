"""Session 10, round 2, E2 (issue #19): road accidents, losses counted by the side that suffered
them, "lift" in another sense, idioms ("seized the floor", "a war record", "took a parting
shot"), and the modality of a clause under "see"/"let" (texts written for these tests)."""

from __future__ import annotations


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


def test_vehicle_striking_is_no_assault(extract_text):
    ev = _events(extract_text, "Police in Ohio said a car struck Senator Portman as he crossed the road.")
    assert "struck" not in ev


def test_forces_striking_stay_an_assault(extract_text):
    ev = _events(extract_text, "Russian forces struck a rebel base near Aleppo on Monday.")
    assert ev["struck"]["type"] == "ASSAULT"


def test_losses_suffered_are_no_assault_by_the_sufferer(extract_text):
    ev = _events(extract_text, "The Syrian army lost 300 killed and 500 wounded near Aleppo in March.")
    assert "killed" not in ev and "wounded" not in ev


def test_killing_by_an_actor_stays_an_assault(extract_text):
    ev = _events(extract_text, "Islamic State fighters killed 300 Syrian soldiers near Aleppo in March.")
    assert ev["killed"]["type"] == "ASSAULT"


def test_lifting_a_candidate_is_no_retreat(extract_text):
    ev = _events(extract_text, "His visits to Ohio and his allies' ads helped lift Kasich into contention.")
    assert "lift" not in ev


def test_lifting_sanctions_stays_a_retreat(extract_text):
    ev = _events(extract_text, "The European Union lifted its sanctions on Iran in January.")
    assert ev["lifted"]["type"] == "RETREAT"


def test_seizing_the_floor_is_no_seizure(extract_text):
    ev = _events(extract_text, "Senator Ted Cruz seized the floor of the Senate on Tuesday.")
    assert "seized" not in ev


def test_seizing_an_airport_stays_coercion(extract_text):
    ev = _events(extract_text, "Russian troops seized the airport in Crimea on Friday.")
    assert ev["seized"]["type"] == "COERCE"


def test_a_war_record_is_no_war(extract_text):
    ev = _events(extract_text, "Senator McCain questioned President Obama's war record on Sunday.")
    assert "war" not in ev


def test_a_parting_shot_is_no_shooting(extract_text):
    ev = _events(extract_text, "Senator Rubio took a parting shot at Donald Trump on Friday.")
    assert "shot" not in ev or ev["shot"]["type"] != "ASSAULT"
    assert ev["took"]["type"] == "ACCUSE"


def test_striking_a_deal_or_a_tone_is_no_assault(extract_text):
    ev = _events(extract_text, "Iran struck a deal with the United States, and Trump struck a softer tone toward Mexico.")
    assert "struck" not in ev or ev["struck"]["type"] != "ASSAULT"
    assert all(e["type"] != "ASSAULT" for e in ev.values())


def test_striking_down_a_law_is_no_assault(extract_text):
    ev = _events(extract_text, "The Supreme Court struck down the Texas abortion law on Monday.")
    assert all(e["type"] != "ASSAULT" for e in ev.values())


def test_clause_under_a_wished_seeing_is_not_done(extract_text):
    text = "Speaker Paul Ryan would like to see Donald Trump come around to backing Mitt Romney."
    ev = _events(extract_text, text)
    assert ev["backing"]["modality"] not in ("asserted", "reported")


def test_clause_under_a_plain_seeing_stays_asserted(extract_text):
    ev = _events(extract_text, "Speaker Paul Ryan watched Donald Trump attack Mitt Romney in Detroit.")
    assert ev["attack"]["modality"] == "asserted"


def test_delivering_a_tribute_is_no_aid(extract_text):
    ev = _events(extract_text, "Senator Chris Murphy delivered a moving tribute to the teachers of Newtown.")
    assert "delivered" not in ev


def test_delivering_food_stays_aid(extract_text):
    ev = _events(extract_text, "The United Nations delivered food to Syrian refugees in Madaya.")
    assert ev["delivered"]["type"] == "AID"


def test_an_idea_defying_the_party_is_no_rejection(extract_text):
    ev = _events(extract_text, "Mr. Trump's populism defies almost everything the Republican Party stands for.")
    assert "defies" not in ev


def test_a_state_defying_the_council_stays_a_rejection(extract_text):
    ev = _events(extract_text, "Iran defied the United Nations Security Council on Monday.")
    assert ev["defied"]["type"] == "REJECT"
