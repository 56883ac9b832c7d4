"""Events: the codable-event test (``Event.uncoded`` reasons), negation and intent, pledges of
hostile acts, and the sense rows added with it (issue #19, second round).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence, counted_only


def _events(extract_text, text):
    r = extract_text(text)
    check_evidence(r, text)
    return r, r["events"]


UNCODED = [
    ("Senator Maria Lopez captured Ohio last month.", "ASSAULT", "figurative"),
    # ("declined to say whether ..." is no event at all since round 3: refused_act)
    ("Governor Tom Hale refused to negotiate.", "REJECT", "no target named"),
    ("Support for Senator Maria Lopez grew in May.", "SUPPORT", "no source named"),
    ("Senator Maria Lopez held a rally in Des Moines on Friday.", "PROTEST", "campaign event"),
    ("Muslim advocates hailed Judge Amir Khan on Monday.", "SUPPORT", "generic actor"),
    ("Senator Maria Lopez promised Governor Tom Hale a cabinet post.", "AGREE", "campaign promise"),
    ("Chancellor Anna Berg held talks in Ohio.", "CONSULT", "no target named"),
    ("Greenpeace activists met on Monday. Afterwards they praised Senator Maria Lopez.", "SUPPORT", "pronoun only"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, reason", UNCODED)
def test_events_failing_the_codable_test_stay_as_uncoded_mentions(extract_text, text, typ, reason):
    r, evs = _events(extract_text, text)
    ev = next(e for e in evs if e["type"] == typ)
    assert ev["uncoded"] == reason, ev
    assert not counted_only([ev])


CODED = [
    ("Russian troops attacked Ukrainian positions near Kharkiv on Monday.", "ASSAULT"),
    ("Iran detained ten American sailors in the Persian Gulf.", "COERCE"),
    ("Senator Maria Lopez endorsed Governor Tom Hale on Tuesday.", "SUPPORT"),
    ("France recalled its ambassador to Italy on Monday.", "SANCTION"),
    ("Prime Minister Kaja Berg and President Emmanuel Macron discussed energy prices.", "CONSULT"),
    ("The Chinese minister said the United States should reduce its patrols.", "REQUEST"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", CODED)
def test_events_interactions_with_both_sides_named_are_counted(extract_text, text, typ):
    r, evs = _events(extract_text, text)
    assert [e for e in counted_only(evs) if e["type"] == typ], evs


MODALITY = [
    ("France does not, and never will, accept Iran as a nuclear state.", "negated"),
    ("Neither Germany nor France condemned Russia on Monday.", "negated"),
    ("None of the French ministers will come out and support Germany.", "negated"),
    ("Senator Maria Lopez was reluctant to endorse Governor Tom Hale.", "negated"),
    ("Smith said she could not see herself supporting Governor Tom Hale.", "negated"),
    ("If Iran moderates its rhetoric, France offers Iran a new deal.", "hypothetical"),
    # an act only under consideration is no commitment (issue #19, round 3): hypothetical
    ("Senator Maria Lopez was considering supporting Governor Tom Hale.", "hypothetical"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, modality", MODALITY)
def test_events_negation_and_intent_the_verb_does_not_show(extract_text, text, modality):
    r, evs = _events(extract_text, text)
    assert evs and all(e["modality"] == modality for e in evs), [(e["type"], e["modality"]) for e in evs]
    assert not counted_only(evs)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The White House pledged to impose new sanctions on China.",
    "Japan vowed to attack North Korea.",
])
def test_events_pledge_of_a_hostile_act_is_a_threat_made_now(extract_text, text):
    r, evs = _events(extract_text, text)
    counted = counted_only(evs)
    assert [e["type"] for e in counted] == ["THREATEN"], evs
    assert counted[0]["target"], counted


@pytest.mark.model
def test_events_pledge_of_help_stays_an_agreement(extract_text):
    r, evs = _events(extract_text, "Japan vowed to send aid to Haiti.")
    assert [e["type"] for e in counted_only(evs)] == ["AGREE"]


NO_EVENT = [
    ("The German chancellor agrees with Macron.", "AGREE"),  # an opinion shared
    ("Biden warned that the dangers confronting American allies had grown.", "THREATEN"),  # a statement
    ("On Twitter, Senator Smith called Governor Jones unhinged.", "REQUEST"),  # no "call on"
    ("Smith said Clinton's use of the server should disqualify her.", "REQUEST"),  # no actor asked
    ("The minister said Japan should have recognized the genocide.", "REQUEST"),  # a past counterfactual
    ("Governor Tom Hale cut a deal with Senator Maria Lopez.", "SANCTION"),  # a deal made, not cut
    ("Senator Maria Lopez shares the views of Governor Tom Hale.", "COOPERATE"),  # an opinion shared
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", NO_EVENT)
def test_events_word_in_another_sense_makes_no_event_of_that_type(extract_text, text, typ):
    r, evs = _events(extract_text, text)
    assert not [e for e in evs if e["type"] == typ], evs


# Issue #19, round after the PolNeAR dev hand check: a place naming an event noun, a medium and a
# nationality modifying a thing name no side.
NO_SIDE = [
    # a city modifying an event noun is where it was held, not a side
    ("Senator Maria Lopez praised the Paris agreement.", "SUPPORT", "Paris"),
    ("Chancellor Anna Berg criticized the Geneva talks on Friday.", "ACCUSE", "Geneva"),
    # a medium after "on" / "with" under an interview is no side
    ("Senator Maria Lopez criticized Governor Tom Hale on Facebook.", "ACCUSE", "Facebook"),
    ("Senator Maria Lopez attacked Governor Tom Hale on Twitter.", "ACCUSE", "Twitter"),
    ("Governor Tom Hale attacked Japan on CNN.", "ASSAULT", "CNN"),
    # a nationality modifying a thing is not the nation
    ("President Donald Trump criticized American media on Sunday.", "ACCUSE", "American"),
    ("Poland banned Russian oil last week.", "COERCE", "Russian"),
    ("Germany criticized Chinese goods on Monday.", "ACCUSE", "Chinese"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, name", NO_SIDE)
def test_events_place_medium_and_national_thing_are_no_side(extract_text, text, typ, name):
    r, evs = _events(extract_text, text)
    names = {e["id"]: e["name"] for e in r["entities"]}
    ev = next(e for e in evs if e["type"] == typ)
    sides = [names[i] for i in ev["source"] + ev["target"]]
    assert name not in sides, ev
    if name in ("Facebook", "Twitter", "CNN"):  # a medium is not even a phrase of a side
        assert all(name not in text[s:e] for s, e in ev["target_evidence"] + ev["source_evidence"]), ev


STILL_SIDE = [
    # a nationality modifying an actor word still names the nation
    # (the phrase is an unnamed actor with the nation's country: entities with named false)
    ("Germany expelled Russian diplomats on Monday.", "SANCTION", "Russian diplomats"),
    ("Germany criticized Chinese officials on Monday.", "ACCUSE", "Chinese officials"),
    # a network as the object is a side; the network "in an interview with" is not
    ("Governor Tom Hale thanked CNN in an interview with Fox News.", "SUPPORT", "CNN"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, name", STILL_SIDE)
def test_events_actor_words_keep_their_nation(extract_text, text, typ, name):
    r, evs = _events(extract_text, text)
    names = {e["id"]: e["name"] for e in r["entities"]}
    ev = next(e for e in evs if e["type"] == typ)
    assert name in [names[i] for i in ev["target"]], ev
    assert "Fox News" not in [names[i] for i in ev["target"]], ev


@pytest.mark.model
def test_events_city_of_a_summit_is_the_event_place(extract_text):
    text = "At the Warsaw summit, NATO leaders condemned Russia."
    r, evs = _events(extract_text, text)
    names = {e["id"]: e["name"] for e in r["entities"]}
    ev = next(e for e in evs if e["type"] == "ACCUSE")
    assert [names[i] for i in ev["target"]] == ["Russia"], ev
    places = {p["id"]: p["name"] for p in r["places"]}
    assert places.get(ev["place"]) == "Warsaw", (ev, r["places"])
