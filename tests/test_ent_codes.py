"""Actor codes on real-news shapes (issue #21): towns abroad that are likely US namesakes,
capitals named only as places, towns the model tags ORG, an outlet that is also a surname,
firms named after people, honorific surnames and stale dictionary offices. Every sentence
was written for this file. Through the model."""

from __future__ import annotations

import pytest

from newsfacts.nlp.entities.actors import _stale_entry
from newsfacts.nlp.entities.dated import DictCode

pytestmark = pytest.mark.model


def _entities(extract_text, text, published="2016-05-03"):
    return {e["name"]: e for e in extract_text(text, published=published)["entities"]}


def _code(entities, name):
    return entities[name]["actor"]["code"]


def test_ent_small_foreign_town_in_a_us_story_gets_no_country(extract_text):
    text = ("The lawyer grew up in Mississippi and now practices law in Ripley. "
            "He often drives to Jackson, Miss., and to Memphis, and he votes in Mississippi. "
            "Americans across the United States follow his case.")
    ents = _entities(extract_text, text)
    assert ents["Ripley"]["actor"]["country"] is None
    assert any("no country" in b for b in ents["Ripley"]["actor"]["basis"])


def test_ent_foreign_town_with_its_country_named_keeps_it(extract_text):
    text = "Iraqi troops entered Mosul on Monday. Iraq said the city was calm."
    assert _entities(extract_text, text)["Mosul"]["actor"]["country"] == "IRQ"


def test_ent_capital_only_after_in_is_a_place(extract_text):
    text = "The lawsuit was filed in federal court in Washington. The United States denied the claim."
    actor = _entities(extract_text, text)["Washington"]["actor"]
    assert (actor["country"], actor["sector"]) == ("USA", None)


def test_ent_capital_as_subject_is_its_government(extract_text):
    text = "Moscow rejected the sanctions, and Russia recalled its envoy."
    assert _code(_entities(extract_text, text), "Moscow") == "RUS GOV"


def test_ent_us_town_tagged_org_beside_a_state_is_the_town(extract_text):
    text = ("The senator held a Rochester rally on Tuesday before the New York primary. "
            "He has done well in college towns, including Syracuse.")
    ents = _entities(extract_text, text)
    towns = [t for t in ("Rochester", "Syracuse") if t in ents]
    assert towns
    for town in towns:
        assert ents[town]["actor"]["country"] == "USA"
        assert ents[town]["type"] == "GPE"


def test_ent_outlet_named_like_a_person_is_the_outlet(extract_text):
    text = ("Michael Bloomberg said on Tuesday that he would not run for president. "
            "The company told Bloomberg that it would cut jobs. A recent Bloomberg poll showed Clinton ahead.")
    ents = _entities(extract_text, text)
    person = ents["Michael Bloomberg"]
    assert all(m["text"] != "Bloomberg" for m in person["mentions"])
    outlet = [e for e in ents.values() if e["type"] == "ORG" and e["name"] == "Bloomberg"]
    assert outlet and outlet[0]["actor"]["code"] == "USA MED"


def test_ent_bloomberg_the_person_keeps_his_surname(extract_text):
    text = "Michael Bloomberg said on Tuesday that he would not run. Bloomberg has spent millions on gun control."
    person = _entities(extract_text, text)["Michael Bloomberg"]
    assert sum(1 for m in person["mentions"] if m["text"] == "Bloomberg") == 1
    assert person["actor"]["country"] == "USA"


def test_ent_firm_named_after_people_is_one_organisation(extract_text):
    text = ("Trump attacked Lockheed Martin's jet program on Monday. Shares of Lockheed Martin fell. "
            "Lockheed said the jet was on budget.")
    ents = _entities(extract_text, text)
    firms = [e for e in ents.values() if "Lockheed" in e["name"]]
    assert len(firms) == 1
    assert firms[0]["type"] == "ORG" and firms[0]["actor"]["code"] == "USA BUS"
    assert not any(e["type"] == "PERSON" and "Martin" in e["name"] for e in ents.values())


