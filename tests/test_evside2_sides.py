"""Event sides and background after the PolNeAR train hand check of session 6 (docs 300-400):
a relative clause on a descriptive apposition, a decade's end, named past eras.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events.enrich import is_background, past_eras
from newsfacts.schema import DateRecord
from tests.evidence import events_named, events_at


@pytest.mark.parametrize("value, want", [("2010", False), ("1990", True), ("2000", True)])
def test_evside2_a_decade_ends_with_its_tenth_year(value, want):
    # "the 2010s" (value 2010, approximate) runs to 2019: not over a year before mid-2016
    assert is_background(DateRecord("t1", "the decade", value, "approximate", []), "2016-06-01") is want


def test_evside2_a_past_era_table_is_loaded():
    assert past_eras()["cold war"] == 1991


@pytest.mark.model
@pytest.mark.parametrize("text, word, source", [
    ("Senator Tom Baker, a Kansas Republican who has met privately with Mr. Jones, said he would wait.",
     "met", "Tom Baker"),
    ("Governor Sam Lee of Ohio, a Republican who has refused to endorse Mr. Jones, said the family deserved better.",
     "refused", "Sam Lee"),
])
def test_evside2_a_relative_on_a_descriptive_apposition_is_the_named_persons(extract_text, text, word, source):
    events, names = events_named(extract_text, text)
    hit = events_at(events, text, word)
    assert hit, [(ev["type"], ev["trigger"]) for ev in events]
    assert names(hit[0]["source"]) == [source], names(hit[0]["source"])


@pytest.mark.model
@pytest.mark.parametrize("text, word, want", [
    ("During the Cold War, the Soviet Union threatened Turkey over the missiles.", "threatened", True),
    ("In the 1990s, Russia signed a treaty with Ukraine on the fleet.", "treaty", True),
    ("Russia signed a treaty with Ukraine in the 2010s.", "treaty", False),
    ("Since the Cold War, the Soviet Union has threatened Turkey over the missiles.", "threatened", False),
    ("The Soviet Union threatened Turkey over the missiles.", "threatened", False),
])
def test_evside2_an_undated_event_in_a_past_era_is_background(extract_text, text, word, want):
    events, _ = events_named(extract_text, text)
    hit = events_at(events, text, word)
    assert hit, [(ev["type"], ev["trigger"]) for ev in events]
    assert hit[0]["background"] is want


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    # "him" cannot be the "Jones" the parse gives "criticized" as subject: Khan criticized Jones
    ("Ms. Khan said Mr. Jones was ignorant of Islam and criticized him for saying he had sacrificed.", "Khan", "Jones"),
    # "her" can be Khan: Jones criticized her, as parsed
    ("Ms. Khan said Mr. Jones was angry and criticized her for speaking.", "Jones", "Khan"),
])
def test_evside2_a_coordinated_verb_whose_object_pronoun_is_its_parsed_subject(extract_text, text, source, target):
    events, names = events_named(extract_text, text)
    hit = events_at(events, text, "criticized")
    assert hit, [(ev["type"], ev["trigger"]) for ev in events]
    assert names(hit[0]["source"]) == [source] and names(hit[0]["target"]) == [target]


@pytest.mark.model
@pytest.mark.parametrize("text, word, source, target", [
    ("Mr. Jones persuaded Mrs. Smith to endorse Mr. Lee.", "endorse", ["Smith"], ["Lee"]),
    ("Aides praised Kellyanne Conway, whom Mr. Trump hired to help him in the debates.",
     "help", ["Kellyanne Conway"], ["Trump"]),
])
def test_evside2_a_person_object_does_the_infinitives_act(extract_text, text, word, source, target):
    events, names = events_named(extract_text, text)
    hit = events_at(events, text, word)
    assert hit, [(ev["type"], ev["trigger"]) for ev in events]
    assert names(hit[0]["source"]) == source and names(hit[0]["target"]) == target


def test_evside2_a_subject_control_verb_keeps_its_subject():
    from newsfacts.lexicons import actor_words

    assert "promise" in actor_words()["subject_control"]


@pytest.mark.model
def test_evside2_an_apposed_name_is_the_actor_not_the_possessor(extract_text):
    # "his patron, President Putin": Putin annexes, not the "his" of the sentence's first man
    text = "Mr. Lee fled to Russia, as his patron, President Vladimir Putin, proceeded to dismember Ukraine, annexing Crimea."
    events, names = events_named(extract_text, text)
    hit = events_at(events, text, "annexing")
    assert hit, [(ev["type"], ev["trigger"]) for ev in events]
    assert names(hit[0]["source"]) == ["Vladimir Putin"], names(hit[0]["source"])
