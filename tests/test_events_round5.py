"""Events, issue #19 round 5: fronted settings are no target, verbs that only mention an act
give it no source, acts in a present-tense before/until clause have not happened, the means of
an act to come ("With your help, we're going to ..."), asking someone to ask is no demand, and
"a series of" / "a wave of" between a verb and its act.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import event_by_trigger


def _side(text, ev, side):
    """The texts of an event's source or target evidence."""
    return [text[a:b] for a, b in ev[f"{side}_evidence"]]


# (sentence, trigger, a text that must not be a target, a text that must be one or None)
FRONTED = [
    ("On Capitol Hill, Senator Maria Lopez decried the new tariffs.", "decried", "Capitol Hill", "the new tariffs"),
    ("In Oslo on Friday, Foreign Minister Ana Silva criticized Sweden.", "criticized", "Oslo", "Sweden"),
    # not fronted: a "with" phrase after the verb still names whom the talk was with
    ("Senator Maria Lopez spoke on Tuesday with Governor Tom Reed.", "spoke", "Tuesday", "Governor Tom Reed"),
]


@pytest.mark.parametrize("text,trigger,not_target,target", FRONTED)
def test_fronted_setting_is_no_target(extract_text, text, trigger, not_target, target):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None
    tars = _side(text, ev, "target")
    assert not any(not_target in t for t in tars), tars
    assert any(target in t for t in tars), tars


# (sentence, trigger, the subject that must not be the act's source; None: no event at all is fine)
CITED = [
    ("Senator Lopez brought up the bombing of the embassy in Kenya.", "bombing", "Senator Lopez"),
    ("Senator Lopez attributed rising crime to attacks by gangs on police.", "attacks", "Senator Lopez"),
    ("Senator Lopez pointed to the invasion of Iraq.", "invasion", "Senator Lopez"),
    ("Senator Lopez invoked the invasion of Iraq.", "invasion", "Senator Lopez"),
]


@pytest.mark.parametrize("text,trigger,subject", CITED)
def test_mentioning_verbs_give_no_source(extract_text, text, trigger, subject):
    ev = event_by_trigger(extract_text, text, trigger)
    if ev is not None:
        assert subject not in _side(text, ev, "source")


def test_a_verb_that_does_the_act_still_gives_its_source(extract_text):
    text = "Senator Lopez brought sanctions against Iran."
    ev = event_by_trigger(extract_text, text, "sanctions")
    assert ev is not None and "Senator Lopez" in _side(text, ev, "source")


# (sentence, trigger, modality)
MODALITY = [
    ("Governor Tom Reed will wait a few weeks before he throws his support behind Senator Kim.", "support", "future"),
    ("Canada will keep the sanctions until Russia withdraws its troops from Ukraine.", "withdraws", "future"),
    # past before/after clauses happened
    ("Governor Tom Reed criticized Senator Kim before he endorsed Senator Lopez.", "endorsed", "asserted"),
    ("Governor Tom Reed met Senator Kim after he endorsed Senator Lopez.", "endorsed", "asserted"),
    # the means of an act to come
    ("With your help, we're going to beat Senator Kim in November.", "help", "future"),
    # a "with" phrase of an intent verb other than "go" is not made future
    ("Poland agreed with the criticism of Russia.", "criticism", "asserted"),
]


@pytest.mark.parametrize("text,trigger,modality", MODALITY)
def test_before_until_and_going_to(extract_text, text, trigger, modality):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None, f"no event on {trigger!r}"
    assert ev["modality"] == modality


# (sentence, trigger, CAMEO code)
REQUESTS = [
    # asking someone to ask is an appeal, not a demand
    ("Poland urged France to pressure the United States to lift the tariffs.", "urged", "020"),
    # asking for a hostile act is still a demand
    ("Poland urged France to attack Russia.", "urged", "100"),
]


@pytest.mark.parametrize("text,trigger,cameo", REQUESTS)
def test_asking_to_ask_is_no_demand(extract_text, text, trigger, cameo):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and ev["cameo"] == cameo


# (sentence, trigger, source)
PARTITIVE = [
    ("The Russian army launched a series of air strikes against Ukrainian towns.", "strikes", "The Russian army"),
    ("The Russian army launched a wave of attacks on Kyiv.", "attacks", "The Russian army"),
]


@pytest.mark.parametrize("text,trigger,source", PARTITIVE)
def test_source_through_a_series_of(extract_text, text, trigger, source):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and source in _side(text, ev, "source")


def test_a_partitive_below_a_preposition_is_not_crossed(extract_text):
    # the verb is further up than the partitive's own verb: its subject did not criticise
    text = "Senator Kim reeled amid a campaign of criticism by the parents of a soldier."
    ev = event_by_trigger(extract_text, text, "criticism")
    if ev is not None:
        assert "Senator Kim" not in _side(text, ev, "source")


def test_partitive_walk_stops_at_a_root_of():
    """A fragment the parser roots on "of" ("Of the attacks, ...") ends the walk up to a verb:
    the root heads itself, and following it once looped until a RecursionError."""
    import spacy
    from spacy.tokens import Doc

    from newsfacts.nlp.events.syntax import governing_verb

    doc = Doc(spacy.blank("en").vocab, words=["Of", "the", "attacks"], heads=[0, 2, 0],
              deps=["ROOT", "det", "pobj"], pos=["ADP", "DET", "NOUN"])
    assert governing_verb(doc[2]) is None
