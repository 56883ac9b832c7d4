"""Session 15, T (issue #19): CAMEO categories the word lists coded to the wrong PLOVER type or
missed, found by writing one news sentence per CAMEO code (texts written for these tests)."""

from __future__ import annotations

import pytest


def _events(extract_text, text: str) -> dict:
    rec = extract_text(text)
    return {text[e["trigger"][0]:e["trigger"][1]]: e for e in rec["events"]}


def _typed(extract_text, text: str, trigger: str) -> tuple[str, str]:
    ev = _events(extract_text, text)[trigger]
    return ev["type"], ev["cameo"]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Rioters torched cars and looted shops in the suburbs of Lyon.", "torched", ("PROTEST", "145")),
    ("Angry demonstrators burned the Danish flag outside the embassy in Amman.", "burned", ("PROTEST", "145")),
    ("Police set fire to the protest camp in Cairo.", "set", ("ASSAULT", "1712")),
    ("Truck drivers blocked the roads into Santiago to protest against fuel prices.", "blocked", ("PROTEST", "144")),
])
def test_damage_and_blocking_by_protesters_is_a_protest(extract_text, text, trigger, expected):
    assert _typed(extract_text, text, trigger) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kuwait expelled a Filipino maid accused of theft.", ("COERCE", "174")),
    ("The Russian authorities expelled a British journalist working for the Guardian.", ("COERCE", "174")),
    ("Poland expelled a Russian diplomat suspected of spying.", ("SANCTION", "166")),
    ("Kenya expelled the Somali ambassador on Monday.", ("SANCTION", "166")),
    ("Russia expelled three members of the British embassy staff.", ("SANCTION", "166")),
])
def test_who_is_expelled_decides_the_type(extract_text, text, expected):
    assert _typed(extract_text, text, "expelled") == expected


def test_expelled_from_a_party_is_no_deportation(extract_text):
    ev = _events(extract_text, "The Kenyan ruling party expelled the senator from the party on Friday.")
    assert "expelled" not in ev or ev["expelled"]["cameo"] != "174"


@pytest.mark.parametrize("text", [
    "Iran permitted the IAEA inspectors to examine the site.",
    "Sudan allowed relief workers access to Darfur.",
    "Myanmar allowed United Nations investigators into Rakhine state.",
])
def test_letting_inspectors_or_aid_in_is_a_retreat(extract_text, text):
    ev = [e for e in extract_text(text)["events"] if text[e["trigger"][0]:e["trigger"][1]] in ("permitted", "allowed")]
    assert [(e["type"], e["cameo"]) for e in ev] == [("RETREAT", "086")]


def test_allowing_a_rally_stays_a_concession(extract_text):
    assert _typed(extract_text, "Bolivia allowed the opposition to hold a rally in La Paz.", "allowed")[0] == "CONCEDE"


def test_fighters_surrendering_retreat(extract_text):
    assert _typed(extract_text, "Rebel commanders surrendered to government troops in Goma.", "surrendered") == ("RETREAT", "0874")


def test_walking_out_of_talks_halts_negotiations(extract_text):
    text = "The Palestinian delegation walked out of the negotiations with Israel."
    assert _typed(extract_text, text, "walked") == ("SANCTION", "164")


def test_workers_walking_out_strike(extract_text):
    assert _typed(extract_text, "Thousands of Nigerian workers walked out over the pay freeze.", "walked")[0] == "PROTEST"


@pytest.mark.parametrize("text, trigger, expected", [
    ("Pakistan gave intelligence to the United States that led to the arrest.", "gave", ("COOPERATE", "064")),
    ("Jordanian and Israeli officials exchanged information about the militants.", "exchanged", ("COOPERATE", "064")),
    ("Russia supplied drones and artillery to the Syrian army.", "supplied", ("AID", "070")),
    ("Germany granted political asylum to the Turkish journalist.", "granted", ("AID", "075")),
    ("The IMF approved a $2 billion loan to Ghana.", "approved", ("AID", "071")),
    ("The Red Cross distributed food to refugees in Chad.", "distributed", ("AID", "073")),
])
def test_aid_and_intelligence(extract_text, text, trigger, expected):
    assert _typed(extract_text, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Nigerian and Chadian forces launched a joint operation against Boko Haram.", "operation", ("COOPERATE", "062")),
    ("Chile and Peru launched a joint project to build a highway.", "project", ("COOPERATE", "061")),
    ("The European Union imposed a travel ban on Belarusian officials.", "ban", ("SANCTION", "163")),
    ("The Kenyan government withdrew the controversial tax after days of protests.", "withdrew", ("CONCEDE", "080")),
])
def test_joint_acts_travel_bans_and_withdrawn_measures(extract_text, text, trigger, expected):
    assert _typed(extract_text, text, trigger) == expected


def test_leaving_a_treaty_stays_a_sanction(extract_text):
    assert _typed(extract_text, "The United States withdrew from the Paris climate accord.", "withdrew")[0] == "SANCTION"


@pytest.mark.parametrize("text, trigger, expected", [
    ("Soldiers raped dozens of women in the village near Goma.", "raped", ("ASSAULT", "1821")),
    ("Government snipers sniped at rebel positions in Homs.", "sniped", ("ASSAULT", "193")),
])
def test_forms_the_model_lemmatises_wrongly_still_trigger(extract_text, text, trigger, expected):
    assert _typed(extract_text, text, trigger) == expected


def test_the_lemma_table_reads_forms_not_lemmas():
    from newsfacts.nlp.events.lexicon import verb_forms

    assert verb_forms()["raped"] == "rape" and "rap" not in verb_forms()


@pytest.mark.parametrize("text", [
    "Hamas broke the truce by firing rockets at Israel.",
    "The rebels broke the ceasefire by shelling the town of Idlib.",
    "Hamas broke the cease-fire by firing rockets at Israel.",
])
def test_breaking_a_truce_violates_it(extract_text, text):
    assert _typed(extract_text, text, "broke") == ("ASSAULT", "196")


def test_violating_a_hyphenated_cease_fire_is_an_assault(extract_text):
    assert _typed(extract_text, "Syria violated the cease-fire with Israel.", "violated") == ("ASSAULT", "196")