def test_ent_honorific_surname_never_joins_a_later_namesake(extract_text):
    text = ("Ms. Khan spoke at the convention with her husband, Khizr Khan. "
            "Their son, Capt. Humayun Khan, died in Iraq.")
    ents = _entities(extract_text, text)
    for name in ("Khizr Khan", "Humayun Khan"):
        assert all(m["text"] != "Khan" or m["start"] > 10 for m in ents[name]["mentions"])


def test_ent_mr_surname_skips_a_woman_named_before(extract_text):
    text = ("The parents, Khizr and Ghazala Khan, spoke on Monday. Mr. Khan said the attack was unfair. "
            "Ms. Khan said she had not spoken because she was grieving.")
    ents = _entities(extract_text, text)
    ghazala = ents["Ghazala Khan"]
    at = text.index("Mr. Khan") + 4
    assert all(m["start"] != at for m in ghazala["mentions"])


def _code_of(sector, valid):
    return DictCode("petrarch:X", "USAGOV", "USA", sector, None, valid, "dated")


@pytest.mark.parametrize(
    "sector, valid, published, stale",
    [
        ("IGO", ("2007-07-01", None), "2016-03-03", True),  # open for nine years: ended since
        ("GOV", ("2013-12-23", None), "2016-01-13", False),  # recent: still held
        ("MIL", None, "2016-01-07", True),  # an undated office code
        ("REB", None, "2016-05-03", False),  # a militant's code is no office
        ("GOV", ("2004-10-01", "2011-03-30"), "2009-01-01", False),  # a closed range the date is in
        ("GOV", ("2004-10-01", None), None, False),  # no article date: nothing to compare
    ],
)
def test_ent_stale_dictionary_offices(sector, valid, published, stale):
    assert bool(_stale_entry(_code_of(sector, valid), published)) is stale


def test_ent_town_named_like_a_foreign_city_follows_the_story_state(extract_text):
    text = ("Trump spoke at a town hall in Salem on Monday, then drove to Concord. "
            "Voters in New Hampshire and Iowa and across the United States watched. Americans agreed.")
    actor = _entities(extract_text, text, "2016-02-08")["Salem"]["actor"]
    assert actor["country"] == "USA"


def test_ent_bare_town_keeps_the_state_its_first_mention_gave(extract_text):
    text = "He pleaded guilty in federal court in Alexandria, Va., on Friday. The court in Alexandria accepted the plea."
    ents = _entities(extract_text, text)
    (town,) = [e for e in ents.values() if e["name"].startswith("Alexandria")]
    assert town["actor"]["country"] == "USA"


def test_ent_state_alone_in_brackets_gives_usa(extract_text):
    text = ("Rep. Dan Roe (Tex.), chairman of the House Homeland Security Committee, introduced a bill on Syria. "
            "Syria rejected it, and Syrian refugees fled Syria.")
    ents = _entities(extract_text, text)
    assert ents["Dan Roe"]["actor"]["country"] == "USA"
    assert ents["House Homeland Security Committee"]["actor"]["sector"] == "LEG"


def test_ent_chief_of_staff_is_no_soldier_by_default(extract_text):
    text = "Clinton's aides, including Chief of Staff Carla Roe, discussed Libya. Libya's leaders in Libya disagreed."
    actor = _entities(extract_text, text)["Carla Roe"]["actor"]
    assert actor["sector"] != "MIL" and actor["country"] != "LBY"


def test_ent_title_before_an_unread_name_is_no_appositive(extract_text):
    # a title whose own name the parse missed (a garbled accent) never falls back to the
    # name before the comma
    text = "Obama spoke at an event with Gates, French President Fran\u00c3\u00a7ois Hollande and others."
    ents = _entities(extract_text, text, "2015-12-13")
    gates = [e for e in ents.values() if e["name"].endswith("Gates")]
    assert gates and all(e["actor"]["country"] != "FRA" for e in gates)


def test_ent_police_department_is_police(extract_text):
    text = "The mayor said that trust in the Chicago Police Department is broken."
    assert _entities(extract_text, text)["Chicago Police Department"]["actor"]["sector"] == "COP"
