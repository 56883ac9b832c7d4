"""Quote sources the parse left without a subject, session 9 round 2 (issue #18): a surname
the tagger read as a modal ("Will believes"), the passive subject of the verb an adverbial
participle hangs on ("was fired after saying"), a verb coordinated by a comma only ("pledged
A, suggested that B"), a name before a "who" aside the parse hung on the aside's verb, and a
determiner standing alone after a cue that follows a quote ('"A," tweeted another.').
Sentences written for the tests."""

from __future__ import annotations

import pytest


def _by_cue(record):
    return {q["cue"]["text"]: q for q in record["quotes"] if q["cue"]}


def _sources(text, q):
    return [text[s:e] for s, e in q["speaker_evidence"]]


@pytest.mark.parametrize(
    "text,cue,source",
    [
        ("Will believes Christie has been handed an opening by the attacks.", "believes", "Will"),
        ("May said the talks would resume on Monday in Brussels.", "said", "May"),
        ("Romer was sidelined after demonstrating that the package needed to be larger.", "demonstrating", "Romer"),
        ("The senator was criticized for claiming that the vote had been rigged.", "claiming", "The senator"),
        ("He pledged to create jobs and cast doubt on the rate, suggested that the real rate could be higher.", "suggested", "He"),
        ("Pollster Ann Roe is happy to be the state's best, says she warned about surprises.", "says", "Pollster Ann Roe"),
        ("Sanders, meanwhile, who sits at zero endorsements, said that fact speaks volumes.", "said", "Sanders"),
        ('"Better watch out for the new rules," tweeted another.', "tweeted", "another"),
    ],
)
def test_cue_gets_the_subject_the_parse_missed(extract_text, text, cue, source):
    q = _by_cue(extract_text(text))[cue]
    assert _sources(text, q) == [source]


def test_participle_the_parse_made_the_root_keeps_its_phrase(extract_text):
    text = "Majorities of voters in five states going to the polls Tuesday say the economy is the top issue."
    q = _by_cue(extract_text(text))["say"]
    assert _sources(text, q) == ["Majorities of voters in five states going to the polls Tuesday"]


def test_participle_phrase_source_stops_at_a_line_break(extract_text):
    text = "5:05 p.m.\n\nMajorities of voters in five states going to the polls Tuesday say the economy is the top issue."
    q = _by_cue(extract_text(text))["say"]
    assert _sources(text, q) == ["Majorities of voters in five states going to the polls Tuesday"]


def test_passive_statement_is_no_speaker_of_a_participle(extract_text):
    text = "The candidate changed her story later, after her initial statement was shown to be false, stating that she had sent no emails."
    q = _by_cue(extract_text(text))["stating"]
    assert _sources(text, q) != ["her initial statement"]


def test_modal_will_before_a_bare_verb_stays_a_modal(extract_text):
    text = "Will Roe say the plan failed? Ames will say that the plan worked."
    rec = extract_text(text)
    for q in rec["quotes"]:
        assert "Will" not in _sources(text, q)


def test_passive_subject_is_not_the_speaker_of_an_expectation(extract_text):
    text = "The mayor is expected to say that the budget is balanced."
    for q in extract_text(text)["quotes"]:
        assert _sources(text, q) != ["The mayor"]


def test_passive_with_an_agent_keeps_the_agent(extract_text):
    text = "The memo was leaked by aides after showing that the plan had failed."
    for q in extract_text(text)["quotes"]:
        assert _sources(text, q) != ["The memo"]


def test_quote_before_a_noun_subject_is_not_a_quantifier(extract_text):
    text = '"We will win," said one voter.'
    q = _by_cue(extract_text(text))["said"]
    assert _sources(text, q) == ["one voter"]
