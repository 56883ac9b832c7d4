"""Sides of events that name a setting, an affiliate group or a pronoun (issue #19).
Self-written sentences."""

import pytest

from newsfacts import extract


def _sides(text, trigger):
    r = extract(text, published="2016-02-01")
    names = {e["id"]: e["name"] for e in r["entities"]}
    for ev in r["events"]:
        if text[ev["trigger"][0]:ev["trigger"][1]] == trigger:
            return [names[i] for i in ev["source"]], [names[i] for i in ev["target"]]
    raise AssertionError(f"no event at {trigger!r}")


@pytest.mark.parametrize("text,trigger,bad", [
    ("Senate Republicans who oppose Trump on Capitol Hill met on Thursday.", "oppose", "Capitol Hill"),
    ("Cordisco said Smith visited Clinton's Brooklyn headquarters.", "visited", "Brooklyn"),
    ("Obama praised the Rochester rally.", "praised", "Rochester"),
])
def test_setting_is_no_target(text, trigger, bad):
    src, tgt = _sides(text, trigger)
    assert bad not in tgt and bad not in src


def test_setting_keeps_real_sides():
    assert _sides("Obama praised the Trump rally.", "praised")[1] == ["Trump"]
    assert _sides("Obama called on the White House to act.", "called")[1] == ["White House"]
    assert _sides("The White House criticized Trump.", "criticized")[0] == ["White House"]


def test_affiliate_group_is_not_the_person():
    src, tgt = _sides("Clinton allies criticized Trump.", "criticized")
    # session 12: the allies may be their own (unnamed) group side, never Clinton herself
    assert src in ([], ["Clinton allies"]) and tgt == ["Trump"]
    # session 11: whose allies they are is no side ("our closest allies" is not "we")
    assert "Ukraine" not in _sides("Ukraine's allies criticized Russia.", "criticized")[0]


def test_pronoun_after_unnamed_person_subject_is_no_side():
    src, tgt = _sides("Obama spoke to reporters. The Vermont senator is struggling. He met with Clinton on Tuesday.", "met")
    assert src == [] and tgt == ["Clinton"]


def test_pronoun_to_apposed_name_of_subject():
    src, _ = _sides("Vin Weber spoke. The director of the centre, Ina Kirsch, told the AP her group never "
                    "worked with Manafort. She said she had met with Manafort twice.", "met")
    assert src == ["Ina Kirsch"]


def test_cataphora_in_fronted_adverbial_clause():
    src, _ = _sides("Barack Obama spoke, and even as he accused the Justice Department of bias, Rudy Giuliani "
                    "would not criticize James Comey.", "accused")
    assert src == ["Rudy Giuliani"]


def test_site_modifying_a_building_is_no_source():
    src, _ = _sides("Obama's event was postponed after the Pulse nightclub shooting in Orlando, Florida.", "shooting")
    assert "Pulse" not in src


def test_it_is_not_a_city_moved_to():
    _, tgt = _sides("McCain said he had met Cruz once since he returned to Washington a few weeks ago. "
                    "McCain supported it and Cruz opposed the measure.", "supported")
    assert "Washington" not in tgt


def test_pronoun_to_possessor_of_same_sentence_subject():
    src, _ = _sides("Barack Obama spoke. Senator Chris Murphy's floor speech wasn't a solo effort, but he "
                    "criticized Anne Smith.", "criticized")
    assert src == ["Chris Murphy"]


def test_possessive_in_relative_clause_is_its_subject():
    _, tgt = _sides("Obama spoke. Trump said an American Muslim who pledged his allegiance to the group "
                    "attacked the club.", "pledged")
    assert "Trump" not in tgt and "Obama" not in tgt


def test_pronoun_in_partial_quote_is_not_its_speaker():
    _, tgt = _sides("Clinton spoke. Teachers \u201cget why the union endorsed her,\u201d Weingarten said.", "endorsed")
    assert "Weingarten" not in tgt


def test_pronoun_to_possessor_of_earlier_subject_with_known_gender():
    src, _ = _sides("John Kerry spoke on Monday. Barack Obama's speech was long. He then criticized Vladimir Putin.",
                    "criticized")
    assert src == ["Barack Obama"]
