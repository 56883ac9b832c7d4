"""Session 11, E2 (issue #19): support for a policy named by a gerund, money given within a
country's politics, figurative blows, "hit targets", and an "object" the parser
found after a colon (texts written for these tests)."""

from __future__ import annotations


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


def test_support_for_a_policy_gerund_is_no_support(extract_text):
    ev = _events(extract_text, "Senator Kaine supports keeping American troops in Iraq.")
    assert "supports" not in ev


def test_support_for_an_owned_campaign_stays_support(extract_text):
    ev = _events(extract_text, "A super PAC is supporting Ben Carson's fading campaign.")
    assert ev["supporting"]["type"] == "SUPPORT"


def test_support_for_a_country_stays_support(extract_text):
    ev = _events(extract_text, "Germany supports Ukraine.")
    assert ev["supports"]["type"] == "SUPPORT"


def test_money_between_politicians_at_home_is_uncoded(extract_text):
    text = "She also said that Trump gave money to Democratic presidential contender Hillary Clinton, Ohio Gov. Ted Strickland (D) and other Democrats."
    ev = _events(extract_text, text)
    assert ev["gave"]["uncoded"] == "political help"


def test_arms_between_leaders_of_two_countries_stay_aid(extract_text):
    ev = _events(extract_text, "Vladimir Putin gave weapons to Bashar al-Assad.")
    assert ev["gave"]["type"] == "AID" and ev["gave"]["uncoded"] is None


def test_a_blow_to_a_plan_is_no_event(extract_text):
    ev = _events(extract_text, "The ruling by the Supreme Court delivered a blow to Barack Obama's immigration plan.")
    assert "delivered" not in ev


def test_a_blow_to_forces_stays_an_assault(extract_text):
    ev = _events(extract_text, "The Pentagon said Syrian jets delivered heavy blows to the rebel militias in Idlib.")
    assert ev["delivered"]["type"] == "ASSAULT"


def test_hit_targets_is_an_assault(extract_text):
    ev = _events(extract_text, "Turkish jets hit targets in northern Iraq on Monday.")
    assert ev["hit"]["type"] == "ASSAULT"


def _parsed(words, heads, deps, pos):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_an_object_after_a_colon_is_no_object():
    from newsfacts.nlp.events.senses import SENSE_CHECKS

    # "Trump returned to ethnicity: the judge ...", the parser's object after the colon
    doc = _parsed(["Trump", "returned", "to", "ethnicity", ":", "the", "judge"], [1, 1, 1, 2, 1, 6, 1],
                  ["nsubj", "ROOT", "prep", "pobj", "punct", "det", "dobj"],
                  ["PROPN", "VERB", "ADP", "NOUN", "PUNCT", "DET", "NOUN"])
    assert not SENSE_CHECKS["transitive"](doc[1])
    doc = _parsed(["Japan", "returned", "the", "island", ":", "a", "gift"], [1, 1, 3, 1, 1, 6, 3],
                  ["nsubj", "ROOT", "det", "dobj", "punct", "det", "appos"],
                  ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN"])
    assert SENSE_CHECKS["transitive"](doc[1])


def test_returned_the_island_stays_a_retreat(extract_text):
    ev = _events(extract_text, "Japan returned the island to Russia on Monday.")
    assert ev["returned"]["type"] == "RETREAT"
