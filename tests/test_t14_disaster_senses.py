"""Session 14, T (issue #19): people harmed by a natural force or an accident are no event of an
actor; attacks in the same clause still are (texts written for these tests)."""

from __future__ import annotations


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


def test_killed_in_an_earthquake_is_no_assault(extract_text):
    assert "killed" not in _events(extract_text, "Nine Peruvian miners were killed in the earthquake near Lima.")


def test_killed_by_a_landslide_is_no_assault(extract_text):
    assert "killed" not in _events(extract_text, "Four Nepali police officers were killed by a landslide near Pokhara.")


def test_killed_in_a_crash_is_no_assault(extract_text):
    assert "killed" not in _events(extract_text, "Two Belgian soldiers were killed in a helicopter crash in Niger.")


def test_injured_when_a_storm_hit_is_no_event(extract_text):
    assert "injured" not in _events(extract_text, "Hundreds of Filipino fishermen were injured when the cyclone hit Luzon.")


def test_killed_after_a_named_typhoon_is_no_assault(extract_text):
    text = "At least eight people have been killed and dozens are missing after Typhoon Lorna lashed Japan, officials said."
    assert "killed" not in _events(extract_text, text)


def test_killed_in_an_ambush_during_a_storm_stays_an_assault(extract_text):
    ev = _events(extract_text, "Three Malian soldiers were killed in a jihadist ambush near Gao during the sandstorm.")
    assert ev["killed"]["type"] == "ASSAULT"


def test_killed_in_an_air_strike_after_the_rain_stays_an_assault(extract_text):
    ev = _events(extract_text, "Four Yemeni civilians were killed in a Saudi air strike after the rain stopped.")
    assert ev["killed"]["type"] == "ASSAULT"


def test_an_arrest_during_a_storm_stays_an_event(extract_text):
    ev = _events(extract_text, "Turkish police arrested twelve Kurdish activists during the snowstorm in Ankara.")
    assert ev["arrested"]["type"] == "COERCE"


def test_an_attacker_named_by_by_is_kept(extract_text):
    ev = _events(extract_text, "Five Nigerian villagers were killed by Boko Haram fighters during the floods.")
    assert ev["killed"]["type"] == "ASSAULT"
