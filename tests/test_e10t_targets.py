"""Event targets, session 10 (issue #19, helper E1): what an act noun hits through the verb it
is the subject of (also in a relative clause), what aid helps, a name the parser took for an
adverb after a verb of attack, the participle of impact after an attack, the country of a town
named "the town of X in Y", who repelled an attack, a nation's plan, the owner of an act broken
up with an instrument, a name apposed to the counterpart noun ("with the Belgian premier
Alexander De Croo"), the counterpart of an act agreed to ("agreed to a ceasefire with X"), and
go-betweens ("a ceasefire brokered by France").

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import event_sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, word, source, target",
    [
        # an act noun, the subject of a verb of impact that is a trigger of the same type
        ("An Egyptian air strike killed nine Libyan fighters near Derna.", "strike", "Egyptian", "Libyan fighters"),
        # ... or of a relative clause of impact
        ("Rebels admitted an ambush that wounded six Malian soldiers.", "ambush", "Rebels", "Malian soldiers"),
        # aid, the subject of a verb of benefit
        ("Norway's humanitarian aid helped thousands of Sudanese refugees in Chad.", "aid", "Norway",
         "Sudanese refugees"),
        # a participle of impact after an attack with no object that is an actor
        ("Al-Shabaab fighters overran a base near Mogadishu, killing 14 Ugandan peacekeepers.", "overran",
         "Al-Shabaab fighters", "Ugandan peacekeepers"),  # the whole group phrase since session 13
        # the subject of a verb of repelling undergoes the act
        ("Malian troops repelled an attack by jihadist fighters near Gao.", "attack", "jihadist fighters",
         "Malian troops"),
        # a nation's plan is the nation's, not what the plan is about
        ("Farmers marched in Warsaw against Ukrainian plans to export more grain.", "marched", "Farmers", "Ukrainian"),
        # tear gas used to break up a demonstration: the demonstrators are the target
        ("Police in the Ugandan capital used tear gas to break up a demonstration by opposition supporters.", "used",
         "Police", "opposition supporters"),
        # a common noun in a "with" phrase names no one: the name apposed to it does
        ("Prime Minister Lind held talks at the Residence with the Danish premier Karen Holm.", "talks", "Lind",
         "Karen Holm"),
        # agreeing to an act: that act's counterpart
        ("Chad has agreed to a ceasefire with the Movement for Justice in the east.", "agreed", "Chad",
         "Movement for Justice"),
        ("Israel objected to talks with Iran on Monday.", "objected", "Israel", "Iran"),
        # the go-between's act: the parties of the truce it brokered
        ("Armenia and Azerbaijan accepted a truce brokered by Russia.", "brokered", "Russia", "Armenia"),
    ],
)
def test_e10t_targets_found(extract_text, text, word, source, target):
    found, _ = event_sides(extract_text, text, word)
    assert found, f"no event on {word!r}"
    typ, src, tgt, _, _ = found[0]
    assert source in src, (typ, src, tgt)
    assert target in tgt, (typ, src, tgt)
    assert not set(src) & set(tgt), (src, tgt)


def test_e10t_misparsed_place_object(extract_text):
    # "shelled Aleppo": the parser may take the name for an adverb; it is what was shelled
    found, _ = event_sides(extract_text, "Syrian government forces shelled Aleppo on Tuesday.", "shelled")
    assert found and "Aleppo" in found[0][2], found


def test_e10t_town_takes_the_country_of_its_in_phrase(extract_text):
    found, _ = event_sides(extract_text, "Russian forces captured the town of Soledar in eastern Ukraine.", "captured")
    assert found, "no event on 'captured'"
    assert "UKR" in found[0][4], found


def test_e10t_go_between_is_no_party(extract_text):
    # the truce is the signers' act; the broker is neither its source nor its target
    found, _ = event_sides(extract_text, "Serbia and Kosovo signed a truce mediated by Hungary.", "truce")
    assert found, "no event on 'truce'"
    typ, src, tgt, _, _ = found[0]
    assert "Hungary" not in src + tgt, found
    assert "Serbia" in src + tgt, found


@pytest.mark.parametrize(
    "text, word, not_target",
    [
        # an act noun whose verb is a trigger of another type stays without that verb's object
        ("The Russian strike destroyed a Ukrainian army depot.", "strike", "Ukrainian"),
        # goods of a nation are still no side
        ("Poland banned Russian oil imports last year.", "banned", "Russian"),
        # a verb of impact that is no patient verb: "prompted Iran to ..." is no act on Iran
        ("The Saudi sanctions prompted Iran to return to talks.", "sanctions", "Iran"),
    ],
)
def test_e10t_no_wrong_target(extract_text, text, word, not_target):
    found, _ = event_sides(extract_text, text, word)
    for _typ, _src, tgt, _, _ in found:
        assert not_target not in tgt, found


def test_e10t_agent_of_a_doing_verb_still_owns_the_act(extract_text):
    # "staged by" is the doers' own act, unlike "brokered by"
    found, _ = event_sides(extract_text, "Police blocked a march staged by students in Lagos.", "blocked")
    assert found and "students" in found[0][2], found
