"""Quote recall, ninth round (issue #18): reactions told from the side of the one who gets
them ("The plan drew criticism from Roe": the plan is the content, Roe the source), "in
support of X" and "a supporter of X" (nlp/quotes/receptions.py). Sentences written for the tests."""

from __future__ import annotations

import pytest


def _by_cue(record):
    return {q["cue"]["text"]: q for q in record["quotes"] if q["cue"]}


def _source_text(text, q):
    return [text[s:e] for s, e in q["speaker_evidence"]]


@pytest.mark.parametrize(
    "text,cue,content,source",
    [
        ("The new tax plan drew sharp criticism from Senator Ann Roe on Monday.", "drew sharp criticism", "The new tax plan", ["Senator Ann Roe"]),
        ("Mayor Tom Ames has faced criticism from the city council.", "has faced criticism", "Mayor Tom Ames", ["the city council"]),
        ("Governor Ann Roe came under heavy criticism after the vote.", "came under heavy criticism", "Governor Ann Roe", []),
        ("Tom Ames won overwhelming support from union members.", "won overwhelming support", "Tom Ames", ["union members"]),
    ],
)
def test_received_reaction_has_its_subject_as_content(extract_text, text, cue, content, source):
    rec = extract_text(text)
    quotes = _by_cue(rec)
    assert cue in quotes, quotes.keys()
    q = quotes[cue]
    assert q["text"] == content
    assert q["kind"] == "reaction"
    assert _source_text(text, q) == source


@pytest.mark.parametrize(
    "text,content,source",
    [
        ("Senator Ann Roe has come out in support of the housing bill.", "the housing bill", "Senator Ann Roe"),
        ("Most voters in the town voted in favor of the new school.", "the new school", "Most voters in the town"),
        ("The plan is popular with Tom Ames, a fierce supporter of the governor, and his aides.", "the governor", "Tom Ames"),
        ("Ann Roe is an outspoken critic of the trade deal.", "the trade deal", "Ann Roe"),
    ],
)
def test_support_phrases_name_source_and_content(extract_text, text, content, source):
    rec = extract_text(text)
    found = [(q["text"], _source_text(text, q)) for q in rec["quotes"]]
    assert (content, [source]) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The army base came under mortar fire before dawn.",  # shots, not words
        "Tom Ames will face criticism from the council next week.",  # not received yet
        "The senators have not come out in support of the bill.",  # nobody supported it
        "The team won the game against the Tigers.",  # no reaction noun
    ],
)
def test_no_reception_without_a_received_reaction(extract_text, text):
    rec = extract_text(text)
    assert not [q for q in rec["quotes"] if q["cue"] and any(w in q["cue"]["text"] for w in ("fire", "criticism", "support", "game"))], rec["quotes"]
