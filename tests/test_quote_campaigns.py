"""A candidate's campaign as a source (nlp/quotes/campaigns.py, issue #18): "his campaign",
"the Vale campaign", "Team Vale" speak as the campaign organisation the text names, never as
the candidate; with no such organisation the speaker is null. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _quote(rec: dict, needle: str) -> dict:
    return next(q for q in rec["quotes"] if needle in q["text"])


def _speaker(rec: dict, needle: str) -> dict | None:
    by_id = {e["id"]: e for e in rec["entities"]}
    q = _quote(rec, needle)
    return by_id[q["speaker"]] if q["speaker"] else None


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Tom Vale’s campaign opened an office in Akron on Monday. Vale spoke to farmers in Ohio. "
         "His campaign said the senator would visit Toledo next week.", "would visit Toledo"),
        ("Tom Vale’s campaign opened an office in Akron on Monday. "
         "Tom Vale’s presidential campaign said the rally had drawn 5,000 people.", "had drawn 5,000"),
    ],
)
def test_campaign_speaks_as_the_campaign_organisation(extract_text, text, needle):
    rec = extract_text(text)
    speaker = _speaker(rec, needle)
    assert speaker is not None and speaker["type"] == "ORG" and "campaign" in speaker["name"].lower()
    assert "the campaign speaks, not the candidate" in _quote(rec, needle)["speaker_reason"]


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Senator Tom Vale spoke to farmers in Ohio on Monday. His campaign said the senator would visit Toledo next week.",
         "would visit Toledo"),
        ("Senator Tom Vale spoke to farmers in Ohio on Monday. Team Vale said the rally had drawn 5,000 people.",
         "had drawn 5,000"),
    ],
)
def test_campaign_without_an_organisation_is_nobody(extract_text, text, needle):
    rec = extract_text(text)
    q = _quote(rec, needle)
    speaker = _speaker(rec, needle)
    if speaker is None:
        assert "never the candidate" in q["speaker_reason"]
    else:  # the NER may make "Team Vale" an organisation of its own: that one, never Vale
        assert speaker["type"] == "ORG" and speaker["name"] == "Team Vale"


def test_a_legal_team_is_not_the_campaign(extract_text):
    text = ("Tom Vale’s campaign opened an office in Akron on Monday. "
            "Vale spoke to farmers in Ohio. His legal team said the lawsuit had no merit.")
    rec = extract_text(text)
    speaker = _speaker(rec, "had no merit")
    assert speaker is None or "campaign" not in speaker["name"].lower()
