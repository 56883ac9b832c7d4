"""Events, issue #19 round 6: events that are real interactions between actors, typed right.

The public a campaign speaks to is no actor ("talking to voters", "a voter who supports X"),
nor are critics or analysts named by no one, nor a private person's support for a candidate; a commentator's "X should ..." is no demand; a
result ("won Vermont, allowing her to ...") is no concession; a state "called for" a candidate
is no request; a price charged is no charge; a talk show, a meeting place, a family visit, an
interview or a speech delivered are no events; "offered his congratulations" is praise; an act
"instead of" / "rather than" another is not done; CAMEO 192 (occupy, annex) is one type.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import event_by_trigger, is_counted


# (sentence, trigger): no counted event
NOT_COUNTED = [
    ("Senator Maria Lopez is talking to voters about health care in Denver.", "talking"),
    ("Governor Tom Hale urged voters to stay home on Tuesday.", "urged"),
    ("Senator Maria Lopez thanked supporters at a rally in Ohio.", "thanked"),
    ("A Colorado voter who supports Senator Maria Lopez said he was angry.", "supports"),
    ("Governor Tom Hale was supported by large majorities of voters in Maine.", "supported"),
    ("Critics accused Washington of throwing away its leverage.", "accused"),
    ("Governor Tom Hale won Vermont, allowing Senator Ann Ray to build a lead.", "allowing"),
    ("Ohio was called for Senator Maria Lopez shortly after the polls closed.", "called"),
    ("Analyst Tom Reed said Senator Maria Lopez should release her tax returns.", "should"),
    ("The college was charging students more than $30,000 a year.", "charging"),
    ("Ann Ray also hosts a Sunday talk show on Fusion.", "hosts"),
    ("Ann Ray also hosts a Sunday talk show on Fusion.", "talk"),
    ("The hotel is a central meeting place for reporters and lobbyists.", "meeting"),
    ("Maria Lopez was traveling to Cairo to visit her daughter Esther.", "visit"),
    ("Senator Maria Lopez visited NBC's Today show to discuss her remarks.", "visited"),
    ("\"She made it up,\" he said during a call to ABC's This Week.", "call"),
    ("The speech was exactly what his advisers gave him.", "gave"),
    ("Senator Maria Lopez delivered a long tirade against Governor Tom Hale.", "delivered"),
    ("The debate came two days after President Ann Silva delivered her last State of the Union Address.", "delivered"),
    ("Most Democrats are backing Senator Maria Lopez.", "backing"),
    # a private person's support is a voter's stance
    ("Melissa Rowan supports Democrat Hillary Clinton in the presidential race.", "supports"),
    ("Marvin Teale, 53, a security guard at a Reno casino, is backing Hillary Clinton.", "backing"),
    # a poll share's view of an act, through the verb the act completes
    ("On this issue, a 69% majority of Republicans support deploying ground forces in Syria.", "deploying"),
    ("Most voters want to impose sanctions on Russia, the poll found.", "sanctions"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,trigger", NOT_COUNTED)
def test_no_interaction_is_not_counted(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert not is_counted(ev), ev


# (sentence, trigger, type): a counted event of that type
COUNTED = [
    ("Police charged Senator Maria Lopez with fraud.", "charged", "ACCUSE"),
    ("Russia delivered 40 tons of aid to Syria.", "delivered", "AID"),
    ("Senator Maria Lopez said Mexico should pay for the wall.", "should", "REQUEST"),
    ("Senator Maria Lopez offered her congratulations to Governor Tom Hale.", "congratulations", "SUPPORT"),
    ("The Republican National Committee endorsed Governor Tom Hale on Monday.", "endorsed", "SUPPORT"),
    ("Governor Tom Hale urged Senator Maria Lopez to resign.", "urged", "REQUEST"),
    ("President Ana Silva met Chancellor Olaf Berg in Vienna.", "met", "CONSULT"),
    # a quantified group that is no party or nation stays an actor
    ("Several senators praised Governor Tom Hale on Monday.", "praised", "SUPPORT"),
    ("Russia gave Syria 40 tanks.", "gave", "AID"),
    ("Minnesota Gov. Mark Dayton is backing Hillary Clinton.", "backing", "SUPPORT"),
    ("Russia supports Syria.", "supports", "SUPPORT"),
    ("Russia began deploying troops near the border with Ukraine.", "deploying", "MOBILIZE"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,trigger,typ", COUNTED)
def test_interaction_is_counted(extract_text, text, trigger, typ):
    ev = event_by_trigger(extract_text, text, trigger)
    assert is_counted(ev), ev
    assert ev["type"] == typ, ev


@pytest.mark.model
def test_offer_of_congratulations_is_no_offer(extract_text):
    text = "Senator Maria Lopez offered her congratulations to Governor Tom Hale."
    assert event_by_trigger(extract_text, text, "offered") is None
    # an offer of aid stays an offer
    ev = event_by_trigger(extract_text, "Russia offered aid to Syria.", "offered")
    assert ev is not None and ev["type"] == "AGREE", ev


@pytest.mark.model
@pytest.mark.parametrize("text,trigger", [
    ("Instead of complying with the Justice Department's demand, Gov. Tom Hale filed a complaint against Attorney General Ann Lynch.", "complying"),
    ("Senator Maria Lopez flew home rather than meet Governor Tom Hale.", "meet"),
])
def test_act_set_aside_is_negated(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and ev["modality"] == "negated", ev


@pytest.mark.model
def test_occupy_and_annex_share_cameo_192_type(extract_text):
    occ = event_by_trigger(extract_text, "Israel occupied the Golan Heights in 1967.", "occupied")
    ann = event_by_trigger(extract_text, "Russia annexed Crimea in 2014.", "annexed")
    assert occ is not None and ann is not None
    assert occ["cameo"] == ann["cameo"] == "192"
    assert occ["type"] == ann["type"] == "COERCE"


def test_audience_types_are_verbal_cooperation():
    from newsfacts.nlp.events import event_words

    words = event_words()
    assert {"voter", "supporter"} <= words["audience"]
    # an attack on a crowd or an arrest of voters stays coded
    assert not {"ASSAULT", "COERCE"} & words["audience_type"]
    assert not {"ASSAULT", "COERCE", "PROTEST"} & words["unnamed_voice_type"]


@pytest.mark.model
def test_dismissing_someone_as_is_criticism(extract_text):
    ev = event_by_trigger(extract_text, "Governor Tom Hale on Tuesday dismissed Senator Maria Lopez as an ineffective leader.", "dismissed")
    assert ev is not None and ev["type"] == "ACCUSE", ev
    ev = event_by_trigger(extract_text, "Governor Tom Hale dismissed the proposal by Senator Maria Lopez.", "dismissed")
    assert ev is not None and ev["type"] == "REJECT", ev


@pytest.mark.model
@pytest.mark.parametrize("text,trigger", [
    ("Under the Transitions Act, which President Ann Silva signed into law in March, the president must plan.", "signed"),
    ("\"We can't ever be neutral,\" Senator Maria Lopez told the AIPAC meeting in Washington.", "meeting"),
])
def test_law_signed_and_meeting_addressed_are_no_events(extract_text, text, trigger):
    assert not is_counted(event_by_trigger(extract_text, text, trigger))


@pytest.mark.model
@pytest.mark.parametrize("text,modality", [
    ("Mayor Tom Khan said he would like to go to the United States to meet with President Ann Silva.", ("future", "hypothetical")),
    ("Senator Maria Lopez did not go to Paris to meet President Emmanuel Macron.", ("negated",)),
    ("Senator Maria Lopez will travel to Paris to meet President Emmanuel Macron.", ("future",)),
    ("Senator Maria Lopez went to Paris to meet President Emmanuel Macron.", ("asserted",)),
])
def test_trip_purpose_takes_the_trips_modality(extract_text, text, modality):
    ev = event_by_trigger(extract_text, text, "meet")
    assert ev is not None and ev["modality"] in modality, ev
