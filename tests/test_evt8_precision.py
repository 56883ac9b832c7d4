"""Events, issue #19 (session 8): classes of wrong counted events found by hand on PolNeAR train
(seed 8181): gatherings hosted or cancelled, declining to comment, rallying around someone,
reading a text, the stance of a set of people, a candidate's "X support", objects with "no",
advice with no act asked for, resistance to an act, the support an act of aid is for,
violence by private people, reporters' requests declined, people "given" and acts advised.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import checked_events, counted_only


# (sentence, a type no counted event of the sentence may have)
NOT_COUNTED = [
    # a gathering put on for an audience is no hosted visit (occasion)
    ("Denver, which hosted the Democratic National Convention last summer, was calm on Monday.", "CONSULT"),
    # cancelling a gathering reduces no relations (not_occasion)
    ("On Sunday Governor Tom Hale canceled a joint rally with Senator Maria Lopez.", "SANCTION"),
    # declining to discuss something is declining to comment (talk_comp), no rejection
    ("Governor Tom Hale's campaign manager declined to discuss the latest attacks on Senator Maria Lopez.", "REJECT"),
    # "rallied around X" is support, not a demonstration
    ("Republican donors rallied around Senator Maria Lopez last week.", "PROTEST"),
    # reading a text is no inspection (not_document)
    ("Local newspapers have been inspecting Governor Tom Hale's new book for clues.", "ACCUSE"),
    # the stance of a set of people not named (people_set, set_quantifier)
    ("The people I know who support Governor Tom Hale are worried.", "SUPPORT"),
    ("Only one of the 40 Republican National Committee members publicly supports Governor Tom Hale.", "SUPPORT"),
    # a candidate's "X support" with no giver
    ("There is still lingering Lopez support in the county, Governor Tom Hale said.", "SUPPORT"),
    # an object with "no": nothing was offered
    ("Russia offered no aid to Ukraine last year.", "AGREE"),
    # advice with no act asked for
    ("Senator Maria Lopez said Governor Tom Hale should relax.", "REQUEST"),
    # resistance to doing something: not done
    ("Congress showed strong resistance to providing aid to Ukraine.", "AID"),
    # the support an act of aid is for is part of that act
    ("The Canadian government donated money to support Ukraine in March.", "SUPPORT"),
    # a reporter's request declined is no rejection; people "given" are no aid
    ("Earlier Sunday, Senator Maria Lopez declined an interview request from The Daily Herald.", "REJECT"),
    ("As an example, I gave two judges who were very conservative judges, Governor Tom Hale said.", "AID"),
    # an act someone is advised to do is not done
    ('Erdogan said, "Let the United Nations advise other countries to accept the refugees."', "AID"),
    # a post left is no humanitarian evacuation; a phone call taken is no appeal
    ("The Americans evacuated the CIA base at dawn, escorted by a Libyan militia convoy.", "AID"),
    ("Senator Maria Lopez said she took only one call that evening from CIA headquarters.", "REQUEST"),
    # violence by private people is no repression
    ("Construction workers joined bankers to assault anti-war protesters in Boston.", "COERCE"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", NOT_COUNTED)
def test_evt8_no_counted_event_of_that_type(extract_text, text, typ):
    evs = counted_only(checked_events(extract_text, text))
    assert not [e for e in evs if e["type"] == typ], evs


# (sentence, the type of a counted event it must still give): the rules above leave these alone
STILL_COUNTED = [
    ("China hosted Prime Minister Modi in Beijing on Tuesday.", "CONSULT"),
    ("Iran canceled the talks with the European Union on Monday.", "SANCTION"),
    ("Russia refused to discuss the matter with Ukraine.", "REJECT"),
    ("Japan refused to comply with the resolution of the Security Council.", "REJECT"),
    ("Netanyahu said Iran should stop its enrichment program.", "REQUEST"),
    ("Senator Maria Lopez said Russia must withdraw.", "REQUEST"),
    ("Senator Maria Lopez won the support of the Service Employees International Union.", "SUPPORT"),
    ("The Canadian government donated money to support Ukraine in March.", "AID"),
    ("Iran declined the request from the United Nations.", "REJECT"),
    ("The Red Cross evacuated 300 civilians from Aleppo.", "AID"),
    ("The United States gave Ukraine $1 billion in military aid.", "AID"),
    ("The European Union gave 352 million euros to Turkey.", "AID"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", STILL_COUNTED)
def test_evt8_act_still_counted(extract_text, text, typ):
    evs = counted_only(checked_events(extract_text, text))
    assert [e for e in evs if e["type"] == typ], evs


@pytest.mark.model
def test_evt8_negations_of_the_object_and_of_resistance(extract_text):
    evs = checked_events(extract_text, "Russia offered no aid to Ukraine last year.")
    assert any(e["type"] == "AGREE" and e["modality"] == "negated" for e in evs), evs
    evs = checked_events(extract_text, "Congress showed strong resistance to providing aid to Ukraine.")
    assert any(e["type"] == "AID" and e["modality"] == "negated" for e in evs), evs


@pytest.mark.model
def test_evt8_rallying_around_is_support_and_private_violence_an_assault(extract_text):
    evs = checked_events(extract_text, "Republican donors rallied around Senator Maria Lopez last week.")
    assert [e["type"] for e in evs] == ["SUPPORT"], evs
    evs = checked_events(extract_text, "Construction workers joined bankers to assault anti-war protesters in Boston.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


@pytest.mark.model
def test_evt8_named_group_stance_is_a_reason(extract_text):
    evs = checked_events(extract_text, "Only one of the 40 Republican National Committee members publicly supports Governor Tom Hale.")
    assert [e["uncoded"] for e in evs if e["type"] == "SUPPORT"] == ["stance of a group"], evs


@pytest.mark.model
def test_evt8_no_negates_only_its_own_noun(extract_text):
    """"no" on the trigger noun, or on the noun it modifies, negates it; "no" on the object of a
    verb above a noun trigger does not ("earned no reprieve with his complaints")."""
    evs = checked_events(extract_text, "There was no specific threat information against Ambassador Chris Stevens, Senator Maria Lopez said.")
    assert [e["modality"] for e in evs if e["type"] == "THREATEN"] == ["negated"], evs
    evs = checked_events(extract_text, "Governor Tom Hale earned no reprieve with his complaints about Senator Maria Lopez.")
    assert [e["modality"] for e in evs if e["type"] == "ACCUSE"] == ["asserted"], evs


@pytest.mark.model
def test_evt8_infinitive_of_a_request_made_is_not_done(extract_text):
    """"made requests to speak with X": the parser hangs the infinitive on "made"; the talk was
    asked for, not held. A trip made to meet someone is still a meeting."""
    text = ("Senator Maria Lopez said he made multiple requests through the CIA to speak with "
            "Governor Tom Hale but that those requests were denied.")
    evs = checked_events(extract_text, text)
    assert [e["modality"] for e in evs if e["type"] == "CONSULT"] == ["future"], evs
    evs = checked_events(extract_text, "Obama made a trip to Mexico to meet President Pena Nieto.")
    assert any(e["type"] == "CONSULT" and e["modality"] == "asserted" for e in evs), evs
