"""Session 9 round 2 (issue #18): a section heading "Name: a phrase." inside an article is no
quote; a quote after a non-speech verb and a colon that closes with a comma belongs to the
cue after it ('... has long embodied: "A," he said'); what is reported inside a transcript
turn stays inside the turn. Sentences written for the tests."""

from __future__ import annotations

from newsfacts.nlp.quotes.spans import Attr
from newsfacts.nlp.quotes.transcripts import without_nested_in_turns


def _cues(record):
    return [q["cue"]["text"] for q in record["quotes"] if q["cue"]]


def test_subheading_with_a_phrase_is_no_quote(extract_text):
    text = ("Here is what each candidate needs on Tuesday.\n\nRoe: Win in a walk.\n\n"
            "Senator Ann Roe leads the field by ten points.\n\nAmes: A closing surge.\n\nThe governor trails.")
    rec = extract_text(text)
    assert not any(text[s:e].startswith(("Win in", "A closing")) for q in rec["quotes"] for s, e in q["evidence"])


def test_heading_line_with_a_claim_stays_a_quote(extract_text):
    text = "Roe rallies in Ohio.\n\nSenator Roe: Taxes Will Rise Next Year\n\nThe senator spoke on Monday."
    rec = extract_text(text)
    assert any(text[s:e].startswith("Taxes Will Rise") for q in rec["quotes"] for s, e in q["evidence"])


def test_first_line_headline_without_verb_is_kept(extract_text):
    text = "Senator Roe: 'A Disaster For The Party'\n\nThe senator spoke on Monday."
    rec = extract_text(text)
    assert any("Disaster" in text[s:e] for q in rec["quotes"] for s, e in q["evidence"])


def test_quote_with_a_closing_comma_after_a_colon_goes_to_the_later_cue(extract_text):
    text = 'Mr. Ames ticked through the code the family has long embodied: "Manners were assumed," he said.'
    rec = extract_text(text)
    assert _cues(rec) == ["said"]
    q = rec["quotes"][0]
    assert [text[s:e] for s, e in q["speaker_evidence"]] == ["he"]


def test_quote_after_an_unknown_verb_and_colon_is_still_its(extract_text):
    text = 'She barked at the crowd: "Go back to your homes now."'
    rec = extract_text(text)
    assert any(c.startswith("barked") for c in _cues(rec))


def _attr(cue, content, reason):
    return Attr(cue, None, None, None, content, reason=reason)


def test_attributions_inside_a_transcript_turn_are_dropped():
    turn = _attr((10, 11), [(12, 200)], "transcript")
    inner = _attr((40, 45), [(46, 90)], "think")
    outside = _attr((210, 214), [(215, 260)], "said")
    assert without_nested_in_turns([turn, inner, outside]) == [turn, outside]
    assert without_nested_in_turns([inner, outside]) == [inner, outside]
