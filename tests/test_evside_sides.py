"""Event sides that generalise (issues #19 and #21, sides round 6): acts done with each other,
lists, plural pronouns, passives, the owner of an act, places that say where, topics of
meetings, reactions to an act, countries and people the NER missed, things a nation operates,
the host of a visit, the countries that are not a person's own.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import event_sides

pytestmark = pytest.mark.model


def _events(extract_text, text, word):
    """``[(type, source names, target names, source countries, target countries)]`` of the
    events triggered by ``word``, and the record."""
    return event_sides(extract_text, text, word)


@pytest.mark.parametrize(
    "text, word, source, target",
    [
        # a list of parties acting with each other: the first is the source, the others the target
        ("Russia and China held joint naval exercises in the Sea of Japan.", "exercises", ["Russia"], ["China"]),
        ("Iran and Saudi Arabia agreed to restore diplomatic relations.", "agreed", ["Iran"], ["Saudi Arabia"]),
        ("Talks between Armenia and Azerbaijan resumed in Geneva on Monday.", "Talks", ["Armenia"], ["Azerbaijan"]),
        ("Negotiations among Sudan, Egypt and Ethiopia resumed in Khartoum.", "Negotiations", ["Sudan"],
         ["Egypt", "Ethiopia"]),
        # the list hangs on another word of the first name ("Barack" <- "Obama" <- "and Putin")
        ("Barack Obama and Vladimir Putin will meet in Zurich.", "meet", ["Barack Obama"], ["Vladimir Putin"]),
    ],
)
def test_evside_reciprocal_lists(extract_text, text, word, source, target):
    found, _ = _events(extract_text, text, word)
    assert found and found[0][1] == source and found[0][2] == target, found


@pytest.mark.parametrize(
    "text, word, source",
    [
        # not an act done with each other: both condemn
        ("France and Germany condemned the coup in Niger.", "condemned", ["France", "Germany"]),
        # one country: no split
        ("Biden and Blinken met in Washington.", "met", ["Biden", "Blinken"]),
    ],
)
def test_evside_lists_that_stay_one_side(extract_text, text, word, source):
    found, _ = _events(extract_text, text, word)
    assert found and found[0][1] == source and not found[0][2], found


def test_evside_nationalities_of_one_unnamed_actor_clash(extract_text):
    found, _ = _events(extract_text, "Chinese and Indian troops clashed along the disputed border.", "clashed")
    assert found and found[0][3][0] == "CHN" and found[0][4] == ["IND"], found


def test_evside_they_is_the_whole_list(extract_text):
    found, _ = _events(extract_text, "Obama and Putin said they will attack Iraq.", "attack")
    assert found and found[0][1] == ["Obama", "Putin"] and found[0][2] == ["Iraq"], found


@pytest.mark.parametrize(
    "text, word, source, target",
    [
        # a passive noun trigger: the verb's "on" phrase is the target
        ("New sanctions were imposed on Belarus by the European Union.", "sanctions", ["European Union"], ["Belarus"]),
        # a passive with no agent: the owner of the act it happened in
        ("Two Israeli soldiers were wounded in a Hezbollah attack on Tuesday.", "wounded", ["Hezbollah"],
         ["Israeli soldiers"]),
        # an act as the subject: its owner (the strike and the killing are one act, merged on "strike")
        ("A US drone strike killed an al-Qaeda commander in Somalia.", "strike", ["US"], ["al-Qaeda commander"]),
        # a thing a nation's forces operate
        ("Ukraine said Russian missiles struck a power station overnight.", "struck", ["Russian"], []),
    ],
)
def test_evside_passives_and_owners_of_acts(extract_text, text, word, source, target):
    found, _ = _events(extract_text, text, word)
    assert found and found[0][1] == source and found[0][2] == target, found


def test_evside_a_city_before_an_attack_noun_is_where(extract_text):
    found, _ = _events(extract_text, "The Oklahoma City bombing killed 168 people.", "bombing")
    assert all("Oklahoma City" not in src for _, src, _, _, _ in found), found


def test_evside_a_meeting_on_a_place_with_a_person(extract_text):
    text = "Senator John Smith spoke on Capitol Hill with Ukrainian President Volodymyr Zelensky."
    found, r = _events(extract_text, text, "spoke")
    assert found and found[0][2] == ["Volodymyr Zelensky"], found
    # "Ukrainian" is Zelensky's nationality, not the senator's
    assert found[0][3] == [None], found


def test_evside_a_reaction_does_not_do_the_act(extract_text):
    text = "The attack on the Indian embassy in Kabul was condemned by Pakistan."
    found, _ = _events(extract_text, text, "attack")
    assert all("Pakistan" not in src for _, src, _, _, _ in found), found
    found, _ = _events(extract_text, text, "condemned")
    assert found and found[0][1] == ["Pakistan"], found


@pytest.mark.parametrize(
    "text, word, source, target",
    [
        # a capital the NER missed, or took for a person
        ("Moscow accused Kyiv of shelling the nuclear plant.", "accused", ["RUS"], ["UKR"]),
        ("Washington said it would provide $500 million in military aid to Kyiv.", "provide", ["USA"], ["UKR"]),
        # a known person the NER missed
        ("Merkel met Macron in Berlin on Friday.", "met", ["DEU"], ["FRA"]),
        # "his Australian counterpart" is not he
        ("Japanese Prime Minister Fumio Kishida held talks with his Australian counterpart in Tokyo.", "talks",
         ["JPN"], ["AUS"]),
        # the host of a visit is where the journey goes
        ("The Chinese premier arrived in Pakistan for a three-day visit.", "visit", ["CHN"], ["PAK"]),
    ],
)
def test_evside_countries_of_the_sides(extract_text, text, word, source, target):
    found, _ = _events(extract_text, text, word)
    assert found and found[0][3][:1] == source and found[0][4][:1] == target, found


def test_evside_a_capital_inside_a_name_is_no_place(extract_text):
    r = extract_text("The Kyiv Post reported the attack on Monday.")
    assert not any(e["name"] == "Kyiv" for e in r["entities"]), r["entities"]


def test_evside_they_is_not_the_place_of_a_meeting(extract_text):
    text = "Merkel met Macron in Berlin. They discussed the crisis."
    found, _ = _events(extract_text, text, "discussed")
    assert all("Berlin" not in src for _, src, _, _, _ in found), found


def test_evside_where_one_travels_is_not_ones_country(extract_text):
    found, _ = _events(extract_text, "President Lopez flew to Beijing on a state visit.", "visit")
    assert found and found[0][1] == ["Lopez"] and found[0][3] == [None] and found[0][4] == ["CHN"], found


@pytest.mark.parametrize(
    "text, word, source, target",
    [
        # the owner of the noun an infinitive completes does the act
        ("Britain's decision to expel Russian diplomats was welcomed by Washington.", "expel", ["Britain"],
         ["Russian diplomats"]),
        # the "by" phrase of the act a verb reacts to is whom it reacts to, before the act's own target
        ("The visit by Chinese President Xi Jinping to Moscow was criticised by Kyiv.", "criticised", ["Kyiv"],
         ["Xi Jinping"]),
        # a flag names whose ship it is
        ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "seized", ["Iran"], ["British"]),
    ],
)
def test_evside_owners_of_plans_visits_and_ships(extract_text, text, word, source, target):
    found, _ = _events(extract_text, text, word)
    assert found and found[0][1] == source and found[0][2] == target, found


def test_evside_an_act_a_protest_is_about_is_not_the_protesters(extract_text):
    text = "Japan lodged a protest with China over the incursion of Chinese ships."
    found, _ = _events(extract_text, text, "incursion")
    assert all("Japan" not in src for _, src, _, _, _ in found), found
    # the act's own owner stays
    text = "Japan lodged a protest with China over China's incursion into its waters."
    found, _ = _events(extract_text, text, "incursion")
    assert found and found[0][1] == ["China"], found
