"""Attributions that report no words (issue #18, precision): a verb of writing or
publishing with only the artifact as its object, a content that is only a date, a time or
one comparative, and an imperative of thinking addressed to the reader. Sentences written
for the tests, run end to end through the pinned model (the ``extract_text`` fixture)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.quotes.speech import ARTIFACT_NOUNS, ARTIFACT_VERBS


def _contents(record):
    return [q["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    "text, artifact",
    [
        ("Ann Roe wrote the letter after the vote.", "the letter"),
        ("Tom Ames, who writes a weekly column, spoke in Ohio.", "a weekly column"),
        ("The senator shared a link on her page.", "a link"),
        ("The mayor posted the clip on Sunday.", "the clip"),
    ],
)
def test_artifact_object_is_no_quote(extract_text, text, artifact):
    assert artifact not in _contents(extract_text(text))


def test_writing_verb_with_a_content_stays(extract_text):
    record = extract_text("Ann Roe wrote that the tax would fail.")
    assert "that the tax would fail" in _contents(record)


def test_date_only_content_is_no_quote(extract_text):
    record = extract_text("The article was inadvertently published early Monday morning.")
    assert not any("Monday" in c for c in _contents(record))
    assert "that the tax would fail" in _contents(extract_text("Ann Roe said Monday that the tax would fail."))


def test_reader_imperative_is_no_quote(extract_text):
    record = extract_text("Never forget that these are the same people who wrecked the budget.")
    assert not any("these are the same people" in c for c in _contents(record))
    assert not any("no money" in c for c in _contents(extract_text("Imagine that the council had no money at all.")))


def test_reported_thought_stays(extract_text):
    record = extract_text("Tom Ames never forgot that the council had wrecked the budget.")
    assert any("the council had wrecked the budget" in c for c in _contents(record))


def test_lists_are_loaded():
    assert {"write", "publish"} <= ARTIFACT_VERBS and {"letter", "book"} <= ARTIFACT_NOUNS


@pytest.mark.parametrize(
    "text, name",
    [
        ("They met a farmer named Tom Ames in Ohio.", "Tom Ames"),
        ("A clerk named Tom Ames opened the door.", "Tom Ames"),
        ("The school named for Ann Roe opened in May.", "Ann Roe"),
    ],
)
def test_naming_participle_is_no_quote(extract_text, text, name):
    assert not any(name in c for c in _contents(extract_text(text)))


def test_called_for_and_by_agent_still_report(extract_text):
    record = extract_text("Tom Ames called for the mayor to resign.")
    assert any("the mayor to resign" in c for c in _contents(record))
    assert "reckless" in _contents(extract_text("The bill was called reckless by the mayor."))


def test_list_continuation_is_not_an_imperative(extract_text):
    record = extract_text("They raise taxes. And openly pretend that the budget is fine.")
    assert "that the budget is fine" in _contents(record)
