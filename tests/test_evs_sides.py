"""Event sides grounded in the parse (session 7, evs): a "with" phrase of another clause, a
topic object, an undergone object, a name parsed under a date, "engaged X in a firefight", a
passive attack's origin, a misattached "by" phrase of a trigger noun, and a cue verb's
resolved pronoun against the quote's speaker.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events.side_words import is_facility_name, side_words
from tests.evidence import events_named, events_at


def test_evs_side_words_load():
    roles = side_words()
    assert "discuss" in roles["topic_object"] and "field" in roles["undergo_object"]
    assert is_facility_name("the Lincoln Memorial") and not is_facility_name("Memorial Health Partners")


def test_evs_with_phrase_of_another_clause_is_no_counterpart(extract_text):
    text = "The senator used his show Friday to discuss what he called the wise decision Paul Green made to seek a debate with Governor Ann Ross."
    evs, names = events_named(extract_text, text)
    assert not any("Ann Ross" in names(ev["target"]) for ev in events_at(evs, text, "discuss"))


def test_evs_with_phrase_of_the_verb_is_the_counterpart(extract_text):
    text = "Senator Ann Ross discussed the budget with Governor Paul Green on Monday."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "discussed")
    assert ev and names(ev[0]["target"]) == ["Paul Green"]


def test_evs_topic_object_owner_is_no_target(extract_text):
    text = "Senator Ann Ross discussed Paul Green's proposed tax and explained its cost."
    evs, names = events_named(extract_text, text)
    assert not any("Paul Green" in names(ev["target"]) for ev in events_at(evs, text, "discussed"))


def test_evs_fielded_criticism_subject_is_the_target(extract_text):
    text = "Senator Ann Ross fielded criticism from Democrats over her vote on Tuesday."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "criticism")
    assert ev and names(ev[0]["target"]) == ["Ann Ross"]
    assert "Ann Ross" not in names(ev[0]["source"])


def test_evs_name_parsed_under_a_date_is_the_target(extract_text):
    text = "Iraq's national security advisor met with Syrian President Bashar Assad Tuesday to discuss the border."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "met")
    assert ev and names(ev[0]["target"]) == ["Bashar Assad"]


def test_evs_engaged_in_a_firefight_object_is_the_target(extract_text):
    text = "Chilean rebels engaged Danish peacekeepers in a firefight in the Andes on Saturday."
    evs, _ = events_named(extract_text, text)
    ev = events_at(evs, text, "firefight")
    assert ev and ev[0]["target_evidence"]
    assert all(text[a:b] != "Andes" for a, b in ev[0]["target_evidence"])
    assert any("Danish" in text[a:b] for a, b in ev[0]["target_evidence"])


def test_evs_passive_attack_comes_from_its_from_state(extract_text):
    text = "Ukraine said a rocket was fired at it from Russia on Tuesday."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "fired")
    assert ev and names(ev[0]["source"]) == ["Russia"]


def test_evs_by_phrase_after_a_trigger_object_names_the_doer(extract_text):
    text = "Records show that Paul Green funded lawsuits by Ann Ross against the Daily Planet."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "lawsuits")
    assert ev and names(ev[0]["source"]) == ["Ann Ross"]


def test_evs_by_phrase_of_a_measure_is_no_doer(extract_text):
    text = "Paul Green beat Ann Ross by a wide margin in the primary."
    evs, names = events_named(extract_text, text)
    assert all(names(ev["source"]) != ["Ann Ross"] for ev in evs)


def test_evs_fits_pronoun_gender_and_kind():
    from types import SimpleNamespace

    from newsfacts.nlp.events.names import fits_pronoun

    ctx = SimpleNamespace(types={"e1": "PERSON", "e2": "PERSON", "e3": "ORG", "e4": "PERSON"},
                          gender=lambda eid: {"e1": "M", "e2": "F"}.get(eid))
    he, it = SimpleNamespace(lower_="he"), SimpleNamespace(lower_="it")
    assert fits_pronoun(he, "e1", ctx) and fits_pronoun(he, "e4", ctx)
    assert not fits_pronoun(he, "e2", ctx)  # a woman is no "he"
    assert not fits_pronoun(he, "e3", ctx)  # an organisation is no "he"
    assert fits_pronoun(it, "e3", ctx)  # no gendered pronoun: no constraint


def test_evs_with_the_help_of_x_x_gives(extract_text):
    text = "Ukraine retook the city with the support of Poland."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "support")
    assert ev and names(ev[0]["source"]) == ["Poland"] and names(ev[0]["target"]) == ["Ukraine"]


def test_evs_a_facility_visited_is_no_counterpart(extract_text):
    text = "Senator Ann Ross visited the Lincoln Memorial in Washington to honor fallen soldiers."
    evs, names = events_named(extract_text, text)
    assert not any("Lincoln Memorial" in names(ev["target"]) for ev in evs)


@pytest.mark.parametrize("text, want", [
    ('"We thank you, and I promise Paul Green will win," said Ann Ross.', []),  # Green acts: no vocative
    ('"We thank you, Paul Green, for your help," said Ann Ross.', ["Paul Green"]),
])
def test_evs_you_is_a_vocative_name_not_a_clause_subject(extract_text, text, want):
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "thank")
    assert ev and names(ev[0]["target"]) == want


@pytest.mark.parametrize("text, want", [
    ("Paul Green praised another governor whom Mary Lane mentioned in her speech: Tom Hale. "
     "While critics criticized him as an actor, he won two terms.", ["Tom Hale"]),
    ("Paul Green praised another governor whom Mary Lane mentioned in her speech. "
     "While critics criticized him as an actor, he won two terms.", ["Paul Green"]),
])
def test_evs_a_name_announced_after_a_colon_is_the_next_pronoun(extract_text, text, want):
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "criticized")
    assert ev and names(ev[0]["target"]) == want


def test_evs_by_phrase_hung_on_the_victims_name_names_the_doer(extract_text):
    text = "The killing of Paul Green by Ann Ross shocked the city."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "killing")
    assert ev and names(ev[0]["source"]) == ["Ann Ross"] and names(ev[0]["target"]) == ["Paul Green"]


@pytest.mark.parametrize("text, want", [
    ("Moderator Tom Hale started the exchange by asking Paul Green why he decided to criticize Ann Ross.", ["Paul Green"]),
    ("Tom Hale asked Paul Green whether he would criticize Ann Ross again.", ["Paul Green"]),
])
def test_evs_the_pronoun_of_a_question_is_the_person_asked(extract_text, text, want):
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "criticize")
    assert ev and names(ev[0]["source"]) == want


def test_evs_a_possessive_in_a_conjunct_is_its_own_subjects(extract_text):
    # "his" is Green's (the subject of "lectured ... and defended"), not the later main clause's Hale
    # (session 8: "defended his record" is own conduct, no event, so the test defends an ambassador)
    text = ("As President Paul Green lectured the nation about taxes and defended his ambassador against the cartels "
            "on Sunday night, Tom Hale criticized the president.")
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "defended")
    assert ev and names(ev[0]["source"]) == ["Paul Green"] and "Tom Hale" not in names(ev[0]["target"])


def test_evs_a_passive_with_its_own_subject_inherits_no_doer(extract_text):
    text = "Paul Green asked interns to take up partisan projects, even though he was warned against doing so."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "warned")
    assert ev and names(ev[0]["source"]) == [] and names(ev[0]["target"]) == ["Paul Green"]
