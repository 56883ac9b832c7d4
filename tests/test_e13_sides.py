"""Event sides, session 13 (issue #19, helper E): the other party of a relation an act is done
to ("cut ties with X", "closed its border with X", "cut gas supplies to X"), the country of a
target with none of its own from where it is ("a military vehicle in Myanmar's Rakhine State"),
and "in <country>'s <region>" as where a material act happened.

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
    "text, trigger, source, target",
    [
        ("Kenya cut its ties with Somalia on Monday.", "cut", "KEN", "SOM"),
        ("Chile closed its border with Bolivia after the riots.", "closed", "CHL", "BOL"),
        ("Qatar suspended its cooperation with Hamas last year.", "suspended", "QAT", "PSE"),
        ("Algeria threatened to halt gas supplies to Morocco.", "threatened", "DZA", "MAR"),
    ],
)
def test_e13_relation_object_counterpart_is_target(extract_text, text, trigger, source, target):
    _typ, _src, _tgt, scs, tcs = _one(extract_text, text, trigger)
    assert scs[:1] == [source], scs
    assert tcs[:1] == [target], tcs


def test_e13_relation_with_a_thing_is_no_party(extract_text):
    # a "with" phrase that names no other party ("with armored vehicles") gives no target
    _typ, _src, tgt, _scs, tcs = _one(extract_text, "Chile closed its border with armored vehicles on Friday.", "closed")
    assert not tgt and not tcs, (tgt, tcs)


@pytest.mark.parametrize(
    "text, trigger, country",
    [
        ("Gunmen raided a farm in Cameroon's Far North Region.", "raided", "CMR"),
        ("Militias raided a school in Ethiopia's Amhara region.", "raided", "ETH"),
    ],
)
def test_e13_region_of_a_country_is_where_it_happened(extract_text, text, trigger, country):
    _typ, _src, _tgt, _scs, tcs = _one(extract_text, text, trigger)
    assert country in tcs, tcs


def test_e13_named_person_takes_no_country_from_where_they_are(extract_text):
    _typ, _src, tgt, _scs, tcs = _one(extract_text, "Police detained Anna Berg in Oslo on Monday.", "detained")
    assert "Anna Berg" in tgt, tgt
    assert "NOR" not in tcs[1:], tcs


def test_e13_country_modifying_a_common_noun_is_no_place(extract_text):
    found, _ = event_sides(extract_text, "Troops fired on farmers camped near a French base.", "fired")
    for _typ, _src, _tgt, _scs, tcs in found:
        assert "FRA" not in tcs, tcs


def test_e13_target_with_no_country_takes_the_place_in_its_phrase(extract_text):
    text = "Fighters ambushed a military vehicle in Myanmar's Rakhine State, wounding five members of the security forces."
    _typ, _src, tgt, _scs, tcs = _one(extract_text, text, "ambushed")
    assert "security forces" in tgt, tgt
    assert "MMR" in tcs, tcs
