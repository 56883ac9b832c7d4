"""Quote rules added for recall on PolNeAR (issue #18, cues and contents): light verbs with
a noun of saying ("made the case that ..."), phrasal cues ("weighed in on ..."), an
infinitive cue with the verb it hangs on ("went on to say"), new lexicon verbs, an "as"
clause whose cue has an object, and a noun phrase content that stops before the medium
("in an interview"). Sentences written for the tests, run end to end
through the pinned model (the ``extract_text`` fixture loads it once)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.quotes.words import LIGHT_NOUNS, PHRASAL_CUES, PHRASAL_OBJECT_CUES, reporting_verbs


def _quotes(record):
    out = []
    for q in record["quotes"]:
        out.append((q["cue"]["text"] if q["cue"] else None, q["text"]))
    return out


def _sources(record, text):
    return [[text[s:e] for s, e in q["speaker_evidence"]] for q in record["quotes"]]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Ann Roe made the case that the tax would fail.", "made the case", "that the tax would fail"),
        ("Tom Ames made it clear that he would run again.", "made it clear", "that he would run again"),
        ("Tom Ames raised questions about the cost of the bridge.", "raised questions about", "the cost of the bridge"),
        ("Ann Roe took a swipe at the mayor.", "took a swipe at", "the mayor"),
        ("The senator weighed in on the dispute over the budget.", "weighed in on", "the dispute over the budget"),
        ("The mayor laid out his plan for the city.", "laid out", "his plan for the city"),
    ],
)
def test_light_verb_and_phrasal_cues(extract_text, text, cue, content):
    record = extract_text(text)
    assert _quotes(record) == [(cue, content)]
    assert _sources(record, text)[0] and _sources(record, text)[0][0] in ("Ann Roe", "Tom Ames", "The senator", "The mayor")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe has opened up a ten-point lead in the state.",  # a lead, not words ("open up" only with a topic)
        "Ann Roe made no mention of the tax.",  # nothing said
        "Ann Roe paid tribute on social media.",  # a medium, not a topic
    ],
)
def test_light_verbs_that_report_nothing(extract_text, text):
    assert _quotes(extract_text(text)) == []


def test_a_relative_clause_after_the_topic_keeps_its_own_cue(extract_text):
    text = "Ann Roe took swipes at Tom Ames, whom she dubbed “the little mayor.”"
    quotes = _quotes(extract_text(text))
    assert ("took swipes at", "Tom Ames") in quotes
    assert not any(c.endswith("mayor.”") and cue == "took swipes at" for cue, c in quotes)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Ann Roe went on to say that the plan would fail.", "went on to say"),
        ("Voters were more likely to say that taxes were too high.", "were more likely to say"),
        ("Ann Roe began by saying that the plan would fail.", "began by saying"),
        # the governing verb is a cue of its own: its content is the infinitive
        ("Ann Roe pledged to oppose the bill.", "pledged"),
        # "by" not right after the verb: the gerund alone
        ("Ann Roe distanced herself from the plan by saying that it was flawed.", "saying"),
    ],
)
def test_infinitive_cue_takes_its_governing_verb(extract_text, text, cue):
    assert [c for c, _ in _quotes(extract_text(text))] == [cue]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Ann Roe ridiculed the plan.", "ridiculed", "the plan"),
        ("Tom Ames downplayed the risk of a strike.", "downplayed", "the risk of a strike"),
        # a cue with an object in an "as" clause: the object, not the main clause
        ("As Ann Roe lamented the delays, Tom Ames left the room.", "lamented", "the delays"),
    ],
)
def test_new_lexicon_verbs_and_as_clause_objects(extract_text, text, cue, content):
    assert _quotes(extract_text(text)) == [(cue, content)]


def test_the_lists_load():
    verbs = reporting_verbs()
    assert verbs["ridicule"] == "evaluation" and verbs["envision"] == "cognition"
    assert "case" in LIGHT_NOUNS["make"] and "swipe" in LIGHT_NOUNS["take"] and "tribute" in LIGHT_NOUNS["pay"]
    assert "weigh in" in PHRASAL_CUES and "lay out" in PHRASAL_OBJECT_CUES and "open up" not in PHRASAL_OBJECT_CUES


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # where or how it was said ends a noun phrase content
        ("Tom Ames criticized the plan in an interview with the Gazette on Sunday.", "criticized", "the plan"),
        ("Ann Roe shared the news on social media.", "shared", "the news"),
        ("Tom Ames confirmed the meeting on the condition of anonymity.", "confirmed", "the meeting"),
        # a clause keeps its phrases
        ("Ann Roe said that she would explain the plan in an interview.", "said", "that she would explain the plan in an interview"),
    ],
)
def test_content_stops_before_a_medium(extract_text, text, cue, content):
    assert _quotes(extract_text(text)) == [(cue, content)]
