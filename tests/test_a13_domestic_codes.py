"""Actor codes, session 13 (issue 21, helper A): a country's own forces and its own people
(police and demonstrators, rebels and government troops), older spellings of capitals, peoples
of one country, a named organisation's "network", forces and fighters as unnamed heads. Texts
written for these tests."""

import pytest


def _code(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"] or {}
    return a.get("country"), a.get("sector"), a.get("basis")


@pytest.mark.model
def test_a13_police_act_on_their_own_people(extract_text):
    rec = extract_text("Peruvian police used tear gas to disperse demonstrators on Monday.")
    country, sector, basis = _code(rec, "demonstrators")
    assert (country, sector) == ("PER", "OPP"), basis


@pytest.mark.model
def test_a13_rebels_attack_their_own_government(extract_text):
    rec = extract_text("Sudanese rebels attacked government troops near the border on Friday.")
    country, sector, basis = _code(rec, "government troops")
    assert (country, sector) == ("SDN", "MIL"), basis


@pytest.mark.model
def test_a13_rebels_placed_after_the_head_attack_government_forces(extract_text):
    rec = extract_text("Rebels in Aleppo ambushed government forces overnight.")
    country, _, basis = _code(rec, "government forces")
    assert country == "SYR", basis


@pytest.mark.model
def test_a13_youths_throwing_stones_at_soldiers_give_them_no_country(extract_text):
    rec = extract_text("Palestinian youths threw stones at soldiers near the checkpoint.")
    country, _, basis = _code(rec, "soldiers")
    assert country is None, basis


@pytest.mark.model
def test_a13_army_acting_on_fighters_gives_no_country(extract_text):
    rec = extract_text("Iraqi police arrested foreign fighters at the airport.")
    country, _, basis = _code(rec, "foreign fighters")
    assert country is None, basis


@pytest.mark.model
def test_a13_a_place_of_the_object_beats_the_force(extract_text):
    rec = extract_text("Israeli police arrested protesters in the West Bank on Sunday.")
    country, _, basis = _code(rec, "protesters")
    assert country != "ISR", basis


def test_a13_domestic_rule_switch_and_lexicon():
    from newsfacts.nlp.entities import unnamed_domestic

    words = unnamed_domestic.domestic_words()
    assert "police" in words["force"] and "OPP" in words["civil_sector"]
    assert "network" in words["org_network"]
    assert unnamed_domestic.ENABLED is True


@pytest.mark.model
def test_a13_old_spelling_of_a_capital(extract_text):
    rec = extract_text("Protesters in Kiev blocked the road to parliament.")
    country, _, basis = _code(rec, "Kiev")
    assert country == "UKR", basis


@pytest.mark.model
def test_a13_people_of_one_country(extract_text):
    rec = extract_text("Zapatista rebels occupied the town hall on Tuesday.")
    country, sector, basis = _code(rec, "Zapatista rebels")
    assert (country, sector) == ("MEX", "REB"), basis


@pytest.mark.model
def test_a13_karen_as_a_first_name_stays_a_person(extract_text):
    rec = extract_text("Karen Whitlow, a teacher, criticized the school board on Monday.")
    country, _, basis = _code(rec, "Karen Whitlow")
    assert country != "MMR", basis


@pytest.mark.model
def test_a13_a_named_organisations_network_is_no_broadcaster(extract_text):
    rec = extract_text("The al-Qaeda terror network has threatened new attacks, a statement said.")
    sectors = {e["name"]: (e["actor"] or {}).get("sector") for e in rec["entities"]}
    assert all(not (n.endswith("network") and s == "MED") for n, s in sectors.items()), sectors


@pytest.mark.model
def test_a13_a_broadcast_network_stays_media(extract_text):
    rec = extract_text("The network said it would not air the debate, according to its president.")
    sectors = [(e["actor"] or {}).get("sector") for e in rec["entities"] if e["name"].lower().endswith("network")]
    assert "REB" not in sectors


@pytest.mark.model
def test_a13_warplanes_with_a_nation_are_its_military(extract_text):
    rec = extract_text("Israeli warplanes struck targets in southern Lebanon on Tuesday.")
    country, sector, basis = _code(rec, "Israeli warplanes")
    assert (country, sector) == ("ISR", "MIL"), basis


@pytest.mark.model
def test_a13_private_jets_are_no_actor(extract_text):
    rec = extract_text("The company flew its executives to the meeting on private jets.")
    assert not any(e["name"].lower().endswith("jets") for e in rec["entities"])


@pytest.mark.model
def test_a13_a_ministry_in_a_capital_is_that_countrys(extract_text):
    rec = extract_text("The Interior Ministry in Baghdad said the curfew would be lifted.")
    country, sector, basis = _code(rec, "Interior Ministry")
    assert (country, sector) == ("IRQ", "GOV"), basis


@pytest.mark.model
def test_a13_an_embassy_in_a_capital_keeps_its_own_country(extract_text):
    rec = extract_text("The U.S. Embassy in Kabul was closed on Monday.")
    country, _, basis = _code(rec, "U.S. Embassy")
    assert country == "USA", basis


def test_a13_seat_after_an_organisation_needs_in_and_a_capital():
    import spacy

    from newsfacts.nlp.entities.org_place_after import country_after

    nlp = spacy.blank("en")
    doc = nlp("The Foreign Ministry near Beijing said so")
    assert country_after(doc, 1, 3) is None  # no "in", and a blank pipeline tags no place


@pytest.mark.model
def test_a13_a_missionary_from_a_city_is_an_actor_of_its_country(extract_text):
    rec = extract_text("A Christian missionary from Calgary was arrested on Monday.")
    country, sector, basis = _code(rec, "Christian missionary")
    assert (country, sector) == ("CAN", "REL"), basis


@pytest.mark.model
def test_a13_a_man_deported_by_authorities_is_not_theirs(extract_text):
    rec = extract_text("Authorities in Canada have deported a 90-year-old man who worked as a camp guard.")
    coded = {e["name"]: (e["actor"] or {}).get("country") for e in rec["entities"] if "man" in e["name"]}
    assert "CAN" not in coded.values(), coded


@pytest.mark.model
def test_a13_a_magazine_keeps_its_name(extract_text):
    rec = extract_text("Time magazine named the pope its person of the year.")
    country, sector, basis = _code(rec, "Time magazine")
    assert (country, sector) == ("USA", "MED"), basis


@pytest.mark.model
def test_a13_a_magazine_word_before_a_head_stays_out_of_the_name(extract_text):
    rec = extract_text("A Time magazine reporter asked the senator about the bill.")
    assert "Time magazine" not in [e["name"] for e in rec["entities"]]


@pytest.mark.model
def test_a13_an_armed_group_tagged_as_a_nationality_is_the_group(extract_text):
    rec = extract_text("Seleka fighters attacked a church on Sunday.")
    country, sector, basis = _code(rec, "Seleka")
    assert (country, sector) == ("CAF", "REB"), basis


@pytest.mark.model
def test_a13_a_place_of_the_verb_is_no_seat(extract_text):
    rec = extract_text("Cruz took a week off from the Senate in Mexico to convalesce.", published="2016-05-31")
    country, _, basis = _code(rec, "Senate")
    assert country == "USA", basis
