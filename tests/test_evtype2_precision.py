"""Events, issue #19 round 7: acts wished for, asked for or not yet done are not counted; a
few types read off the object; stances and opinions of private persons.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import event_by_trigger


# (sentence, trigger, modality): the act is not one that happened
MODALITIES = [
    # an infinitive hung as an adverbial clause after "declined at first"
    ("Last year he vowed to ban refugees, declined at first to criticize former Klan leader John Doe, and defended the image.", "criticize", "negated"),
    ("Despite the outrage, Trump has yet to apologize to the Smith family.", "apologize", "negated"),
    ("The only hope the Gulf States have is for Washington to oppose Erdogan's policy.", "oppose", "hypothetical"),
    # the second of two infinitives sharing "to", under a verb of wanting
    ("Moscow wants Ankara to close its borders and join the war on ISIS.", "war", "future"),
    ("Erdogan resolved to fight ISIS, its new enemy.", "fight", "future"),
    ("The president has repeatedly said he opposes sending troops to Syria.", "sending", "negated"),
]


@pytest.mark.parametrize("text,trigger,modality", MODALITIES)
def test_act_not_done_has_its_modality(extract_text, text, trigger, modality):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and ev["modality"] == modality, ev


def test_act_inside_a_request_is_its_context(extract_text):
    # what is asked for (the boycott, and the protest it is for) did not happen: a note on the request
    text = "Jane Roe said her group will keep pressing sponsors to boycott the convention to protest Trump's remarks."
    notes = [n for e in extract_text(text)["events"] for n in e["notes"]]
    assert any("'protest'" in n and n.startswith("context:") for n in notes), notes


def test_purpose_of_a_real_act_stays_asserted(extract_text):
    ev = event_by_trigger(extract_text, "The rebels attacked the convoy to punish the army.", "attacked")
    assert ev is not None and ev["modality"] == "asserted", ev


def test_pending_deal_is_future(extract_text):
    ev = event_by_trigger(extract_text, "The pending trade deal between Obama and Japan faces opposition.", "deal")
    assert ev is not None and ev["modality"] == "future", ev


def test_blows_delivered_are_an_assault_not_aid(extract_text):
    ev = event_by_trigger(extract_text, "The rebels delivered heavy blows to the army near the border.", "delivered")
    assert ev is not None and ev["type"] == "ASSAULT" and ev["cameo"] == "190", ev
    aid = event_by_trigger(extract_text, "The United Nations delivered food to the refugees in Jordan.", "delivered")
    assert aid is not None and aid["type"] == "AID", aid


def test_questioning_a_quality_is_criticism(extract_text):
    ev = event_by_trigger(extract_text, "Senator Bernie Sanders questioned Mr. Trump's veracity.", "questioned")
    assert ev is not None and ev["type"] == "ACCUSE" and ev["cameo"] == "111", ev
    probe = event_by_trigger(extract_text, "Police questioned the suspect on Monday.", "questioned")
    assert probe is not None and probe["cameo"] == "090", probe


def test_signing_sides_named_together_are_each_others_counterparts(extract_text):
    ev = event_by_trigger(extract_text, "Russia and Ukraine signed a ceasefire agreement on Friday.", "agreement")
    assert ev is not None and ev["type"] == "SUPPORT" and not ev["uncoded"], ev
    # one coordination of signers: the first is the source, the other its counterpart (docs/events.md, reciprocal acts)
    assert len(ev["source"]) == 1 and len(ev["target"]) == 1 and ev["source"] != ev["target"], ev


def test_deal_with_sources_from_elsewhere_is_not_mutual(extract_text):
    ev = event_by_trigger(
        extract_text, "Donald Trump forced his rival, Hillary Clinton, to distance herself from trade agreements.", "agreements"
    )
    assert ev is None or ev["uncoded"], ev


# (sentence, trigger, uncoded expected?)
STANCES = [
    ("The billionaire wrote a check to a super PAC supporting John Faso.", "supporting", True),
    ("Keith Roe, a plumbing contractor, blamed George W. Bush for the crisis.", "blamed", True),
    ("Many people at his rallies agreed with Mr. Trump on the issue.", "agreed", True),
    # a post in an organisation or a public office keeps the act
    ("Matt Roe, executive director of the group Progress Iowa, has accused Grassley of stalling.", "accused", False),
    ("Charles Roe, Democracy for America's executive director, praised Clinton's remarks on Thursday.", "praised", False),
    ("John Roe, a former Democratic party chairman, is backing Hillary Clinton.", "backing", False),
]


@pytest.mark.parametrize("text,trigger,uncoded", STANCES)
def test_private_stances_and_standing_support(extract_text, text, trigger, uncoded):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and bool(ev["uncoded"]) == uncoded, ev


def test_refusal_to_act_is_negated(extract_text):
    text = "Clinton aides have expressed frustration over Sanders's continuing campaign and refusal to endorse her."
    ev = event_by_trigger(extract_text, text, "endorse")
    assert ev is not None and ev["modality"] == "negated", ev


@pytest.mark.parametrize(
    "text",
    [
        "Trump conceded that he had lost Iowa to Cruz.",
        '"We know how Wyoming is going to go," Trump adviser Paul Manafort conceded in an interview.',
    ],
)
def test_conceding_a_point_is_no_concession(extract_text, text):
    assert event_by_trigger(extract_text, text, "conceded") is None


def test_what_ones_own_country_should_do_is_no_demand(extract_text):
    own = "At a campaign event in Ames, Iowa, Hillary Clinton said that the United States should play a leadership role."
    assert event_by_trigger(extract_text, own, "should") is None
    foreign = "The deputy head of China's delegation said the United States should reduce its patrols in the region."
    ev = event_by_trigger(extract_text, foreign, "should")
    assert ev is not None and ev["type"] == "REQUEST" and not ev["uncoded"], ev
