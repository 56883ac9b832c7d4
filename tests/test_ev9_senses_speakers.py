"""Round 10 of issue #19 (helper ev9): senses and speakers found on real news.

Verbal attacks told by a participle of saying, acts said to be lacking, a disposition of two
sources named together, aid taken (not given), an infinitive asked for that the parser hung on
another verb, the event's own subject over the quote's speaker.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events import plover_coded_type


def _events(extract_text, text):
    return extract_text(text)["events"]


def _types(extract_text, text):
    return [(ev["type"], plover_coded_type(ev)) for ev in _events(extract_text, text)]


def _names(res, ids):
    by_id = {e["id"]: e for e in res["entities"]}
    return [by_id[i]["name"] for i in ids]


@pytest.mark.model
def test_ev9_attack_with_a_participle_of_saying_is_criticism(extract_text):
    assert [t for t, _ in _types(extract_text, "Senator Cruz attacked Marco Rubio, calling him a liar.")][:1] == ["ACCUSE"]
    assert [t for t, _ in _types(extract_text, "Donald Trump attacked law enforcement officers, saying they were corrupt.")] == ["ACCUSE"]
    # armed attackers stay attackers, whatever they say
    assert "ACCUSE" not in [t for t, _ in _types(extract_text, "Rebels attacked the army base, saying it was a legitimate target.")]
    assert [t for t, _ in _types(extract_text, "Donald Trump attacked law enforcement officers with a bat.")] == ["ASSAULT"]
    # a coordinated verb of saying with the same subject
    assert [t for t, _ in _types(extract_text, "Senator Warren attacked the police officers and blamed them for the shootings.")] == ["ACCUSE"]
    assert [t for t, _ in _types(extract_text, "Senator Warren attacked the police officers and injured two of them.")][:1] == ["ASSAULT"]


@pytest.mark.model
def test_ev9_an_act_said_to_be_lacking_is_no_event(extract_text):
    evs = _events(extract_text, "The minister said there was a lack of commitment on the part of Iran.")
    assert evs and all(plover_coded_type(ev) is None for ev in evs)
    assert all(ev["modality"] == "negated" for ev in evs)
    evs = _events(extract_text, "The absence of talks between Israel and Hamas worried Egypt.")
    assert all(plover_coded_type(ev) is None for ev in evs)
    # a plain "no" stays a refusal
    assert ("AGREE", "REJECT") in _types(extract_text, "Iran offered no commitment to the nuclear deal with France.")


@pytest.mark.model
def test_ev9_a_disposition_of_two_sources_needs_a_counterpart(extract_text):
    evs = _events(extract_text, "Schlafly noted that Reagan and Trump have shown they are willing to negotiate, but never compromise.")
    assert [ev["uncoded"] for ev in evs if ev["type"] == "CONSULT"] == ["no target named"]
    evs = _events(extract_text, "Trump said he is willing to negotiate with Democrats.")
    assert [(ev["type"], plover_coded_type(ev), ev["uncoded"]) for ev in evs] == [("CONSULT", "AGREE", None)]
    # two sources acting together stay each other's counterpart
    evs = _events(extract_text, "Israel and Egypt held talks in Cairo on Monday.")
    assert [(ev["type"], ev["uncoded"]) for ev in evs] == [("CONSULT", None)]


@pytest.mark.model
def test_ev9_aid_taken_is_not_given_by_the_taker(extract_text):
    assert "AID" not in [t for t, _ in _types(extract_text, "Clinton signaled her willingness to accept Wall Street donations.")]
    assert "AID" not in [t for t, _ in _types(extract_text, "The senator took $2 million in donations from oil companies.")]
    assert [t for t, _ in _types(extract_text, "Japan gave a loan to Kenya.")] == ["AID"]
    assert [t for t, _ in _types(extract_text, "Canada sent aid to Haiti.")] == ["AID"]


@pytest.mark.model
def test_ev9_an_infinitive_asked_for_is_no_act_of_the_requester(extract_text):
    text = ("The foreign ministers of the member states of the Association of Southeast Asian Nations issued a statement "
            "urging North Korea to comply with its obligations under the UN resolutions.")
    assert [t for t, _ in _types(extract_text, text)] == ["REQUEST"]
    # a purpose infinitive that follows no request stays an event
    assert "CONSULT" in [t for t, _ in _types(extract_text, "Kerry flew to Geneva on Sunday to meet Lavrov.")]


@pytest.mark.model
def test_ev9_the_events_own_subject_wins_over_the_quote_speaker(extract_text):
    text = ("Pataki says Kasich has a record of bringing people together. "
            "He warns that Trump would drive the party off the cliff.")
    res = extract_text(text)
    warn = [ev for ev in res["events"] if text[ev["trigger"][0]:ev["trigger"][1]] == "warns"]
    assert len(warn) == 1
    assert _names(res, warn[0]["source"]) == ["Pataki"]


@pytest.mark.model
def test_ev9_reduced_relative_names_who_undergoes_a_hostile_act(extract_text):
    res = extract_text("Two Australian journalists arrested in Iran were released on Tuesday.")
    arrest = [ev for ev in res["events"] if ev["type"] == "COERCE"]
    assert len(arrest) == 1 and arrest[0]["uncoded"] is None
    assert _names(res, arrest[0]["target"]) and _names(res, arrest[0]["source"]) == ["Iran"]
    res = extract_text("Three Kenyan students detained by Ugandan police were freed on Friday.")
    arrest = [ev for ev in res["events"] if ev["type"] == "COERCE"]
    assert len(arrest) == 1 and arrest[0]["target"] and arrest[0]["source"]
    # a cooperative participle describes a state: no aid to the militiamen
    assert "AID" not in [t for t, _ in _types(extract_text, "The camp was attacked by Hutu militiamen armed with machetes.")]
