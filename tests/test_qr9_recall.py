"""Quote recall, session 9 (issue #18): a passive judging verb with an "as" phrase ("Roe is
widely seen as a reformer": subject and phrase, no source), a contrasting report after a
complement (", while 22 percent said ...": a report of its own) and a second verb with its
own "that" clause the tagger read as a participle ("said A and suspected that B").
Sentences written for the tests."""

from __future__ import annotations

import pytest


def _by_cue(record):
    return {q["cue"]["text"]: q for q in record["quotes"] if q["cue"]}


def _sources(text, q):
    return [text[s:e] for s, e in q["speaker_evidence"]]


@pytest.mark.parametrize(
    "text,cue,fragments",
    [
        ("The governor is widely seen as a reformer who could win the state.", "is widely seen", ["The governor", "as a reformer who could win the state"]),
        ("The driver was identified as Paul Greene, a local roofer.", "was identified", ["The driver", "as Paul Greene, a local roofer"]),
        ("The company is increasingly viewed as a bank rather than a shop.", "is increasingly viewed", ["The company", "as a bank rather than a shop"]),
        ("Two counties are regarded as Smith strongholds.", "are regarded", ["Two counties", "as Smith strongholds"]),
    ],
)
def test_passive_as_phrase_is_subject_and_phrase_without_source(extract_text, text, cue, fragments):
    rec = extract_text(text)
    quotes = _by_cue(rec)
    assert cue in quotes, quotes.keys()
    q = quotes[cue]
    assert [text[s:e] for s, e in q["evidence"]] == fragments
    assert q["speaker_evidence"] == []
    assert q["kind"] == "indirect"


def test_passive_as_in_relative_clause_keeps_the_pronoun(extract_text):
    text = "Sam Ames, who was named in March as the head of the panel, said the plan would fail."
    quotes = _by_cue(extract_text(text))
    q = quotes["was named"]
    assert [text[s:e] for s, e in q["evidence"]] == ["who", "as the head of the panel"]
    assert quotes["said"]["text"] == "the plan would fail"


@pytest.mark.parametrize(
    "text",
    [
        "The patient was treated as an emergency case.",  # an act, not a judgment ("treat" is not listed)
        "He was dismissed as a crank by the board.",  # an agent: not a sourceless judgment
        "The senator is known as a fan of jazz.",  # a name or reputation, not a judgment ("know" is not listed)
    ],
)
def test_passive_as_phrase_needs_a_judging_verb_and_no_agent(extract_text, text):
    assert extract_text(text)["quotes"] == []


def test_contrasting_report_after_a_complement_is_its_own(extract_text):
    text = "Ames said 40 percent of voters are set on Roe, while 22 percent said they might change their mind."
    rec = extract_text(text)
    quotes = sorted(rec["quotes"], key=lambda q: q["evidence"][0][0])
    assert [q["text"] for q in quotes] == ["40 percent of voters are set on Roe", "they might change their mind"]
    assert _sources(text, quotes[0]) == ["Ames"]
    assert _sources(text, quotes[1]) == ["22 percent"]


def test_while_clause_without_a_report_stays_in_the_content(extract_text):
    text = "Ames said turnout was high, while the weather was cold."
    quotes = extract_text(text)["quotes"]
    assert [q["text"] for q in quotes] == ["turnout was high, while the weather was cold"]


def test_second_verb_with_that_clause_read_as_participle_ends_the_content(extract_text):
    text = "Ames said he first heard shots about 9 p.m. and suspected immediately that the embassy was under attack."
    quotes = _by_cue(extract_text(text))
    assert quotes["said"]["text"] == "he first heard shots about 9 p.m."


def test_second_verb_without_that_clause_stays_in_the_content(extract_text):
    text = "Roe said she was tired and wanted to rest."
    quotes = _by_cue(extract_text(text))
    assert quotes["said"]["text"] == "she was tired and wanted to rest"


def test_according_to_inside_a_quote_is_part_of_that_quote(extract_text):
    text = 'Roe told a local radio station that "the mayor lied to us, according to the clerks who saw him."'
    quotes = extract_text(text)["quotes"]
    assert [q["cue"]["text"] for q in quotes] == ["told"]
    assert quotes[0]["text"] == 'that "the mayor lied to us, according to the clerks who saw him."'
    assert _sources(text, quotes[0]) == ["Roe"]


def test_according_to_outside_quotes_still_reports(extract_text):
    text = "Sales fell 5 percent last year, according to the company."
    quotes = _by_cue(extract_text(text))
    assert quotes["according to"]["text"] == "Sales fell 5 percent last year"
