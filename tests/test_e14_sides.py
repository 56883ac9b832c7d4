"""Event sides, session 14 (issue #19, helper E): a city or a region with a country in the phrase
a material act is done to codes the target's country ("shelled a district in southern Aleppo"),
a noun trigger acting through the verb it is the subject of ("a truck bombing killed 40 people in
northern Iraq"), and the doer of a harm told in the passive read from the attack that caused it
("were killed as Ruritanian troops shelled ...", "were wounded when rebels attacked ...").

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import event_sides

pytestmark = pytest.mark.model


def _first(extract_text, text, trigger):
    found, _ = event_sides(extract_text, text, trigger)
    assert found, f"no event for {trigger!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("The Syrian army stepped up its bombardment of a crowded suburb in Aleppo.", "bombardment", "SYR"),
        ("A suicide bombing by the Islamic State killed 40 worshippers in northern Iraq.", "bombing", "IRQ"),
    ],
)
def test_e14_place_in_the_acted_on_phrase_is_target(extract_text, text, trigger, target):
    _typ, _src, _tgt, _scs, tcs = _first(extract_text, text, trigger)
    assert target in tcs, tcs


def test_e14_city_of_a_talk_is_no_target(extract_text):
    # a verbal act keeps the old rule: only a country in its object's phrase is a target
    found, _ = event_sides(extract_text, "The senator praised the volunteers in Cleveland on Sunday.", "praised")
    assert all("USA" not in tcs for _t, _s, _g, _sc, tcs in found), found


@pytest.mark.parametrize(
    "text, trigger, source",
    [
        ("At least nine villagers were killed on Tuesday as Ethiopian troops shelled the town of Dessie.", "killed", "ETH"),
        ("Four policemen were wounded when Taliban gunmen attacked their checkpoint.", "wounded", "AFG"),
    ],
)
def test_e14_passive_harm_takes_the_doer_of_its_cause(extract_text, text, trigger, source):
    _typ, _src, _tgt, scs, _tcs = _first(extract_text, text, trigger)
    assert source in scs, scs


def test_e14_passive_harm_with_a_reported_attack_keeps_no_source(extract_text):
    # the attack is only what a person said, in a reported clause: no doer is borrowed
    found, _ = event_sides(
        extract_text, "Two guards were killed, and officials said that Chinese hackers attacked the bank.", "killed"
    )
    assert all("CHN" not in scs for _t, _s, _g, scs, _tc in found), found


def test_e14_receiver_of_what_is_sent_is_target(extract_text):
    # the country in the "to" phrase of the verb an offer names receives the troops: the target
    _typ, _src, _tgt, scs, tcs = _first(extract_text, "The Kenyan president offered to send soldiers to Somalia.", "offered")
    assert scs[:1] == ["KEN"] and tcs == ["SOM"], (scs, tcs)


def test_e14_return_with_nothing_moved_has_no_receiver(extract_text):
    # "returned to Lebanon" moves nothing to anyone: no target from the "to" phrase
    found, _ = event_sides(extract_text, "The Syrian delegates returned to Lebanon on Friday.", "returned")
    assert all("LBN" not in tcs for _t, _s, _g, _sc, tcs in found), found


def test_e14_harm_with_an_agent_or_an_act_not_done_borrows_no_doer(extract_text):
    # the stabbing has its own "by" agent, and the arrest never happened: the police did not stab him
    text = "A shopkeeper was stabbed by a neighbour after Belgian police failed to arrest the man."
    found, _ = event_sides(extract_text, text, "stabbed")
    assert all("BEL" not in scs for _t, _s, _g, scs, _tc in found), found
