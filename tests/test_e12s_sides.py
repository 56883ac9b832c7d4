"""Event sides, session 12 (issue #19, helper E1): parties named together who act with each
other (offices of countries, a target named only in what they agreed to do), whom an amount "in
aid" goes to, whom an act noun followed by a participle is aimed at ("sanctions imposed on X"),
a neighbour is not its possessor, and a relative pronoun whose antecedent names no entity stands
for the nation its antecedent names ("the Kenyan minister, who ...").

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import event_sides

pytestmark = pytest.mark.model


def _one(extract_text, text, trigger):
    found, _ = event_sides(extract_text, text, trigger)
    assert found, f"no event for {trigger!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, trigger, parties",
    [
        ("Merkel and Macron have agreed to coordinate their policy on Iran.", "agreed", {"DEU", "FRA"}),
        (
            "The Prime Minister of Japan and the President of Kenya signed an agreement on maritime security.",
            "agreement",
            {"JPN", "KEN"},
        ),
    ],
)
def test_e12s_coordinated_parties_are_each_others_counterparts(extract_text, text, trigger, parties):
    _typ, _src, _tgt, scs, tcs = _one(extract_text, text, trigger)
    assert scs and tcs, (scs, tcs)
    assert {scs[0], tcs[0]} == parties, (scs, tcs)


def test_e12s_third_party_of_a_helping_agreement_is_not_dropped_for_one_country(extract_text):
    # one country on both sides of the list: nothing to split, the inner target stays
    _typ, _src, _tgt, scs, tcs = _one(extract_text, "Texas and Ohio agreed to send aid to Mexico.", "agreed")
    assert "MEX" in tcs or not tcs, tcs


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("Norway pledged 40 million kroner in aid to Somalia on Friday.", "aid", "SOM"),
        ("Italy announced $12 million in humanitarian assistance to Lebanon.", "assistance", "LBN"),
    ],
)
def test_e12s_amount_in_aid_goes_to_the_verbs_recipient(extract_text, text, trigger, target):
    _typ, _src, _tgt, _scs, tcs = _one(extract_text, text, trigger)
    assert tcs == [target], tcs


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        ("The sanctions imposed by Canada on Venezuela were extended.", "sanctions", "CAN", "VEN"),
        ("The embargo imposed on Cuba by the United States is still in force.", "embargo", "USA", "CUB"),
    ],
)
def test_e12s_participle_phrase_names_the_target(extract_text, text, trigger, source, target):
    _typ, _src, _tgt, scs, tcs = _one(extract_text, text, trigger)
    assert scs == [source] and tcs == [target], (scs, tcs)


def test_e12s_participle_with_a_date_names_no_target(extract_text):
    found, _ = event_sides(extract_text, "The sanctions imposed on Monday by Canada were extended.", "sanctions")
    for _typ, _src, tgt, _scs, _tcs in found:
        assert not any("Monday" in n for n in tgt), found


def test_e12s_neighbours_are_not_their_possessor(extract_text):
    found, _ = event_sides(extract_text, "Sudan's neighbours condemned the coup in Khartoum.", "condemned")
    for _typ, _src, _tgt, scs, _tcs in found:
        assert "SDN" not in scs, found


@pytest.mark.parametrize(
    "text, trigger, source",
    [
        ("The Egyptian foreign minister, who visited Jordan on Sunday, praised the truce.", "visited", "EGY"),
        ("A Turkish diplomat who met Libyan officials in Tripoli described the talks as frank.", "met", "TUR"),
    ],
)
def test_e12s_relative_pronoun_takes_its_antecedents_nation(extract_text, text, trigger, source):
    _typ, _src, _tgt, scs, _tcs = _one(extract_text, text, trigger)
    assert scs == [source], scs


def test_e12s_relative_pronoun_does_not_take_an_of_phrase(extract_text):
    # "the spokesman of the alliance, who ...": the alliance is not who met them
    found, _ = event_sides(
        extract_text, "The spokesman of the Kenyan government, who met the protesters, left early.", "met"
    )
    for _typ, src, _tgt, _scs, _tcs in found:
        assert not any("government" in n for n in src), found
